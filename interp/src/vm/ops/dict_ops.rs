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
use indexmap::Equivalent;
use std::cell::RefCell;
use std::hash::{Hash, Hasher};

/// A lookup key: hashes as the stored keys do, and remembers the candidates
/// with the same hash that need the VM to compare.
struct Probe<'a> {
    key: &'a HashKey,
    undecided: RefCell<Vec<Value>>,
}

impl Hash for Probe<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.key.hash);
    }
}

impl Equivalent<HashKey> for Probe<'_> {
    fn equivalent(&self, stored: &HashKey) -> bool {
        if stored.hash != self.key.hash {
            return false;
        }
        match fast_eq(&stored.value, &self.key.value) {
            Some(b) => b,
            None => {
                self.undecided.borrow_mut().push(stored.value.clone());
                false
            }
        }
    }
}

/// Finds one exact stored key (by identity) once the VM said it is equal.
struct Same<'a> {
    hash: u64,
    value: &'a Value,
}

impl Hash for Same<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.hash);
    }
}

impl Equivalent<HashKey> for Same<'_> {
    fn equivalent(&self, stored: &HashKey) -> bool {
        stored.hash == self.hash && stored.value.is(self.value)
    }
}

impl Vm {
    /// The position of `key` in `d`, if present.
    pub fn dict_find(&mut self, d: &Dict, key: &HashKey) -> RunResult<Option<usize>> {
        let probe = Probe {
            key,
            undecided: RefCell::new(Vec::new()),
        };
        if let Some(i) = d.map.borrow().get_index_of(&probe) {
            return Ok(Some(i));
        }
        for cand in probe.undecided.into_inner() {
            if self.eq(&cand, &key.value)? {
                let same = Same {
                    hash: key.hash,
                    value: &cand,
                };
                if let Some(i) = d.map.borrow().get_index_of(&same) {
                    return Ok(Some(i));
                }
            }
        }
        Ok(None)
    }

    /// `d.get(key)`.
    pub fn dict_get(&mut self, d: &Dict, key: &Value) -> RunResult<Option<Value>> {
        let hk = self.hash_key(key)?;
        self.dict_get_hashed(d, &hk)
    }

    /// `d.get(key)` with the hash already computed.
    pub fn dict_get_hashed(&mut self, d: &Dict, hk: &HashKey) -> RunResult<Option<Value>> {
        Ok(match self.dict_find(d, hk)? {
            Some(i) => d.map.borrow().get_index(i).map(|(_, v)| v.clone()),
            None => None,
        })
    }

    /// `d[key] = value`.
    pub fn dict_set(&mut self, d: &Dict, key: Value, value: Value) -> RunResult<()> {
        let hk = self.hash_key(&key)?;
        self.dict_set_hashed(d, hk, value)
    }

    /// `d[key] = value` with the hash already computed. An existing equal key
    /// keeps its place and its identity (`{1: 'a'}[1.0] = 'b'` leaves key `1`).
    pub fn dict_set_hashed(&mut self, d: &Dict, hk: HashKey, value: Value) -> RunResult<()> {
        match self.dict_find(d, &hk)? {
            Some(i) => {
                if let Some((_, slot)) = d.map.borrow_mut_values().get_index_mut(i) {
                    *slot = value;
                }
            }
            None => {
                d.map.borrow_mut().insert(hk, value);
            }
        }
        Ok(())
    }

    /// `d.pop(key, None)`: removes preserving order, returns the old value.
    pub fn dict_remove(&mut self, d: &Dict, key: &Value) -> RunResult<Option<Value>> {
        let hk = self.hash_key(key)?;
        Ok(match self.dict_find(d, &hk)? {
            Some(i) => d.map.borrow_mut().shift_remove_index(i).map(|(_, v)| v),
            None => None,
        })
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
    fn set_find(&mut self, s: &Set, key: &HashKey) -> RunResult<Option<usize>> {
        let probe = Probe {
            key,
            undecided: RefCell::new(Vec::new()),
        };
        if let Some(i) = s.items.borrow().get_index_of(&probe) {
            return Ok(Some(i));
        }
        for cand in probe.undecided.into_inner() {
            if self.eq(&cand, &key.value)? {
                let same = Same {
                    hash: key.hash,
                    value: &cand,
                };
                if let Some(i) = s.items.borrow().get_index_of(&same) {
                    return Ok(Some(i));
                }
            }
        }
        Ok(None)
    }

    /// `s.add(v)`.
    pub fn set_add(&mut self, s: &Set, v: Value) -> RunResult<()> {
        let hk = self.hash_key(&v)?;
        self.set_add_hashed(s, hk)
    }

    /// `s.add(v)` with the hash already computed.
    pub fn set_add_hashed(&mut self, s: &Set, hk: HashKey) -> RunResult<()> {
        if self.set_find(s, &hk)?.is_none() {
            s.items.borrow_mut().insert(hk);
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
            Some(i) => s.items.borrow_mut().shift_remove_index(i).is_some(),
            None => false,
        })
    }
}
