//! Subscripts and length: indexing and slicing of str/list/tuple/range, dict lookup,
//! `__getitem__`/`__setitem__`/`__delitem__`/`__len__`, and CPython's errors
//! (`list index out of range`, `'int' object is not subscriptable`, …).

use crate::vm::Vm;
use crate::RunResult;
use crate::Value;

impl Vm {
    /// `obj[key]`.
    pub fn get_item(&mut self, obj: &Value, key: &Value) -> RunResult<Value> {
        let _ = (obj, key);
        todo!("ops: get_item")
    }

    /// `obj[key] = value`.
    pub fn set_item(&mut self, obj: &Value, key: &Value, value: Value) -> RunResult<()> {
        let _ = (obj, key, value);
        todo!("ops: set_item")
    }

    /// `del obj[key]`.
    pub fn del_item(&mut self, obj: &Value, key: &Value) -> RunResult<()> {
        let _ = (obj, key);
        todo!("ops: del_item")
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> RunResult<usize> {
        let _ = v;
        todo!("ops: len")
    }
}
