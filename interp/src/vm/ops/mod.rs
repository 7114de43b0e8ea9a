//! The object protocol: what the dispatch loop, the builtins and the library call to
//! operate on any value. Builtin values take fast paths in Rust; instances of user
//! classes go through their dunder methods, found on the type along its MRO
//! (CPython's `Objects/abstract.c`, `Objects/object.c`, `Objects/typeobject.c`).

mod arith;
pub mod attr;
mod attr_builtin;
pub mod base_methods;
mod builtin_members;
pub mod compare;
pub mod complex_ops;
pub mod dict_ops;
pub mod format;
pub mod getset;
pub mod hash;
pub mod iter;
mod iter_methods;
pub mod mappingproxy;
pub mod metaclass;
pub mod number;
mod object_dunders;
pub mod repr;
mod slice;
mod slots;
pub mod subscript;
pub mod support;

#[cfg(test)]
mod tests;

pub use arith::float_divmod;
pub use object_dunders::is_type_prepare;
pub use subscript::{adjust_indices, SliceIndices};

/// The old path of `object::native`, kept so code written against it still builds.
pub mod core {
    pub use crate::object::native;
}

/// Installs the methods this module provides into the builtin types' dicts:
/// `object`'s (`__new__`, `__init__`, `__repr__`, `__eq__`, `__hash__`, …),
/// `BaseException`'s, `type`'s, the descriptor types' constructors and methods, and
/// the iterator and dict-view classes' methods. Called by `coil_stdlib::install`.
pub fn install_type_methods(vm: &mut crate::vm::Vm) {
    base_methods::install(vm);
    object_dunders::install(vm);
    slots::install(vm);
    iter_methods::install(vm);
    mappingproxy::install(vm);
    getset::install(vm);
    crate::vm::class_slots::install_member_methods(vm);
    crate::vm::exception_group::install(vm);
}
