//! The data attributes of the builtin types as their namespaces list them:
//! `(1).real`, `f.__code__`, `e.args`, `C.__mro__`, … are served by the
//! attribute protocol's per-kind code (`attr_builtin.rs`), so the class dicts
//! do not hold them; `C.__dict__` and `dir()` still show CPython's getset and
//! member descriptors (`Objects/longobject.c` `long_getset`,
//! `Objects/funcobject.c` `func_getsetlist`/`func_memberlist`,
//! `Objects/typeobject.c` `type_getsets`/`type_members`,
//! `Objects/exceptions.c` `BaseException_getset` and the members of its
//! subclasses, `Objects/genobject.c` `gen_getsetlist`, `Objects/descrobject.c`
//! `property_getsetlist`, `Objects/funcobject.c` `sm_getsetlist`).

use crate::object::{Class, Dict};
use crate::vm::Vm;
use std::rc::Rc;

/// The names `c`'s namespace shows besides its dict's entries.
fn members(vm: &Vm, c: &Rc<Class>) -> &'static [&'static str] {
    let t = &vm.types;
    let is = |k: &Rc<Class>| Rc::ptr_eq(c, k);
    let e = &t.exc;
    if is(&t.int) {
        &["denominator", "imag", "numerator", "real"]
    } else if is(&t.float) {
        &["imag", "real"]
    } else if is(&t.range) || is(&t.slice) {
        &["start", "step", "stop"]
    } else if is(&t.function) {
        &[
            "__annotations__",
            "__builtins__",
            "__closure__",
            "__code__",
            "__defaults__",
            "__dict__",
            "__globals__",
            "__kwdefaults__",
            "__module__",
            "__name__",
            "__qualname__",
        ]
    } else if is(&t.builtin_function) {
        &[
            "__call__",
            "__module__",
            "__name__",
            "__qualname__",
            "__self__",
            "__text_signature__",
        ]
    } else if is(&t.method) {
        &["__call__", "__func__", "__self__"]
    } else if is(&t.type_) {
        &[
            "__abstractmethods__",
            "__annotations__",
            "__base__",
            "__bases__",
            "__basicsize__",
            "__dict__",
            "__dictoffset__",
            "__flags__",
            "__itemsize__",
            "__module__",
            "__mro__",
            "__name__",
            "__qualname__",
            "__text_signature__",
            "__weakrefoffset__",
        ]
    } else if is(&t.module) {
        &["__annotations__", "__dict__"]
    } else if is(&t.generator) {
        &[
            "__name__",
            "__qualname__",
            "gi_code",
            "gi_frame",
            "gi_running",
            "gi_suspended",
            "gi_yieldfrom",
        ]
    } else if is(&t.property) {
        &["__isabstractmethod__", "fdel", "fget", "fset"]
    } else if is(&t.staticmethod) || is(&t.classmethod) {
        &[
            "__dict__",
            "__func__",
            "__isabstractmethod__",
            "__wrapped__",
        ]
    } else if is(&e.base_exception) {
        &[
            "__cause__",
            "__context__",
            "__dict__",
            "__suppress_context__",
            "__traceback__",
            "args",
        ]
    } else if is(&e.stop_iteration) {
        &["value"]
    } else if is(&e.os_error) {
        &[
            "characters_written",
            "errno",
            "filename",
            "filename2",
            "strerror",
        ]
    } else if is(&e.syntax_error) {
        &[
            "end_lineno",
            "end_offset",
            "filename",
            "lineno",
            "msg",
            "offset",
            "print_file_and_line",
            "text",
        ]
    } else {
        &[]
    }
}

/// Adds `c`'s member descriptors to `ns` (a copy of its dict).
pub(super) fn add_members(vm: &Vm, c: &Rc<Class>, ns: &Dict) {
    for name in members(vm, c) {
        if ns.get_str(name).is_none() {
            ns.set_str(name, vm.getset_descriptor(c, name));
        }
    }
}
