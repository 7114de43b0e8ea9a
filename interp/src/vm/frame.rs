//! Frame: one activation of a code object (CPython 3.11's `_PyInterpreterFrame`,
//! `Include/internal/pycore_frame.h`). Frames live in `Vm::frames`, never on the Rust
//! stack: a call from script code to script code pushes a frame and the dispatch loop
//! carries on.
//!
//! A frame holds no values itself. Like CPython's per-thread data stack, running
//! frames keep their fast locals and operand stacks in a value stack, `Vm::values`
//! for the top frame: a frame's locals are `values[base .. base + nlocals]` and its
//! operand stack is everything above them up to the next frame's `ret_sp` (or the
//! end of the array for the top frame). A call's arguments, pushed by the caller,
//! become the callee's first locals where they are: nothing is copied and nothing
//! is allocated per call.
//!
//! A generator or coroutine owns its frame's value stack (as CPython 3.11 embeds
//! the frame in the generator object): resuming it switches `Vm::values` to that
//! stack (the resumer's waits on `Vm::outer_stacks` meanwhile) and
//! pushes its frame record; a yield or return switches back. So the frames on
//! `Vm::frames` run on several stacks: a frame whose role is a generator's
//! (`ForIter`, `Delegate`, `GenBoundary`) starts a new one, and the frames below
//! it are on the stack saved for it in `Vm::outer_stacks` (`Vm::frame_values`).
//! A green thread runs on a stack of its own too (`vm/green.rs`).

use crate::bytecode::CodeObject;
use crate::object::{Cell, Dict, Exc, Function, Generator, GlobalCache, Value};
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
    /// A coroutine's frame pushed by `await f(...)` straight from the call, as a
    /// plain call (arguments in place on the caller's stack, `ret_sp` at the
    /// callable's slot, which its result replaces): no coroutine object exists
    /// unless the frame suspends, when `do_yield` makes one and moves the frame
    /// into it (`vm/awaited_call.rs`). Returns as `Call`; an exception leaving it
    /// gets PEP 479's treatment as a coroutine's.
    Awaited,
    /// A script-defined dunder pushed inline by the instruction that needed it
    /// (`len(x)`, `if x:`, `x in y`, `for … in x`; `vm/dunder.rs`): the result
    /// is on the frame below when it returns, then finished as `Post` says.
    Dunder(Post),
}

/// What the instruction that pushed a dunder's frame inline does with the
/// dunder's result (`FrameRole::Dunder`, `vm/dunder.rs`).
#[derive(Clone, Copy, Debug)]
pub enum Post {
    /// `len(x)` → `__len__`: the result must be a non-negative int.
    Len,
    /// `PopJumpIf*` → `__bool__`: the result must be a bool; jumps to `target`
    /// when it equals `jump_if`.
    Truth { jump_if: bool, target: u32 },
    /// `PopJumpIf*` on a class with `__len__` and no `__bool__`: true when the
    /// length is not 0.
    TruthLen { jump_if: bool, target: u32 },
    /// `ContainsOp(invert)` → `__contains__`: the result's truth.
    Contains(bool),
    /// `ForIter(target)` → `__next__`: the result is the next item (the
    /// iterator stays below it); `StopIteration` ends the loop at `target`.
    Next(u32),
    /// `Call` of a plain class → its `__init__` (`vm/init_frame.rs`): the result
    /// must be None and is dropped; the new instance below it is the call's value.
    Init,
    /// `BeforeWith` → a script `__enter__`: the result stays as the value of
    /// the `with` (so a thread blocking in it, say on a lock, can be suspended:
    /// no nested run; `vm/green.rs`).
    Enter,
}

/// An exception handler set up by `SetupFinally`.
#[derive(Debug, Clone, Copy)]
pub struct Block {
    /// Instruction to jump to with the exception pushed.
    pub handler: u32,
    /// Height to restore, counted from the frame's `base` (so it survives the
    /// frame moving into and out of a generator).
    pub depth: u32,
    /// Length of `Frame::handling` to restore.
    pub handling: u32,
}

