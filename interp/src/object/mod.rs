//! The object model: `Value` and the structs behind its pointer variants, one file
//! per concept. Builtin types are `Class` objects like user classes, so `type(x)`,
//! `isinstance` and attribute lookup work the same way for both.

pub mod alloc;
pub mod bytes;
pub mod class;
pub mod complex;
pub mod containers;
pub mod descriptors;
pub mod dict;
pub mod exception;
pub mod float;
pub mod function;
pub mod generator;
pub mod int;
pub mod iterators;
pub mod native;
pub mod ordered_table;
pub mod parachute;
pub mod range;
pub mod set_order;
pub mod str;
pub mod type_cache;
mod unicode_printable;
pub mod value;

pub use bytes::Bytes;
pub use class::{Class, Instance, Module, Payload};
pub use containers::{List, Set, Slice, Tuple};
pub use dict::{Dict, DictMap, HashKey};
pub use exception::ExceptionData;
pub use function::{Args, BoundMethod, Builtin, Cell, Function, GlobalCache, NativeFn};
pub use generator::{AgState, GenKind, GenState, Generator};
pub use native::{native, Native, NativeData};
pub use range::{BigRange, Range};
pub use str::Str;
pub use value::Value;

/// An interned name as an `Rc<Str>`, created once per call site and thread, so
/// dunder lookups (`intern!("__add__")`) cost a thread-local read, not a hash.
#[macro_export]
macro_rules! intern {
    ($s:expr) => {{
        thread_local!(static NAME: std::rc::Rc<$crate::object::Str> = $crate::object::Str::intern($s));
        NAME.with(std::rc::Rc::clone)
    }};
}

/// An exception being raised: a handle to a `BaseException` instance.
pub type Exc = std::rc::Rc<Instance>;
/// What every fallible runtime operation returns.
pub type RunResult<T> = Result<T, Exc>;
