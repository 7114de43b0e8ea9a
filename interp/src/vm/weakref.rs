//! The interpreter's side of weak references (CPython 3.11
//! `Objects/weakrefobject.c`, `PyObject_ClearWeakRefs`): which objects are
//! watched, and what happens when one is freed.
//!
//! A weak reference itself is a `Weak` pointer (`stdlib/src/modules/weakref.rs`);
//! only callbacks need the interpreter. When a watched instance is freed, `Drop for
//! Instance` looks its address up here and queues each callback whose weak
//! reference is still alive on the finalisation queue (`vm/finalize.rs`), which the
//! VM drains after the freeing instruction and before any output, so
//! `del obj; print("after")` prints what the callback printed first, as CPython.
//! Instances are the only objects with callbacks (functions and classes can be
//! referenced weakly, but their callbacks never run).

use crate::object::{Instance, Value};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Weak;

/// One callback waiting for an object's death.
struct Watch {
    /// Only while the weak reference object lives does its callback run; None for
    /// `weakref.finalize`, which is kept alive by its own registry.
    owner: Option<Weak<Instance>>,
    callback: Value,
    args: Vec<Value>,
    token: u64,
}

thread_local! {
    /// Watched objects by address (`Rc::as_ptr`), callbacks in registration order.
    static WATCHED: RefCell<HashMap<usize, Vec<Watch>>> = RefCell::new(HashMap::new());
    /// Whether anything was ever watched: the cheap test on every instance drop.
    static ACTIVE: Cell<bool> = const { Cell::new(false) };
    static NEXT_TOKEN: Cell<u64> = const { Cell::new(1) };
}

/// Calls `callback(*args)` when the object at `addr` is freed, unless `owner` (the
/// weak reference object) died first or the token is cancelled. Returns the token.
pub fn watch(addr: usize, owner: Option<Weak<Instance>>, callback: Value, args: Vec<Value>) -> u64 {
    let token = NEXT_TOKEN.with(|n| {
        let t = n.get();
        n.set(t + 1);
        t
    });
    ACTIVE.with(|a| a.set(true));
    WATCHED.with(|w| {
        w.borrow_mut().entry(addr).or_default().push(Watch {
            owner,
            callback,
            args,
            token,
        })
    });
    token
}

/// Cancels a callback (`finalize.detach()`); true if it was still waiting.
pub fn unwatch(token: u64) -> bool {
    WATCHED.with(|w| {
        let mut w = w.borrow_mut();
        let mut found = false;
        w.retain(|_, list| {
            let before = list.len();
            list.retain(|x| x.token != token);
            found |= list.len() != before;
            !list.is_empty()
        });
        found
    })
}

/// Whether a callback with this token still waits.
pub fn is_watched(token: u64) -> bool {
    WATCHED.with(|w| {
        w.borrow()
            .values()
            .any(|l| l.iter().any(|x| x.token == token))
    })
}

/// The object at `addr` is being freed: queue its callbacks, newest first (as
/// CPython calls the callbacks of a weakref list from its head).
fn freed(addr: usize) {
    let list = WATCHED.with(|w| w.try_borrow_mut().ok().and_then(|mut w| w.remove(&addr)));
    let Some(list) = list else { return };
    for watch in list.into_iter().rev() {
        let mut args = watch.args;
        if let Some(owner) = &watch.owner {
            match owner.upgrade() {
                Some(r) => args.insert(0, Value::Instance(r)),
                None => continue,
            }
        }
        super::finalize::queue_call(watch.callback, args);
    }
}

/// Called from `Instance`'s `Drop` (`vm/del.rs`): queues the callbacks of the
/// weak references to it, if any module uses weak references.
pub(crate) fn instance_dropped(inst: &Instance) {
    if ACTIVE.with(|a| a.get()) {
        freed(inst as *const Instance as usize);
    }
}

impl crate::vm::Vm {
    /// `obj.__weakref__`: the oldest live weak reference to `obj`, or None
    /// (`weakref.getweakrefs` knows them; without the module there are none).
    pub(crate) fn first_weakref(&mut self, obj: &Value) -> crate::RunResult<Value> {
        let Some(m) = self.modules.get_str("weakref") else {
            return Ok(Value::None);
        };
        let f = self.get_attr(&m, &crate::object::Str::intern("getweakrefs"))?;
        let refs = self.call_value(&f, std::slice::from_ref(obj))?;
        Ok(match refs {
            Value::List(l) => l.items.borrow().first().cloned().unwrap_or(Value::None),
            _ => Value::None,
        })
    }
}
