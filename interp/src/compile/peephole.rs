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

/// Rewrites `instrs` in place.
pub(crate) fn optimize(instrs: &mut [Instr], consts: &[Value]) {
    for k in 0..instrs.len().saturating_sub(3) {
        if let [Instr::LoadFast(i), Instr::LoadConst(j), Instr::CompareOp(op), Instr::PopJumpIfFalse(_) | Instr::PopJumpIfTrue(_)] =
            instrs[k..k + 4]
        {
            let numeric = matches!(
                consts.get(j as usize),
                Some(Value::Int(_) | Value::Float(_))
            );
            if let (Ok(i), Ok(j), true) = (u16::try_from(i), u16::try_from(j), numeric) {
                instrs[k] = Instr::LoadFastConstCompareJump(i, j, op);
            }
        }
    }
    for k in 0..instrs.len().saturating_sub(2) {
        if let [Instr::LoadFast(i), Instr::LoadConst(j), Instr::BinaryOp(op)] = instrs[k..k + 3] {
            let numeric = matches!(
                consts.get(j as usize),
                Some(Value::Int(_) | Value::Float(_))
            );
            if let (Ok(i), Ok(j), true) = (u16::try_from(i), u16::try_from(j), numeric) {
                instrs[k] = Instr::LoadFastConstOp(i, j, op);
            }
        }
    }
}
