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
use super::unit::{FBlockKind, Label, UnitKind};
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
        let comp = Comp {
            generators,
            elt,
            value,
            kind,
        };
        self.comp_generator(comp, 0, 0)?;
        if kind == CompKind::Generator {
            self.load_const(Value::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.exit_scope();
        self.make_closure(code, 0);
        let outermost = &generators[0];
        self.iterable(&outermost.iter)?;
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

    /// The iterator of `for` clause `index`: the outermost arrives as the
    /// argument `.0`, already made by the caller; an inner one is made here
    /// (`get_iter` is `GetIter` or `GetAIter`).
    fn comp_iter(&mut self, comp: Comp<'a>, index: usize, get_iter: Instr) -> CResult {
        if index == 0 {
            self.emit(Instr::LoadFast(0));
        } else {
            self.iterable(&comp.generators[index].iter)?;
            self.emit(get_iter);
        }
        Ok(())
    }

    fn comp_generator(&mut self, comp: Comp<'a>, index: usize, depth: u32) -> CResult {
        if comp.generators[index].is_async {
            return self.async_comp_generator(comp, index, depth);
        }
        let start = self.new_label();
        let anchor = self.new_label();
        self.comp_iter(comp, index, Instr::GetIter)?;
        self.bind(start);
        self.emit_jump(Instr::ForIter, anchor);
        self.comp_clause_body(comp, index, depth + 1, start)?;
        self.bind(anchor);
        Ok(())
    }

    fn async_comp_generator(&mut self, comp: Comp<'a>, index: usize, depth: u32) -> CResult {
        let start = self.new_label();
        let except = self.new_label();
        self.comp_iter(comp, index, Instr::GetAIter)?;
        self.bind(start);
        self.push_fblock(FBlockKind::AsyncComprehensionGenerator, start, except)?;
        self.emit_jump(Instr::SetupFinally, except);
        self.emit(Instr::GetANext);
        self.load_const(Value::None);
        self.emit(Instr::Send(0));
        self.emit(Instr::PopBlock);
        self.comp_clause_body(comp, index, depth + 1, start)?;
        self.pop_fblock();
        self.bind(except);
        self.emit(Instr::EndAsyncFor);
        Ok(())
    }

    /// With the next item on the stack: binds clause `index`'s target, skips
    /// the item unless its `if`s hold, runs the rest, and loops to `start`.
    fn comp_clause_body(
        &mut self,
        comp: Comp<'a>,
        index: usize,
        depth: u32,
        start: Label,
    ) -> CResult {
        let gen = &comp.generators[index];
        let if_cleanup = self.new_label();
        self.store_target(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        self.comp_body(comp, index, depth)?;
        self.bind(if_cleanup);
        self.emit_jump(Instr::Jump, start);
        Ok(())
    }

    /// The next `for` clause, or the element once all clauses are open.
    fn comp_body(&mut self, comp: Comp<'a>, index: usize, depth: u32) -> CResult {
        if index + 1 < comp.generators.len() {
            return self.comp_generator(comp, index + 1, depth);
        }
        let elt = comp.elt;
        match comp.kind {
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
                self.expr(comp.value.expect("a dict comprehension has a value"))?;
                self.emit(Instr::MapAdd(depth + 1));
            }
        }
        Ok(())
    }
}

/// What every level of a comprehension's nested loops needs: its clauses, the
/// element (and a dict comprehension's value), and the kind.
#[derive(Clone, Copy)]
struct Comp<'a> {
    generators: &'a [Comprehension],
    elt: &'a Expr,
    value: Option<&'a Expr>,
    kind: CompKind,
}
