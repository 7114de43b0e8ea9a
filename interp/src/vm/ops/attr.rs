//! Attribute access: `type(x)`, `getattr`/`setattr`/`delattr` with descriptors
//! (functions bind, `property`, `staticmethod`, `classmethod`, user `__get__`/`__set__`),
//! instance dicts, `__getattr__` fallback, and CPython's AttributeError messages
//! (`Objects/object.c` `PyObject_GenericGetAttr`, `Objects/typeobject.c` `type_getattro`
//! and `super_getattro`). Attributes of functions, modules, exceptions and other
//! builtin values are in `attr_builtin.rs`.

use crate::intern;
use crate::object::descriptors::{ClassMethod, Property, StaticMethod};
use crate::object::{BoundMethod, Builtin, Class, GenKind, Instance, Str, Value};
use crate::vm::class_slots::Member;
use crate::vm::super_::SuperData;
use crate::vm::Vm;
use crate::RunResult;
use std::rc::Rc;

impl Vm {
    /// `type(v)`.
    pub fn type_of(&self, v: &Value) -> Rc<Class> {
        let t = &self.types;
        match v {
            Value::None => t.none_type.clone(),
            Value::Bool(_) => t.bool_.clone(),
            Value::Int(_) | Value::BigInt(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Complex(_) => t.complex.clone(),
            Value::Str(_) => t.str.clone(),
            Value::Bytes(_) => t.bytes.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::List(_) => t.list.clone(),
            Value::Dict(_) => t.dict.clone(),
            Value::Set(s) => {
                if s.frozen {
                    t.frozenset.clone()
                } else {
                    t.set.clone()
                }
            }
            Value::Function(_) => t.function.clone(),
            Value::Builtin(_) => t.builtin_function.clone(),
            Value::BoundMethod(_) => t.method.clone(),
            Value::Class(c) => c.metaclass.clone().unwrap_or_else(|| t.type_.clone()),
            Value::Instance(i) => i.class(),
            Value::Module(_) => t.module.clone(),
            Value::Code(_) => t.code.clone(),
            Value::Cell(_) => t.cell.clone(),
            Value::Range(_) => t.range.clone(),
            Value::Slice(_) => t.slice.clone(),
            Value::Generator(g) => match g.kind {
                GenKind::Generator => t.generator.clone(),
                GenKind::Coroutine => t.coroutine.clone(),
                GenKind::AsyncGenerator => t.async_generator.clone(),
            },
            Value::Native(n) => n.class.clone(),
            Value::Ellipsis => t.ellipsis.clone(),
            Value::NotImplemented => t.not_implemented_type.clone(),
        }
    }

    /// `v.name`.
    pub fn get_attr(&mut self, obj: &Value, name: &Rc<Str>) -> RunResult<Value> {
        match self.lookup_attr(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(obj, name)),
        }
    }

    /// `v.name`, or `None` where `get_attr` would raise AttributeError
    /// (`hasattr`, `getattr` with a default): an AttributeError raised by a
    /// property or `__getattr__` counts as missing too.
    pub fn get_attr_opt(&mut self, obj: &Value, name: &Rc<Str>) -> RunResult<Option<Value>> {
        match self.lookup_attr(obj, name) {
            Err(e) if self.exc_matches(&e, &self.types.exc.attribute_error) => Ok(None),
            other => other,
        }
    }

