//! Frame: one activation of a code object. Frames live on frame stacks (a Vec per
//! run), never on the Rust stack; a suspended generator or task keeps its frames.

use crate::bytecode::CodeObject;
use crate::object::{Cell, Dict, Generator, Value};
use std::rc::Rc;

/// How a frame hands back its result when it returns or yields.
#[derive(Clone)]
pub enum FrameRole {
    /// A plain call: the return value is pushed onto the frame below.
    Call,
    /// The bottom frame of a nested run (entered from Rust): returning ends the run.
    /// If it is a generator's frame, the generator is named so a yield can suspend.
    RunBase(Option<Rc<Generator>>),
    /// A generator resumed by `ForIter` in the frame below: a yield suspends this
    /// frame and the ones above it into the generator and pushes the value below;
    /// returning ends the loop in the frame below.
    ForIter(Rc<Generator>),
    /// A generator or coroutine resumed by `Send` (yield from / await) in the frame
    /// below: its yields pass through to the next ForIter/RunBase frame; its return
    /// value replaces the receiver in the frame below.
    Delegate(Rc<Generator>),
}

/// An exception handler set up by `SetupFinally`.
#[derive(Debug, Clone, Copy)]
pub struct Block {
    pub handler: u32,
    /// Value-stack depth to restore.
    pub depth: u32,
    /// Length of `handling` to restore.
    pub handling: u32,
}

pub struct Frame {
    pub code: Rc<CodeObject>,
    /// Index of the next instruction.
    pub ip: u32,
    /// Index of the instruction being executed (for tracebacks).
    pub last_ip: u32,
    pub locals: Vec<Option<Value>>,
    pub stack: Vec<Value>,
    /// Cells: the code's cellvars then freevars.
    pub cells: Vec<Rc<Cell>>,
    pub globals: Rc<Dict>,
    /// Module and class bodies: the namespace `LoadName`/`StoreName` use.
    pub namespace: Option<Rc<Dict>>,
    pub blocks: Vec<Block>,
    /// Exceptions being handled in this frame (innermost last).
    pub handling: Vec<Value>,
    pub role: FrameRole,
}
