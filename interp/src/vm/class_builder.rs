//! Classes: `__build_class__` (run the body with a fresh namespace, then make the
//! class), C3 linearisation, `type(x)` / `type(name, bases, dict)`, and calling a
//! class (`type.__call__`: `__new__` then `__init__`, with `object`'s excess-argument
//! errors). Mirrors CPython 3.11's `Python/bltinmodule.c` (`builtin___build_class__`)
//! and `Objects/typeobject.c` (`type_new`, `mro_implementation`, `type_call`,
//! `object_new`, `object_init`).

use super::Vm;
use crate::object::class::BaseKind;
use crate::object::{Args, Class, Dict, ExceptionData, Instance, Payload, Str, Value};
use crate::RunResult;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// `<class 'mod.Name'>`, for messages.
pub(crate) fn class_repr(c: &Class) -> String {
    format!("<class '{}'>", c.full_name())
}

/// The class itself followed by its MRO.
fn full_mro(c: &Rc<Class>) -> Vec<Rc<Class>> {
    let mut v = Vec::with_capacity(c.mro.len() + 1);
    v.push(c.clone());
    v.extend(c.mro.iter().cloned());
    v
}

impl Vm {
    /// `__build_class__(func, name, *bases, **kw)`.
    pub(crate) fn build_class(&mut self, args: Args) -> RunResult<Value> {
        let Some(Value::Function(func)) = args.pos.first() else {
            return Err(self.type_error("__build_class__: func must be a function"));
        };
        let Some(Value::Str(name)) = args.pos.get(1) else {
            return Err(self.type_error("__build_class__: name is not a string"));
        };
        let mut kw: Vec<(Rc<Str>, Value)> = Vec::new();
        for (k, v) in args.kw {
            if k.as_str() == "metaclass" {
                let is_type = matches!(v, Value::Class(c) if Rc::ptr_eq(c, &self.types.type_));
                if !is_type {
                    return Err(self.type_error("metaclasses other than type are not supported"));
                }
            } else {
                kw.push((k.clone(), v.clone()));
            }
        }
        let bases = self.class_bases(&args.pos[2..])?;
        let ns = Rc::new(Dict::new());
        let module = func
            .globals
            .get_str("__name__")
            .unwrap_or_else(|| Value::interned("__main__"));
        ns.set_str("__module__", module);
        ns.set_str("__qualname__", Value::Str(func.code.qualname.clone()));
        let mut frame = self.bind_frame(func, &[], &[])?;
        frame.namespace = Some(ns.clone());
        self.enter_native()?;
        let cell = self.run_frame(frame);
        self.native_depth -= 1;
        let cell = cell?;
        let cls = self.make_class(name, bases, &ns, &kw)?;
        if let Value::Cell(c) = cell {
            *c.value.borrow_mut() = Some(Value::Class(cls.clone()));
        }
        Ok(Value::Class(cls))
    }

    /// Checks the bases of a class statement (`object` when there are none).
    fn class_bases(&mut self, bases: &[Value]) -> RunResult<Vec<Rc<Class>>> {
        let mut out: Vec<Rc<Class>> = Vec::new();
        for b in bases {
            match b {
                Value::Class(c) => {
                    if out.iter().any(|o| Rc::ptr_eq(o, c)) {
                        return Err(
                            self.type_error(format!("duplicate base class {}", c.name.as_str()))
                        );
                    }
                    if c.base_kind == BaseKind::Builtin {
                        return Err(self.type_error(format!(
                            "subclassing the builtin type '{}' is not supported",
                            c.name.as_str()
                        )));
                    }
                    out.push(c.clone());
                }
                other => {
                    return Err(self.type_error(format!(
                        "bases must be classes, not '{}'",
                        other.type_name()
                    )))
                }
            }
        }
        if out.is_empty() {
            out.push(self.types.object.clone());
        }
        Ok(out)
    }

