//! The trashcan: dropping a deeply nested structure (a 100,000-deep list, a long
//! linked list of instances) must not recurse 100,000 times on the Rust stack.
//! Container drops past a fixed nesting depth hand their items to a thread-local
//! queue that the outermost drop empties iteratively (CPython's `Py_TRASHCAN_BEGIN`
//! in `Include/cpython/object.h`, same idea, same reason).

use crate::object::{Dict, List, Tuple, Value};
use std::cell::{Cell, RefCell};

use crate::limits::TRASHCAN_DEPTH as MAX_DEPTH;

thread_local! {
    static DEPTH: Cell<usize> = const { Cell::new(0) };
    static PENDING: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// Drops `items`, deferring them when container drops are already deeply nested.
pub fn drop_deep(items: Vec<Value>) {
    if items.iter().all(is_leaf) {
        // Nothing below can nest (a pair of ints yielded by a generator, an
        // exception's `args`): no depth to count, no queue to look at.
        drop(items);
        return;
    }
    drop_nested(items, |items| items);
}

/// True for a value whose drop cannot drop another container: numbers, strs,
/// bytes, the singletons (nor run a `__del__`, so the drop order of a
/// container of leaves is unobservable).
#[inline(always)]
pub(crate) fn is_leaf(v: &Value) -> bool {
    matches!(
        v,
        Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::BigInt(_)
            | Value::Complex(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::Ellipsis
            | Value::NotImplemented
    )
}

/// Drops `owned` one container level deeper; past `MAX_DEPTH` its values (from
/// `into_values`, called only then) go to the queue instead. Shallow drops, nearly
/// all of them, thus drop a container's storage in place with no copy.
fn drop_nested<T>(owned: T, into_values: impl FnOnce(T) -> Vec<Value>) {
    // During thread teardown the thread-locals may be gone: then drop directly
    // (`try_with` everywhere, since any of them may be destroyed first).
    let Ok(depth) = DEPTH.try_with(|d| d.get()) else {
        drop(owned);
        return;
    };
    if depth >= MAX_DEPTH {
        let mut items = Some(into_values(owned));
        let _ = PENDING.try_with(|p| {
            if let Ok(mut p) = p.try_borrow_mut() {
                p.extend(items.take().into_iter().flatten());
            }
        });
        drop(items);
        return;
    }
    set_depth(depth + 1);
    drop(owned);
    set_depth(depth);
    if depth == 0 {
        loop {
            let batch = PENDING
                .try_with(|p| {
                    p.try_borrow_mut()
                        .map(|mut p| std::mem::take(&mut *p))
                        .unwrap_or_default()
                })
                .unwrap_or_default();
            if batch.is_empty() {
                break;
            }
            set_depth(1);
            drop(batch);
            set_depth(0);
        }
    }
}

fn set_depth(n: usize) {
    let _ = DEPTH.try_with(|d| d.set(n));
}

// Lists and tuples release their items last to first (`list_dealloc`,
// `tupledealloc`): the order `__del__` methods run in (golden/finalize/del_order.py).
impl Drop for List {
    fn drop(&mut self) {
        if self.items.get_mut().iter().all(is_leaf) {
            return;
        }
        let mut items = std::mem::take(self.items.get_mut());
        items.reverse();
        drop_deep(items);
    }
}

impl Drop for Tuple {
    fn drop(&mut self) {
        if self.items.iter().all(is_leaf) {
            // Dropped in place by the field's own glue: order unobservable.
            return;
        }
        let mut items = std::mem::take(&mut self.items).into_vec();
        items.reverse();
        drop_deep(items);
    }
}

impl Drop for Dict {
    fn drop(&mut self) {
        let map = std::mem::take(self.map.get_mut());
        // Leaves only (an instance's `__dict__` of numbers and strs): the
        // table's own drop, with no depth to count.
        if map.iter().all(|(k, v)| is_leaf(&k.value) && is_leaf(v)) {
            return;
        }
        // Each entry's key, then its value, in insertion order (`free_keys_object`):
        // the table's own drop order, kept when the entries are queued.
        drop_nested(map, |map| {
            let mut items = Vec::with_capacity(map.len() * 2);
            for (k, v) in map {
                items.push(k.value);
                items.push(v);
            }
            items
        });
    }
}
