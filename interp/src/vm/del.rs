//! `__del__`: the finaliser of instances of script classes. Follows CPython 3.11
//! `Objects/typeobject.c` (`slot_tp_finalize`), `PyObject_CallFinalizerFromDealloc`
//! in `Objects/object.c`, and PEP 442 (a finaliser runs at most once per object).
//!
//! `Drop` cannot run script code, so `Drop for Instance` moves the object's
//! contents (class, dict, payload, slots) into a new instance marked finalised and
//! queues it in `vm/finalize.rs`; the VM drains the queue where its state is saved
//! (after the instruction that dropped the object, before any output, at exit), so
//! `del x; print("after")` prints `__del__`'s output first. The rebuilt object has
//! a new address: `id(self)` inside `__del__` differs from the one it had.
//! Garbage cycles: the collector queues unfinalised instances with `__del__`
//! instead of clearing (`gc/collector.rs`), and frees them in a later collection.

use super::Vm;
use crate::object::class::Payload;
use crate::object::{Dict, Instance, Str, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

thread_local! {
    static DEL_NAME: Rc<Str> = Str::intern("__del__");
}

/// The class's `__del__`, if the instance has one and has not been finalised.
fn finalizer(inst: &Instance) -> Option<Value> {
    if inst.finalized.get() {
        return None;
    }
    let cls_ref = inst.class.try_borrow().ok()?;
    let cls = &*cls_ref;
    // Most classes have no `__del__`: remembered per state of the MRO, so
    // freeing an instance walks no MRO.
    let version = super::attr_cache::mro_version(cls).wrapping_add(1);
    let cache = &cls.init_cache;
    if cache.del_version.get() == version && !cache.has_del.get() {
        return None;
    }
    let name = DEL_NAME.try_with(Rc::clone).ok()?;
    // A dict being changed right now (the object is dropped while its class's
    // dict is written) cannot be read: its finaliser is skipped.
    let readable = std::iter::once(cls)
        .chain(cls.mro.iter())
        .all(|c| c.dict.map.try_borrow().is_ok());
    if !readable {
        return None;
    }
    let found = cls.lookup(&name);
    cache.del_version.set(version);
    cache.has_del.set(found.is_some());
    found
}

/// True if freeing `inst` would run its `__del__` (asked by the collector).
pub(crate) fn needs_del(inst: &Instance) -> bool {
    finalizer(inst).is_some()
}

impl Drop for Instance {
    fn drop(&mut self) {
        // Weak references see the object go (`vm/weakref.rs`); one revived
        // for its `__del__` below lives on at another address, which they
        // cannot follow, so their callbacks run now.
        super::weakref::instance_dropped(self);
        if finalizer(self).is_none() {
            super::instance_dicts::recycle(&mut self.dict);
            return;
        }
        // CPython resurrects the object itself; here its contents move into a
        // new one, finalised once.
        let revived = Instance {
            class: RefCell::new(self.class.get_mut().clone()),
            dict: std::mem::replace(&mut self.dict, Rc::new(Dict::new())),
            payload: std::mem::replace(&mut self.payload, Payload::None),
            slots: std::mem::take(&mut self.slots),
            finalized: Cell::new(true),
        };
        super::finalize::queue_del(crate::gc::new(revived));
    }
}

impl Vm {
    /// Runs `inst.__del__()`; an exception is reported as CPython's
    /// "Exception ignored in: <function C.__del__ at …>".
    pub(crate) fn call_del(&mut self, inst: Rc<Instance>) {
        let cls = inst.class();
        let name = DEL_NAME.with(Rc::clone);
        let Some(f) = cls.lookup(&name) else { return };
        let obj = Value::Instance(inst);
        if let Err(e) = self.call_unbound(&f, &obj, &[]) {
            self.write_unraisable(&e, &f);
        }
    }
}