    /// Makes the class from a finished namespace: C3 MRO, `__qualname__`,
    /// `__doc__`, `__set_name__`, then the parent's `__init_subclass__`.
    pub(crate) fn make_class(
        &mut self,
        name: &Rc<Str>,
        bases: Vec<Rc<Class>>,
        ns: &Dict,
        kw: &[(Rc<Str>, Value)],
    ) -> RunResult<Rc<Class>> {
        let mro = self.c3_mro(&bases)?;
        let base_kind = if mro.iter().any(|c| c.base_kind == BaseKind::Exception) {
            BaseKind::Exception
        } else {
            BaseKind::Object
        };
        let qualname = match ns.get_str("__qualname__") {
            Some(Value::Str(s)) => s,
            Some(other) => {
                return Err(self.type_error(format!(
                    "type __qualname__ must be a str, not {}",
                    other.type_name()
                )))
            }
            None => name.clone(),
        };
        let module = match ns.get_str("__module__") {
            Some(Value::Str(s)) => s,
            _ => Str::intern("__main__"),
        };
        let dict = Dict::new();
        for (k, v) in ns.map.borrow().iter() {
            if let Value::Str(s) = &k.value {
                if s.as_str() == "__qualname__" {
                    continue;
                }
            }
            dict.map.borrow_mut().insert(k.clone(), v.clone());
        }
        if dict.get_str("__doc__").is_none() {
            dict.set_str("__doc__", Value::None);
        }
        let cls = crate::gc::new(Class {
            name: name.clone(),
            qualname,
            module,
            bases,
            mro,
            dict,
            base_kind,
            version: Cell::new(0),
        });
        let items: Vec<(Value, Value)> = cls
            .dict
            .map
            .borrow()
            .iter()
            .map(|(k, v)| (k.value.clone(), v.clone()))
            .collect();
        for (k, v) in items {
            if let Some(set_name) = self.lookup_special(&v, &Str::intern("__set_name__")) {
                self.call(&set_name, &[v.clone(), Value::Class(cls.clone()), k], &[])?;
            }
        }
        self.init_subclass(&cls, kw)?;
        Ok(cls)
    }

    /// Calls the nearest base's `__init_subclass__` (implicitly a classmethod).
    fn init_subclass(&mut self, cls: &Rc<Class>, kw: &[(Rc<Str>, Value)]) -> RunResult<()> {
        let key = Str::intern("__init_subclass__");
        let found = cls
            .mro
            .iter()
            .find_map(|c| c.dict.get_name(&key).map(|v| (c.clone(), v)));
        match found {
            Some((owner, Value::Function(f))) if !Rc::ptr_eq(&owner, &self.types.object) => {
                self.call(&Value::Function(f), &[Value::Class(cls.clone())], kw)?;
            }
            Some((owner, v)) if !Rc::ptr_eq(&owner, &self.types.object) => {
                let bound =
                    super::super_::bind_descriptor(self, v, &Value::Class(cls.clone()), cls, true)?;
                self.call(&bound, &[], kw)?;
            }
            _ => {
                if !kw.is_empty() {
                    return Err(self.type_error(format!(
                        "{}.__init_subclass__() takes no keyword arguments",
                        cls.qualname.as_str()
                    )));
                }
            }
        }
        Ok(())
    }

