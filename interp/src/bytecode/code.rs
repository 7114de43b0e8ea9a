//! CodeObject: the compiled form of a module, function, class body, lambda or
//! comprehension (CPython's `PyCodeObject`, `Objects/codeobject.c`).

use super::instr::Instr;
use crate::object::{Str, Value};
use std::rc::Rc;

/// Source range of one instruction, for tracebacks (`co_positions()` in CPython).
/// Lines are 1-based; columns are 0-based byte offsets into their line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Position {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// What kind of frame a code object runs as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CodeFlags {
    /// Accepts `*args` (the tuple is the local after the named parameters).
    pub varargs: bool,
    /// Accepts `**kwargs` (the dict is the local after `*args`, if any).
    pub varkeywords: bool,
    /// Contains `yield`: calling it makes a generator.
    pub generator: bool,
    /// `async def` without `yield`: calling it makes a coroutine.
    pub coroutine: bool,
    /// `async def` with `yield`: calling it makes an async generator.
    pub async_generator: bool,
    /// Module or class body: names live in a namespace dict (`LoadName`).
    pub has_namespace: bool,
}

#[derive(Debug)]
pub struct CodeObject {
    /// `co_name`: `f`, `<module>`, `<lambda>`, `<listcomp>`, `<genexpr>`, class name.
    pub name: Rc<Str>,
    /// `co_qualname`: `Outer.method.<locals>.inner`.
    pub qualname: Rc<Str>,
    /// Absolute path of the script, `<stdin>` or `<string>`.
    pub filename: Rc<Str>,
    pub first_line: u32,
    pub instrs: Vec<Instr>,
    /// One entry per instruction.
    pub positions: Vec<Position>,
    pub consts: Vec<Value>,
    /// Interned names for global/attribute/name instructions.
    pub names: Vec<Rc<Str>>,
    /// Fast locals: positional parameters, keyword-only parameters, `*args`,
    /// `**kwargs`, then other locals.
    pub varnames: Vec<Rc<Str>>,
    /// Locals captured by inner functions; they live in cells.
    pub cellvars: Vec<Rc<Str>>,
    /// Variables this code takes from enclosing scopes (its closure).
    pub freevars: Vec<Rc<Str>>,
    /// For each cellvar that is also a parameter, the parameter's varnames index:
    /// the VM moves the argument into the cell at frame start.
    pub cell2arg: Vec<Option<u32>>,
    /// Positional parameters, including positional-only ones.
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: CodeFlags,
    /// The most values this code ever has on its value stack (computed by the
    /// compiler's flow analysis, CPython's `co_stacksize`): the VM may reserve it
    /// when the frame is created.
    pub stacksize: u32,
    /// A function's docstring (CPython keeps it as `co_consts[0]`): the first
    /// statement of a `def` body when it is a string literal. The function object's
    /// `__doc__` starts as this. Always `None` for modules (their docstring is
    /// stored as `__doc__` by the module code itself), classes (likewise) and
    /// lambdas and comprehensions (they have none).
    pub docstring: Option<Rc<Str>>,
}

/// The instruction index of a generator or coroutine frame that has not started:
/// an exception thrown into it is reported at the `def` line, as CPython 3.11
/// reports its RESUME prologue.
pub const NOT_STARTED: u32 = u32::MAX;

impl CodeObject {
    /// Source position of instruction `ip`.
    pub fn position(&self, ip: usize) -> Position {
        if ip == NOT_STARTED as usize {
            // CPython's RESUME prologue: the `def` line, no columns (no carets).
            return Position {
                line: self.first_line,
                ..Position::default()
            };
        }
        self.positions.get(ip).copied().unwrap_or_default()
    }

    /// Number of fast-local slots.
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }

    /// Total parameters including `*args` and `**kwargs`.
    pub fn total_args(&self) -> usize {
        (self.argcount
            + self.kwonlyargcount
            + self.flags.varargs as u32
            + self.flags.varkeywords as u32) as usize
    }
}
