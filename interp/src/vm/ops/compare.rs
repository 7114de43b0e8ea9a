//! Comparison and truth: rich comparison with reflected dunders and the
//! identity shortcut for `==` in containers, `in`, and `bool(v)`
//! (`Objects/object.c` `do_richcompare`, `PyObject_IsTrue`; `Objects/abstract.c`
//! `PySequence_Contains`).

use crate::vm::Vm;
use crate::RunResult;
use crate::Value;
use coil_parser::ast::CmpOp;

impl Vm {
    /// `a op b` for `<`, `<=`, `==`, `!=`, `>`, `>=` (any value, e.g. from `__lt__`).
    pub fn rich_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> RunResult<Value> {
        let _ = (a, b, op);
        todo!("ops: rich_compare")
    }

    /// `a == b` as a bool, with the identity shortcut containers use.
    pub fn eq(&mut self, a: &Value, b: &Value) -> RunResult<bool> {
        let _ = (a, b);
        todo!("ops: eq")
    }

    /// `bool(v)`: `__bool__`, then `__len__`.
    pub fn truthy(&mut self, v: &Value) -> RunResult<bool> {
        let _ = v;
        todo!("ops: truthy")
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> RunResult<bool> {
        let _ = (container, item);
        todo!("ops: contains")
    }
}
