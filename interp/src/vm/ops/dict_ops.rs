//! Dict and set operations whose key comparisons may run script code
//! (`__eq__`/`__hash__` on instances): lookups hash once, probe the table comparing
//! candidates with `fast_eq`, and only for candidates it cannot decide (instances)
//! release the table and ask the VM's `eq` — so a script `__eq__` that mutates the
//! dict cannot hit a borrowed table (`Objects/dictobject.c` `_Py_dict_lookup`).

use crate::object::dict::HashKey;
use crate::object::native::fast_eq;
use crate::object::{Dict, Set};
use crate::vm::Vm;
use crate::RunResult;
use crate::Value;

/// Compares a stored key with the probe `key` (hashes already equal) when that
/// needs no script code; a candidate only the VM can decide (an instance's
/// `__eq__`) is remembered in `undecided` and counts as different for now.
#[inline(always)]
fn probe_eq(stored: &HashKey, key: &HashKey, undecided: &mut Vec<Value>) -> bool {
    // Identity first (`PyObject_RichCompareBool`): one NaN object finds itself.
    if stored.value.is(&key.value) {
        return true;
    }
    match fast_eq(&stored.value, &key.value) {
        Some(b) => b,
        None => {
            undecided.push(stored.value.clone());
            false
        }
    }
}

/// A dict's or a set's hash table, for `Vm::table_find`.
trait HashTable {
    /// The position of the entry `eq` accepts among those with `hash`.
    fn find(&self, hash: u64, eq: impl FnMut(&HashKey) -> bool) -> Option<usize>;
}

impl HashTable for Dict {
    #[inline]
    fn find(&self, hash: u64, eq: impl FnMut(&HashKey) -> bool) -> Option<usize> {
        self.map.borrow().find(hash, eq)
    }
}

impl HashTable for Set {
    #[inline]
    fn find(&self, hash: u64, eq: impl FnMut(&HashKey) -> bool) -> Option<usize> {
        self.items.borrow().find(hash, eq)
    }
}

impl Vm {
    /// The position of `key` in `d`, if present.
    pub fn dict_find(&mut self, d: &Dict, key: &HashKey) -> RunResult<Option<usize>> {
        self.table_find(d, key)
    }

    /// The position of `key` in a dict's or a set's table: decided comparisons
    /// under the borrow, then script `__eq__` with the table released, after which
    /// the exact stored object (by identity) is looked up again, as it may be gone.
    #[inline]
    fn table_find<T: HashTable>(&mut self, table: &T, key: &HashKey) -> RunResult<Option<usize>> {
        let mut undecided = Vec::new();
        let found = table.find(key.hash, |stored| probe_eq(stored, key, &mut undecided));
        if found.is_some() {
            return Ok(found);
        }
        for cand in undecided {
            if self.eq(&cand, &key.value)? {
                let again = table.find(key.hash, |stored| stored.value.is(&cand));
                if again.is_some() {
                    return Ok(again);
                }
            }
        }
        Ok(None)
    }

    /// `d.get(key)`.
    pub fn dict_get(&mut self, d: &Dict, key: &Value) -> RunResult<Option<Value>> {
        // An exact str or int key is decided without the VM (the dispatch
        // loop's `d[k]` path); natives and dict subclasses come here.
        if let Some(pos) = crate::vm::fast_ops::dict_find_atom(d, key) {
            return Ok(pos.and_then(|i| d.map.borrow().slot(i).map(|(_, v)| v.clone())));
        }
        let hk = self.hash_key(key)?;
        self.dict_get_hashed(d, &hk)
    }

    /// `d.get(key)` with the hash already computed.
    pub fn dict_get_hashed(&mut self, d: &Dict, hk: &HashKey) -> RunResult<Option<Value>> {
        Ok(match self.dict_find(d, hk)? {
            Some(i) => d.map.borrow().slot(i).map(|(_, v)| v.clone()),
            None => None,
        })
    }

    /// `d[key] = value`.
    pub fn dict_set(&mut self, d: &Dict, key: Value, value: Value) -> RunResult<()> {
        let value = match crate::vm::fast_ops::dict_store(d, &key, value) {
            // The replaced value drops with no borrow of the table held.
            Ok(old) => {
                drop(old);
                return Ok(());
            }
            Err(value) => value,
        };
        let hk = self.hash_key(&key)?;
        self.dict_set_hashed(d, hk, value)
    }

