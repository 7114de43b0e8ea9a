//! Methods of the base types, installed into their dicts by
//! `ops::install_type_methods`: `object`'s
//! (`__new__`, `__init__` with CPython's excess-argument rules, `__repr__`, `__eq__`,
//! `__hash__`, `__setattr__`, …; `Objects/typeobject.c` `object_new`/`object_init`),
//! `BaseException`'s (`Objects/exceptions.c`), `type`'s `__repr__`/`mro`, and the
//! descriptor types' constructors and methods (`property`, `staticmethod`,
//! `classmethod`). `object.__new__`/`__init__`/`__init_subclass__` and `super` are the
//! VM's (`vm/construction.rs`, `vm/super_.rs`).

use crate::builtin::{expect_args, install_methods, method, owned_func};
use crate::object::class::BaseKind;
use crate::object::descriptors::{ClassMethod, Property, StaticMethod};
use crate::object::{native, Args, Class, Dict, ExceptionData, Instance, Payload, Str, Value};
use crate::vm::Vm;
use crate::RunResult;
use std::cell::RefCell;
use std::rc::Rc;

/// Installs everything in this module into the builtin types' dicts.
pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    let object = &t.object;
    let set = |c: &Rc<Class>, name: &str, v: Value| c.dict.set_str(name, v);
    install_methods(
        object,
        &[
            ("__repr__", object_repr),
            ("__str__", object_str),
            ("__eq__", object_eq),
            ("__ne__", object_ne),
            ("__hash__", object_hash),
            ("__setattr__", object_setattr),
            ("__delattr__", object_delattr),
            ("__getattribute__", object_getattribute),
            ("__format__", object_format),
        ],
    );
    let class_getter = owned_func("object", "__class__", object_class);
    set(
        object,
        "__class__",
        native(
            &t.property,
            Property::new(Some(class_getter), None, None, None),
        ),
    );

    let base = &t.exc.base_exception;
    install_methods(
        base,
        &[
            ("__init__", exception_init),
            ("__str__", exception_str),
            ("__repr__", exception_repr),
            ("with_traceback", exception_with_traceback),
            ("add_note", exception_add_note),
            ("__reduce__", exception_reduce),
            ("__setstate__", exception_setstate),
        ],
    );

    set(
        &t.exc.os_error,
        "__new__",
        owned_func("OSError", "__new__", os_error_new),
    );

    install_methods(
        &t.type_,
        &[
            ("__repr__", type_repr),
            ("mro", type_mro),
            ("__subclasses__", type_subclasses),
            ("__or__", type_or),
            ("__ror__", type_ror),
        ],
    );
    set(
        &t.module,
        "__new__",
        owned_func("module", "__new__", module_new),
    );
    set(
        &t.method,
        "__new__",
        owned_func("method", "__new__", method_new),
    );

    // `__new__`s accept the class as receiver (`call_class`) or first argument.
    set(
        &t.property,
        "__new__",
        owned_func("property", "__new__", property_new),
    );
    install_methods(
        &t.property,
        &[
            ("getter", property_getter),
            ("setter", property_setter),
            ("deleter", property_deleter),
            ("__get__", property_get),
            ("__set_name__", property_set_name),
        ],
    );
    set(
        &t.staticmethod,
        "__new__",
        owned_func("staticmethod", "__new__", staticmethod_new),
    );
    install_methods(
        &t.staticmethod,
        &[("__get__", descriptor_get), ("__call__", staticmethod_call)],
    );
    set(
        &t.classmethod,
        "__new__",
        owned_func("classmethod", "__new__", classmethod_new),
    );
    set(
        &t.classmethod,
        "__get__",
        method("classmethod", "__get__", descriptor_get),
    );
}