pub struct Frame {
    /// The running function: code, globals, closure and `LoadGlobal`/attribute
    /// memo are all reached through this one reference (a plain call counts one
    /// reference up and down, not four). Module and class bodies and `exec`'d code
    /// run under a body record made by `Function::for_body`.
    pub func: Rc<Function>,
    /// Index of the next instruction; while an instruction runs, `ip - 1` is its
    /// index (what tracebacks show).
    pub ip: u32,
    /// Index in `Vm::values` of local 0; the operand stack starts at
    /// `base + code.nlocals()`.
    pub base: u32,
    /// Height `Vm::values` goes back to when this frame ends: `base`, or `base - 1`
    /// when the caller's callable sat just below the arguments (CPython's `Call`
    /// leaves it there for the callee's lifetime; the inline `Call` moves its
    /// reference into `func` and leaves the slot unbound).
    pub ret_sp: u32,
    /// The frame's own cells (the code's cellvars then freevars) when it has
    /// cellvars; `None` for the common case, where the cells are the function's
    /// closure (see [`Frame::cells`]).
    pub own_cells: Option<Rc<[Rc<Cell>]>>,
    /// Module and class bodies: the namespace `LoadName`/`StoreName` use.
    pub namespace: Option<Rc<Dict>>,
    /// Handler blocks and handled exceptions, made on the first `SetupFinally` (most
    /// frames never need them, and a small `Frame` is cheap to push and pop).
    pub exc_state: Option<Box<ExcState>>,
    pub role: FrameRole,
}

