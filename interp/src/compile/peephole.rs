//! Peephole pass over assembled bytecode: marks common instruction sequences with
//! superinstructions (CPython 3.11 specialises at run time in
//! `Python/specialize.c`; 3.12's `LOAD_FAST__LOAD_CONST` is the static analogue).
//!
//! A superinstruction replaces only the first instruction of its sequence and the
//! rest stay in place: it skips them when its fast path applies and otherwise
//! behaves as the instruction it replaced. So no jump target moves, a jump into
//! the middle of a sequence still runs correct code, and positions (tracebacks)
//! are unchanged. Runs after the stack-depth analysis, which the originals define.

use crate::bytecode::Instr;
use crate::object::Value;

/// Rewrites `instrs` in place. Each position gets at most one
/// superinstruction, matched against the original sequence (so a rewritten
/// neighbour never hides a pattern), the first in the order below.
pub(crate) fn optimize(instrs: &mut [Instr], consts: &[Value]) {
    let orig = instrs.to_vec();
    let numeric = |j: u32| {
        matches!(
            consts.get(j as usize),
            Some(Value::Int(_) | Value::Float(_))
        )
    };
    let int = |j: u32| matches!(consts.get(j as usize), Some(Value::Int(_)));
    let small = |i: u32| u16::try_from(i).ok();
    for k in 0..orig.len() {
        let rest = &orig[k..];
        let new = match *rest {
            [Instr::LoadFast(i), Instr::LoadConst(j), Instr::CompareOp(op), Instr::PopJumpIfFalse(_) | Instr::PopJumpIfTrue(_), ..]
                if numeric(j) =>
            {
                small(i)
                    .zip(small(j))
                    .map(|(i, j)| Instr::LoadFastConstCompareJump(i, j, op))
            }
            // Ints and floats have no `__iop__`: for them `x op= c` is `x op c`,
            // and the fallback runs the `InplaceOp` itself. The `Then` forms
            // also run the store or jump that follows (`x = y + 1`, `i += 1`,
            // `if n % 2:`); deciding that here keeps the look at the next
            // instruction out of the plain forms.
            [Instr::LoadFast(i), Instr::LoadConst(j), Instr::BinaryOp(op) | Instr::InplaceOp(op), Instr::StoreFast(_) | Instr::PopJumpIfFalse(_) | Instr::PopJumpIfTrue(_), ..]
                if numeric(j) =>
            {
                small(i)
                    .zip(small(j))
                    .map(|(i, j)| Instr::LoadFastConstOpThen(i, j, op))
            }
            [Instr::LoadFast(i), Instr::LoadConst(j), Instr::BinaryOp(op) | Instr::InplaceOp(op), ..]
                if numeric(j) =>
            {
                small(i)
                    .zip(small(j))
                    .map(|(i, j)| Instr::LoadFastConstOp(i, j, op))
            }
            [Instr::LoadFast(i), Instr::LoadConst(j), Instr::BinarySubscr, ..] if int(j) => {
                small(i)
                    .zip(small(j))
                    .map(|(i, j)| Instr::LoadFastConstSubscr(i, j))
            }
            [Instr::LoadFast(i), Instr::LoadConst(j), Instr::Copy(2), Instr::Copy(2), Instr::BinarySubscr, ..]
                if int(j) =>
            {
                small(i)
                    .zip(small(j))
                    .map(|(i, j)| Instr::LoadFastConstCopySubscr(i, j))
            }
            [Instr::LoadFast(i), Instr::LoadFast(j), Instr::CompareOp(op), Instr::PopJumpIfFalse(_) | Instr::PopJumpIfTrue(_), ..] => {
                small(i)
                    .zip(small(j))
                    .map(|(i, j)| Instr::LoadFastFastCompareJump(i, j, op))
            }
            [Instr::LoadFast(i), Instr::LoadFast(j), Instr::BinarySubscr, ..] => small(i)
                .zip(small(j))
                .map(|(i, j)| Instr::LoadFastFastSubscr(i, j)),
            [Instr::LoadFast(i), Instr::LoadFast(j), Instr::BinaryOp(op) | Instr::InplaceOp(op), Instr::StoreFast(_) | Instr::PopJumpIfFalse(_) | Instr::PopJumpIfTrue(_), ..] => {
                small(i)
                    .zip(small(j))
                    .map(|(i, j)| Instr::LoadFastFastOpThen(i, j, op))
            }
            [Instr::LoadFast(i), Instr::LoadFast(j), Instr::BinaryOp(op) | Instr::InplaceOp(op), ..] => {
                small(i)
                    .zip(small(j))
                    .map(|(i, j)| Instr::LoadFastFastOp(i, j, op))
            }
            [Instr::LoadFast(i), Instr::LoadAttr(n), ..] => small(i)
                .zip(small(n))
                .map(|(i, n)| Instr::LoadFastAttr(i, n)),
            [Instr::LoadFast(i), Instr::StoreAttr(n), ..] => small(i)
                .zip(small(n))
                .map(|(i, n)| Instr::LoadFastStoreAttr(i, n)),
            [Instr::Copy(2), Instr::Copy(2), Instr::BinarySubscr, ..] => Some(Instr::CopySubscr),
            [Instr::InplaceOp(op), Instr::Swap(3), Instr::Swap(2), Instr::StoreSubscr, ..] => {
                Some(Instr::InplaceOpStoreSubscr(op))
            }
            _ => None,
        };
        if let Some(new) = new {
            instrs[k] = new;
        }
    }
}
