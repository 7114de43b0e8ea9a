//! Arithmetic and bitwise operators: int (inline i64 promoting to BigInt), float,
//! bool, str/list/tuple concatenation and repetition, then `__op__`/`__rop__`
//! dispatch with NotImplemented, and CPython's TypeError text
//! (`Objects/abstract.c` `binary_op1`, `Objects/longobject.c`, `Objects/floatobject.c`).

use crate::vm::Vm;
use crate::RunResult;
use crate::Value;
use coil_parser::ast::{BinOp, UnaryOp};

impl Vm {
    /// `a op b`.
    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinOp) -> RunResult<Value> {
        let _ = (a, b, op);
        todo!("ops: binary_op")
    }

    /// `a op= b`: `__iop__` first, then as `binary_op`.
    pub fn inplace_op(&mut self, a: &Value, b: &Value, op: BinOp) -> RunResult<Value> {
        let _ = (a, b, op);
        todo!("ops: inplace_op")
    }

    /// `-v`, `+v`, `~v`, `not v`.
    pub fn unary_op(&mut self, v: &Value, op: UnaryOp) -> RunResult<Value> {
        let _ = (v, op);
        todo!("ops: unary_op")
    }
}
