//! dict: insertion-ordered, on the compact table of `ordered_table.rs` (CPython's
//! `Objects/dictobject.c` layout). Keys carry their Python hash; lookups take an
//! equality closure, so keys whose `__eq__` is script code can be compared by the VM
//! with the table released (`vm::ops::dict_ops`). `DictCell` stamps every mutable
//! borrow with a fresh version from one shared counter (CPython's `ma_version_tag`),
//! which the global and attribute caches compare.

use super::Value;
use std::cell::{Cell, Ref, RefCell, RefMut};
use std::hash::{Hash, Hasher};

/// A key with its precomputed `hash()`.
#[derive(Clone)]
pub struct HashKey {
    pub hash: u64,
    pub value: Value,
}

impl Hash for HashKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.hash);
    }
}

impl PartialEq for HashKey {
    /// Equality that needs no VM: identity, or equal builtin values. Lookups that may
    /// meet script-defined `__eq__` use the raw-entry API instead (`vm::dict_ops`).
    fn eq(&self, other: &HashKey) -> bool {
        self.hash == other.hash && super::native::simple_eq(&self.value, &other.value)
    }
}

impl Eq for HashKey {}

pub type DictMap = super::ordered_table::Table<Value>;

/// The dict's map with a keys version: a stamp renewed on every mutable borrow
/// of the map (except `borrow_mut_values`, whose callers only replace values), so
/// every route that can add or remove a key — all of which need `borrow_mut` —
/// bumps it. The `LoadGlobal` memo trusts "name absent from this globals dict"
/// only while the version it saw is unchanged (`vm/dispatch.rs`).
#[derive(Default)]
pub struct DictCell {
    cell: RefCell<DictMap>,
    version: Cell<u64>,
}

impl DictCell {
    #[inline(always)]
    pub fn borrow(&self) -> Ref<'_, DictMap> {
        self.cell.borrow()
    }

    /// A mutable borrow that may change the key set: bumps the keys version.
    #[inline(always)]
    pub fn borrow_mut(&self) -> RefMut<'_, DictMap> {
        self.bump();
        self.cell.borrow_mut()
    }

    pub fn try_borrow(&self) -> Result<Ref<'_, DictMap>, std::cell::BorrowError> {
        self.cell.try_borrow()
    }

    pub fn try_borrow_mut(&self) -> Result<RefMut<'_, DictMap>, std::cell::BorrowMutError> {
        self.bump();
        self.cell.try_borrow_mut()
    }

    /// A mutable borrow for replacing values of existing keys only: the caller
    /// must not insert, remove or reorder keys (the keys version is not bumped).
    #[inline(always)]
    pub fn borrow_mut_values(&self) -> RefMut<'_, DictMap> {
        self.cell.borrow_mut()
    }

    pub fn get_mut(&mut self) -> &mut DictMap {
        self.bump();
        self.cell.get_mut()
    }

    /// The keys version: changes whenever a key may have been added or removed.
    #[inline(always)]
    pub fn version(&self) -> u64 {
        self.version.get()
    }

    /// Gives the dict a fresh stamp from a counter shared by all dicts, so a
    /// version also tells dicts apart (a never-mutated dict keeps 0: it is empty).
    #[inline(always)]
    fn bump(&self) {
        let stamp = STAMP.with(|c| {
            let s = c.get().wrapping_add(1);
            c.set(s);
            s
        });
        self.version.set(stamp);
    }
}

thread_local! {
    /// The last keys-version stamp handed out (`DictCell::bump`).
    static STAMP: Cell<u64> = const { Cell::new(0) };
}

pub struct Dict {
    pub map: DictCell,
}

impl Dict {
    /// A copy of the entries, so no borrow is held while script code runs
    /// (`__eq__`, `__hash__` of other keys) over them.
    pub fn snapshot(&self) -> Vec<(HashKey, Value)> {
        self.map
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    }

    /// A copy of the keys, in order (as `snapshot`, for code that walks the
    /// names of a namespace while it may change).
    pub fn key_values(&self) -> Vec<Value> {
        self.map.borrow().keys().map(|k| k.value.clone()).collect()
    }

    pub fn new() -> Dict {
        Dict {
            map: DictCell::default(),
        }
    }

    /// Reads a str key without the VM (str equality never runs script code).
    pub fn get_str(&self, key: &str) -> Option<Value> {
        let k = HashKey {
            hash: super::Str::new(key).hash(),
            value: Value::str(key),
        };
        self.map.borrow().get(&k).cloned()
    }

    /// Reads an interned-str key without the VM.
    pub fn get_name(&self, key: &std::rc::Rc<super::Str>) -> Option<Value> {
        let k = HashKey {
            hash: key.hash(),
            value: Value::Str(key.clone()),
        };
        self.map.borrow().get(&k).cloned()
    }

    /// Whether an interned-str key is present, as `get_name(key).is_some()`
    /// with no key value built and no value cloned (asked on every method call
    /// on an instance whose dict the method cache has not seen).
    #[inline]
    pub fn has_name(&self, key: &std::rc::Rc<super::Str>) -> bool {
        // As `HashKey`'s equality: a str key by pointer or text; a key of
        // another kind (a str subclass instance) is not equal without the VM.
        self.map
            .borrow()
            .find(key.hash(), |k| match &k.value {
                Value::Str(s) => std::rc::Rc::ptr_eq(s, key) || **s == **key,
                _ => false,
            })
            .is_some()
    }

    /// Sets a str key without the VM.
    pub fn set_str(&self, key: &str, value: Value) {
        self.set_name(&super::Str::intern(key), value)
    }

    pub fn set_name(&self, key: &std::rc::Rc<super::Str>, value: Value) {
        self.set_name_at(key, value);
    }

    /// `set_name`, returning the key's position in the table (the
    /// `LoadGlobal` memo's index).
    pub fn set_name_at(&self, key: &std::rc::Rc<super::Str>, value: Value) -> usize {
        let k = HashKey {
            hash: key.hash(),
            value: Value::Str(key.clone()),
        };
        // Rebinding an existing name keeps the keys version (a `global` counter
        // bumped in a loop must not defeat the builtins memo); the old value is
        // dropped after the borrow ends, as its finaliser may touch this dict.
        // One lookup: a new name is appended at once (`self.x = v` in `__init__`).
        let (pos, old) = {
            let mut map = self.map.borrow_mut_values();
            match map.position(&k) {
                Some(pos) => match map.slot_mut(pos) {
                    Some((_, slot)) => (pos, Some(std::mem::replace(slot, value))),
                    None => (pos, None),
                },
                None => {
                    drop(map);
                    (self.map.borrow_mut().insert_new(k, value), None)
                }
            }
        };
        drop(old);
        pos
    }

    /// Removes a str key (the others keep their order); returns the old value.
    pub fn remove_name(&self, key: &std::rc::Rc<super::Str>) -> Option<Value> {
        let k = HashKey {
            hash: key.hash(),
            value: Value::Str(key.clone()),
        };
        self.map.borrow_mut().remove(&k)
    }

    pub fn len(&self) -> usize {
        self.map.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.borrow().is_empty()
    }
}

impl Default for Dict {
    fn default() -> Dict {
        Dict::new()
    }
}
