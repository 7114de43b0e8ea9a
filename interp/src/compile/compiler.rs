//! The code generator's state and its shared machinery: the stack of units being
//! compiled, positions, name resolution to instructions (`compiler_nameop`),
//! the block stack and its unwinding for `break`/`continue`/`return`
//! (`compiler_unwind_fblock`), and entering/leaving scopes, all as in CPython
//! 3.11's `Python/compile.c`.

use super::symtable::{mangle, NameScope, ScopeKind, SymbolTable};
use super::unit::{FBlock, FBlockKind, Label, Unit, UnitKind};
use super::Mode;
use crate::bytecode::{CodeObject, Instr, Position};
use crate::object::{Str, Value};
use coil_parser::ast::{Span, Stmt};
use coil_parser::{LineIndex, SyntaxError, SyntaxErrorKind};
use std::rc::Rc;

/// Result of every code-generation step.
pub type CResult<T = ()> = Result<T, SyntaxError>;

/// CPython's CO_MAXBLOCKS: 20 nested loop/try/with blocks compile, 21 do not.
pub const MAX_BLOCKS: usize = 20;

/// How a name is used by an instruction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ctx {
    Load,
    Store,
    Del,
}

pub struct Compiler<'a> {
    pub table: SymbolTable,
    /// Units being compiled, innermost last.
    pub units: Vec<Unit<'a>>,
    pub source: &'a str,
    pub filename: Rc<Str>,
    pub lines: LineIndex,
    pub mode: Mode,
    /// Span of the node being compiled; every emitted instruction gets its position.
    pub span: Span,
    pub loc: Position,
    /// `from __future__ import annotations` (PEP 563): annotations are stored
    /// as their unparsed source text instead of being evaluated.
    pub future_annotations: bool,
}

impl<'a> Compiler<'a> {
    pub fn new(table: SymbolTable, source: &'a str, filename: &str, mode: Mode) -> Compiler<'a> {
        Compiler {
            table,
            units: Vec::new(),
            source,
            filename: Rc::new(Str::new(filename)),
            lines: LineIndex::new(source),
            mode,
            span: Span::default(),
            loc: Position::default(),
            future_annotations: false,
        }
    }

    pub fn error(&self, message: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError::new(
            SyntaxErrorKind::SyntaxError,
            message,
            self.filename.as_str(),
            self.source,
            span,
        )
    }

    pub fn unit(&mut self) -> &mut Unit<'a> {
        self.units
            .last_mut()
            .expect("a unit is open while compiling")
    }