#[cold]
#[inline(never)]
fn release_parts(
    own_cells: Option<Rc<[Rc<Cell>]>>,
    namespace: Option<Rc<Dict>>,
    exc_state: Option<Box<ExcState>>,
    role: FrameRole,
) {
    drop((own_cells, namespace, exc_state, role));
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
    /// A frame running `func` whose locals start at `base`, role `Call`.
    pub fn new(func: Rc<Function>, base: u32) -> Frame {
        Frame {
            func,
            ip: 0,
            base,
            ret_sp: base,
            own_cells: None,
            namespace: None,
            exc_state: None,
            role: FrameRole::Call,
        }
    }

    /// The frame of a plain call of `f` (role `Call`) whose locals start at `base`.
    #[inline(always)]
    pub fn for_call(f: &Rc<Function>, base: usize, ret_sp: usize) -> Frame {
        Frame {
            func: f.clone(),
            ip: 0,
            base: base as u32,
            ret_sp: ret_sp as u32,
            own_cells: None,
            namespace: None,
            exc_state: None,
            role: FrameRole::Call,
        }
    }

    /// Pushes the frame of a plain call of `f` (see `for_call`) onto `frames`.
    ///
    /// The record is written field by field into the vector's spare capacity:
    /// `push(Frame { .. })` assembles the 72-byte record in a stack temporary and
    /// copies it with 16-byte loads that cannot be forwarded from the narrower
    /// stores just made (a stall measured at ~9% of `fib`; see `vm/stack.rs`).
    #[inline(always)]
    pub fn push_call(frames: &mut Vec<Frame>, f: Rc<Function>, base: usize, ret_sp: usize) {
        Frame::push_with_role(frames, f, base, ret_sp, FrameRole::Call)
    }

    /// `push_call` with another role (a nested run's `Boundary`).
    #[inline(always)]
    pub fn push_with_role(
        frames: &mut Vec<Frame>,
        f: Rc<Function>,
        base: usize,
        ret_sp: usize,
        role: FrameRole,
    ) {
        use std::ptr::addr_of_mut;
        let len = frames.len();
        if len == frames.capacity() {
            frames.reserve(16);
        }
        // Adding a field to `Frame` makes this pattern fail to compile: write the
        // new field below too.
        #[allow(dead_code)]
        fn every_field_is_written(f: &Frame) {
            let Frame {
                func: _,
                ip: _,
                base: _,
                ret_sp: _,
                own_cells: _,
                namespace: _,
                exc_state: _,
                role: _,
            } = f;
        }
        // SAFETY: `len < capacity` (just ensured), so `p` is spare capacity of
        // `frames`, valid for writes and properly aligned. Every field of `Frame`
        // is written exactly once (the list is the exhaustive one above) before
        // `set_len` makes the record part of the vector.
        unsafe {
            let p = frames.as_mut_ptr().add(len);
            addr_of_mut!((*p).func).write(f);
            addr_of_mut!((*p).ip).write(0);
            addr_of_mut!((*p).base).write(base as u32);
            addr_of_mut!((*p).ret_sp).write(ret_sp as u32);
            addr_of_mut!((*p).own_cells).write(None);
            addr_of_mut!((*p).namespace).write(None);
            addr_of_mut!((*p).exc_state).write(None);
            addr_of_mut!((*p).role).write(role);
            frames.set_len(len + 1);
        }
    }

    /// The code object running.
    #[inline(always)]
    pub fn code(&self) -> &Rc<CodeObject> {
        &self.func.code
    }

    /// The globals the code runs in.
    #[inline(always)]
    pub fn globals(&self) -> &Rc<Dict> {
        &self.func.globals
    }

    /// Cells: the code's cellvars then freevars.
    #[inline(always)]
    pub fn cells(&self) -> &[Rc<Cell>] {
        match &self.own_cells {
            Some(c) => c,
            None => &self.func.closure,
        }
    }

    /// The `LoadGlobal` and attribute memo of the running code.
    #[inline(always)]
    pub fn cache(&self) -> &GlobalCache {
        &self.func.cache
    }

    /// Drops a popped frame record. The common plain call owns only its function
    /// reference; the drop glue's out-of-line calls for the optional parts (a
    /// dozen instructions each, on every return) run only when one is present.
    #[inline(always)]
    pub fn release(self) {
        let Frame {
            func,
            own_cells,
            namespace,
            exc_state,
            role,
            ..
        } = self;
        if own_cells.is_some()
            || namespace.is_some()
            || exc_state.is_some()
            || !matches!(role, FrameRole::Call | FrameRole::Awaited)
        {
            release_parts(own_cells, namespace, exc_state, role);
        } else {
            // All four are empty: nothing to drop.
            std::mem::forget((own_cells, namespace, exc_state, role));
        }
        drop(func);
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
        self.code().position(self.lasti() as usize).line
    }
}

/// Frames with the values they own, off the frame stack: a suspended generator's
/// own frame with its locals and operand stack, a suspended green thread's frames
/// (each on its own value stack), or a frame bound by native code and not pushed
/// yet. A frame's indices are relative to the value stack it runs on.
#[derive(Default)]
pub struct Segment {
    pub frames: Vec<Frame>,
    /// While suspended: the value stack the frames run on (for a generator, its
    /// own frame's locals then operand stack, from index 0).
    pub values: Vec<Option<Value>>,
}

impl Segment {
    pub fn is_empty(&self) -> bool {
        self.frames.is_empty()
    }

    /// Drops the frames and values (keeping the capacity).
    pub fn clear(&mut self) {
        self.frames.clear();
        self.values.clear();
    }
}

/// A frame bound by native code and not pushed yet (`Vm::bind_frame`): its record
/// and its locals, which move onto `Vm::values` when it runs. Dereferences to the
/// frame so callers can set its namespace or role.
pub struct PendingFrame {
    pub frame: Frame,
    pub locals: Vec<Option<Value>>,
}

impl std::ops::Deref for PendingFrame {
    type Target = Frame;
    fn deref(&self) -> &Frame {
        &self.frame
    }
}