impl Vm {
    /// A new instance of `cls` with an empty dict; exception classes get their
    /// `ExceptionData` with `args`.
    pub fn new_instance(&self, cls: &Rc<Class>, args: Vec<Value>) -> RunResult<Value> {
        let payload = match cls.base_kind {
            BaseKind::Object => Payload::None,
            BaseKind::Exception => Payload::Exception(RefCell::new(ExceptionData::new(args))),
            BaseKind::Builtin => {
                return Err(self.type_error(format!(
                    "object.__new__({}) is not safe, use {}.__new__()",
                    cls.name.as_str(),
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
}

/// `object.__repr__`: `<__main__.C object at 0x…>`.
pub fn object_repr(vm: &mut Vm, recv: &Value, _args: Args) -> RunResult<Value> {
    let cls = vm.type_of(recv);
    Ok(Value::string(format!(
        "<{} object at {}>",
        cls.full_name(),
        super::repr::addr(recv)
    )))
}

/// `object.__str__`: `repr(self)`.
pub fn object_str(vm: &mut Vm, recv: &Value, _args: Args) -> RunResult<Value> {
    vm.repr(recv).map(Value::Str)
}

fn object_eq(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    expect_args(vm, "__eq__", &args, 1)?;
    Ok(if recv.is(&args.pos[0]) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    })
}

/// `object.__ne__`: the inverse of `type(self).__eq__`, unless NotImplemented.
fn object_ne(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    expect_args(vm, "__ne__", &args, 1)?;
    let r = match vm.lookup_special(recv, &crate::intern!("__eq__")) {
        Some(eq) => vm.call_unbound(&eq, recv, args.pos)?,
        None => Value::NotImplemented,
    };
    match r {
        Value::NotImplemented => Ok(r),
        other => Ok(Value::Bool(!vm.truthy(&other)?)),
    }
}

/// `object.__hash__`: the identity hash.
pub fn object_hash(_vm: &mut Vm, recv: &Value, _args: Args) -> RunResult<Value> {
    Ok(Value::Int(super::hash::identity_hash(recv)))
}

fn attr_name(vm: &Vm, v: &Value) -> RunResult<Rc<Str>> {
    match v {
        Value::Str(s) => Ok(Str::intern(s.as_str())),
        other => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(other).as_str()
        ))),
    }
}

fn object_setattr(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    expect_args(vm, "__setattr__", &args, 2)?;
    let name = attr_name(vm, &args.pos[0])?;
    vm.generic_setattr(recv, &name, Some(args.pos[1].clone()))?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    expect_args(vm, "__delattr__", &args, 1)?;
    let name = attr_name(vm, &args.pos[0])?;
    vm.generic_setattr(recv, &name, None)?;
    Ok(Value::None)
}

/// `object.__getattribute__`: the generic lookup, never a class's override.
fn object_getattribute(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    expect_args(vm, "__getattribute__", &args, 1)?;
    let name = attr_name(vm, &args.pos[0])?;
    if let Value::Instance(inst) = recv {
        let cls = inst.class();
        return match vm.instance_getattr(recv, inst, &cls, &name)? {
            Some(v) => Ok(v),
            None => Err(vm.no_attribute(recv, &name)),
        };
    }
    vm.get_attr(recv, &name)
}

pub(crate) fn object_format(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    expect_args(vm, "__format__", &args, 1)?;
    match &args.pos[0] {
        Value::Str(s) if s.as_str().is_empty() => vm.to_str(recv).map(Value::Str),
        Value::Str(_) => Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(recv).as_str()
        ))),
        other => Err(vm.type_error(format!(
            "format() argument 2 must be str, not {}",
            vm.type_name(other).as_str()
        ))),
    }
}

fn object_class(vm: &mut Vm, _recv: &Value, args: Args) -> RunResult<Value> {
    expect_args(vm, "__class__", &args, 1)?;
    Ok(Value::Class(vm.type_of(&args.pos[0])))
}

/// `BaseException.__init__` (also `BaseExceptionGroup`'s): no keywords; the
/// positional arguments become `args`.
pub(crate) fn exception_init(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    let Value::Instance(inst) = recv else {
        return Ok(Value::None);
    };
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!(
            "{}() takes no keyword arguments",
            inst.class().name.as_str()
        )));
    }
    if let Some(e) = inst.exc() {
        // `__new__` already stored these arguments in the commonest case
        // (`ValueError(x)`, `super().__init__(code)`): reuse the vector.
        let mut e = e.borrow_mut();
        if e.args.len() == args.pos.len() {
            e.args.clone_from_slice(args.pos);
        } else {
            e.args = args.pos.to_vec();
        }
    }
    vm.os_error_split_filenames(inst);
    Ok(Value::None)
}

