//! Dict and set operations whose key comparisons may run script code
//! (`__eq__`/`__hash__` on instances): lookups hash once, then compare candidates
//! with the VM's `eq` (`Objects/dictobject.c`).

use crate::object::{Dict, Set};
use crate::vm::Vm;
use crate::RunResult;
use crate::Value;

impl Vm {
    /// `d.get(key)`.
    pub fn dict_get(&mut self, d: &Dict, key: &Value) -> RunResult<Option<Value>> {
        let _ = (d, key);
        todo!("ops: dict_get")
    }

    /// `d[key] = value`.
    pub fn dict_set(&mut self, d: &Dict, key: Value, value: Value) -> RunResult<()> {
        let _ = (d, key, value);
        todo!("ops: dict_set")
    }

    /// `d.pop(key, None)`: removes preserving order, returns the old value.
    pub fn dict_remove(&mut self, d: &Dict, key: &Value) -> RunResult<Option<Value>> {
        let _ = (d, key);
        todo!("ops: dict_remove")
    }

    /// `s.add(v)`.
    pub fn set_add(&mut self, s: &Set, v: Value) -> RunResult<()> {
        let _ = (s, v);
        todo!("ops: set_add")
    }

    /// `v in s`.
    pub fn set_contains(&mut self, s: &Set, v: &Value) -> RunResult<bool> {
        let _ = (s, v);
        todo!("ops: set_contains")
    }

    /// `s.discard(v)`; true if it was there.
    pub fn set_remove(&mut self, s: &Set, v: &Value) -> RunResult<bool> {
        let _ = (s, v);
        todo!("ops: set_remove")
    }
}