impl std::ops::DerefMut for PendingFrame {
    fn deref_mut(&mut self) -> &mut Frame {
        &mut self.frame
    }
}

impl PendingFrame {
    /// As a one-frame segment (a generator's frame before its first resume), its
    /// record vector taken from `pool`.
    pub fn into_segment(self, pool: &mut FramePool) -> Segment {
        // Exactly one record: a first `push` would reserve four (288 bytes a
        // pending task's coroutines would keep).
        let mut frames = pool
            .frame_vecs
            .pop()
            .unwrap_or_else(|| Vec::with_capacity(1));
        frames.push(self.frame);
        Segment {
            frames,
            values: self.locals,
        }
    }
}

/// Recycled scratch vectors (argument lists for native calls, locals of frames
/// bound by native code), so a call allocates nothing once the pool is warm.
pub struct FramePool {
    args: Vec<Vec<Value>>,
    locals: Vec<Vec<Option<Value>>>,
    /// Record vectors of finished generators' segments: a coroutine awaited
    /// once (the commonest) then costs no allocation for its frame vectors.
    frame_vecs: Vec<Vec<Frame>>,
    /// The shared empty cell list of frames without cells.
    no_cells: Rc<[Rc<Cell>]>,
    /// Emptied small tuples for `BuildTuple` (`vm/spare_tuples.rs`).
    pub(crate) tuples: super::spare_tuples::SpareTuples,
}

impl Default for FramePool {
    fn default() -> FramePool {
        FramePool {
            args: Vec::new(),
            locals: Vec::new(),
            frame_vecs: Vec::new(),
            no_cells: Rc::from(Vec::new()),
            tuples: Default::default(),
        }
    }
}

/// Vectors larger than this are dropped instead of pooled, so one deep expression
/// does not pin its memory forever.
const POOL_MAX_CAPACITY: usize = 256;
/// How many vectors of each kind the pool keeps.
const POOL_MAX_LEN: usize = 64;

impl FramePool {
    /// A pending frame for a module or class body or `exec`'d `code` with
    /// `nlocals` unbound locals, no cells, role `Call`.
    pub fn frame(
        &mut self,
        code: &Rc<CodeObject>,
        globals: &Rc<Dict>,
        nlocals: usize,
    ) -> PendingFrame {
        let func = Function::for_body(code.clone(), globals.clone(), self.no_cells.clone());
        self.frame_of(Rc::new(func), nlocals)
    }

    /// A pending frame running `func` with `nlocals` unbound locals, role `Call`.
    pub fn frame_of(&mut self, func: Rc<Function>, nlocals: usize) -> PendingFrame {
        let mut locals = self.locals.pop().unwrap_or_default();
        locals.resize(nlocals, None);
        PendingFrame {
            frame: Frame::new(func, 0),
            locals,
        }
    }

    /// A one-frame segment holding `frame` and its value stack.
    pub fn segment(&mut self, frame: Frame, values: Vec<Option<Value>>) -> Segment {
        PendingFrame {
            frame,
            locals: values,
        }
        .into_segment(self)
    }

    /// The empty cell list.
    pub fn no_cells(&self) -> Rc<[Rc<Cell>]> {
        self.no_cells.clone()
    }

    /// Takes back a pending frame's locals vector (emptied).
    pub fn recycle_locals(&mut self, mut v: Vec<Option<Value>>) {
        if v.capacity() <= POOL_MAX_CAPACITY && self.locals.len() < POOL_MAX_LEN {
            v.clear();
            self.locals.push(v);
        }
    }

    /// Takes back the (empty) vectors of a finished generator's segment.
    pub fn recycle_segment(&mut self, seg: Segment) {
        let Segment { frames, values, .. } = seg;
        if frames.is_empty() && frames.capacity() <= 8 && self.frame_vecs.len() < POOL_MAX_LEN {
            self.frame_vecs.push(frames);
        }
        self.recycle_locals(values);
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
