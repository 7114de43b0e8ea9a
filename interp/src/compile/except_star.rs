//! `try`/`except*` (PEP 654), laid out as CPython 3.11's
//! `compiler_try_star_except` (`Python/compile.c`) with Coil's handler blocks.
//! CPython keeps the previous handled exception and a `lasti` on the value stack;
//! here the frame keeps the handled exception (see `exceptions.rs`) and a
//! handler entry pushes only the exception, so list indices differ by those slots.
//! The runtime half (`CheckEgMatch`, `PrepReraiseStar`) is `vm/except_star.rs`.

use super::compiler::{CResult, Compiler, Ctx};
use super::unit::FBlockKind;
use crate::bytecode::Instr;
use crate::object::Value;
use coil_parser::ast::*;

impl<'a> Compiler<'a> {
    /// The body, `else` and handler entry are laid out as in `try_except`
    /// (up to `PushExcInfo` at `except:`, with the exception on the stack);
    /// the clauses then split it:
    /// ```text
    ///         BuildList 0; Copy 2                    [orig, res, exc]
    ///   per clause:
    ///         <type>; CheckEgMatch                   [orig, res, rest, match, matched]
    ///         PopJumpIfFalse no_match
    ///         StoreFast e (or PopTop)                [orig, res, rest]
    ///         SetupFinally raised
    ///         <handler body>
    ///         PopBlock; e = None; del e; Jump next
    /// raised: e = None; del e; ListAppend 2; Jump next   (the body raised)
    /// no_match: PopTop                               [orig, res, exc]
    /// next:   ...
    ///         ListAppend 1                           [orig, res + [rest]]
    ///         PrepReraiseStar                        [exc or None]
    ///         Copy 1; LoadConst None; IsOp 1; PopJumpIfTrue reraise
    ///         PopTop; PopBlock; PopExcept; Jump end
    /// reraise: PopBlock; PopExcept; Reraise
    /// cleanup: Reraise
    /// end:
    /// ```
    pub fn try_star_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult {
        let (end, cleanup) =
            self.try_body_and_entry(body, orelse, FBlockKind::ExceptionGroupHandler)?;
        let reraise = self.new_label();
        self.emit(Instr::BuildList(0));
        self.emit(Instr::Copy(2));
        for h in handlers {
            let old = self.set_loc(h.span);
            let Some(typ) = &h.typ else {
                return Err(self.error("expected one or more exception types", h.span));
            };
            let next = self.new_label();
            let no_match = self.new_label();
            let raised = self.new_label();
            self.expr(typ)?;
            self.emit(Instr::CheckEgMatch);
            self.emit_jump(Instr::PopJumpIfFalse, no_match);
            match &h.name {
                Some(name) => self.name_op(&name.name, Ctx::Store),
                None => {
                    self.emit(Instr::PopTop);
                }
            }
            self.emit_jump(Instr::SetupFinally, raised);
            let name = h.name.as_ref().map(|n| n.name.as_str());
            self.push_fblock(FBlockKind::HandlerCleanup(name), raised, next)?;
            self.stmts(&h.body)?;
            self.pop_fblock();
            self.emit(Instr::PopBlock);
            if let Some(name) = name {
                self.clear_name(name);
            }
            self.emit_jump(Instr::Jump, next);
            // The clause raised (or re-raised): unbind the name, keep what it raised.
            self.bind(raised);
            if let Some(name) = name {
                self.clear_name(name);
            }
            self.emit(Instr::ListAppend(2));
            self.emit_jump(Instr::Jump, next);
            self.bind(no_match);
            self.emit(Instr::PopTop);
            self.restore_loc(old);
            self.bind(next);
        }
        self.emit(Instr::ListAppend(1));
        self.pop_fblock();
        self.emit(Instr::PrepReraiseStar);
        self.emit(Instr::Copy(1));
        self.load_const(Value::None);
        self.emit(Instr::IsOp(true));
        self.emit_jump(Instr::PopJumpIfTrue, reraise);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopBlock);
        self.emit(Instr::PopExcept);
        self.emit_jump(Instr::Jump, end);
        self.bind(reraise);
        self.emit(Instr::PopBlock);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise);
        self.bind(cleanup);
        self.emit(Instr::Reraise);
        self.bind(end);
        Ok(())
    }
}
