//! `try`/`except`/`else`/`finally` and `with`/`async with`, laid out as CPython
//! 3.11's `compiler_try_except`, `compiler_try_finally`, `compiler_with` and
//! `compiler_async_with` (`Python/compile.c`), with handler blocks
//! (`SetupFinally`/`SetupWith` … `PopBlock`) where CPython has its exception
//! table. CPython keeps the previously handled exception on the value stack
//! (PUSH_EXC_INFO/POP_EXCEPT); here the frame keeps it (`PushExcInfo` pushes onto
//! the frame's handled-exception list, `PopExcept` pops it, and a handler block
//! truncates it), so the layouts differ from CPython's only by that slot.

use super::compiler::{CResult, Compiler, Ctx};
use super::unit::{FBlockKind, Label, UnitKind};
use crate::bytecode::Instr;
use crate::object::Value;
use coil_parser::ast::*;

impl<'a> Compiler<'a> {
    /// `try` with `except` or `except*` clauses (`except_star.rs`).
    pub fn try_handlers(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        is_star: bool,
    ) -> CResult {
        if is_star {
            self.try_star_except(body, handlers, orelse)
        } else {
            self.try_except(body, handlers, orelse)
        }
    }

    /// Lays out what `try_except` and `try_star_except` share: the body under
    /// `SetupFinally except`, `else` on the normal path, then the handler
    /// entry (`except:` up to `PushExcInfo`, inside a `handler` block). Returns
    /// the `end` and `cleanup` labels the clauses jump to.
    pub(super) fn try_body_and_entry(
        &mut self,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        handler: FBlockKind<'a>,
    ) -> CResult<(Label, Label)> {
        let except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.emit_jump(Instr::SetupFinally, except);
        self.push_fblock(FBlockKind::TryExcept, except, end)?;
        self.stmts(body)?;
        self.pop_fblock();
        self.emit(Instr::PopBlock);
        self.stmts(orelse)?;
        self.emit_jump(Instr::Jump, end);

        self.bind(except);
        self.emit_jump(Instr::SetupFinally, cleanup);
        self.emit(Instr::PushExcInfo);
        self.push_fblock(handler, except, end)?;
        Ok((end, cleanup))
    }

    /// ```text
    ///         SetupFinally except
    ///         <body>
    ///         PopBlock
    ///         <orelse>
    ///         Jump end
    /// except: (stack: exc)
    ///         SetupFinally cleanup
    ///         PushExcInfo
    ///         <type>; CheckExcMatch; PopJumpIfFalse next   (per clause)
    ///         StoreFast e; SetupFinally cleanup_end      (`as e`; else PopTop)
    ///         <handler body>
    ///         PopBlock; PopBlock; PopExcept; e = None; del e; Jump end
    /// cleanup_end: e = None; del e; Reraise              (handler body raised)
    /// next:   ... Reraise                                 (no clause matched)
    /// cleanup: Reraise                                    (restores handled list)
    /// end:
    /// ```
    pub fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult {
        let (end, cleanup) = self.try_body_and_entry(body, orelse, FBlockKind::ExceptionHandler)?;
        for (i, h) in handlers.iter().enumerate() {
            let old = self.set_loc(h.span);
            if h.typ.is_none() && i + 1 < handlers.len() {
                return Err(self.error("default 'except:' must be last", h.span));
            }
            let next = self.new_label();
            if let Some(typ) = &h.typ {
                self.expr(typ)?;
                self.emit(Instr::CheckExcMatch);
                self.emit_jump(Instr::PopJumpIfFalse, next);
            }
            if let Some(name) = &h.name {
                let cleanup_end = self.new_label();
                self.name_op(&name.name, Ctx::Store);
                self.emit_jump(Instr::SetupFinally, cleanup_end);
                self.push_fblock(FBlockKind::HandlerCleanup(Some(&name.name)), next, end)?;
                self.stmts(&h.body)?;
                self.pop_fblock();
                self.emit(Instr::PopBlock);
                self.emit(Instr::PopBlock);
                self.emit(Instr::PopExcept);
                self.clear_name(&name.name);
                self.emit_jump(Instr::Jump, end);
                // The handler body raised: still unbind the name, then propagate.
                self.bind(cleanup_end);
                self.clear_name(&name.name);
                self.emit(Instr::Reraise);
            } else {
                self.emit(Instr::PopTop);
                self.push_fblock(FBlockKind::HandlerCleanup(None), next, end)?;
                self.stmts(&h.body)?;
                self.pop_fblock();
                self.emit(Instr::PopBlock);
                self.emit(Instr::PopExcept);
                self.emit_jump(Instr::Jump, end);
            }
            self.restore_loc(old);
            self.bind(next);
        }
        self.pop_fblock();
        self.emit(Instr::Reraise);
        self.bind(cleanup);
        self.emit(Instr::Reraise);
        self.bind(end);
        Ok(())
    }

