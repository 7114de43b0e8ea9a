//! Comprehensions and generator expressions, CPython 3.11 style
//! (`compiler_comprehension` and the `compiler_*_comprehension_generator`s in
//! `Python/compile.c`): each is its own code object, a function of one
//! parameter `.0` that receives the already-evaluated first iterator (the
//! first iterable is evaluated in the enclosing scope, so its errors happen
//! there). List/set/dict comprehensions build and return their container;
//! generator expressions are generator code that yields each element. An async
//! comprehension is a coroutine the caller awaits; an async generator
//! expression is an async generator.

use super::compiler::{CResult, Compiler};
use super::symtable::CompKind;
use super::unit::{FBlockKind, UnitKind};
use crate::bytecode::Instr;
use crate::object::Value;
use coil_parser::ast::*;

impl<'a> Compiler<'a> {
    pub fn comprehension(
        &mut self,
        e: &'a Expr,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult {
        let scope_id = self.table.scope_for(e);
        let scope = &self.table.scopes[scope_id];
        let kind = scope
            .comprehension()
            .expect("a comprehension node opens a comprehension scope");
        let is_async = scope.is_coroutine;
        let outer = self.unit_ref().kind;
        if is_async
            && kind != CompKind::Generator
            && !matches!(outer, UnitKind::AsyncFunction | UnitKind::Comprehension)
            && !self.is_top_level_await()
        {
            return Err(self.error(
                "asynchronous comprehension outside of an asynchronous function",
                e.span,
            ));
        }
        let first_line = self.line_of(e.span);
        self.enter_scope(
            UnitKind::Comprehension,
            scope_id,
            kind.code_name(),
            first_line,
        );
        self.unit().argcount = 1;
        match kind {
            CompKind::List => self.emit(Instr::BuildList(0)),
            CompKind::Set => self.emit(Instr::BuildSet(0)),
            CompKind::Dict => self.emit(Instr::BuildMap(0)),
            CompKind::Generator => 0,
        };
        self.comp_generator(generators, 0, 0, elt, value, kind)?;
        if kind == CompKind::Generator {
            self.load_const(Value::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.exit_scope();
        self.make_closure(code, 0);
        let outermost = &generators[0];
        self.expr(&outermost.iter)?;
        self.emit(if outermost.is_async {
            Instr::GetAIter
        } else {
            Instr::GetIter
        });
        self.emit(Instr::Call(1));
        if is_async && kind != CompKind::Generator {
            self.emit_await();
        }
        Ok(())
    }

    fn comp_generator(
        &mut self,
        generators: &'a [Comprehension],
        index: usize,
        depth: u32,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        kind: CompKind,
    ) -> CResult {
        let gen = &generators[index];
        if gen.is_async {
            return self.async_comp_generator(generators, index, depth, elt, value, kind);
        }
        let start = self.new_label();
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        if index == 0 {
            // The outermost iterator arrives as the argument `.0`.
            self.emit(Instr::LoadFast(0));
        } else {
            self.expr(&gen.iter)?;
            self.emit(Instr::GetIter);
        }
        let depth = depth + 1;
        self.bind(start);
        self.emit_jump(Instr::ForIter, anchor);
        self.store_target(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        self.comp_body(generators, index, depth, elt, value, kind)?;
        self.bind(if_cleanup);
        self.emit_jump(Instr::Jump, start);
        self.bind(anchor);
        Ok(())
    }

    fn async_comp_generator(
        &mut self,
        generators: &'a [Comprehension],
        index: usize,
        depth: u32,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        kind: CompKind,
    ) -> CResult {
        let gen = &generators[index];
        let start = self.new_label();
        let except = self.new_label();
        let if_cleanup = self.new_label();
        if index == 0 {
            self.emit(Instr::LoadFast(0));
        } else {
            self.expr(&gen.iter)?;
            self.emit(Instr::GetAIter);
        }
        self.bind(start);
        self.push_fblock(FBlockKind::AsyncComprehensionGenerator, start, except)?;
        self.emit_jump(Instr::SetupFinally, except);
        self.emit(Instr::GetANext);
        self.load_const(Value::None);
        self.emit(Instr::Send(0));
        self.emit(Instr::PopBlock);
        self.store_target(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        let depth = depth + 1;
        self.comp_body(generators, index, depth, elt, value, kind)?;
        self.bind(if_cleanup);
        self.emit_jump(Instr::Jump, start);
        self.pop_fblock();
        self.bind(except);
        self.emit(Instr::EndAsyncFor);
        Ok(())
    }

    /// The next `for` clause, or the element once all clauses are open.
    fn comp_body(
        &mut self,
        generators: &'a [Comprehension],
        index: usize,
        depth: u32,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        kind: CompKind,
    ) -> CResult {
        if index + 1 < generators.len() {
            return self.comp_generator(generators, index + 1, depth, elt, value, kind);
        }
        match kind {
            CompKind::Generator => {
                self.expr(elt)?;
                self.emit(Instr::YieldValue);
                self.emit(Instr::PopTop);
            }
            CompKind::List => {
                self.expr(elt)?;
                self.emit(Instr::ListAppend(depth + 1));
            }
            CompKind::Set => {
                self.expr(elt)?;
                self.emit(Instr::SetAdd(depth + 1));
            }
            CompKind::Dict => {
                self.expr(elt)?;
                self.expr(value.expect("a dict comprehension has a value"))?;
                self.emit(Instr::MapAdd(depth + 1));
            }
        }
        Ok(())
    }
}
