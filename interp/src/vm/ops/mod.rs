//! The object protocol: what the dispatch loop, the builtins and the library call to
//! operate on any value. Builtin values take fast paths in Rust; instances of user
//! classes go through their dunder methods, found on the type along its MRO
//! (CPython's `Objects/abstract.c`, `Objects/object.c`, `Objects/typeobject.c`).

pub mod attr;
pub mod compare;
pub mod dict_ops;
pub mod format;
pub mod hash;
pub mod iter;
pub mod number;
pub mod repr;
pub mod subscript;
