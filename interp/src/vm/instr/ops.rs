//! The operator instructions' slow paths not reached through a fast path in the
//! dispatch loop: `UnaryPositive`, `UnaryInvert`, `DeleteAttr`, `DeleteSubscr`
//! (CPython 3.11's `UNARY_POSITIVE`, `UNARY_INVERT`, `DELETE_ATTR`,
//! `DELETE_SUBSCR`). The protocol itself is `vm/ops/`; int/float fast paths are
//! `vm/fast_ops.rs`.

use crate::bytecode::CodeObject;
use crate::vm::Vm;
use crate::RunResult;
use coil_parser::ast::UnaryOp;

impl Vm {
    /// `UnaryPositive` / `UnaryInvert` / `UnaryNegative` off its fast path.
    pub(crate) fn unary_instr(&mut self, op: UnaryOp) -> RunResult<()> {
        let v = self.pop();
        let r = self.unary_op(&v, op)?;
        self.push(r);
        Ok(())
    }

    /// `DeleteAttr(i)`: `[obj] -> []`.
    pub(crate) fn delete_attr_instr(&mut self, code: &CodeObject, i: u32) -> RunResult<()> {
        let obj = self.pop();
        self.del_attr(&obj, &code.names[i as usize])
    }

    /// `DeleteSubscr`: `[obj, key] -> []`.
    pub(crate) fn delete_subscr(&mut self) -> RunResult<()> {
        let key = self.pop();
        let obj = self.pop();
        self.del_item(&obj, &key)
    }
}