    /// C3 linearisation of a class with these bases (the result excludes the class
    /// itself, as `Class::mro` does).
    pub(crate) fn c3_mro(&self, bases: &[Rc<Class>]) -> RunResult<Vec<Rc<Class>>> {
        let mut seqs: Vec<Vec<Rc<Class>>> = bases.iter().map(full_mro).collect();
        seqs.push(bases.to_vec());
        let mut heads = vec![0usize; seqs.len()];
        let mut out: Vec<Rc<Class>> = Vec::new();
        loop {
            let mut candidate = None;
            let mut any_left = false;
            for (i, seq) in seqs.iter().enumerate() {
                let Some(head) = seq.get(heads[i]) else {
                    continue;
                };
                any_left = true;
                let in_tail = seqs.iter().enumerate().any(|(j, s)| {
                    s[(heads[j] + 1).min(s.len())..]
                        .iter()
                        .any(|c| Rc::ptr_eq(c, head))
                });
                if !in_tail {
                    candidate = Some(head.clone());
                    break;
                }
            }
            if !any_left {
                return Ok(out);
            }
            let Some(c) = candidate else {
                let mut names: Vec<Rc<Class>> = Vec::new();
                for (i, seq) in seqs.iter().enumerate() {
                    if let Some(h) = seq.get(heads[i]) {
                        if !names.iter().any(|n| Rc::ptr_eq(n, h)) {
                            names.push(h.clone());
                        }
                    }
                }
                let names: Vec<&str> = names.iter().map(|c| c.name.as_str()).collect();
                return Err(self.type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            };
            for (i, seq) in seqs.iter().enumerate() {
                if seq.get(heads[i]).is_some_and(|h| Rc::ptr_eq(h, &c)) {
                    heads[i] += 1;
                }
            }
            out.push(c);
        }
    }

    /// `cls(*pos, **kw)`: `type.__call__`.
    pub(crate) fn call_class(
        &mut self,
        cls: &Rc<Class>,
        pos: &[Value],
        kw: &[(Rc<Str>, Value)],
    ) -> RunResult<Value> {
        if Rc::ptr_eq(cls, &self.types.type_) {
            return self.call_type(pos, kw);
        }
        if Rc::ptr_eq(cls, &self.types.super_) {
            return super::super_::super_new(self, pos);
        }
        let new_key = Str::intern("__new__");
        let init_key = Str::intern("__init__");
        let new = lookup_owner(cls, &new_key);
        let init = lookup_owner(cls, &init_key);
        let object = self.types.object.clone();
        let new_is_object = new.as_ref().is_none_or(|(o, _)| Rc::ptr_eq(o, &object));
        let init_is_object = init.as_ref().is_none_or(|(o, _)| Rc::ptr_eq(o, &object));
        let obj = if new_is_object {
            self.object_new(cls, pos, kw, false, !init_is_object)?
        } else {
            let (_, f) = new.expect("checked above");
            let mut args = Vec::with_capacity(pos.len() + 1);
            args.push(Value::Class(cls.clone()));
            args.extend_from_slice(pos);
            match &f {
                Value::Builtin(b) => self.call_builtin(b, &args, kw)?,
                Value::Function(_) => self.call(&f, &args, kw)?,
                _ => {
                    let f = self.get_attr(&Value::Class(cls.clone()), &new_key)?;
                    self.call(&f, &args, kw)?
                }
            }
        };
        if !self.type_of(&obj).is_subclass(cls) {
            return Ok(obj);
        }
        if init_is_object {
            if !new_is_object && (!pos.is_empty() || !kw.is_empty()) {
                // object.__init__ tolerates the arguments `__new__` consumed.
            }
            return Ok(obj);
        }
        let (_, f) = init.expect("checked above");
        let mut args = Vec::with_capacity(pos.len() + 1);
        args.push(obj.clone());
        args.extend_from_slice(pos);
        let r = match &f {
            Value::Builtin(b) => self.call_builtin(b, &args, kw)?,
            _ => match &f {
                Value::Function(_) => self.call(&f, &args, kw)?,
                _ => {
                    let bound = self.get_attr(&obj, &init_key)?;
                    self.call(&bound, pos, kw)?
                }
            },
        };
        if !r.is_none() {
            return Err(self.type_error(format!(
                "__init__() should return None, not '{}'",
                r.type_name()
            )));
        }
        Ok(obj)
    }

    /// `object.__new__(cls, *args)`: an instance with the payload its base kind
    /// needs; excess arguments are an error unless `__init__` takes them.
    pub(crate) fn object_new(
        &mut self,
        cls: &Rc<Class>,
        pos: &[Value],
        kw: &[(Rc<Str>, Value)],
        new_overridden: bool,
        init_overridden: bool,
    ) -> RunResult<Value> {
        let excess = !pos.is_empty() || !kw.is_empty();
        if excess && cls.base_kind != BaseKind::Exception {
            if new_overridden {
                return Err(self.type_error(
                    "object.__new__() takes exactly one argument (the type to instantiate)",
                ));
            }
            if !init_overridden {
                return Err(self.type_error(format!("{}() takes no arguments", cls.name.as_str())));
            }
        }
        let payload = match cls.base_kind {
            BaseKind::Exception => Payload::Exception(RefCell::new(ExceptionData {
                args: pos.to_vec(),
                ..ExceptionData::default()
            })),
            BaseKind::Object => Payload::None,
            BaseKind::Builtin => {
                return Err(self.type_error(format!(
                    "object.__new__({0}) is not safe, use {0}.__new__()",
                    cls.name.as_str()
                )))
            }
        };
        Ok(Value::Instance(crate::gc::new(Instance {
            class: RefCell::new(cls.clone()),
            dict: Dict::new(),
            payload,
        })))
    }

    /// `type(x)` and `type(name, bases, dict)`.
    fn call_type(&mut self, pos: &[Value], kw: &[(Rc<Str>, Value)]) -> RunResult<Value> {
        match pos {
            [x] if kw.is_empty() => Ok(Value::Class(self.type_of(x))),
            [Value::Str(name), Value::Tuple(bases), Value::Dict(ns)] => {
                let bases = self.class_bases(&bases.items.clone())?;
                let d = Dict::new();
                for (k, v) in ns.map.borrow().iter() {
                    d.map.borrow_mut().insert(k.clone(), v.clone());
                }
                if d.get_str("__module__").is_none() {
                    let module = self
                        .frames
                        .last()
                        .and_then(|f| f.globals.get_str("__name__"))
                        .unwrap_or_else(|| Value::interned("__main__"));
                    d.set_str("__module__", module);
                }
                let cls = self.make_class(name, bases, &d, kw)?;
                Ok(Value::Class(cls))
            }
            [_, _, _] => Err(self.type_error("type.__new__() argument 1 must be str, not ...")),
            _ => Err(self.type_error("type() takes 1 or 3 arguments")),
        }
    }
}

/// The class along `cls`'s MRO whose dict holds `name`, with the value.
pub(crate) fn lookup_owner(cls: &Rc<Class>, name: &Rc<Str>) -> Option<(Rc<Class>, Value)> {
    if let Some(v) = cls.dict.get_name(name) {
        return Some((cls.clone(), v));
    }
    cls.mro
        .iter()
        .find_map(|c| c.dict.get_name(name).map(|v| (c.clone(), v)))
}