fn exception_str(vm: &mut Vm, recv: &Value, _args: Args) -> RunResult<Value> {
    match recv {
        Value::Instance(inst) => vm.exception_str(inst).map(Value::Str),
        other => vm.to_str(other).map(Value::Str),
    }
}

fn exception_repr(vm: &mut Vm, recv: &Value, _args: Args) -> RunResult<Value> {
    match recv {
        Value::Instance(inst) => vm.exception_repr(inst).map(Value::string),
        other => vm.repr(other).map(Value::Str),
    }
}

fn exception_with_traceback(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    expect_args(vm, "with_traceback", &args, 1)?;
    let entries = match &args.pos[0] {
        Value::None => Vec::new(),
        v => match crate::vm::frame_object::traceback_entries(v) {
            Some(entries) => entries,
            None => return Err(vm.type_error("__traceback__ must be a traceback or None")),
        },
    };
    if let Value::Instance(inst) = recv {
        if let Some(e) = inst.exc() {
            e.borrow_mut().traceback = entries.into();
        }
    }
    Ok(recv.clone())
}

fn exception_add_note(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    expect_args(vm, "add_note", &args, 1)?;
    let note = &args.pos[0];
    if !matches!(note, Value::Str(_)) {
        return Err(vm.type_error(format!(
            "note must be a str, not '{}'",
            vm.type_name(note).as_str()
        )));
    }
    let Value::Instance(inst) = recv else {
        return Ok(Value::None);
    };
    let key = crate::intern!("__notes__");
    match inst.dict.get_name(&key) {
        Some(Value::List(l)) => l.items.borrow_mut().push(note.clone()),
        Some(_) => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
        None => inst.dict.set_name(&key, Value::list(vec![note.clone()])),
    }
    Ok(Value::None)
}

/// `BaseException.__reduce__` (`BaseException_reduce`): the class and `args`,
/// plus the attribute dict once it holds anything (CPython adds it once the
/// dict exists, which an empty one read through `__dict__` also makes).
fn exception_reduce(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    expect_args(vm, "BaseException.__reduce__", &args, 0)?;
    let Value::Instance(inst) = recv else {
        return Err(vm.type_error("descriptor '__reduce__' requires a 'BaseException' object"));
    };
    let exc_args = inst
        .exc()
        .map(|d| d.borrow().args.clone())
        .unwrap_or_default();
    let mut parts = vec![Value::Class(inst.class()), Value::tuple(exc_args)];
    if !inst.dict.is_empty() {
        parts.push(Value::Dict(inst.dict.clone()));
    }
    Ok(Value::tuple(parts))
}

/// `BaseException.__setstate__(state)` (`BaseException_setstate`): each item
/// of a dict `state` becomes an attribute; `None` does nothing.
fn exception_setstate(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    expect_args(vm, "__setstate__", &args, 1)?;
    match &args.pos[0] {
        Value::None => {}
        Value::Dict(d) => {
            for (k, v) in d.snapshot() {
                match &k.value {
                    Value::Str(name) => vm.set_attr(recv, name, v)?,
                    other => {
                        return Err(vm.type_error(format!(
                            "attribute name must be string, not '{}'",
                            other.type_name()
                        )))
                    }
                }
            }
        }
        _ => return Err(vm.type_error("state is not a dictionary")),
    }
    Ok(Value::None)
}

/// `OSError(errno, strerror, ...)` makes the subclass for `errno`
/// (`Objects/exceptions.c` `OSError_new`, the `errnomap`; Linux errno values).
fn os_error_new(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    let cls = match (recv, args.pos.first()) {
        (Value::Class(c), _) | (_, Some(Value::Class(c))) => c.clone(),
        _ => return Err(vm.type_error("OSError.__new__(X): X is not a type object")),
    };
    let args = new_args(recv, args);
    let mut target = cls.clone();
    if Rc::ptr_eq(&cls, &vm.types.exc.os_error) && args.pos.len() >= 2 {
        if let Value::Int(errno) = args.pos[0] {
            target = vm.os_error_class(errno);
        }
    }
    let made = vm.new_instance(&target, args.pos.to_vec())?;
    if let Value::Instance(inst) = &made {
        vm.os_error_split_filenames(inst);
    }
    Ok(made)
}

fn type_repr(vm: &mut Vm, recv: &Value, _args: Args) -> RunResult<Value> {
    vm.repr(recv).map(Value::Str)
}