    pub fn unit_ref(&self) -> &Unit<'a> {
        self.units.last().expect("a unit is open while compiling")
    }

    /// The source range of a span (lines 1-based, columns byte offsets).
    pub fn position(&self, span: Span) -> Position {
        let len = self.source.len() as u32;
        let (line, col) = self.lines.line_col(span.start.min(len));
        let (end_line, end_col) = self
            .lines
            .line_col(span.end.min(len).max(span.start.min(len)));
        Position {
            line,
            end_line,
            col,
            end_col,
        }
    }

    pub fn line_of(&self, span: Span) -> u32 {
        self.lines.line(span.start.min(self.source.len() as u32))
    }

    /// Makes `span` the location of the instructions emitted next; returns the
    /// previous one for `restore_loc`.
    pub fn set_loc(&mut self, span: Span) -> (Span, Position) {
        let old = (self.span, self.loc);
        self.span = span;
        self.loc = self.position(span);
        old
    }

    pub fn restore_loc(&mut self, old: (Span, Position)) {
        (self.span, self.loc) = old;
    }

    pub fn emit(&mut self, instr: Instr) -> usize {
        let loc = self.loc;
        self.unit().emit(instr, loc)
    }

    pub fn emit_at(&mut self, instr: Instr, pos: Position) -> usize {
        self.unit().emit(instr, pos)
    }

    pub fn new_label(&mut self) -> Label {
        self.unit().new_label()
    }

    pub fn bind(&mut self, label: Label) {
        self.unit().bind(label)
    }

    /// Emits a jump-family instruction targeting `label`.
    pub fn emit_jump(&mut self, make: fn(u32) -> Instr, label: Label) {
        self.emit(make(label.0));
    }

    pub fn load_const(&mut self, v: Value) {
        let i = self.unit().add_const(v);
        self.emit(Instr::LoadConst(i));
    }

    /// Module-level code of a REPL input, where `await` is allowed
    /// (CPython's IS_TOP_LEVEL_AWAIT with PyCF_ALLOW_TOP_LEVEL_AWAIT).
    pub fn is_top_level_await(&self) -> bool {
        self.mode == Mode::Interactive && self.unit_ref().kind == UnitKind::Module
    }

    pub fn mangle(&self, name: &str) -> String {
        mangle(self.unit_ref().private.as_deref(), name)
    }

    /// Emits the load, store or delete of a variable (`compiler_nameop`).
    pub fn name_op(&mut self, name: &str, ctx: Ctx) {
        let mangled = self.mangle(name);
        let scope = &self.table.scopes[self.unit_ref().scope];
        let function_like = scope.is_function_like();
        let is_class = scope.kind == ScopeKind::Class;
        let instr = match scope.scope_of(&mangled) {
            Some(NameScope::Free) | Some(NameScope::Cell)
                if self.deref_index(&mangled).is_some() =>
            {
                let i = self.deref_index(&mangled).expect("checked above");
                match ctx {
                    Ctx::Load if is_class => Instr::LoadClassDeref(i),
                    Ctx::Load => Instr::LoadDeref(i),
                    Ctx::Store => Instr::StoreDeref(i),
                    Ctx::Del => Instr::DeleteDeref(i),
                }
            }
            Some(NameScope::Local) if function_like => {
                let i = self.unit().varname(&mangled);
                match ctx {
                    Ctx::Load => Instr::LoadFast(i),
                    Ctx::Store => Instr::StoreFast(i),
                    Ctx::Del => Instr::DeleteFast(i),
                }
            }
            Some(NameScope::GlobalExplicit) | Some(NameScope::GlobalImplicit)
                if function_like || scope.scope_of(&mangled) == Some(NameScope::GlobalExplicit) =>
            {
                let i = self.unit().add_name(&mangled);
                match ctx {
                    Ctx::Load => Instr::LoadGlobal(i),
                    Ctx::Store => Instr::StoreGlobal(i),
                    Ctx::Del => Instr::DeleteGlobal(i),
                }
            }
            _ => {
                let i = self.unit().add_name(&mangled);
                match ctx {
                    Ctx::Load => Instr::LoadName(i),
                    Ctx::Store => Instr::StoreName(i),
                    Ctx::Del => Instr::DeleteName(i),
                }
            }
        };
        self.emit(instr);
    }

    /// Index of a cell or free variable in the frame's cells (cellvars then
    /// freevars).
    pub fn deref_index(&self, name: &str) -> Option<u32> {
        let unit = self.unit_ref();
        unit.cell_index(name).or_else(|| unit.free_index(name))
    }

    /// `compiler_push_fblock`, with CPython's nesting limit.
    pub fn push_fblock(&mut self, kind: FBlockKind<'a>, start: Label, exit: Label) -> CResult {
        if self.unit_ref().fblocks.len() >= MAX_BLOCKS {
            return Err(self.error("too many statically nested blocks", self.span));
        }
        self.unit().fblocks.push(FBlock { kind, start, exit });
        Ok(())
    }

    pub fn pop_fblock(&mut self) {
        self.unit().fblocks.pop();
    }

    /// Emits what leaving one block early needs (`compiler_unwind_fblock`).
    /// `preserve_tos`: a return value is on top of the stack and must survive.
    pub fn unwind_fblock(&mut self, block: &FBlock<'a>, preserve_tos: bool) -> CResult {
        match block.kind.clone() {
            FBlockKind::WhileLoop
            | FBlockKind::ExceptionHandler
            | FBlockKind::ExceptionGroupHandler
            | FBlockKind::AsyncComprehensionGenerator => {}
            FBlockKind::ForLoop | FBlockKind::PopValue => {
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
            }
            FBlockKind::TryExcept => {
                self.emit(Instr::PopBlock);
            }
            FBlockKind::FinallyTry(body) => {
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    let l = self.new_label();
                    self.push_fblock(FBlockKind::PopValue, l, l)?;
                }
                self.stmts(body)?;
                if preserve_tos {
                    self.pop_fblock();
                }
            }
            FBlockKind::FinallyEnd => {
                // The exception being handled sits below any return value.
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
                self.emit(Instr::PopBlock);
                self.emit(Instr::PopExcept);
            }
            FBlockKind::With(span) | FBlockKind::AsyncWith(span) => {
                let old = self.set_loc(span);
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.call_exit_with_nones();
                if matches!(block.kind, FBlockKind::AsyncWith(_)) {
                    self.emit_await();
                }
                self.emit(Instr::PopTop);
                self.restore_loc(old);
            }
            FBlockKind::HandlerCleanup(name) => {
                if name.is_some() {
                    self.emit(Instr::PopBlock);
                }
                self.emit(Instr::PopBlock);
                self.emit(Instr::PopExcept);
                if let Some(name) = name {
                    self.clear_name(name);
                }
            }
        }
        Ok(())
    }

    /// `compiler_unwind_fblock_stack`: unwinds blocks from the innermost outward,
    /// stopping at the innermost loop when `want_loop`; returns that loop.
    pub fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        want_loop: bool,
    ) -> CResult<Option<FBlock<'a>>> {
        let Some(top) = self.unit_ref().fblocks.last().cloned() else {
            return Ok(None);
        };
        if matches!(top.kind, FBlockKind::ExceptionGroupHandler) {
            return Err(self.error(
                "'break', 'continue' and 'return' cannot appear in an except* block",
                self.span,
            ));
        }
        if want_loop && matches!(top.kind, FBlockKind::WhileLoop | FBlockKind::ForLoop) {
            return Ok(Some(top));
        }
        self.unit().fblocks.pop();
        let result = self
            .unwind_fblock(&top, preserve_tos)
            .and_then(|_| self.unwind_fblock_stack(preserve_tos, want_loop));
        self.unit().fblocks.push(top);
        result
    }

    /// `exit(None, None, None)` with the bound `__exit__` on top of the stack.
    pub fn call_exit_with_nones(&mut self) {
        for _ in 0..3 {
            self.load_const(Value::None);
        }
        self.emit(Instr::Call(3));
    }

    /// `[awaitable-ish] -> [result]`: the body of `await` after its operand.
    pub fn emit_await(&mut self) {
        self.emit(Instr::GetAwaitable);
        self.load_const(Value::None);
        self.emit(Instr::Send(0));
    }

    /// `name = None; del name`: the implicit cleanup of `except T as name`.
    pub fn clear_name(&mut self, name: &str) {
        self.load_const(Value::None);
        self.name_op(name, Ctx::Store);
        self.name_op(name, Ctx::Del);
    }

    /// Opens a new unit for the scope opened by an AST node.
    pub fn enter_scope(&mut self, kind: UnitKind, scope_id: usize, name: &str, first_line: u32) {
        let scope = &self.table.scopes[scope_id];
        let mut unit = Unit::new(kind, scope_id, scope, name);
        unit.first_line = first_line;
        unit.private = match kind {
            UnitKind::Class => Some(name.to_string()),
            _ => self.units.last().and_then(|u| u.private.clone()),
        };
        unit.qualname = self.qualname(kind, name);
        self.units.push(unit);
    }

    /// `compiler_set_qualname`.
    fn qualname(&self, kind: UnitKind, name: &str) -> String {
        let Some(parent) = self.units.last() else {
            return name.to_string();
        };
        if parent.kind == UnitKind::Module {
            return name.to_string();
        }
        if matches!(
            kind,
            UnitKind::Function | UnitKind::AsyncFunction | UnitKind::Class
        ) {
            let mangled = mangle(parent.private.as_deref(), name);
            let pscope = &self.table.scopes[parent.scope];
            if pscope.scope_of(&mangled) == Some(NameScope::GlobalExplicit) {
                return name.to_string();
            }
        }
        match parent.kind {
            UnitKind::Function | UnitKind::AsyncFunction | UnitKind::Lambda => {
                format!("{}.<locals>.{name}", parent.qualname)
            }
            _ => format!("{}.{name}", parent.qualname),
        }
    }

    /// Closes the current unit: adds the implicit `return None` when the code can
    /// fall off its end, and assembles it.
    pub fn exit_scope(&mut self) -> Rc<CodeObject> {
        let unit = self.units.pop().expect("exit_scope matches enter_scope");
        let scope = &self.table.scopes[unit.scope];
        Rc::new(unit.assemble(&self.filename, scope))
    }

    /// Emits `return None` unless the last instruction already leaves.
    pub fn implicit_return(&mut self) {
        if !self.unit_ref().ends_in_terminal() {
            self.load_const(Value::None);
            self.emit(Instr::ReturnValue);
        }
    }

    /// Pushes the closure (if any) and the code, then `MakeFunction`
    /// (`compiler_make_closure`). `flags` has the defaults/annotations bits.
    pub fn make_closure(&mut self, code: Rc<CodeObject>, mut flags: u8) {
        if !code.freevars.is_empty() {
            let in_class = self.unit_ref().kind == UnitKind::Class;
            for name in code.freevars.iter() {
                let name = name.as_str();
                let i = if in_class && name == "__class__" {
                    self.unit_ref().cell_index(name)
                } else {
                    self.deref_index(name)
                }
                .expect("a free variable of an inner scope is a cell or free here");
                self.emit(Instr::LoadClosure(i));
            }
            self.emit(Instr::BuildTuple(code.freevars.len() as u32));
            flags |= 8;
        }
        self.load_const(Value::Code(code));
        self.emit(Instr::MakeFunction(flags));
    }

    pub fn stmts(&mut self, body: &'a [Stmt]) -> CResult {
        body.iter().try_for_each(|s| self.stmt(s))
    }
}
