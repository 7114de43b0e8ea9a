//! `hash()`: CPython's numeric hash (so `hash(1) == hash(1.0) == hash(True)`), str
//! hashes, tuple hashing, `__hash__` (and `__eq__` without `__hash__` making a class
//! unhashable), and "unhashable type" errors (`Python/pyhash.c`, `Objects/tupleobject.c`).

use crate::object::HashKey;
use crate::vm::Vm;
use crate::RunResult;
use crate::Value;

impl Vm {
    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> RunResult<i64> {
        let _ = v;
        todo!("ops: hash")
    }

    /// The dict/set key for `v` (its hash computed once).
    pub fn hash_key(&mut self, v: &Value) -> RunResult<HashKey> {
        let hash = self.hash(v)? as u64;
        Ok(HashKey {
            hash,
            value: v.clone(),
        })
    }
}
