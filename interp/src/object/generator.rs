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
    /// The async-generator state (`ag_running_async`, `ag_closed`, hooks); `None`
    /// for generators and coroutines, so they pay one word for it.
    pub ag: Option<Box<AgState>>,
}

/// What CPython keeps in `PyAsyncGenObject` besides the generator itself.
#[derive(Default)]
pub struct AgState {
    /// An `asend`/`athrow` awaitable is driving the generator (set from its first
    /// step until the generator yields a value or finishes): `ag_running`, and the
    /// "asynchronous generator is already running" errors.
    pub running_async: Cell<bool>,
    /// `aclose()` started, or the generator ended with StopAsyncIteration or
    /// GeneratorExit: a later `athrow()`/`aclose()` finishes at once.
    pub closed: Cell<bool>,
    /// The first-iteration hook ran (`ag_hooks_inited`).
    pub hooks_inited: Cell<bool>,
    /// The finalizer hook seen at the first iteration (`ag_origin_or_finalizer`):
    /// the event loop whose asyncgen hooks were installed then.
    pub finalizer: RefCell<Option<super::Value>>,
    /// The finalizer hook was called (once, as `tp_finalize`).
    pub hook_finalized: Cell<bool>,
}

impl AgState {
    /// The state a new generator of `kind` carries.
    pub fn for_kind(kind: GenKind) -> Option<Box<AgState>> {
        (kind == GenKind::AsyncGenerator).then(Box::default)
    }
}

impl Generator {
    /// The line a suspended generator's own frame stopped at, for reprs such as
    /// `running at file.py:5` (the `def` line when there is no frame). Read
    /// from the frame rather than recorded at every yield.
    pub fn suspended_line(&self) -> u32 {
        self.frames
            .try_borrow()
            .ok()
            .and_then(|seg| seg.frames.first().map(|f| f.line()))
            .unwrap_or(self.code.first_line)
    }

    /// `generator`, `coroutine` or `async generator`, as CPython's messages say.
    pub fn kind_name(&self) -> &'static str {
        match self.kind {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }
}
