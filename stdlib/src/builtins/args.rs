//! The builtin-definition API and the argument binder, as the stdlib sees them:
//! everything from `coil_interp::builtin` (`func`, `method`, `install_methods`,
//! `Signature`, `clinic`, `one_arg`, `positional`, `to_i64`, ...; see its module
//! comment for how to define a builtin), plus the native classes a module makes
//! (`class`, `add_getter`) and small readers of their instances.

pub use coil_interp::builtin::*;
use coil_interp::object::class::BaseKind;
use coil_interp::object::{Class, Instance, NativeFn, Payload, Str};
use coil_interp::vm::types::new_class;
use coil_interp::{Value, Vm};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

thread_local! {
    /// Classes made by this crate, per VM (keyed by the VM's `object` class, so a
    /// second `Vm` on the thread gets its own).
    static CLASSES: RefCell<HashMap<(usize, &'static str), Rc<Class>>> = RefCell::new(HashMap::new());
}

/// The class `name` for this VM, built on first use with `methods` in its dict.
/// `base` is `object` unless given; `kind` says whether instances are `Instance`s
/// (`Object`) or only described by the class (`Builtin`, for `Native` values).
pub fn class(
    vm: &Vm,
    key: &'static str,
    module: &str,
    base: Option<&Rc<Class>>,
    kind: BaseKind,
    methods: &[(&str, NativeFn)],
) -> Rc<Class> {
    let id = (Rc::as_ptr(&vm.types.object) as usize, key);
    if let Some(c) = CLASSES.with(|m| m.borrow().get(&id).cloned()) {
        return c;
    }
    let name = key.rsplit('.').next().unwrap_or(key);
    let cls = new_class(name, module, Some(base.unwrap_or(&vm.types.object)), kind);
    for (mname, f) in methods {
        cls.dict.set_str(mname, method(name, mname, *f));
    }
    CLASSES.with(|m| m.borrow_mut().insert(id, cls.clone()));
    cls
}

/// Adds a read-only property `name` to a native class; `getter` receives the
/// instance as its one positional argument.
pub fn add_getter(vm: &Vm, cls: &Rc<Class>, name: &str, getter: NativeFn) {
    let prop =
        coil_interp::object::descriptors::Property::new(Some(func(name, getter)), None, None, None);
    *prop.name.borrow_mut() = Some(Str::intern(name));
    cls.dict.set_str(
        name,
        Value::Native(Rc::new(coil_interp::object::Native {
            class: vm.types.property.clone(),
            data: Box::new(prop),
        })),
    );
}

/// A class of `Native` values made once per VM (`class` with `BaseKind::Builtin`),
/// with `methods` and the read-only properties `getters`.
pub fn class_with_getters(
    vm: &Vm,
    key: &'static str,
    module: &str,
    methods: &[(&str, NativeFn)],
    getters: &[(&str, NativeFn)],
) -> Rc<Class> {
    if let Some(c) = existing_class(vm, key) {
        return c;
    }
    let c = class(vm, key, module, None, BaseKind::Builtin, methods);
    for (name, getter) in getters {
        add_getter(vm, &c, name, *getter);
    }
    c
}

/// A class made earlier by `class` (for code that only needs to recognise it).
pub fn existing_class(vm: &Vm, key: &'static str) -> Option<Rc<Class>> {
    let id = (Rc::as_ptr(&vm.types.object) as usize, key);
    CLASSES.with(|m| m.borrow().get(&id).cloned())
}

/// A fresh instance of `cls` whose attributes are `fields`.
pub fn new_instance(cls: &Rc<Class>, fields: &[(&str, Value)]) -> Value {
    let inst = Instance {
        class: RefCell::new(cls.clone()),
        dict: Rc::new(coil_interp::object::Dict::new()),
        payload: Payload::None,
        slots: Default::default(),
        finalized: Default::default(),
    };
    for (k, v) in fields {
        inst.dict.set_str(k, v.clone());
    }
    Value::Instance(Rc::new(inst))
}

/// Reads attribute `name` from an instance's own dict (no VM needed).
pub fn field(v: &Value, name: &str) -> Option<Value> {
    match v {
        Value::Instance(i) => i.dict.get_str(name),
        _ => None,
    }
}

/// Reads an int attribute from an instance's dict (0 when missing).
pub fn int_field(v: &Value, name: &str) -> i64 {
    match field(v, name) {
        Some(Value::Int(i)) => i,
        Some(Value::Bool(b)) => b as i64,
        _ => 0,
    }
}

/// Python's `repr` of a str, for error messages.
pub fn py_repr_str(s: &str) -> String {
    coil_interp::object::str::str_repr(s)
}
