//! Frame: one activation of a code object (CPython 3.11's `_PyInterpreterFrame`,
//! `Include/internal/pycore_frame.h`). Frames live in `Vm::frames`, never on the Rust
//! stack: a call from script code to script code pushes a frame and the dispatch loop
//! carries on. A suspended generator or coroutine keeps its frames in its own object
//! (see `object/generator.rs`) and they move back onto `Vm::frames` when it resumes.
//!
//! The value vectors of a frame (operand stack and fast locals) come from a pool on
//! the `Vm` and go back to it when the frame ends, so a call allocates nothing once
//! the pool is warm.

use crate::bytecode::CodeObject;
use crate::object::{Cell, Dict, Exc, Generator, GlobalCache, Value};
use std::rc::Rc;

/// How a frame hands back its result when it returns, yields or raises.
#[derive(Clone)]
pub enum FrameRole {
    /// A call from script code: the return value is pushed onto the frame below, an
    /// exception continues unwinding in the frame below.
    Call,
    /// The bottom frame of a nested run entered from Rust (`Vm::call` from a builtin,
    /// a class body, a module body): returning or raising ends the run.
    Boundary,
    /// A generator's bottom frame resumed from Rust (`Vm::gen_resume`): a yield
    /// suspends the generator's frames and ends the run.
    GenBoundary(Rc<Generator>),
    /// A generator's bottom frame resumed by `ForIter` in the frame below: a yield
    /// suspends it and pushes the value below; returning ends the loop below.
    ForIter(Rc<Generator>),
    /// A generator or coroutine resumed by `Send` in the frame below (`yield from`,
    /// `await`): its yields pass through to the next non-delegate frame; its return
    /// value replaces the receiver in the frame below.
    Delegate(Rc<Generator>),
}

/// An exception handler set up by `SetupFinally`.
#[derive(Debug, Clone, Copy)]
pub struct Block {
    /// Instruction to jump to with the exception pushed.
    pub handler: u32,
    /// Value-stack depth to restore.
    pub depth: u32,
    /// Length of `Frame::handling` to restore.
    pub handling: u32,
}

pub struct Frame {
    pub code: Rc<CodeObject>,
    /// Index of the next instruction; while an instruction runs, `ip - 1` is its
    /// index (what tracebacks show).
    pub ip: u32,
    /// Fast locals by slot (`varnames`); `None` is unbound.
    pub locals: Vec<Option<Value>>,
    /// The operand stack.
    pub stack: Vec<Value>,
    /// Cells: the code's cellvars then freevars.
    pub cells: Box<[Rc<Cell>]>,
    pub globals: Rc<Dict>,
    /// Module and class bodies: the namespace `LoadName`/`StoreName` use.
    pub namespace: Option<Rc<Dict>>,
    /// Handler blocks and handled exceptions, made on the first `SetupFinally` (most
    /// frames never need them, and a small `Frame` is cheap to push and pop).
    pub exc_state: Option<Box<ExcState>>,
    pub role: FrameRole,
    /// The running function's `LoadGlobal` memo (None for module and class bodies).
    pub cache: Option<Rc<GlobalCache>>,
}

/// A frame's exception-handling state.
#[derive(Default)]
pub struct ExcState {
    /// Active handler blocks, innermost last.
    pub blocks: Vec<Block>,
    /// Exceptions being handled in this frame (innermost last): what bare `raise`
    /// re-raises and what a new exception takes as `__context__`.
    pub handling: Vec<Exc>,
}

impl Frame {
    /// A frame for `code` with its locals and value stack ready, no cells, role `Call`.
    pub fn new(
        code: Rc<CodeObject>,
        globals: Rc<Dict>,
        locals: Vec<Option<Value>>,
        stack: Vec<Value>,
    ) -> Frame {
        Frame {
            code,
            ip: 0,
            locals,
            stack,
            cells: Box::default(),
            globals,
            namespace: None,
            exc_state: None,
            role: FrameRole::Call,
            cache: None,
        }
    }

    /// The handler blocks and handled exceptions, created on first use.
    pub fn exc_state(&mut self) -> &mut ExcState {
        self.exc_state.get_or_insert_with(Box::default)
    }

    /// The innermost exception this frame is handling.
    pub fn handled(&self) -> Option<&Exc> {
        self.exc_state.as_ref().and_then(|s| s.handling.last())
    }

    /// The index of the instruction running (or that last ran) in this frame.
    pub fn lasti(&self) -> u32 {
        self.ip.saturating_sub(1)
    }

    /// The source line of the instruction running in this frame.
    pub fn line(&self) -> u32 {
        self.code.position(self.lasti() as usize).line
    }
}

/// Recycled frames, boxed, with their vectors' capacity kept, so that a call
/// reuses a frame instead of allocating one (CPython keeps frames on a per-thread
/// data stack for the same reason).
#[derive(Default)]
pub struct FramePool {
    // Boxed on purpose: frames move between the pool, `Vm::frames` and generators
    // as one pointer.
    #[allow(clippy::vec_box)]
    frames: Vec<Box<Frame>>,
    args: Vec<Vec<Value>>,
}

/// Vectors larger than this are dropped instead of pooled, so one deep expression
/// does not pin its memory forever.
const POOL_MAX_CAPACITY: usize = 256;
/// How many frames and argument vectors the pool keeps.
const POOL_MAX_LEN: usize = 256;

impl FramePool {
    /// A frame for `code` with `nlocals` unbound locals, an empty stack, no cells,
    /// role `Call`.
    pub fn frame(
        &mut self,
        code: &Rc<CodeObject>,
        globals: &Rc<Dict>,
        nlocals: usize,
    ) -> Box<Frame> {
        match self.frames.pop() {
            Some(mut f) => {
                if !Rc::ptr_eq(&f.code, code) {
                    f.code = code.clone();
                }
                if !Rc::ptr_eq(&f.globals, globals) {
                    f.globals = globals.clone();
                }
                f.ip = 0;
                f.locals.resize(nlocals, None);
                f
            }
            None => {
                let mut locals = Vec::with_capacity(nlocals);
                locals.resize(nlocals, None);
                Box::new(Frame::new(
                    code.clone(),
                    globals.clone(),
                    locals,
                    Vec::with_capacity(16),
                ))
            }
        }
    }

    /// Takes a finished frame back: its values are dropped, its capacity kept.
    pub fn recycle(&mut self, mut f: Box<Frame>) {
        if f.stack.capacity() > POOL_MAX_CAPACITY
            || f.locals.capacity() > POOL_MAX_CAPACITY
            || self.frames.len() >= POOL_MAX_LEN
        {
            return;
        }
        f.stack.clear();
        f.locals.clear();
        if !f.cells.is_empty() {
            f.cells = Box::default();
        }
        f.namespace = None;
        f.exc_state = None;
        f.cache = None;
        f.role = FrameRole::Call;
        self.frames.push(f);
    }

    /// A scratch vector for call arguments.
    pub fn args(&mut self) -> Vec<Value> {
        self.args.pop().unwrap_or_else(|| Vec::with_capacity(8))
    }

    pub fn recycle_args(&mut self, mut v: Vec<Value>) {
        if v.capacity() <= POOL_MAX_CAPACITY && self.args.len() < POOL_MAX_LEN {
            v.clear();
            self.args.push(v);
        }
    }
}
