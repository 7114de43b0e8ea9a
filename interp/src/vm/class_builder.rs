//! Classes: `__build_class__` (run the body with a fresh namespace, then make the
//! class), C3 linearisation, `type(x)` / `type(name, bases, dict)`, and calling a
//! class (`type.__call__`: `__new__` then `__init__`, with `object`'s excess-argument
//! errors). Mirrors CPython 3.11's `Python/bltinmodule.c` (`builtin___build_class__`)
//! and `Objects/typeobject.c` (`type_new`, `mro_implementation`, `type_call`,
//! `object_new`, `object_init`).

use super::Vm;
use crate::object::class::BaseKind;
use crate::object::class::WeakCallable;
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
        let mut explicit_meta = None;
        for (k, v) in args.kw {
            if k.as_str() == "metaclass" {
                explicit_meta = Some(v.clone());
            } else {
                kw.push((k.clone(), v.clone()));
            }
        }
        let orig_bases = &args.pos[2..];
        let resolved = self.update_bases(orig_bases)?;
        let given: &[Value] = resolved.as_deref().unwrap_or(orig_bases);
        let bases = self.class_bases(given)?;
        // `__build_class__`: the metaclass is the explicit one or the most derived
        // metaclass of the bases (`_PyType_CalculateMetaclass`); a callable that is
        // not a class is simply called.
        let meta = match explicit_meta {
            Some(Value::Class(m)) => Some(Value::Class(self.most_derived_metaclass(&m, &bases)?)),
            Some(other) => Some(other),
            None => {
                let m = self.most_derived_metaclass(&self.types.type_.clone(), &bases)?;
                (!Rc::ptr_eq(&m, &self.types.type_)).then_some(Value::Class(m))
            }
        };
        let (ns, ns_obj) = match &meta {
            Some(m) => self.prepare_namespace(m, name, given, &kw)?,
            None => (Rc::new(Dict::new()), None),
        };
        if resolved.is_some() {
            ns.set_str("__orig_bases__", Value::tuple(orig_bases.to_vec()));
        }
        let module = func
            .globals
            .get_str("__name__")
            .unwrap_or_else(|| Value::interned("__main__"));
        ns.set_str("__module__", module);
        ns.set_str("__qualname__", Value::Str(func.code.qualname.clone()));
        let mut frame = self.bind_frame(func, &[], &[])?;
        frame.namespace = Some(ns.clone());
        let cell = match &ns_obj {
            // A dict subclass sees every name the body binds through its
            // `__setitem__` (`enum._EnumDict`).
            Some(obj) => self.run_body_in(&ns, obj, frame),
            None => {
                self.enter_native()?;
                let r = self.run_frame(frame);
                self.native_depth -= 1;
                r
            }
        };
        let cell = cell?;
        let cls = match meta {
            None => Value::Class(self.make_class(name, bases, &ns, &kw, None)?),
            Some(m) => {
                let bases = Value::tuple(given.to_vec());
                let ns = ns_obj.unwrap_or(Value::Dict(ns));
                self.call(&m, &[Value::Str(name.clone()), bases, ns], &kw)?
            }
        };
        if let Value::Cell(c) = cell {
            *c.value.borrow_mut() = Some(cls.clone());
        }
        Ok(cls)
    }

    /// PEP 560 (`update_bases` in `Python/bltinmodule.c`): a base that is not a
    /// class but has `__mro_entries__` is replaced by the tuple it returns
    /// (`class C(Generic[T])`). `None` when no base was replaced.
    fn update_bases(&mut self, bases: &[Value]) -> RunResult<Option<Vec<Value>>> {
        if bases.iter().all(|b| matches!(b, Value::Class(_))) {
            return Ok(None);
        }
        let orig = Value::tuple(bases.to_vec());
        let mut out = Vec::with_capacity(bases.len());
        let mut changed = false;
        for b in bases {
            if !matches!(b, Value::Class(_)) {
                if let Some(f) = self.get_attr_opt(b, &Str::intern("__mro_entries__"))? {
                    match self.call_value(&f, std::slice::from_ref(&orig))? {
                        Value::Tuple(t) => out.extend(t.items.iter().cloned()),
                        _ => return Err(self.type_error("__mro_entries__ must return a tuple")),
                    }
                    changed = true;
                    continue;
                }
            }
            out.push(b.clone());
        }
        Ok(changed.then_some(out))
    }

    /// The metaclass of a class with `meta` requested and these bases: the most
    /// derived of `meta` and the bases' metaclasses, or CPython's TypeError when
    /// they conflict.
    fn most_derived_metaclass(
        &self,
        meta: &Rc<Class>,
        bases: &[Rc<Class>],
    ) -> RunResult<Rc<Class>> {
        let mut winner = meta.clone();
        for b in bases {
            let m = self.type_of(&Value::Class(b.clone()));
            if winner.is_subclass(&m) {
                continue;
            }
            if m.is_subclass(&winner) {
                winner = m;
                continue;
            }
            return Err(self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
                 subclass of the metaclasses of all its bases",
            ));
        }
        Ok(winner)
    }

    /// Runs a class body whose namespace is the dict subclass `obj` (its dict
    /// `ns`), registered in `custom_namespaces` while it runs.
    fn run_body_in(
        &mut self,
        ns: &Rc<Dict>,
        obj: &Value,
        frame: super::PendingFrame,
    ) -> RunResult<Value> {
        self.custom_namespaces.push((ns.clone(), obj.clone()));
        let r = self.enter_native().and_then(|()| {
            let r = self.run_frame(frame);
            self.native_depth -= 1;
            r
        });
        self.custom_namespaces.pop();
        r
    }

    /// The dict-subclass object whose dict is `ns`, while a class body runs in it.
    pub(crate) fn custom_namespace(&self, ns: &Rc<Dict>) -> Option<Value> {
        if self.custom_namespaces.is_empty() {
            return None;
        }
        self.custom_namespaces
            .iter()
            .rev()
            .find(|(d, _)| Rc::ptr_eq(d, ns))
            .map(|(_, obj)| obj.clone())
    }

    /// The namespace a class body runs in: `meta.__prepare__(name, bases, **kw)`
    /// when the metaclass defines one, else a new dict. A dict subclass comes back
    /// as its dict and the object itself.
    fn prepare_namespace(
        &mut self,
        meta: &Value,
        name: &Rc<Str>,
        bases: &[Value],
        kw: &[(Rc<Str>, Value)],
    ) -> RunResult<(Rc<Dict>, Option<Value>)> {
        let prepare = self.get_attr_opt(meta, &Str::intern("__prepare__"))?;
        // `type.__prepare__` makes the plain dict made here anyway.
        let Some(prepare) = prepare.filter(|p| !super::ops::is_type_prepare(p)) else {
            return Ok((Rc::new(Dict::new()), None));
        };
        let args = [Value::Str(name.clone()), Value::tuple(bases.to_vec())];
        match self.call(&prepare, &args, kw)? {
            Value::Dict(d) => Ok((d, None)),
            obj @ Value::Instance(_) if matches!(self.builtin_base(&obj), Value::Dict(_)) => {
                match self.builtin_base(&obj) {
                    Value::Dict(d) => Ok((d, Some(obj))),
                    _ => Ok((Rc::new(Dict::new()), None)),
                }
            }
            other => Err(self.type_error(format!(
                "{}.__prepare__() must return a mapping, not {}",
                self.type_name(meta).as_str(),
                other.type_name()
            ))),
        }
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
                    if c.base_kind == BaseKind::Builtin
                        && !Rc::ptr_eq(c, &self.types.type_)
                        && !self.is_subclassable_builtin(c)
                    {
                        return Err(self.type_error(format!(
                            "type '{}' is not an acceptable base type",
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
        metaclass: Option<Rc<Class>>,
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
        let (layout, members) = self.slot_layout(name, &bases, ns)?;
        if ns.get_str("__del__").is_some() {
            super::finalize::del_class_created();
        }
        let dict = Dict::new();
        for (k, v) in ns.map.borrow().iter() {
            let mut v = v.clone();
            if let Value::Str(s) = &k.value {
                match s.as_str() {
                    "__qualname__" => continue,
                    // `type_new_set_classmethod`: these two are implicitly
                    // classmethods, so `super().__init_subclass__()` binds.
                    "__init_subclass__" | "__class_getitem__"
                        if matches!(v, Value::Function(_)) =>
                    {
                        v = crate::object::native(
                            &self.types.classmethod,
                            crate::object::descriptors::ClassMethod { func: v },
                        );
                    }
                    _ => {}
                }
            }
            dict.map.borrow_mut().insert(k.clone(), v);
        }
        for (k, member) in members {
            dict.set_name(&k, member);
        }
        if dict.get_str("__doc__").is_none() {
            dict.set_str("__doc__", Value::None);
        }
        let cls = crate::gc::new(Class {
            name: crate::object::class::ClassName::new(name.clone()),
            qualname: crate::object::class::ClassName::new(qualname),
            module,
            bases,
            mro,
            dict,
            base_kind,
            version: Cell::new(0),
            metaclass,
            init_cache: Default::default(),
            layout,
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
                let args = [v.clone(), Value::Class(cls.clone()), k.clone()];
                if let Err(exc) = self.call(&set_name, &args, &[]) {
                    // 3.11's `type_new_set_names` wraps the error (`_PyErr_FormatFromCause`).
                    let msg = format!(
                        "Error calling __set_name__ on '{}' instance {} in '{}'",
                        self.type_name(&v).as_str(),
                        self.repr(&k)?.as_str(),
                        cls.name.as_str()
                    );
                    let new = self.runtime_error(msg);
                    if let Some(d) = new.exc() {
                        let mut d = d.borrow_mut();
                        d.cause = Some(Value::Instance(exc.clone()));
                        d.context = Some(Value::Instance(exc));
                        d.suppress_context = true;
                    }
                    return Err(new);
                }
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
        // A metaclass's own `__call__` (`slot_tp_call`) replaces `type.__call__`.
        if let Some(meta) = &cls.metaclass {
            if let Some((owner, f)) = lookup_owner(meta, &Str::intern("__call__")) {
                if !Rc::ptr_eq(&owner, &self.types.type_) && !Rc::ptr_eq(&owner, &self.types.object)
                {
                    let mut args = Vec::with_capacity(pos.len() + 1);
                    args.push(Value::Class(cls.clone()));
                    args.extend_from_slice(pos);
                    self.enter_native()?;
                    let r = self.call(&f, &args, kw);
                    self.native_depth -= 1;
                    return r;
                }
            }
        }
        self.type_call(cls, pos, kw)
    }

    /// `type.__call__(cls, *pos, **kw)`: `__new__`, then `__init__` when the result
    /// is an instance of `cls` (`Objects/typeobject.c` `type_call`).
    pub(crate) fn type_call(
        &mut self,
        cls: &Rc<Class>,
        pos: &[Value],
        kw: &[(Rc<Str>, Value)],
    ) -> RunResult<Value> {
        // `str(int)` and `str(str)`, the commonest conversions, without
        // `str.__new__`'s argument binding (`unicode_new` → `PyObject_Str`).
        if let ([v], true) = (pos, kw.is_empty()) {
            if Rc::ptr_eq(cls, &self.types.str) {
                match v {
                    Value::Int(i) => return Ok(Value::int_str(*i)),
                    Value::Str(_) => return Ok(v.clone()),
                    _ => {}
                }
            }
        }
        // `range(n)`, `range(a, b)`, `range(a, b, step)` over small ints (the
        // loop headers of most code): `range_new`'s general path converts every
        // bound to a big int.
        if kw.is_empty() && Rc::ptr_eq(cls, &self.types.range) {
            let (start, stop, step) = match pos {
                [Value::Int(b)] => (0, *b, 1),
                [Value::Int(a), Value::Int(b)] => (*a, *b, 1),
                [Value::Int(a), Value::Int(b), Value::Int(c)] if *c != 0 => (*a, *b, *c),
                _ => (0, 0, 0),
            };
            if step != 0 {
                let r = crate::object::Range::new(start, stop, step);
                return Ok(Value::Range(Rc::new(r)));
            }
        }
        if cls.is_subclass(&self.types.type_) && !Rc::ptr_eq(cls, &self.types.type_) {
            return self.metaclass_call(cls, pos, kw);
        }
        let new_key = crate::intern!("__new__");
        let init_key = crate::intern!("__init__");
        let (new, init) = self.new_and_init(cls, &new_key, &init_key);
        let new_is_object = new.is_none();
        let init_is_object = init.is_none();
        let obj = if let Some(f) = new {
            let mut args = Vec::with_capacity(pos.len() + 1);
            args.push(Value::Class(cls.clone()));
            args.extend_from_slice(pos);
            match &f {
                Value::Builtin(b) => self.call_builtin(b, &args, kw)?,
                Value::Function(_) => self.call(&f, &args, kw)?,
                _ => {
                    let f = self.get_attr(&Value::Class(cls.clone()), &new_key)?;
                    self.enter_native()?;
                    let r = self.call(&f, &args, kw);
                    self.native_depth -= 1;
                    r?
                }
            }
        } else {
            self.object_new(cls, pos, kw, false, !init_is_object)?
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
        let Some(f) = init else { return Ok(obj) };
        if new_is_object && kw.is_empty() && self.init_repeats_new(cls, &f) {
            return Ok(obj);
        }
        let mut args = Vec::with_capacity(pos.len() + 1);
        args.push(obj.clone());
        args.extend_from_slice(pos);
        let r = match &f {
            Value::Builtin(b) => self.call_builtin(b, &args, kw)?,
            _ => match &f {
                Value::Function(_) => self.call(&f, &args, kw)?,
                _ => {
                    // Any callable may stand as `__init__` (even the class
                    // itself, which recurses without a frame): counted as
                    // `slot_tp_init`'s call is.
                    let bound = self.get_attr(&obj, &init_key)?;
                    self.enter_native()?;
                    let r = self.call(&bound, pos, kw);
                    self.native_depth -= 1;
                    r?
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

    /// The `__new__` and `__init__` that `cls(...)` calls, `None` where they are
    /// `object`'s; remembered on the class for one state of its MRO (the version
    /// sum the attribute caches use), so `ValueError("x")` or `str(i)` walks no MRO.
    fn new_and_init(
        &self,
        cls: &Rc<Class>,
        new_key: &Rc<Str>,
        init_key: &Rc<Str>,
    ) -> (Option<Value>, Option<Value>) {
        let cache = &cls.init_cache;
        // Stored plus one, so that 0 means unfilled.
        let version = super::attr_cache::mro_version(cls).wrapping_add(1);
        if cache.call_version.get() == version {
            let get = |c: &RefCell<Option<WeakCallable>>| match &*c.borrow() {
                None => Some(None),
                Some(w) => w.get().map(Some),
            };
            if let (Some(new), Some(init)) = (get(&cache.call_new), get(&cache.call_init)) {
                return (new, init);
            }
        }
        let object = &self.types.object;
        let found = |key| match lookup_owner(cls, key) {
            Some((o, _)) if Rc::ptr_eq(&o, object) => None,
            None => None,
            Some((_, v)) => Some(v),
        };
        let (new, init) = (found(new_key), found(init_key));
        let weak = |v: &Option<Value>| match v {
            None => Some(None),
            Some(v) => WeakCallable::of(v).map(Some),
        };
        if let (Some(n), Some(i)) = (weak(&new), weak(&init)) {
            *cache.call_new.borrow_mut() = n;
            *cache.call_init.borrow_mut() = i;
            cache.call_version.set(version);
        } else {
            cache.call_version.set(0);
        }
        (new, init)
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
        if cls.metaclass.is_some() {
            self.check_not_abstract(cls)?;
        }
        let payload = match cls.base_kind {
            BaseKind::Exception => Payload::Exception(RefCell::new(ExceptionData::from_slice(pos))),
            BaseKind::Object => Payload::None,
            BaseKind::Builtin => {
                return Err(self.type_error(format!(
                    "object.__new__({0}) is not safe, use {0}.__new__()",
                    cls.name.as_str()
                )))
            }
        };
        Ok(Value::Instance(crate::gc::new_instance(Instance {
            class: RefCell::new(cls.clone()),
            dict: Rc::new(Dict::new()),
            payload,
            slots: Default::default(),
            finalized: Default::default(),
        })))
    }

    /// `object_new`'s abstract-class test (`Py_TPFLAGS_IS_ABSTRACT`): a class whose
    /// own `__abstractmethods__` (set by `abc.ABCMeta`) is non-empty cannot be
    /// instantiated. Only classes with a metaclass can have one, so plain classes
    /// never pay for the lookup.
    fn check_not_abstract(&mut self, cls: &Rc<Class>) -> RunResult<()> {
        let Some(abstracts) = cls.dict.get_str("__abstractmethods__") else {
            return Ok(());
        };
        if !self.truthy(&abstracts)? {
            return Ok(());
        }
        let mut names = Vec::new();
        for v in self.collect(&abstracts)? {
            names.push(self.to_str(&v)?.as_str().to_owned());
        }
        names.sort();
        Err(self.type_error(format!(
            "Can't instantiate abstract class {} with abstract method{} {}",
            cls.name.as_str(),
            if names.len() == 1 { "" } else { "s" },
            names.join(", ")
        )))
    }

    /// Instantiating a metaclass (`Meta(name, bases, ns)`, or a class statement
    /// whose metaclass is `Meta`): its `__new__` (`type.__new__` unless
    /// overridden), then its `__init__` when the result is an instance of it.
    fn metaclass_call(
        &mut self,
        meta: &Rc<Class>,
        pos: &[Value],
        kw: &[(Rc<Str>, Value)],
    ) -> RunResult<Value> {
        let is_core = |vm: &Vm, o: &Rc<Class>| {
            Rc::ptr_eq(o, &vm.types.type_) || Rc::ptr_eq(o, &vm.types.object)
        };
        let meta_value = Value::Class(meta.clone());
        let obj = match lookup_owner(meta, &Str::intern("__new__")) {
            Some((owner, f)) if !is_core(self, &owner) => {
                let mut args = Vec::with_capacity(pos.len() + 1);
                args.push(meta_value.clone());
                args.extend_from_slice(pos);
                let f = match f {
                    Value::Function(_) | Value::Builtin(_) => f,
                    _ => self.get_attr(&meta_value, &Str::intern("__new__"))?,
                };
                self.call(&f, &args, kw)?
            }
            _ => self.type_new(meta, pos, kw)?,
        };
        if !self.type_of(&obj).is_subclass(meta) {
            return Ok(obj);
        }
        if let Some((owner, f)) = lookup_owner(meta, &Str::intern("__init__")) {
            if !is_core(self, &owner) {
                let mut args = Vec::with_capacity(pos.len() + 1);
                args.push(obj.clone());
                args.extend_from_slice(pos);
                let r = self.call(&f, &args, kw)?;
                if !r.is_none() {
                    return Err(self.type_error(format!(
                        "__init__() should return None, not '{}'",
                        r.type_name()
                    )));
                }
            }
        }
        Ok(obj)
    }

    /// `type.__new__(meta, name, bases, ns, **kw)`: a new class whose metaclass is
    /// the most derived of `meta` and its bases' metaclasses.
    pub(crate) fn type_new(
        &mut self,
        meta: &Rc<Class>,
        pos: &[Value],
        kw: &[(Rc<Str>, Value)],
    ) -> RunResult<Value> {
        let unwrapped = self.namespace_as_dict(pos);
        let pos = unwrapped.as_ref().map_or(pos, |u| &u[..]);
        let [Value::Str(name), Value::Tuple(bases), Value::Dict(ns)] = pos else {
            return Err(match pos.len() {
                3 => self.type_error("type.__new__() argument 1 must be str"),
                n => self.type_error(format!(
                    "type.__new__() takes exactly 3 arguments ({n} given)"
                )),
            });
        };
        let bases = self.class_bases(&bases.items.clone())?;
        let winner = self.most_derived_metaclass(meta, &bases)?;
        let d = self.namespace_for_type_new(ns);
        let metaclass = (!Rc::ptr_eq(&winner, &self.types.type_)).then_some(winner);
        let cls = self.make_class(name, bases, &d, kw, metaclass)?;
        Ok(Value::Class(cls))
    }

    /// A copy of the namespace given to `type(name, bases, ns)`, with
    /// `__module__` from the calling frame's globals when it has none
    /// (`type_new_set_module`).
    fn namespace_for_type_new(&self, ns: &Dict) -> Dict {
        let d = Dict::new();
        for (k, v) in ns.map.borrow().iter() {
            d.map.borrow_mut().insert(k.clone(), v.clone());
        }
        if d.get_str("__module__").is_none() {
            let module = self
                .frames
                .last()
                .and_then(|f| f.globals().get_str("__name__"))
                .unwrap_or_else(|| Value::interned("__main__"));
            d.set_str("__module__", module);
        }
        d
    }

    /// `(name, bases, ns)` with `ns` a dict subclass (a `__prepare__` namespace
    /// passed on to `type.__new__`) read as its dict; None for anything else.
    fn namespace_as_dict(&self, pos: &[Value]) -> Option<[Value; 3]> {
        match pos {
            [name, bases, ns @ Value::Instance(_)] => match self.builtin_base(ns) {
                d @ Value::Dict(_) => Some([name.clone(), bases.clone(), d]),
                _ => None,
            },
            _ => None,
        }
    }

    /// `type(x)` and `type(name, bases, dict)`.
    fn call_type(&mut self, pos: &[Value], kw: &[(Rc<Str>, Value)]) -> RunResult<Value> {
        let unwrapped = self.namespace_as_dict(pos);
        let pos = unwrapped.as_ref().map_or(pos, |u| &u[..]);
        match pos {
            [x] if kw.is_empty() => Ok(Value::Class(self.type_of(x))),
            [Value::Str(name), Value::Tuple(bases), Value::Dict(ns)] => {
                let bases = self.class_bases(&bases.items.clone())?;
                let d = self.namespace_for_type_new(ns);
                // The most derived metaclass of the bases makes the class
                // (`type_new` defers to it).
                let winner = self.most_derived_metaclass(&self.types.type_.clone(), &bases)?;
                if !Rc::ptr_eq(&winner, &self.types.type_) {
                    return self.metaclass_call(&winner, pos, kw);
                }
                let cls = self.make_class(name, bases, &d, kw, None)?;
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