    /// The AttributeError `get_attr` raises for a missing attribute.
    pub fn no_attribute(&self, obj: &Value, name: &Str) -> crate::Exc {
        let msg = match obj {
            Value::Class(c) => format!(
                "type object '{}' has no attribute '{}'",
                c.name.as_str(),
                name.as_str()
            ),
            // CPython's `module_getattro` names a module whose body still runs.
            Value::Module(m) if crate::vm::import_path::is_initializing(m.name.as_str()) => {
                format!(
                    "partially initialized module '{}' has no attribute '{}' \
                     (most likely due to a circular import)",
                    m.name.as_str(),
                    name.as_str()
                )
            }
            Value::Module(m) => format!(
                "module '{}' has no attribute '{}'",
                m.name.as_str(),
                name.as_str()
            ),
            Value::Native(n) if n.get::<SuperData>().is_some() => {
                format!("'super' object has no attribute '{}'", name.as_str())
            }
            _ => format!(
                "'{}' object has no attribute '{}'",
                self.type_name(obj).as_str(),
                name.as_str()
            ),
        };
        let e = self.attribute_error(msg);
        // CPython 3.10+ sets `name` and `obj` on the AttributeError it raises
        // (`PyObject_GenericGetAttr`); the traceback printer reads them for its
        // "Did you mean" suggestion.
        e.dict
            .set_str("name", Value::Str(Rc::new(Str::new(name.as_str()))));
        e.dict.set_str("obj", obj.clone());
        e
    }

