//! One code object under construction (CPython's `struct compiler_unit`):
//! instructions with their positions, constants, names, local variables, jump
//! labels, and the final assembly into a `CodeObject` (label resolution and the
//! stack-depth flow analysis of `Python/compile.c`'s `assemble`/`stackdepth`).

use super::symtable::{Scope, ScopeId};
use crate::bytecode::{CodeFlags, CodeObject, Instr, Position};
use crate::object::{Str, Value};
use std::collections::HashMap;
use std::rc::Rc;

/// A jump target not yet placed; resolved to an instruction index by `assemble`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Label(pub u32);

/// What a unit compiles (CPython's COMPILER_SCOPE_*).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitKind {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
}

/// Identity of a constant, so equal constants share one slot. `1`, `1.0` and
/// `True` are different constants, as in CPython's `_PyCode_ConstantKey`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ConstKey {
    None,
    Bool(bool),
    Ellipsis,
    Int(i64),
    BigInt(String),
    Float(u64),
    Str(String),
    Tuple(Vec<ConstKey>),
    /// Code objects are never shared.
    Unique(usize),
}

impl ConstKey {
    /// The key of a constant value (`None` for values that are never constants).
    pub fn of(v: &Value) -> Option<ConstKey> {
        Some(match v {
            Value::None => ConstKey::None,
            Value::Bool(b) => ConstKey::Bool(*b),
            Value::Ellipsis => ConstKey::Ellipsis,
            Value::Int(i) => ConstKey::Int(*i),
            Value::BigInt(b) => ConstKey::BigInt(b.to_string()),
            Value::Float(f) => ConstKey::Float(f.to_bits()),
            Value::Str(s) => ConstKey::Str(s.as_str().to_string()),
            Value::Tuple(t) => {
                ConstKey::Tuple(t.items.iter().map(ConstKey::of).collect::<Option<_>>()?)
            }
            _ => return None,
        })
    }
}

/// One entry of the block stack the compiler keeps to unwind `break`, `continue`
/// and `return` (CPython's `fblockinfo`).
#[derive(Debug, Clone)]
pub struct FBlock<'a> {
    pub kind: FBlockKind<'a>,
    /// Loop start (for `continue`).
    pub start: Label,
    /// Loop exit (for `break`).
    pub exit: Label,
}

#[derive(Debug, Clone)]
pub enum FBlockKind<'a> {
    WhileLoop,
    /// The iterator is on the stack.
    ForLoop,
    /// Inside `try:` of a try/except: a handler block is set up.
    TryExcept,
    /// Inside `try:` of a try/finally: leaving runs the finally body.
    FinallyTry(&'a [coil_parser::ast::Stmt]),
    /// Inside the exceptional copy of a finally body: the exception is on the
    /// stack and being handled.
    FinallyEnd,
    /// Inside a `with` body: `exit` is on the stack; leaving calls it. The span is
    /// the `with` statement's, for the position of the call.
    With(coil_parser::ast::Span),
    AsyncWith(coil_parser::ast::Span),
    /// Inside an except handler's body; the name of `except T as name`.
    HandlerCleanup(Option<&'a str>),
    /// A value (a `return` value being carried through a finally body).
    PopValue,
    /// Matching an exception against the `except` clauses.
    ExceptionHandler,
    /// The `except*` clauses: `break`, `continue` and `return` cannot leave them.
    ExceptionGroupHandler,
    /// An `async for` clause of a comprehension.
    AsyncComprehensionGenerator,
}

/// A code object being built.
pub struct Unit<'a> {
    pub kind: UnitKind,
    pub scope: ScopeId,
    pub name: String,
    pub qualname: String,
    pub first_line: u32,
    pub instrs: Vec<Instr>,
    pub positions: Vec<Position>,
    pub consts: Vec<Value>,
    const_index: HashMap<ConstKey, u32>,
    pub names: Vec<Rc<Str>>,
    name_index: HashMap<String, u32>,
    pub varnames: Vec<String>,
    varname_index: HashMap<String, u32>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub labels: Vec<Option<u32>>,
    pub fblocks: Vec<FBlock<'a>>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub docstring: Option<Rc<Str>>,
    /// Class name for private-name mangling (CPython's `u_private`).
    pub private: Option<String>,
    /// Set when a top-level `async for`/`async with` makes an interactive module a
    /// coroutine.
    pub force_coroutine: bool,
}