    /// ```text
    ///         SetupFinally handler
    ///         <body, or the whole try/except>
    ///         PopBlock
    ///         <finalbody>                 (normal exit)
    ///         Jump exit
    /// handler: (stack: exc)
    ///         SetupFinally cleanup
    ///         PushExcInfo
    ///         <finalbody>                 (exceptional exit; exc stays on the stack)
    ///         Reraise
    /// cleanup: Reraise
    /// exit:
    /// ```
    /// `break`/`continue`/`return` inside the body emit a third copy of the
    /// finally body before jumping (see `unwind_fblock`).
    pub fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        is_star: bool,
    ) -> CResult {
        let handler = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.emit_jump(Instr::SetupFinally, handler);
        self.push_fblock(FBlockKind::FinallyTry(finalbody), handler, exit)?;
        if handlers.is_empty() {
            self.stmts(body)?;
        } else {
            self.try_handlers(body, handlers, orelse, is_star)?;
        }
        self.emit(Instr::PopBlock);
        self.pop_fblock();
        self.stmts(finalbody)?;
        self.emit_jump(Instr::Jump, exit);

        self.bind(handler);
        self.emit_jump(Instr::SetupFinally, cleanup);
        self.emit(Instr::PushExcInfo);
        self.push_fblock(FBlockKind::FinallyEnd, handler, exit)?;
        self.stmts(finalbody)?;
        self.pop_fblock();
        self.emit(Instr::Reraise);
        self.bind(cleanup);
        self.emit(Instr::Reraise);
        self.bind(exit);
        Ok(())
    }

    /// ```text
    ///         <mgr>
    ///         BeforeWith                  [exit, enter_result]
    ///           (async: BeforeAsyncWith; LoadConst None; Send)
    ///         SetupWith final             handler depth: [exit]
    ///         <store target> or PopTop
    ///         <body or the next item>
    ///         PopBlock
    ///         LoadConst None x3; Call 3; (async: await) PopTop
    ///         Jump exit
    /// final:  (stack: exit, exc)
    ///         SetupFinally cleanup
    ///         PushExcInfo
    ///         WithExceptStart             [exit, exc, result]  (async: await it)
    ///         PopJumpIfTrue suppress
    ///         Reraise
    /// cleanup: Reraise
    /// suppress: PopTop; PopBlock; PopExcept; PopTop
    /// exit:
    /// ```
    pub fn with_stmt(
        &mut self,
        s: &'a Stmt,
        items: &'a [WithItem],
        body: &'a [Stmt],
        pos: usize,
        is_async: bool,
    ) -> CResult {
        if is_async {
            if self.is_top_level_await() {
                self.unit().force_coroutine = true;
            } else if self.unit_ref().kind != UnitKind::AsyncFunction {
                return Err(self.error("'async with' outside async function", s.span));
            }
        }
        let Some(item) = items.get(pos) else {
            return self.stmts(body);
        };
        let final_ = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        self.expr(&item.context_expr)?;
        if is_async {
            self.emit(Instr::BeforeAsyncWith);
            self.load_const(Value::None);
            self.emit(Instr::Send(0));
        } else {
            self.emit(Instr::BeforeWith);
        }
        self.emit_jump(Instr::SetupWith, final_);
        let kind = if is_async {
            FBlockKind::AsyncWith(s.span)
        } else {
            FBlockKind::With(s.span)
        };
        self.push_fblock(kind, final_, exit)?;
        match &item.optional_vars {
            Some(target) => self.store_target(target)?,
            None => {
                self.emit(Instr::PopTop);
            }
        }
        if pos + 1 < items.len() {
            self.with_stmt(s, items, body, pos + 1, is_async)?;
        } else {
            self.stmts(body)?;
        }
        self.emit(Instr::PopBlock);
        self.pop_fblock();
        self.call_exit_with_nones();
        if is_async {
            self.emit_await();
        }
        self.emit(Instr::PopTop);
        self.emit_jump(Instr::Jump, exit);

        self.bind(final_);
        self.emit_jump(Instr::SetupFinally, cleanup);
        self.emit(Instr::PushExcInfo);
        self.emit(Instr::WithExceptStart);
        if is_async {
            self.emit_await();
        }
        self.emit_jump(Instr::PopJumpIfTrue, suppress);
        self.emit(Instr::Reraise);
        self.bind(cleanup);
        self.emit(Instr::Reraise);
        self.bind(suppress);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopBlock);
        self.emit(Instr::PopExcept);
        self.emit(Instr::PopTop);
        self.bind(exit);
        Ok(())
    }
}
