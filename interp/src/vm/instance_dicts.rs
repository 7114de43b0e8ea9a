//! Recycled instance dicts. Making an instance of a plain class costs three
//! allocations (the instance, its dict, the dict's entries) and freeing it three
//! frees; CPython 3.11 keeps the attribute values inline in the object instead
//! (`_PyObject_InitializeDict`, `Objects/dictobject.c` split keys). Here a freed
//! instance without `__del__` whose dict nobody else holds (no `obj.__dict__`
//! reference, no weak one) and whose values are all leaves (numbers, strs: their
//! drop order is unobservable, `vm/trashcan.rs`) gives the emptied dict, entries
//! allocation kept, to a small per-thread pool; `cls(...)` takes from it
//! (`vm/init_frame.rs`). An emptied dict is exactly a fresh one that has had its
//! first insertion: the same room before its first resize (`Table::reset_small`),
//! and a fresh keys version (`DictCell::get_mut`), so no cache can mistake it for
//! the dict it was.

use crate::object::{Dict, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// Dicts kept at most: enough for the instances a loop makes and drops.
const POOL_MAX: usize = 32;

thread_local! {
    static POOL: RefCell<Vec<Rc<Dict>>> = const { RefCell::new(Vec::new()) };
    /// What a recycled dict's slot holds while its instance finishes dropping.
    static PLACEHOLDER: Rc<Dict> = Rc::new(Dict::new());
}

/// An empty dict for a new instance.
#[inline]
pub(crate) fn take() -> Rc<Dict> {
    POOL.try_with(|p| p.try_borrow_mut().ok()?.pop())
        .ok()
        .flatten()
        .unwrap_or_else(|| Rc::new(Dict::new()))
}

/// Called by a freed instance without a finaliser: keeps its dict (emptied) when
/// the module header's conditions hold.
#[inline]
pub(crate) fn recycle(slot: &mut Rc<Dict>) {
    let Some(d) = Rc::get_mut(slot) else { return };
    let leaf = |k: &crate::object::HashKey, v: &Value| {
        super::trashcan::is_leaf(&k.value) && super::trashcan::is_leaf(v)
    };
    if !d.map.get_mut().reset_small(leaf) {
        return;
    }
    let _ = POOL.try_with(|p| {
        let Ok(mut p) = p.try_borrow_mut() else {
            return;
        };
        if p.len() < POOL_MAX {
            if let Ok(placeholder) = PLACEHOLDER.try_with(Rc::clone) {
                p.push(std::mem::replace(slot, placeholder));
            }
        }
    });
}