impl<'a> Unit<'a> {
    pub fn new(kind: UnitKind, scope_id: ScopeId, scope: &Scope, name: &str) -> Unit<'a> {
        let mut unit = Unit {
            kind,
            scope: scope_id,
            name: name.to_string(),
            qualname: name.to_string(),
            first_line: 1,
            instrs: Vec::new(),
            positions: Vec::new(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames: Vec::new(),
            varname_index: HashMap::new(),
            cellvars: scope.cellvars(),
            freevars: scope.freevars(),
            labels: Vec::new(),
            fblocks: Vec::new(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            docstring: None,
            private: None,
            force_coroutine: false,
        };
        for p in &scope.params {
            unit.varname(p);
        }
        unit
    }

    pub fn emit(&mut self, instr: Instr, pos: Position) -> usize {
        self.instrs.push(instr);
        self.positions.push(pos);
        self.instrs.len() - 1
    }

    /// The position an artificial instruction emitted now takes (CPython 3.11's
    /// `propagate_line_numbers`): the previous instruction's, when it is in the
    /// same basic block (no label bound here).
    pub fn inherited_position(&self) -> Option<Position> {
        let here = Some(self.instrs.len() as u32);
        if self.labels.contains(&here) {
            return None;
        }
        self.positions.last().copied()
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    /// Places a label at the next instruction.
    pub fn bind(&mut self, label: Label) {
        self.labels[label.0 as usize] = Some(self.instrs.len() as u32);
    }

    pub fn add_const(&mut self, v: Value) -> u32 {
        let key = ConstKey::of(&v).unwrap_or(ConstKey::Unique(self.consts.len()));
        if let Some(&i) = self.const_index.get(&key) {
            return i;
        }
        let i = self.consts.len() as u32;
        self.consts.push(v);
        self.const_index.insert(key, i);
        i
    }

    pub fn add_name(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.name_index.get(name) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.push(Str::intern(name));
        self.name_index.insert(name.to_string(), i);
        i
    }

    /// The fast-local slot of a name, allocating it on first use (CPython adds
    /// non-parameter locals to `co_varnames` in order of first emission).
    pub fn varname(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.varname_index.get(name) {
            return i;
        }
        let i = self.varnames.len() as u32;
        self.varnames.push(name.to_string());
        self.varname_index.insert(name.to_string(), i);
        i
    }

    pub fn cell_index(&self, name: &str) -> Option<u32> {
        self.cellvars
            .iter()
            .position(|c| c == name)
            .map(|i| i as u32)
    }

    pub fn free_index(&self, name: &str) -> Option<u32> {
        self.freevars
            .iter()
            .position(|c| c == name)
            .map(|i| (self.cellvars.len() + i) as u32)
    }

    /// True when the next instruction can only be reached by a jump.
    pub fn ends_in_terminal(&self) -> bool {
        let here = self.instrs.len() as u32;
        self.instrs.last().is_some_and(|i| i.is_terminal()) && !self.labels.contains(&Some(here))
    }

    /// Resolves labels, computes the stack depth and builds the code object.
    pub fn assemble(mut self, filename: &Rc<Str>, scope: &Scope) -> CodeObject {
        let labels = std::mem::take(&mut self.labels);
        for instr in &mut self.instrs {
            if let Some(l) = instr.jump_target() {
                let target = labels[l as usize].expect("every label used is bound");
                *instr = instr.with_jump_target(target);
            }
        }
        let stacksize = match stack_depth(&self.instrs) {
            Ok(n) => n,
            Err((n, problem)) => {
                debug_assert!(false, "{}: {problem}", self.qualname);
                n
            }
        };
        super::peephole::optimize(&mut self.instrs, &self.consts);
        let flags = CodeFlags {
            varargs: scope.has_varargs,
            varkeywords: scope.has_varkeywords,
            generator: scope.is_function_like() && scope.is_generator && !scope.is_coroutine,
            coroutine: (scope.is_coroutine || self.force_coroutine) && !scope.is_generator,
            async_generator: scope.is_function_like() && scope.is_generator && scope.is_coroutine,
            has_namespace: matches!(self.kind, UnitKind::Module | UnitKind::Class),
        };
        let cell2arg = self
            .cellvars
            .iter()
            .map(|c| scope.params.iter().position(|p| p == c).map(|i| i as u32))
            .collect();
        let intern = |v: &Vec<String>| v.iter().map(|s| Str::intern(s)).collect::<Vec<_>>();
        CodeObject {
            name: Str::intern(&self.name),
            qualname: Rc::new(Str::new(&self.qualname)),
            filename: filename.clone(),
            first_line: self.first_line,
            instrs: self.instrs,
            positions: self.positions,
            consts: self.consts,
            names: self.names,
            varnames: intern(&self.varnames),
            cellvars: intern(&self.cellvars),
            freevars: intern(&self.freevars),
            cell2arg,
            argcount: self.argcount,
            posonlyargcount: self.posonlyargcount,
            kwonlyargcount: self.kwonlyargcount,
            flags,
            stacksize,
            docstring: self.docstring,
        }
    }
}

/// The deepest the value stack gets, by flow analysis over every reachable path
/// (CPython's `stackdepth`). Handler entries count the pushed exception. Every
/// path into an instruction must arrive with the same depth; a mismatch is a
/// compiler bug, reported as `Err((depth so far, description))`.
pub fn stack_depth(instrs: &[Instr]) -> Result<u32, (u32, String)> {
    let mut depth: Vec<Option<i32>> = vec![None; instrs.len() + 1];
    let mut work = vec![(0usize, 0i32)];
    let mut max = 0;
    let mut conflict = None;
    while let Some((ip, d)) = work.pop() {
        if ip >= instrs.len() {
            continue;
        }
        if let Some(old) = depth[ip] {
            if old != d && conflict.is_none() {
                conflict = Some(format!(
                    "instruction {ip} ({:?}) reached with depths {old} and {d}",
                    instrs[ip]
                ));
            }
            continue;
        }
        if d < 0 && conflict.is_none() {
            conflict = Some(format!("stack underflow at instruction {ip}"));
        }
        depth[ip] = Some(d);
        let instr = instrs[ip];
        let after = d + instr.stack_effect(false);
        max = max.max(after).max(d);
        if let Some(t) = instr.jump_target() {
            let jumped = d + instr.stack_effect(true);
            max = max.max(jumped);
            work.push((t as usize, jumped));
        }
        if !instr.is_terminal() {
            work.push((ip + 1, after));
        }
    }
    let max = max.max(0) as u32;
    match conflict {
        None => Ok(max),
        Some(c) => Err((max, c)),
    }
}