/// `int | None` (PEP 604): a `types.UnionType`, made by the Python half of the
/// `types` module (CPython's `_Py_union_type_or` in `Objects/unionobject.c`);
/// NotImplemented for operands a union cannot hold.
fn type_or(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    expect_args(vm, "__or__", &args, 1)?;
    let other = args.pos[0].clone();
    vm.call_types_helper("_union_or", &[recv.clone(), other])
}

fn type_ror(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    expect_args(vm, "__ror__", &args, 1)?;
    let other = args.pos[0].clone();
    vm.call_types_helper("_union_or", &[other, recv.clone()])
}

fn type_mro(_vm: &mut Vm, recv: &Value, _args: Args) -> RunResult<Value> {
    let Value::Class(c) = recv else {
        return Ok(Value::list(vec![]));
    };
    let mut all = vec![recv.clone()];
    all.extend(c.mro.iter().map(|m| Value::Class(m.clone())));
    Ok(Value::list(all))
}

/// `C.__subclasses__()`: the live classes that name `C` as a direct base, oldest
/// first (CPython keeps them in creation order in `tp_subclasses`). Coil finds
/// them among the classes the collector tracks, so builtin types' builtin
/// subclasses (`int` -> `bool`) are not listed.
fn type_subclasses(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    let Value::Class(c) = recv else {
        return Err(vm.type_error(format!(
            "descriptor '__subclasses__' for 'type' objects doesn't apply to a '{}' object",
            vm.type_name(recv).as_str()
        )));
    };
    // METH_NOARGS bound to the class: CPython names the receiver (`Plugin.__subclasses__()`).
    let given = args.pos.len() + args.kw.len();
    if given > 0 {
        return Err(vm.type_error(format!(
            "{}.__subclasses__() takes no arguments ({given} given)",
            c.name.as_str()
        )));
    }
    let subs = crate::gc::live_classes()
        .into_iter()
        .filter(|k| k.bases.iter().any(|b| Rc::ptr_eq(b, c)))
        .map(Value::Class)
        .collect();
    Ok(Value::list(subs))
}

/// Binds positional and keyword arguments to `names` (all optional).
fn optional_args(
    vm: &Vm,
    fname: &str,
    args: &Args,
    names: &[&str],
) -> RunResult<Vec<Option<Value>>> {
    if args.pos.len() > names.len() {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {} arguments ({} given)",
            names.len(),
            args.pos.len()
        )));
    }
    let mut out: Vec<Option<Value>> = args.pos.iter().map(|v| Some(v.clone())).collect();
    out.resize(names.len(), None);
    for (k, v) in args.kw {
        match names.iter().position(|n| *n == k.as_str()) {
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "{fname}() got an unexpected keyword argument '{}'",
                    k.as_str()
                )))
            }
        }
    }
    Ok(out
        .into_iter()
        .map(|v| v.filter(|x| !x.is_none()))
        .collect())
}

/// The arguments of a `__new__` after the class, whether the class came as the
/// receiver (the VM's `call_class`) or as the first argument (`C.__new__(C, …)`).
fn new_args<'a>(recv: &Value, args: Args<'a>) -> Args<'a> {
    match recv {
        Value::Class(_) => args,
        _ => Args {
            pos: args.pos.get(1..).unwrap_or(&[]),
            kw: args.kw,
        },
    }
}

fn property_new(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    let args = new_args(recv, args);
    let mut a = optional_args(vm, "property", &args, &["fget", "fset", "fdel", "doc"])?.into_iter();
    let mut next = || a.next().flatten();
    let p = Property::new(next(), next(), next(), next());
    Ok(native(&vm.types.property, p))
}

/// `types.ModuleType(name, doc=None)` (`module___init___impl` in
/// `Objects/moduleobject.c`): an empty module with CPython's five entries.
fn module_new(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    let args = new_args(recv, args);
    let a = optional_args(vm, "module", &args, &["name", "doc"])?;
    let name = match &a[0] {
        Some(Value::Str(s)) => s.clone(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "module() argument 'name' must be str, not {}",
                other.type_name()
            )))
        }
        None => return Err(vm.type_error("module() missing required argument 'name' (pos 1)")),
    };
    let dict = Rc::new(Dict::new());
    dict.set_str("__name__", Value::Str(name.clone()));
    dict.set_str("__doc__", a[1].clone().unwrap_or(Value::None));
    for k in ["__package__", "__loader__", "__spec__"] {
        dict.set_str(k, Value::None);
    }
    Ok(Value::Module(Rc::new(crate::object::Module { name, dict })))
}

