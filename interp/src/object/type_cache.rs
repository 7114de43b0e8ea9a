//! The type attribute cache: what a class's MRO lookup of a name found, kept for
//! one state of that MRO (CPython's `method_cache` in `Objects/typeobject.c`,
//! which `_PyType_Lookup` consults before walking the MRO).
//!
//! Why: special-method dispatch (`obj[k]` on a dict subclass, `__missing__`,
//! `__eq__`, `__hash__`, `__iter__`, `__enter__`) looks a name up along the MRO
//! each time, one hash probe per class; a `Counter` update costs three such walks.
//!
//! An entry is direct-mapped by the class address and the interned name's
//! address. It holds a `Weak` of the class, so the address cannot be reused by
//! another class while the entry holds it, and the sum of the versions of the
//! class and its MRO (`Class::mro_version`). Names are compared by identity: a name that is
//! not the interned one simply misses and walks the MRO.

use super::{Class, Str, Value};
use std::cell::RefCell;
use std::rc::{Rc, Weak};

const WAYS: usize = 256;

struct Entry {
    class: Weak<Class>,
    name: Rc<Str>,
    version: u64,
    found: Option<Value>,
}

/// The cache's ways (one per VM, `Vm::type_cache`).
pub struct TypeCache(RefCell<Box<[Option<Entry>]>>);

impl Default for TypeCache {
    fn default() -> Self {
        TypeCache(RefCell::new((0..WAYS).map(|_| None).collect()))
    }
}

fn way(cls: &Rc<Class>, name: &Rc<Str>) -> usize {
    let a = Rc::as_ptr(cls) as usize;
    let b = Rc::as_ptr(name) as usize;
    ((a >> 4) ^ (b >> 3).wrapping_mul(31)) % WAYS
}

impl TypeCache {
    /// `cls.lookup(name)` through the cache.
    pub fn lookup(&self, cls: &Rc<Class>, name: &Rc<Str>) -> Option<Value> {
        let version = cls.mro_version();
        let w = way(cls, name);
        if let Some(Some(e)) = self.0.borrow().get(w) {
            if std::ptr::eq(e.class.as_ptr(), Rc::as_ptr(cls))
                && Rc::ptr_eq(&e.name, name)
                && e.version == version
            {
                return e.found.clone();
            }
        }
        let found = cls.lookup(name);
        let entry = Entry {
            class: Rc::downgrade(cls),
            name: name.clone(),
            version,
            found: found.clone(),
        };
        // The replaced entry drops after the borrow ends: the value it held may
        // be the last reference to an object whose drop runs a finaliser.
        let old = self
            .0
            .borrow_mut()
            .get_mut(w)
            .and_then(|e| e.replace(entry));
        drop(old);
        found
    }
}