    /// `d[key] = value` with the hash already computed. An existing equal key
    /// keeps its place and its identity (`{1: 'a'}[1.0] = 'b'` leaves key `1`).
    pub fn dict_set_hashed(&mut self, d: &Dict, hk: HashKey, value: Value) -> RunResult<()> {
        match self.dict_find(d, &hk)? {
            Some(i) => {
                if let Some((_, slot)) = d.map.borrow_mut_values().slot_mut(i) {
                    *slot = value;
                }
            }
            None => {
                d.map.borrow_mut().insert_new(hk, value);
            }
        }
        Ok(())
    }

    /// `d.pop(key, None)`: removes (a hole keeps the others' order), returns the old value.
    pub fn dict_remove(&mut self, d: &Dict, key: &Value) -> RunResult<Option<Value>> {
        let hk = self.hash_key(key)?;
        Ok(match self.dict_find(d, &hk)? {
            Some(i) => d.map.borrow_mut().remove_at(i).map(|(_, v)| v),
            None => None,
        })
    }

    /// `dst.update(src)` for a dict `src` (`dict(d)`, `d | e`, `d |= e`): over a
    /// snapshot of `src`, as `dst` may be `src` and `__eq__` may run.
    pub fn dict_merge(&mut self, dst: &Dict, src: &Dict) -> RunResult<()> {
        for (k, v) in src.snapshot() {
            self.dict_set_hashed(dst, k, v)?;
        }
        Ok(())
    }

    /// `d.update(pairs)` for an iterable of key/value pairs (CPython's messages).
    pub fn dict_update_from_pairs(&mut self, d: &Dict, pairs: &Value) -> RunResult<()> {
        let items = self.collect(pairs)?;
        for (n, item) in items.iter().enumerate() {
            let kv = match item {
                Value::Tuple(t) => t.items.to_vec(),
                Value::List(l) => l.items.borrow().clone(),
                other => match self.collect(other) {
                    Ok(v) => v,
                    Err(_) => {
                        return Err(self.type_error(format!(
                            "cannot convert dictionary update sequence element #{n} to a sequence"
                        )))
                    }
                },
            };
            if kv.len() != 2 {
                return Err(self.value_error(format!(
                    "dictionary update sequence element #{n} has length {}; 2 is required",
                    kv.len()
                )));
            }
            let mut it = kv.into_iter();
            let (k, v) = (it.next().expect("length 2"), it.next().expect("length 2"));
            self.dict_set(d, k, v)?;
        }
        Ok(())
    }

    /// The position of `key` in `s`, if present.
    pub(crate) fn set_find(&mut self, s: &Set, key: &HashKey) -> RunResult<Option<usize>> {
        self.table_find(s, key)
    }

    /// `s.add(v)`.
    pub fn set_add(&mut self, s: &Set, v: Value) -> RunResult<()> {
        let hk = self.hash_key(&v)?;
        self.set_add_hashed(s, hk)
    }

    /// `s.add(v)` with the hash already computed.
    pub fn set_add_hashed(&mut self, s: &Set, hk: HashKey) -> RunResult<()> {
        if self.set_find(s, &hk)?.is_none() {
            s.items.borrow_mut().insert_new(hk);
        }
        Ok(())
    }

    /// `v in s`.
    pub fn set_contains(&mut self, s: &Set, v: &Value) -> RunResult<bool> {
        let hk = self.hash_key(v)?;
        self.set_contains_hashed(s, &hk)
    }

    /// `v in s` with the hash already computed.
    pub fn set_contains_hashed(&mut self, s: &Set, hk: &HashKey) -> RunResult<bool> {
        Ok(self.set_find(s, hk)?.is_some())
    }

    /// `s.discard(v)`; true if it was there.
    pub fn set_remove(&mut self, s: &Set, v: &Value) -> RunResult<bool> {
        let hk = self.hash_key(v)?;
        Ok(match self.set_find(s, &hk)? {
            Some(i) => {
                s.dummies.set(true);
                s.items.borrow_mut().remove_at(i).is_some()
            }
            None => false,
        })
    }
}
