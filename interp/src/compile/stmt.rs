//! Statements (`compiler_visit_stmt` in CPython 3.11's `Python/compile.c`):
//! assignments, control flow with its block unwinding, imports and the rest.
//! `try` and `with` live in `exceptions.rs`, `def`/`class` in `function.rs`.

use super::compiler::{CResult, Compiler, Ctx};
use super::unit::{FBlockKind, UnitKind};
use crate::bytecode::Instr;
use crate::object::Value;
use coil_parser::ast::*;

impl<'a> Compiler<'a> {
    pub fn stmt(&mut self, s: &'a Stmt) -> CResult {
        let old = self.set_loc(s.span);
        let result = self.stmt_inner(s);
        self.restore_loc(old);
        result
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> CResult {
        match &s.kind {
            StmtKind::FunctionDef(f) => self.function_def(s, f),
            StmtKind::ClassDef(c) => self.class_def(s, c),
            StmtKind::Return(value) => self.return_stmt(s, value.as_ref()),
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.delete(t)),
            StmtKind::Assign { targets, value } => self.assign(targets, value),
            StmtKind::AugAssign { target, op, value } => self.aug_assign(s, target, *op, value),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(target, annotation, value.as_ref(), *simple),
            StmtKind::For {
                is_async: false,
                target,
                iter,
                body,
                orelse,
            } => self.for_stmt(target, iter, body, orelse),
            StmtKind::For {
                is_async: true,
                target,
                iter,
                body,
                orelse,
            } => self.async_for(s, target, iter, body, orelse),
            StmtKind::While { test, body, orelse } => self.while_stmt(s, test, body, orelse),
            StmtKind::If { test, body, orelse } => {
                let end = self.new_label();
                let next = if orelse.is_empty() {
                    end
                } else {
                    self.new_label()
                };
                self.jump_if(test, next, false)?;
                self.stmts(body)?;
                if !orelse.is_empty() {
                    self.emit_jump(Instr::Jump, end);
                    self.bind(next);
                    self.stmts(orelse)?;
                }
                self.bind(end);
                Ok(())
            }
            StmtKind::With {
                is_async,
                items,
                body,
            } => self.with_stmt(s, items, body, 0, *is_async),
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases),
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(exc) = exc {
                    self.expr(exc)?;
                    n = 1;
                    if let Some(cause) = cause {
                        self.expr(cause)?;
                        n = 2;
                    }
                }
                self.emit(Instr::RaiseVarargs(n));
                Ok(())
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => {
                if finalbody.is_empty() {
                    self.try_handlers(body, handlers, orelse, *is_star)
                } else {
                    self.try_finally(body, handlers, orelse, finalbody, *is_star)
                }
            }
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.jump_if(test, end, true)?;
                // CPython 3.11's raise carries the last comparison's location when
                // the test has one (it underlines it), else the statement's.
                let span = Self::jump_if_leaked_span(test).unwrap_or(self.span);
                let old = self.set_loc(span);
                self.emit(Instr::LoadAssertionError);
                if let Some(msg) = msg {
                    self.expr(msg)?;
                    self.emit(Instr::Call(1));
                }
                self.emit(Instr::RaiseVarargs(1));
                self.restore_loc(old);
                self.bind(end);
                Ok(())
            }
            StmtKind::Import(names) => {
                for alias in names {
                    self.import(alias);
                }
                Ok(())
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                let mut full = ".".repeat(*level as usize);
                full.push_str(module.as_deref().unwrap_or(""));
                let i = self.unit().add_name(&full);
                self.emit(Instr::ImportModule(i));
                if names.len() == 1 && names[0].name == "*" {
                    self.emit(Instr::ImportStar);
                    return Ok(());
                }
                // Every instruction of an import carries the statement's position,
                // as in CPython (a traceback shows the statement without carets).
                for alias in names {
                    let i = self.unit().add_name(&alias.name);
                    self.emit(Instr::ImportFrom(i));
                    let store = alias.asname.as_ref().map_or(&alias.name, |a| &a.name);
                    self.name_op(store, Ctx::Store);
                }
                self.emit(Instr::PopTop);
                Ok(())
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) | StmtKind::Pass => Ok(()),
            StmtKind::Expr(e) => {
                if self.mode == super::Mode::Interactive && self.unit_ref().kind == UnitKind::Module
                {
                    self.expr(e)?;
                    self.emit(Instr::PrintExpr);
                } else if !matches!(e.kind, ExprKind::Constant(_)) {
                    // A constant statement (a docstring, `...`) does nothing.
                    self.expr(e)?;
                    self.emit(Instr::PopTop);
                }
                Ok(())
            }
            StmtKind::Break => {
                let Some(lp) = self.unwind_fblock_stack(false, true)? else {
                    return Err(self.error("'break' outside loop", s.span));
                };
                self.unwind_fblock(&lp, false)?;
                self.emit_jump(Instr::Jump, lp.exit);
                Ok(())
            }
            StmtKind::Continue => {
                let Some(lp) = self.unwind_fblock_stack(false, true)? else {
                    return Err(self.error("'continue' not properly in loop", s.span));
                };
                self.emit_jump(Instr::Jump, lp.start);
                Ok(())
            }
        }
    }

    fn return_stmt(&mut self, s: &Stmt, value: Option<&'a Expr>) -> CResult {
        let scope = &self.table.scopes[self.unit_ref().scope];
        if !scope.is_function_like() {
            return Err(self.error("'return' outside function", s.span));
        }
        if value.is_some() && scope.is_coroutine && scope.is_generator {
            return Err(self.error("'return' with value in async generator", s.span));
        }
        let constant = value.and_then(|v| self.const_value(v));
        let preserve_tos = value.is_some() && constant.is_none();
        if preserve_tos {
            self.expr(value.expect("checked"))?;
        }
        self.unwind_fblock_stack(preserve_tos, false)?;
        if !preserve_tos {
            self.load_const(constant.unwrap_or(Value::None));
        }
        self.emit(Instr::ReturnValue);
        Ok(())
    }

    fn delete(&mut self, t: &'a Expr) -> CResult {
        let old = self.set_loc(t.span);
        match &t.kind {
            ExprKind::Name(name) => self.name_op(name, Ctx::Del),
            ExprKind::Attribute { value, attr } => {
                self.attribute_target(t, value, attr, Ctx::Del)?
            }
            ExprKind::Subscript { value, slice } => {
                self.subscript_target(value, slice, Ctx::Del)?
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for item in items {
                    self.delete(item)?;
                }
            }
            _ => return Err(self.error("cannot delete expression", t.span)),
        }
        self.restore_loc(old);
        Ok(())
    }

    fn assign(&mut self, targets: &'a [Expr], value: &'a Expr) -> CResult {
        // `a, b = b, a`: no tuple is built, the values are swapped into place
        // (what CPython's optimizer turns BUILD_TUPLE + UNPACK_SEQUENCE into).
        if let ([target], ExprKind::Tuple(values)) = (targets, &value.kind) {
            if let ExprKind::Tuple(names) | ExprKind::List(names) = &target.kind {
                let plain =
                    |es: &[Expr]| !es.iter().any(|e| matches!(e.kind, ExprKind::Starred(_)));
                if (2..=3).contains(&values.len())
                    && values.len() == names.len()
                    && plain(values)
                    && plain(names)
                {
                    for v in values {
                        self.expr(v)?;
                    }
                    let old = self.set_loc(value.span);
                    self.emit(Instr::Swap(values.len() as u32));
                    self.restore_loc(old);
                    for t in names {
                        self.store_target(t)?;
                    }
                    return Ok(());
                }
            }
        }
        self.expr(value)?;
        for (i, t) in targets.iter().enumerate() {
            if i + 1 < targets.len() {
                self.emit(Instr::Copy(1));
            }
            self.store_target(t)?;
        }
        Ok(())
    }

    fn aug_assign(&mut self, s: &Stmt, target: &'a Expr, op: BinOp, value: &'a Expr) -> CResult {
        let old = self.set_loc(target.span);
        match &target.kind {
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                self.emit(Instr::Copy(1));
                let pos = self.attr_position(target.span, &attr.name);
                let i = self.attr_name(&attr.name);
                self.emit_at(Instr::LoadAttr(i), pos);
            }
            ExprKind::Subscript { value: obj, slice } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.emit(Instr::Copy(2));
                self.emit(Instr::Copy(2));
                self.emit(Instr::BinarySubscr);
            }
            ExprKind::Name(name) => self.name_op(name, Ctx::Load),
            _ => {
                return Err(self.error(
                    "'expression' is an illegal expression for augmented assignment",
                    target.span,
                ))
            }
        }
        self.set_loc(s.span);
        self.expr(value)?;
        self.emit(Instr::InplaceOp(op));
        self.set_loc(target.span);
        match &target.kind {
            ExprKind::Attribute { attr, .. } => {
                let pos = self.attr_position(target.span, &attr.name);
                let i = self.attr_name(&attr.name);
                self.emit_at(Instr::Swap(2), pos);
                self.emit_at(Instr::StoreAttr(i), pos);
            }
            ExprKind::Subscript { .. } => {
                self.emit(Instr::Swap(3));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreSubscr);
            }
            ExprKind::Name(name) => self.name_op(name, Ctx::Store),
            _ => unreachable!("rejected above"),
        }
        self.restore_loc(old);
        Ok(())
    }

    /// Annotated assignment. Annotations of simple names at module and class
    /// level are evaluated for their side effects but not stored in
    /// `__annotations__` (a documented gap); inside functions they are not
    /// evaluated at all, as in CPython.
    /// `target: annotation [= value]` (CPython 3.11 `compiler_annassign`): the value
    /// is stored first; in a module or class body a simple name's annotation is then
    /// evaluated into `__annotations__[name]`, and a complex target's annotation is
    /// evaluated and dropped. Function bodies never evaluate annotations of locals.
    fn ann_assign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> CResult {
        let namespace = matches!(self.unit_ref().kind, UnitKind::Module | UnitKind::Class);
        if let Some(v) = value {
            self.expr(v)?;
            self.store_target(target)?;
        } else {
            // CPython's check_ann_expr: the target's parts are still evaluated.
            match &target.kind {
                ExprKind::Attribute { value, .. } => {
                    self.expr(value)?;
                    self.emit(Instr::PopTop);
                }
                ExprKind::Subscript { value, slice } => {
                    self.expr(value)?;
                    self.emit(Instr::PopTop);
                    self.expr(slice)?;
                    self.emit(Instr::PopTop);
                }
                _ => {}
            }
        }
        if !namespace {
            return Ok(());
        }
        match &target.kind {
            ExprKind::Name(name) if simple => {
                self.annotation(annotation)?;
                let i = self.unit().add_name("__annotations__");
                self.emit(Instr::LoadName(i));
                let mangled = self.mangle(name);
                self.load_const(Value::str(&mangled));
                self.emit(Instr::StoreSubscr);
            }
            // Under PEP 563 a complex target's annotation is not evaluated.
            _ if self.future_annotations => {}
            _ => {
                self.expr(annotation)?;
                self.emit(Instr::PopTop);
            }
        }
        Ok(())
    }

    fn for_stmt(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.iterable(iter)?;
        self.emit(Instr::GetIter);
        self.bind(start);
        self.push_fblock(FBlockKind::ForLoop, start, end)?;
        self.emit_jump(Instr::ForIter, cleanup);
        self.store_target(target)?;
        self.stmts(body)?;
        // The back-edge is artificial in CPython: a Ctrl-C there is reported at
        // the body's last instruction.
        let old = self.loc;
        if let Some(p) = self.unit_ref().inherited_position() {
            self.loc = p;
        }
        self.emit_jump(Instr::Jump, start);
        self.loc = old;
        self.pop_fblock();
        self.bind(cleanup);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    /// `async for` (CPython's `compiler_async_for`): `__anext__` is awaited under a
    /// handler whose `EndAsyncFor` ends the loop on StopAsyncIteration.
    fn async_for(
        &mut self,
        s: &Stmt,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        if self.is_top_level_await() {
            self.unit().force_coroutine = true;
        } else if self.unit_ref().kind != UnitKind::AsyncFunction {
            return Err(self.error("'async for' outside async function", s.span));
        }
        let start = self.new_label();
        let except = self.new_label();
        let end = self.new_label();
        self.expr(iter)?;
        self.emit(Instr::GetAIter);
        self.bind(start);
        self.push_fblock(FBlockKind::ForLoop, start, end)?;
        self.emit_jump(Instr::SetupFinally, except);
        self.emit(Instr::GetANext);
        self.load_const(Value::None);
        self.emit(Instr::Send(0));
        self.emit(Instr::PopBlock);
        self.store_target(target)?;
        self.stmts(body)?;
        self.emit_jump(Instr::Jump, start);
        self.pop_fblock();
        self.bind(except);
        let old = self.set_loc(iter.span);
        self.emit(Instr::EndAsyncFor);
        self.restore_loc(old);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    fn while_stmt(
        &mut self,
        s: &Stmt,
        test: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let top = self.new_label();
        let body_start = self.new_label();
        let anchor = self.new_label();
        let end = self.new_label();
        self.bind(top);
        self.push_fblock(FBlockKind::WhileLoop, top, end)?;
        self.jump_if(test, anchor, false)?;
        self.bind(body_start);
        self.stmts(body)?;
        // The test is repeated at the bottom, so an iteration costs one jump.
        let old = self.set_loc(s.span);
        self.jump_if(test, body_start, true)?;
        self.restore_loc(old);
        self.pop_fblock();
        self.bind(anchor);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    fn import(&mut self, alias: &Alias) {
        let i = self.unit().add_name(&alias.name);
        self.emit(Instr::ImportName(i));
        match &alias.asname {
            Some(asname) => {
                // `import a.b.c as d` binds the submodule: walk down from `a`.
                for part in alias.name.split('.').skip(1) {
                    let i = self.unit().add_name(part);
                    self.emit(Instr::LoadAttr(i));
                }
                self.name_op(&asname.name, Ctx::Store);
            }
            None => {
                let top = alias.name.split('.').next().unwrap_or(&alias.name);
                self.name_op(top, Ctx::Store);
            }
        }
    }
}

/// Does a module or class body annotate a name anywhere outside nested functions
/// and classes? (CPython's `find_ann`: such a body starts with `SetupAnnotations`.)
pub fn has_annotations(stmts: &[Stmt]) -> bool {
    stmts.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => has_annotations(body) || has_annotations(orelse),
        StmtKind::With { body, .. } => has_annotations(body),
        StmtKind::Match { cases, .. } => cases.iter().any(|c| has_annotations(&c.body)),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            has_annotations(body)
                || handlers.iter().any(|h| has_annotations(&h.body))
                || has_annotations(orelse)
                || has_annotations(finalbody)
        }
        _ => false,
    })
}
