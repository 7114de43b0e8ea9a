//! The `collections` module (CPython 3.11 `Lib/collections/__init__.py` over
//! `Modules/_collectionsmodule.c`): `deque` in Rust (`deque.rs` for the
//! payload and the named methods, `deque_ops.rs` for the dunders and the
//! iterators); `defaultdict`, `Counter`, `OrderedDict` and `namedtuple` in
//! Python (`collections.py`, compiled into the module at import, as `heapq.py`
//! is). The classes are made once per VM; the collector learns what a deque
//! and its iterators hold (`register_gc`).

pub mod deque;
pub mod deque_ops;

use super::new_module;
use crate::builtins::args::{class, func};
use coil_interp::object::class::BaseKind;
use coil_interp::object::descriptors::Property;
use coil_interp::object::{Class, Module, Native, NativeFn, Str};
use coil_interp::{RunResult, Value, Vm};
use std::rc::Rc;

const DEQUE_METHODS: &[(&str, NativeFn)] = &[
    ("__new__", deque::new),
    ("__init__", deque::init),
    ("append", deque::append),
    ("appendleft", deque::appendleft),
    ("pop", deque::pop),
    ("popleft", deque::popleft),
    ("extend", deque::extend),
    ("extendleft", deque::extendleft),
    ("rotate", deque::rotate),
    ("clear", deque::clear),
    ("copy", deque::copy),
    ("count", deque::count),
    ("index", deque::index),
    ("insert", deque::insert),
    ("remove", deque::remove),
    ("reverse", deque::reverse),
    ("__len__", deque::len),
    ("__contains__", deque::contains),
    ("__getitem__", deque_ops::getitem),
    ("__setitem__", deque_ops::setitem),
    ("__delitem__", deque_ops::delitem),
    ("__iter__", deque_ops::iter),
    ("__reversed__", deque_ops::reversed),
    ("__repr__", deque_ops::repr),
    ("__eq__", deque_ops::eq),
    ("__ne__", deque_ops::ne),
    ("__lt__", deque_ops::lt),
    ("__le__", deque_ops::le),
    ("__gt__", deque_ops::gt),
    ("__ge__", deque_ops::ge),
    ("__add__", deque_ops::add),
    ("__iadd__", deque_ops::iadd),
    ("__mul__", deque_ops::mul),
    ("__rmul__", deque_ops::mul),
    ("__imul__", deque_ops::imul),
    ("__hash__", deque_ops::hash),
    ("__copy__", deque_ops::copy_dunder),
];

const ITER_METHODS: &[(&str, NativeFn)] = &[
    ("__iter__", deque_ops::iter_self),
    ("__next__", deque_ops::iter_next),
    ("__length_hint__", deque_ops::iter_length_hint),
];

/// The classes of this module.
pub struct Classes {
    pub deque: Rc<Class>,
    pub iter: Rc<Class>,
    pub reverse_iter: Rc<Class>,
}

pub fn classes(vm: &Vm) -> Classes {
    let deque = class(
        vm,
        "collections.deque",
        "collections",
        None,
        BaseKind::Builtin,
        DEQUE_METHODS,
    );
    if deque.dict.get_str("maxlen").is_none() {
        let getter = func("maxlen", deque::maxlen);
        let prop = Property::new(Some(getter), None, None, None);
        *prop.name.borrow_mut() = Some(Str::intern("maxlen"));
        deque.dict.set_str(
            "maxlen",
            Value::Native(Rc::new(Native {
                class: vm.types.property.clone(),
                data: Box::new(prop),
            })),
        );
        // `copy` must see a subclass instance (it calls `type(d)(d)`), so it is
        // not bound to the carried deque as named methods of builtin bases are
        // (`Vm::method_receiver` matches the owner against the class name).
        deque.dict.set_str(
            "copy",
            crate::builtins::args::method("collections.deque", "copy", deque::copy),
        );
        vm.allow_subclassing(&deque);
    }
    let iter = class(
        vm,
        "_collections._deque_iterator",
        "_collections",
        None,
        BaseKind::Builtin,
        ITER_METHODS,
    );
    let reverse_iter = class(
        vm,
        "_collections._deque_reverse_iterator",
        "_collections",
        None,
        BaseKind::Builtin,
        ITER_METHODS,
    );
    Classes {
        deque,
        iter,
        reverse_iter,
    }
}

const PYTHON_PART: &str = include_str!("collections.py");

/// Builds the `collections` module: the Rust `deque`, then the Python part run
/// in the module's namespace.
pub fn init(vm: &mut Vm) -> RunResult<Rc<Module>> {
    let c = classes(vm);
    let m = new_module("collections", vec![("deque", Value::Class(c.deque))]);
    m.dict.set_str("__builtins__", vm.builtins_module());
    let (code, _) = vm.compile_library_source(PYTHON_PART, "collections/__init__.py")?;
    vm.run_module_code(code, m.dict.clone())?;
    Ok(m)
}

/// `_collections` (CPython's `Modules/_collectionsmodule.c`), the native half
/// alone: what needs only `deque` (asyncio's locks and queues) imports it
/// from here and skips running `collections.py`.
pub fn init_native(vm: &mut Vm) -> RunResult<Rc<Module>> {
    let c = classes(vm);
    Ok(new_module(
        "_collections",
        vec![("deque", Value::Class(c.deque))],
    ))
}
