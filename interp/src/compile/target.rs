//! Assignment targets: the value to store is on top of the stack; names,
//! attributes and subscripts consume it, tuples and lists unpack it first
//! (`UnpackSequence`, or `UnpackEx` around one starred target), as CPython 3.11's
//! `compiler_visit_expr1` (Store context) and `unpack_helper` do.

use super::compiler::{CResult, Compiler, Ctx};
use crate::bytecode::Instr;
use coil_parser::ast::*;

impl<'a> Compiler<'a> {
    /// Stores the top of the stack into `target`, popping it.
    pub fn store_target(&mut self, target: &'a Expr) -> CResult {
        let old = self.set_loc(target.span);
        let result = self.store_target_inner(target);
        self.restore_loc(old);
        result
    }

    /// `value.attr` stored into (`Ctx::Store`, the value below on the stack)
    /// or deleted (`Ctx::Del`); the instruction points at the attribute name,
    /// as CPython's traceback carets do.
    pub(super) fn attribute_target(
        &mut self,
        target: &'a Expr,
        value: &'a Expr,
        attr: &'a Ident,
        ctx: Ctx,
    ) -> CResult {
        self.expr(value)?;
        let pos = self.attr_position(target.span, &attr.name);
        let i = self.attr_name(&attr.name);
        let instr = match ctx {
            Ctx::Del => Instr::DeleteAttr(i),
            _ => Instr::StoreAttr(i),
        };
        self.emit_at(instr, pos);
        Ok(())
    }

    /// `value[slice]` stored into or deleted, as `attribute_target`.
    pub(super) fn subscript_target(
        &mut self,
        value: &'a Expr,
        slice: &'a Expr,
        ctx: Ctx,
    ) -> CResult {
        self.expr(value)?;
        self.expr(slice)?;
        self.emit(match ctx {
            Ctx::Del => Instr::DeleteSubscr,
            _ => Instr::StoreSubscr,
        });
        Ok(())
    }

    fn store_target_inner(&mut self, target: &'a Expr) -> CResult {
        match &target.kind {
            ExprKind::Name(name) => self.name_op(name, Ctx::Store),
            ExprKind::Attribute { value, attr } => {
                self.attribute_target(target, value, attr, Ctx::Store)?
            }
            ExprKind::Subscript { value, slice } => {
                self.subscript_target(value, slice, Ctx::Store)?
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                self.unpack(target, items)?;
                for item in items {
                    let inner = match &item.kind {
                        ExprKind::Starred(inner) => inner,
                        _ => item,
                    };
                    self.store_target(inner)?;
                }
            }
            ExprKind::Starred(_) => {
                return Err(self.error(
                    "starred assignment target must be in a list or tuple",
                    target.span,
                ))
            }
            _ => {
                return Err(self.error("cannot assign to expression", target.span));
            }
        }
        Ok(())
    }

    /// `unpack_helper`: one `UnpackSequence`, or `UnpackEx` with the counts
    /// before and after the starred target.
    fn unpack(&mut self, target: &Expr, items: &[Expr]) -> CResult {
        let mut star = None;
        for (i, item) in items.iter().enumerate() {
            if matches!(item.kind, ExprKind::Starred(_)) {
                if star.is_some() {
                    return Err(self.error("multiple starred expressions in assignment", item.span));
                }
                star = Some(i);
            }
        }
        match star {
            Some(i) => {
                let after = items.len() - i - 1;
                if i > u16::MAX as usize || after > u16::MAX as usize {
                    return Err(self.error(
                        "too many expressions in star-unpacking assignment",
                        target.span,
                    ));
                }
                self.emit(Instr::UnpackEx(i as u16, after as u16));
            }
            None => {
                self.emit(Instr::UnpackSequence(items.len() as u32));
            }
        }
        Ok(())
    }
}
