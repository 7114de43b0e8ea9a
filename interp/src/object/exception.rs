//! What a `BaseException` instance carries: its args, traceback and chaining.

use super::Value;
use crate::bytecode::CodeObject;
use std::rc::Rc;

/// One traceback line: a code object and the instruction that was running.
#[derive(Clone)]
pub struct TracebackEntry {
    pub code: Rc<CodeObject>,
    pub ip: u32,
}

#[derive(Default)]
pub struct ExceptionData {
    /// `args`, always a tuple.
    pub args: Vec<Value>,
    /// Innermost frame last, as printed.
    pub traceback: Vec<TracebackEntry>,
    /// `__cause__` (`raise … from …`).
    pub cause: Option<Value>,
    /// `__context__` (raised while handling another).
    pub context: Option<Value>,
    /// `__suppress_context__`, set by `raise … from …`.
    pub suppress_context: bool,
    /// `BaseExceptionGroup`'s `message` and `exceptions` (set by its `__new__`,
    /// `vm/exception_group.rs`); `None` for every other exception.
    pub group: Option<GroupFields>,
}

/// The two read-only fields of an exception group (`PyBaseExceptionGroupObject`).
pub struct GroupFields {
    /// A `str`.
    pub message: Value,
    /// The sub-exceptions, in order (`exceptions` is a tuple of them).
    pub exceptions: Rc<super::Tuple>,
}
