//! What a `BaseException` instance carries: its args, traceback and chaining
//! (`PyBaseExceptionObject`, `Include/cpython/pyerrors.h`).

use super::Value;
use crate::bytecode::CodeObject;
use std::cell::RefCell;
use std::ops::{Deref, DerefMut};
use std::rc::Rc;

/// One traceback line: a code object and the instruction that was running.
#[derive(Clone)]
pub struct TracebackEntry {
    pub code: Rc<CodeObject>,
    pub ip: u32,
}

pub struct ExceptionData {
    /// `args`, always a tuple.
    pub args: Vec<Value>,
    /// Innermost frame last, as printed.
    pub traceback: Traceback,
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

thread_local! {
    /// Emptied `args` buffers of freed exceptions (see `ExceptionData::from_slice`).
    static ARGS_POOL: RefCell<Vec<Vec<Value>>> = const { RefCell::new(Vec::new()) };
}

impl ExceptionData {
    /// Data with these `args` and nothing else set.
    pub fn new(args: Vec<Value>) -> ExceptionData {
        ExceptionData {
            args,
            traceback: Traceback::default(),
            cause: None,
            context: None,
            suppress_context: false,
            group: None,
        }
    }

    /// Data with a copy of `args` in a buffer from the per-thread pool that
    /// freed exceptions fill: `ValueError(x)` then allocates only the instance.
    pub fn from_slice(args: &[Value]) -> ExceptionData {
        ExceptionData::from_values(args.iter().cloned())
    }

    /// `from_slice` for values made on the way.
    pub fn from_values(args: impl ExactSizeIterator<Item = Value>) -> ExceptionData {
        let pooled = if args.len() <= POOL_CAPACITY {
            ARGS_POOL
                .try_with(|p| p.try_borrow_mut().ok().and_then(|mut p| p.pop()))
                .ok()
                .flatten()
        } else {
            None
        };
        let mut v = pooled.unwrap_or_default();
        v.extend(args);
        ExceptionData::new(v)
    }
}

impl Default for ExceptionData {
    fn default() -> ExceptionData {
        ExceptionData::new(Vec::new())
    }
}

impl Drop for ExceptionData {
    fn drop(&mut self) {
        let cap = self.args.capacity();
        if cap == 0 || cap > POOL_CAPACITY {
            return;
        }
        let mut v = std::mem::take(&mut self.args);
        // Dropping the values may free other exceptions: no pool borrow yet.
        v.clear();
        let _ = ARGS_POOL.try_with(|p| {
            if let Ok(mut p) = p.try_borrow_mut() {
                if p.len() < POOL_MAX {
                    p.push(v);
                }
            }
        });
    }
}

/// The two read-only fields of an exception group (`PyBaseExceptionGroupObject`).
pub struct GroupFields {
    /// A `str`.
    pub message: Value,
    /// The sub-exceptions, in order (`exceptions` is a tuple of them).
    pub exceptions: Rc<super::Tuple>,
}

/// An exception's traceback entries: a `Vec` whose buffer goes back to a
/// small per-thread pool when the exception is freed, and comes from it when
/// the first entry is added (`Traceback::reserve_pooled`). Nearly every raised
/// exception gets one or two entries and is freed soon after; the pool spares
/// the allocator a malloc and a free per raise.
#[derive(Clone, Default)]
pub struct Traceback(Vec<TracebackEntry>);

/// Buffers kept at most, and the largest capacity kept.
const POOL_MAX: usize = 64;
const POOL_CAPACITY: usize = 8;

thread_local! {
    static POOL: RefCell<Vec<Vec<TracebackEntry>>> = const { RefCell::new(Vec::new()) };
}

impl Traceback {
    /// Gives an empty traceback a pooled buffer (or a fresh one of 4 entries).
    #[inline]
    pub fn reserve_pooled(&mut self) {
        if self.0.capacity() != 0 {
            return;
        }
        let pooled = POOL
            .try_with(|p| p.try_borrow_mut().ok().and_then(|mut p| p.pop()))
            .ok()
            .flatten();
        self.0 = pooled.unwrap_or_else(|| Vec::with_capacity(4));
    }
}

impl Drop for Traceback {
    fn drop(&mut self) {
        let cap = self.0.capacity();
        if cap == 0 || cap > POOL_CAPACITY {
            return;
        }
        let mut v = std::mem::take(&mut self.0);
        v.clear();
        let _ = POOL.try_with(|p| {
            if let Ok(mut p) = p.try_borrow_mut() {
                if p.len() < POOL_MAX {
                    p.push(v);
                }
            }
        });
    }
}

impl Deref for Traceback {
    type Target = Vec<TracebackEntry>;
    fn deref(&self) -> &Vec<TracebackEntry> {
        &self.0
    }
}

impl DerefMut for Traceback {
    fn deref_mut(&mut self) -> &mut Vec<TracebackEntry> {
        &mut self.0
    }
}

impl From<Vec<TracebackEntry>> for Traceback {
    fn from(v: Vec<TracebackEntry>) -> Traceback {
        Traceback(v)
    }
}
