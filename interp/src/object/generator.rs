//! Generators, coroutines and async generators: a suspended segment of frames.
//! See ARCHITECTURE.md, "How a frame is suspended": while suspended, the object owns
//! its own frame plus any frames it was delegating to (`yield from` / `await`); when
//! resumed they move back onto the running frame stack, so resuming costs O(1) in the
//! depth of the await chain.

use super::Str;
use crate::bytecode::CodeObject;
use crate::vm::Segment;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GenState {
    /// Created, body not started.
    Created,
    /// Stopped at a `yield` or `await`; `frames` holds the segment.
    Suspended,
    /// On a frame stack right now (running, or delegated to by an outer frame that
    /// is itself suspended elsewhere).
    Running,
    /// Returned or raised; cannot be resumed.
    Closed,
}

pub struct Generator {
    pub kind: GenKind,
    pub state: Cell<GenState>,
    /// The suspended segment (frames innermost last, with their values). Empty
    /// while running or closed.
    pub frames: RefCell<Segment>,
    pub code: Rc<CodeObject>,
    pub name: Rc<Str>,
    pub qualname: Rc<Str>,
    /// Set once the coroutine was awaited or run, so dropping it is silent.
    /// (CPython warns "coroutine … was never awaited" for unstarted coroutines.)
    pub started: Cell<bool>,
    /// Line of the innermost suspended frame of this generator's own frame, for
    /// reprs such as `running at file.py:5`.
    pub suspended_line: Cell<u32>,
}

impl Generator {
    /// `generator`, `coroutine` or `async generator`, as CPython's messages say.
    pub fn kind_name(&self) -> &'static str {
        match self.kind {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }
}
