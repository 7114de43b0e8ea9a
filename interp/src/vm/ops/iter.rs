//! Iteration: `iter()` and `next()` over builtin containers (native iterator objects
//! with fast paths), generators (resumed through the VM), objects with
//! `__iter__`/`__next__`, and the old `__getitem__` sequence protocol.

use crate::vm::Vm;
use crate::RunResult;
use crate::Value;

impl Vm {
    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> RunResult<Value> {
        let _ = v;
        todo!("ops: get_iter")
    }

    /// `next(it)`: `Ok(None)` when exhausted (StopIteration swallowed).
    pub fn next(&mut self, iter: &Value) -> RunResult<Option<Value>> {
        let _ = iter;
        todo!("ops: next")
    }

    /// Every item of an iterable (`list(x)`, unpacking, `str.join`).
    pub fn collect(&mut self, iterable: &Value) -> RunResult<Vec<Value>> {
        let it = self.get_iter(iterable)?;
        let mut out = Vec::new();
        while let Some(v) = self.next(&it)? {
            out.push(v);
        }
        Ok(out)
    }
}