/// `types.MethodType(func, obj)` (`method_new` in `Objects/classobject.c`).
fn method_new(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    let args = new_args(recv, args);
    if !args.kw.is_empty() {
        return Err(vm.type_error("method() takes no keyword arguments"));
    }
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "method expected 2 arguments, got {}",
            args.pos.len()
        )));
    }
    let (func, obj) = (&args.pos[0], &args.pos[1]);
    let callable = match func {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        _ => vm
            .lookup_special(func, &crate::intern!("__call__"))
            .is_some(),
    };
    if !callable {
        return Err(vm.type_error("first argument must be callable"));
    }
    if obj.is_none() {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(Value::BoundMethod(Rc::new(crate::object::BoundMethod {
        func: func.clone(),
        receiver: obj.clone(),
    })))
}

/// A copy of property `recv` with one accessor replaced (`@x.setter`).
fn property_with(vm: &mut Vm, recv: &Value, args: Args, which: usize) -> RunResult<Value> {
    let name = ["getter", "setter", "deleter"][which];
    expect_args(vm, name, &args, 1)?;
    let Value::Native(n) = recv else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let Some(p) = n.get::<Property>() else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let f = Some(args.pos[0].clone()).filter(|v| !v.is_none());
    let mut q = Property::new(
        p.fget.clone(),
        p.fset.clone(),
        p.fdel.clone(),
        p.doc.clone(),
    );
    match which {
        0 => q.fget = f,
        1 => q.fset = f,
        _ => q.fdel = f,
    }
    *q.name.borrow_mut() = p.name.borrow().clone();
    Ok(native(&n.class, q))
}

fn property_getter(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    property_with(vm, recv, args, 0)
}

fn property_setter(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    property_with(vm, recv, args, 1)
}

fn property_deleter(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    property_with(vm, recv, args, 2)
}

fn property_get(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    let obj = args.pos.first().cloned().unwrap_or(Value::None);
    if obj.is_none() {
        return Ok(recv.clone());
    }
    let cls = vm.type_of(&obj);
    vm.descr_get(recv, Some(&obj), &cls, &Str::new("?"))
}

fn property_set_name(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    expect_args(vm, "__set_name__", &args, 2)?;
    if let (Value::Native(n), Value::Str(name)) = (recv, &args.pos[1]) {
        if let Some(p) = n.get::<Property>() {
            *p.name.borrow_mut() = Some(name.clone());
        }
    }
    Ok(Value::None)
}

fn one_callable_arg(vm: &Vm, name: &str, args: &Args) -> RunResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    match args.pos {
        [f] => Ok(f.clone()),
        _ => Err(vm.type_error(format!(
            "{name} expected 1 argument, got {}",
            args.pos.len()
        ))),
    }
}

fn staticmethod_new(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    let func = one_callable_arg(vm, "staticmethod", &new_args(recv, args))?;
    Ok(native(&vm.types.staticmethod, StaticMethod { func }))
}

fn classmethod_new(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    let func = one_callable_arg(vm, "classmethod", &new_args(recv, args))?;
    Ok(native(&vm.types.classmethod, ClassMethod { func }))
}

/// `staticmethod.__get__` / `classmethod.__get__(obj, type=None)`.
fn descriptor_get(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    let obj = args.pos.first().cloned().unwrap_or(Value::None);
    let cls = match args.pos.get(1) {
        Some(Value::Class(c)) => c.clone(),
        _ => vm.type_of(&obj),
    };
    let inst = if obj.is_none() { None } else { Some(&obj) };
    vm.descr_get(recv, inst, &cls, &Str::new("__get__"))
}

/// `staticmethod` objects are callable (3.10+).
fn staticmethod_call(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    let Value::Native(n) = recv else {
        return Err(vm.type_error("expected a staticmethod"));
    };
    let Some(sm) = n.get::<StaticMethod>() else {
        return Err(vm.type_error("expected a staticmethod"));
    };
    let f = sm.func.clone();
    vm.call(&f, args.pos, args.kw)
}