    /// The attribute, `None` if it is simply missing, or the error a descriptor or
    /// `__getattr__` raised.
    fn lookup_attr(&mut self, obj: &Value, name: &Rc<Str>) -> RunResult<Option<Value>> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                if let Some(ga) = self.custom_getattribute(&cls) {
                    let r = self.call_unbound(&ga, obj, &[Value::Str(name.clone())]);
                    return match r {
                        Ok(v) => Ok(Some(v)),
                        Err(e) if self.exc_matches(&e, &self.types.exc.attribute_error) => {
                            match cls.lookup(&intern!("__getattr__")) {
                                Some(f) => self
                                    .call_unbound(&f, obj, &[Value::Str(name.clone())])
                                    .map(Some),
                                None => Ok(None),
                            }
                        }
                        Err(e) => Err(e),
                    };
                }
                // `__getattr__` runs when the generic lookup raises AttributeError,
                // including from a property getter (`slot_tp_getattr_hook`).
                match self.instance_getattr(obj, inst, &cls, name) {
                    Ok(Some(v)) => Ok(Some(v)),
                    Ok(None) => self.getattr_hook(obj, &cls, name, None),
                    Err(e) if self.exc_matches(&e, &self.types.exc.attribute_error) => {
                        self.getattr_hook(obj, &cls, name, Some(e))
                    }
                    Err(e) => Err(e),
                }
            }
            Value::Class(c) => self.class_getattr(c, name),
            Value::Native(n) => {
                if let Some(s) = n.get::<SuperData>() {
                    return self.super_getattr(obj, s, name);
                }
                self.builtin_getattr(obj, name)
            }
            _ => self.builtin_getattr(obj, name),
        }
    }

    /// A user-defined `__getattribute__` on `cls` (object's own is the generic path).
    fn custom_getattribute(&self, cls: &Rc<Class>) -> Option<Value> {
        let name = intern!("__getattribute__");
        if let Some(v) = cls.dict.get_name(&name) {
            return Some(v);
        }
        cls.mro
            .iter()
            .take_while(|c| !Rc::ptr_eq(c, &self.types.object))
            .find_map(|c| c.dict.get_name(&name))
    }

    /// `__getattr__(obj, name)` if the class defines it; else the pending error.
    fn getattr_hook(
        &mut self,
        obj: &Value,
        cls: &Rc<Class>,
        name: &Rc<Str>,
        pending: Option<crate::Exc>,
    ) -> RunResult<Option<Value>> {
        match cls.lookup(&intern!("__getattr__")) {
            Some(f) => self
                .call_unbound_checked(
                    &f,
                    obj,
                    &[Value::Str(name.clone())],
                    crate::vm::recursion::FRAME_ONLY,
                )
                .map(Some),
            None => match pending {
                Some(e) => Err(e),
                None => Ok(None),
            },
        }
    }

    /// `object.__getattribute__`: data descriptors on the type, then the instance
    /// dict, then other class attributes (bound).
    pub fn instance_getattr(
        &mut self,
        obj: &Value,
        inst: &Instance,
        cls: &Rc<Class>,
        name: &Rc<Str>,
    ) -> RunResult<Option<Value>> {
        if inst.exc().is_some() {
            if let Some(v) = self.exception_data_attr(inst, name) {
                return Ok(Some(v));
            }
        }
        let descr = self.class_lookup(cls, name);
        if let Some(d) = &descr {
            if self.is_data_descriptor(d) {
                return self.descr_get(d, Some(obj), cls, name).map(Some);
            }
        }
        if let Some(v) = inst.dict.get_name(name) {
            return Ok(Some(v));
        }
        if let Some(d) = descr {
            return self.descr_get(&d, Some(obj), cls, name).map(Some);
        }
        if name.as_str() == "__dict__" && self.instance_has_dict(inst) {
            return Ok(Some(Value::Dict(inst.dict.clone())));
        }
        if name.as_str() == "__weakref__" && !cls.layout.no_weakref {
            return self.first_weakref(obj).map(Some);
        }
        if inst.exc().is_some() {
            return Ok(self.exception_default_attr(inst, cls, name));
        }
        Ok(None)
    }

    /// `cls.lookup(name)`, except that a class defining `__eq__` without `__hash__`
    /// has `__hash__ = None` (CPython's `type_new` stores it; Coil's classes do not).
    pub fn class_lookup(&self, cls: &Rc<Class>, name: &Rc<Str>) -> Option<Value> {
        if name.as_str() == "__hash__" {
            let eq = intern!("__eq__");
            for c in std::iter::once(cls).chain(cls.mro.iter()) {
                if let Some(h) = c.dict.get_name(name) {
                    return Some(h);
                }
                if !Vm::is_builtin_class(c) && c.dict.get_name(&eq).is_some() {
                    return Some(Value::None);
                }
            }
            return None;
        }
        cls.lookup(name)
    }

    /// True for descriptors that take precedence over the instance dict.
    pub fn is_data_descriptor(&self, d: &Value) -> bool {
        match d {
            Value::Native(n) => n.get::<Property>().is_some() || n.get::<Member>().is_some(),
            Value::Instance(i) => {
                let c = i.class();
                c.lookup(&intern!("__set__")).is_some()
                    || c.lookup(&intern!("__delete__")).is_some()
            }
            _ => false,
        }
    }

    /// `descr.__get__(obj, cls)`: functions and method builtins bind to `obj`,
    /// static/class methods unwrap, properties call their getter, objects with
    /// `__get__` are asked; anything else is returned as is. `obj` is `None` for
    /// a lookup on the class itself.
    pub fn descr_get(
        &mut self,
        d: &Value,
        obj: Option<&Value>,
        cls: &Rc<Class>,
        name: &Str,
    ) -> RunResult<Value> {
        match d {
            Value::Function(_) => Ok(match obj {
                Some(o) => Value::BoundMethod(Rc::new(BoundMethod {
                    func: d.clone(),
                    receiver: o.clone(),
                })),
                None => d.clone(),
            }),
            Value::Builtin(b) if b.is_method && b.receiver.is_none() => Ok(match obj {
                Some(o) => bind_builtin(b, self.method_receiver(b, o)),
                None => d.clone(),
            }),
            Value::Native(n) => {
                if let Some(sm) = n.get::<StaticMethod>() {
                    return Ok(sm.func.clone());
                }
                if let Some(cm) = n.get::<ClassMethod>() {
                    return Ok(Value::BoundMethod(Rc::new(BoundMethod {
                        func: cm.func.clone(),
                        receiver: Value::Class(cls.clone()),
                    })));
                }
                if let Some(m) = n.get::<Member>() {
                    return match obj {
                        Some(o) => self.member_get(m, o),
                        None => Ok(d.clone()),
                    };
                }
                if let Some(p) = n.get::<Property>() {
                    let Some(o) = obj else { return Ok(d.clone()) };
                    return match &p.fget {
                        Some(f) => {
                            let f = f.clone();
                            self.call_value(&f, std::slice::from_ref(o))
                        }
                        None => Err(self.attribute_error(format!(
                            "property {}of '{}' object has no getter",
                            property_name(p, name),
                            self.type_name(o).as_str()
                        ))),
                    };
                }
                Ok(d.clone())
            }
            Value::Instance(i) => {
                let c = i.class();
                match c.lookup(&intern!("__get__")) {
                    Some(get) => {
                        let o = obj.cloned().unwrap_or(Value::None);
                        self.call_unbound(&get, d, &[o, Value::Class(cls.clone())])
                    }
                    None => Ok(d.clone()),
                }
            }
            _ => Ok(d.clone()),
        }
    }

    /// `type.__getattribute__(C, name)`.
    fn class_getattr(&mut self, c: &Rc<Class>, name: &Rc<Str>) -> RunResult<Option<Value>> {
        if let Some(v) = self.class_special_attr(c, name) {
            return Ok(Some(v));
        }
        if let Some(d) = self.class_lookup(c, name) {
            return self.descr_get(&d, None, c, name).map(Some);
        }
        // Attributes of the metatype (`C.mro`, a metaclass's methods), bound to
        // the class.
        let meta = c
            .metaclass
            .clone()
            .unwrap_or_else(|| self.types.type_.clone());
        if let Some(d) = meta.lookup(name) {
            return self
                .descr_get(&d, Some(&Value::Class(c.clone())), &meta, name)
                .map(Some);
        }
        // A metaclass's `__getattr__` runs for names the class lacks.
        if c.metaclass.is_some() {
            let cls = Value::Class(c.clone());
            if let Some(f) = self.meta_special(&cls, &intern!("__getattr__")) {
                return self
                    .call_unbound(&f, &cls, &[Value::Str(name.clone())])
                    .map(Some);
            }
        }
        Ok(None)
    }

    /// `super(C, obj).name`: the MRO of obj's type after `C` (`super_getattro`).
    /// The VM builds the super object (`vm/super_.rs`); the lookup binds here so
    /// every descriptor kind behaves as in a normal lookup.
    fn super_getattr(
        &mut self,
        sup_value: &Value,
        s: &SuperData,
        name: &Rc<Str>,
    ) -> RunResult<Option<Value>> {
        match name.as_str() {
            "__thisclass__" => return Ok(Some(Value::Class(s.this_class.clone()))),
            "__self__" => return Ok(Some(s.obj.clone())),
            "__self_class__" => return Ok(Some(Value::Class(s.obj_type.clone()))),
            "__class__" => return Ok(Some(Value::Class(self.types.super_.clone()))),
            _ => {}
        }
        let start = &s.obj_type;
        let found = std::iter::once(start)
            .chain(start.mro.iter())
            .skip_while(|c| !Rc::ptr_eq(c, &s.this_class))
            .skip(1)
            .find_map(|c| c.dict.get_name(name));
        match found {
            Some(d) => {
                // Looked up through super on the class itself, functions stay unbound.
                let obj_is_start = matches!(&s.obj, Value::Class(c) if Rc::ptr_eq(c, start));
                let obj = if obj_is_start { None } else { Some(&s.obj) };
                self.descr_get(&d, obj, start, name).map(Some)
            }
            None => self.builtin_getattr(sup_value, name),
        }
    }

    /// `super().name` for `LoadMethod` when it names a plain method and the super
    /// object is bound to an instance: the method and its receiver, with no bound
    /// method made (`super().__init__(x)` in every `__init__`); else `None`, and
    /// `super_getattr` decides.
    fn super_method(&self, s: &SuperData, name: &Rc<Str>) -> Option<(Value, Option<Value>)> {
        let start = &s.obj_type;
        if matches!(&s.obj, Value::Class(c) if Rc::ptr_eq(c, start))
            || matches!(
                name.as_str(),
                "__thisclass__" | "__self__" | "__self_class__" | "__class__"
            )
        {
            return None;
        }
        // The classes after `this_class` in `start`'s MRO (`start` itself,
        // then `mro`), searched by index: the iterator chain this replaces cost
        // a tenth of `super().__init__(x)`.
        let after = if Rc::ptr_eq(start, &s.this_class) {
            0
        } else {
            start
                .mro
                .iter()
                .position(|c| Rc::ptr_eq(c, &s.this_class))?
                + 1
        };
        let d = start.mro[after..]
            .iter()
            .find_map(|c| c.dict.get_name(name))?;
        let recv = match &d {
            Value::Function(_) => s.obj.clone(),
            Value::Builtin(b) if b.is_method && b.receiver.is_none() => {
                self.method_receiver(b, &s.obj)
            }
            _ => return None,
        };
        Some((d, Some(recv)))
    }

    /// For `LoadMethod`: `(function, Some(self))` when the attribute is a plain method
    /// found on the type (so no bound method is allocated), else `(attribute, None)`.
    pub fn load_method(
        &mut self,
        obj: &Value,
        name: &Rc<Str>,
    ) -> RunResult<(Value, Option<Value>)> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                if self.custom_getattribute(&cls).is_none() {
                    if let Some(d) = cls.lookup(name) {
                        let recv = match &d {
                            Value::Function(_) => Some(obj.clone()),
                            Value::Builtin(b) if b.is_method && b.receiver.is_none() => {
                                Some(self.method_receiver(b, obj))
                            }
                            _ => None,
                        };
                        if recv.is_some() && inst.dict.get_name(name).is_none() {
                            return Ok((d, recv));
                        }
                    }
                }
            }
            Value::Native(n) => {
                if let Some(s) = n.get::<SuperData>() {
                    if let Some(found) = self.super_method(s, name) {
                        return Ok(found);
                    }
                } else if let Some(d) = self.type_plain_method(obj, name) {
                    // A native object (a future, a deque) has no instance dict:
                    // its attributes are its type's, as a builtin value's.
                    return Ok((d, Some(obj.clone())));
                }
            }
            Value::Class(_) | Value::Module(_) => {}
            _ => {
                if let Some(d) = self.type_plain_method(obj, name) {
                    return Ok((d, Some(obj.clone())));
                }
            }
        }
        Ok((self.get_attr(obj, name)?, None))
    }

    /// `name` on `type(obj)`'s MRO when it is a function or an unbound builtin
    /// method, which `obj.name(...)` may call with `obj` first, unbound.
    fn type_plain_method(&self, obj: &Value, name: &Rc<Str>) -> Option<Value> {
        let d = self.type_of(obj).lookup(name)?;
        let plain = match &d {
            Value::Function(_) => true,
            Value::Builtin(b) => b.is_method && b.receiver.is_none(),
            _ => false,
        };
        plain.then_some(d)
    }

    /// The unbound special method `name` found on `type(v)`'s MRO, skipping the
    /// instance dict, as CPython's `_PyType_Lookup` for dunders.
    pub fn lookup_special(&self, v: &Value, name: &Rc<Str>) -> Option<Value> {
        match v {
            Value::Instance(i) => self.type_cache.lookup(&i.class(), name),
            Value::Native(n) => self.type_cache.lookup(&n.class, name),
            _ => self.type_of(v).lookup(name),
        }
    }

    /// `obj.name = value`.
    pub fn set_attr(&mut self, obj: &Value, name: &Rc<Str>, value: Value) -> RunResult<()> {
        if let Value::Instance(inst) = obj {
            let cls = inst.class();
            if let Some(f) = self.custom_hook(&cls, &intern!("__setattr__")) {
                self.call_unbound(&f, obj, &[Value::Str(name.clone()), value])?;
                return Ok(());
            }
        } else if let Some(f) = self.meta_special(obj, &intern!("__setattr__")) {
            self.call_unbound(&f, obj, &[Value::Str(name.clone()), value])?;
            return Ok(());
        }
        self.generic_setattr(obj, name, Some(value))
    }

    /// `del obj.name`.
    pub fn del_attr(&mut self, obj: &Value, name: &Rc<Str>) -> RunResult<()> {
        if let Value::Instance(inst) = obj {
            let cls = inst.class();
            if let Some(f) = self.custom_hook(&cls, &intern!("__delattr__")) {
                self.call_unbound(&f, obj, &[Value::Str(name.clone())])?;
                return Ok(());
            }
        } else if let Some(f) = self.meta_special(obj, &intern!("__delattr__")) {
            self.call_unbound(&f, obj, &[Value::Str(name.clone())])?;
            return Ok(());
        }
        self.generic_setattr(obj, name, None)
    }

    /// A method `name` defined by a user class in `cls`'s MRO (not `object`'s).
    fn custom_hook(&self, cls: &Rc<Class>, name: &Rc<Str>) -> Option<Value> {
        std::iter::once(cls)
            .chain(cls.mro.iter())
            .take_while(|c| !Rc::ptr_eq(c, &self.types.object))
            .find_map(|c| c.dict.get_name(name))
    }

    /// `object.__setattr__` (`value` is `Some`) and `object.__delattr__` (`None`).
    pub fn generic_setattr(
        &mut self,
        obj: &Value,
        name: &Rc<Str>,
        value: Option<Value>,
    ) -> RunResult<()> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                if let Some(d) = cls.lookup(name) {
                    if name.as_str() == "__class__" {
                        let own = self.types.object.dict.get_name(name);
                        if own.is_some_and(|o| o.is(&d)) {
                            return self.set_instance_class(inst, &cls, value);
                        }
                    }
                    if self.is_data_descriptor(&d) {
                        return self.descr_set(&d, obj, name, value);
                    }
                }
                if inst.exc().is_some() && self.exception_set_attr(inst, name, &value)? {
                    return Ok(());
                }
                // Instances of `object` itself have no `__dict__`, nor do those
                // of fully slotted classes.
                if Rc::ptr_eq(&cls, &self.types.object) || cls.layout.no_dict {
                    return Err(self.no_attribute(obj, name));
                }
                match value {
                    Some(v) => {
                        inst.dict.set_name(name, v);
                        Ok(())
                    }
                    None => match inst.dict.remove_name(name) {
                        Some(_) => Ok(()),
                        None => Err(self.no_attribute(obj, name)),
                    },
                }
            }
            Value::Class(c) => {
                if Vm::is_builtin_class(c) {
                    return Err(self.type_error(format!(
                        "cannot set '{}' attribute of immutable type '{}'",
                        name.as_str(),
                        c.name.as_str()
                    )));
                }
                if let n @ ("__name__" | "__qualname__") = name.as_str() {
                    return self.set_class_name(c, n, value);
                }
                if let Some(e) = self.class_layout_store(c, name.as_str(), value.as_ref()) {
                    return Err(e);
                }
                c.version.set(c.version.get() + 1);
                match value {
                    Some(v) => {
                        c.dict.set_name(name, v);
                        Ok(())
                    }
                    None => match c.dict.remove_name(name) {
                        Some(_) => Ok(()),
                        None => Err(self.no_attribute(obj, name)),
                    },
                }
            }
            _ => self.builtin_setattr(obj, name, value),
        }
    }

    /// Stores to the type's own data descriptors (`type_getsets`), which would
    /// otherwise land in the class dict unseen: `__mro__` and `__dict__` are
    /// read-only; rebinding `__bases__` (which CPython supports, recomputing the
    /// MRO of the class and its subclasses) is not done by Coil, and says so
    /// rather than leaving the old bases in force.
    fn class_layout_store(
        &self,
        c: &Class,
        name: &str,
        value: Option<&Value>,
    ) -> Option<crate::Exc> {
        match (name, value) {
            ("__mro__", _) => Some(self.attribute_error("readonly attribute")),
            ("__dict__", _) => {
                Some(self.attribute_error("attribute '__dict__' of 'type' objects is not writable"))
            }
            ("__bases__", None) => Some(self.type_error(format!(
                "cannot delete '__bases__' attribute of immutable type '{}'",
                c.name.as_str()
            ))),
            ("__bases__", Some(Value::Tuple(_))) => Some(self.new_error(
                &self.types.exc.not_implemented_error,
                format!(
                    "assigning to {}.__bases__ is not supported by Coil",
                    c.name.as_str()
                ),
            )),
            ("__bases__", Some(v)) => Some(self.type_error(format!(
                "can only assign tuple to {}.__bases__, not {}",
                c.name.as_str(),
                self.type_name(v).as_str()
            ))),
            _ => None,
        }
    }

    /// `C.__name__ = v` / `C.__qualname__ = v` (`type_set_name`, `type_set_qualname`):
    /// reprs, error messages and tracebacks read the class's name, so they follow.
    fn set_class_name(&mut self, c: &Rc<Class>, attr: &str, value: Option<Value>) -> RunResult<()> {
        match value {
            None => Err(self.type_error(format!(
                "cannot delete '{attr}' attribute of immutable type '{}'",
                c.name.as_str()
            ))),
            Some(Value::Str(s)) => {
                if attr == "__name__" && s.as_str().contains('\0') {
                    return Err(self.value_error("type name must not contain null characters"));
                }
                if attr == "__name__" {
                    c.name.set(s);
                } else {
                    c.qualname.set(s);
                }
                Ok(())
            }
            Some(other) => Err(self.type_error(format!(
                "can only assign string to {}.{attr}, not '{}'",
                c.name.as_str(),
                self.type_name(&other).as_str()
            ))),
        }
    }

    /// `descr.__set__(obj, value)` / `descr.__delete__(obj)`.
    fn descr_set(
        &mut self,
        d: &Value,
        obj: &Value,
        name: &Str,
        value: Option<Value>,
    ) -> RunResult<()> {
        match d {
            Value::Native(n) => {
                if let Some(m) = n.get::<Member>() {
                    return self.member_set(m, obj, value);
                }
                let p = n
                    .get::<Property>()
                    .expect("is_data_descriptor said property");
                let (f, what) = match &value {
                    Some(_) => (p.fset.clone(), "setter"),
                    None => (p.fdel.clone(), "deleter"),
                };
                let Some(f) = f else {
                    return Err(self.attribute_error(format!(
                        "property {}of '{}' object has no {what}",
                        property_name(p, name),
                        self.type_name(obj).as_str()
                    )));
                };
                match value {
                    Some(v) => self.call_value(&f, &[obj.clone(), v])?,
                    None => self.call_value(&f, std::slice::from_ref(obj))?,
                };
                Ok(())
            }
            Value::Instance(i) => {
                let c = i.class();
                let (hook, args): (_, Vec<Value>) = match value {
                    Some(v) => (c.lookup(&intern!("__set__")), vec![obj.clone(), v]),
                    None => (c.lookup(&intern!("__delete__")), vec![obj.clone()]),
                };
                match hook {
                    Some(f) => {
                        self.call_unbound(&f, d, &args)?;
                        Ok(())
                    }
                    None => Err(self.attribute_error(if args.len() == 2 {
                        "__set__"
                    } else {
                        "__delete__"
                    })),
                }
            }
            _ => Ok(()),
        }
    }
}

/// `'x' ` for a property's messages: its `__set_name__` name, else the attribute
/// being accessed (the same thing for properties created in a class body).
fn property_name(p: &Property, fallback: &Str) -> String {
    match p.name.borrow().as_ref() {
        Some(n) => format!("'{}' ", n.as_str()),
        None => format!("'{}' ", fallback.as_str()),
    }
}

/// A method builtin bound to `recv` (`[].append`).
pub fn bind_builtin(b: &Builtin, recv: Value) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name: b.name.clone(),
        owner: b.owner.clone(),
        func: b.func,
        receiver: Some(recv),
        is_method: b.is_method,
    }))
}

/// A shallow copy of a namespace dict (`vars(obj)`, `C.__dict__`).
pub fn copy_dict(d: &crate::object::Dict) -> crate::object::Dict {
    let out = crate::object::Dict::new();
    *out.map.borrow_mut() = d.map.borrow().clone();
    out
}

impl Vm {
    /// `isinstance(v, class)` for one class (no tuples, no `__instancecheck__`).
    pub fn is_instance(&self, v: &Value, class: &Rc<Class>) -> bool {
        self.type_of(v).is_subclass(class)
    }
}
