//! Spare small tuples, CPython's tuple free lists (`Objects/tupleobject.c`,
//! `_Py_tuple_state.free_list`): `a, b = pair` of a tuple nobody else holds
//! moves its items out and keeps the emptied tuple, and the next `BuildTuple`
//! of that length writes its items into it. A tuple is two allocations here
//! (the record and its item slice), so a `yield prev, x` / `for a, b in ...`
//! or `return q, r` / `q, r = f()` round trip then allocates and frees nothing.
//!
//! Only tuples with no other strong or weak reference are kept, and a kept
//! tuple holds only `None`s, so nothing can observe it.

use crate::object::{Tuple, Value};
use std::rc::Rc;

/// Largest tuple length kept.
const MAX_LEN: usize = 4;
/// Tuples kept per length.
const PER_LEN: usize = 32;

/// Emptied tuples by length (1 to `MAX_LEN`).
#[derive(Default)]
pub struct SpareTuples {
    by_len: [Vec<Rc<Tuple>>; MAX_LEN],
}

impl SpareTuples {
    /// The tuple of the top `n` values of `values` (popped, in order).
    #[inline(always)]
    pub(crate) fn build(&mut self, values: &mut Vec<Option<Value>>, n: usize) -> Value {
        if (1..=MAX_LEN).contains(&n) && n <= values.len() {
            if let Some(mut t) = self.by_len[n - 1].pop() {
                if let Some(slot) = Rc::get_mut(&mut t) {
                    for dst in slot.items.iter_mut().rev() {
                        // The spare held None: nothing to drop.
                        *dst = values.pop().flatten().unwrap_or(Value::None);
                    }
                    return Value::Tuple(t);
                }
            }
        }
        Value::tuple(super::stack::take_top(values, n))
    }

    /// `UnpackSequence(n)` of tuple `t` of length `n`: pushes its items onto
    /// `values`, last first; an unshared tuple gives them up (moved, not
    /// cloned) and is kept for a later `build`.
    #[inline]
    pub(crate) fn unpack(&mut self, values: &mut Vec<Option<Value>>, mut t: Rc<Tuple>) {
        values.reserve(t.items.len());
        match Rc::get_mut(&mut t) {
            Some(owned) => {
                for v in owned.items.iter_mut().rev() {
                    values.push(Some(std::mem::replace(v, Value::None)));
                }
                let n = t.items.len();
                if (1..=MAX_LEN).contains(&n) && self.by_len[n - 1].len() < PER_LEN {
                    self.by_len[n - 1].push(t);
                }
            }
            None => {
                for v in t.items.iter().rev() {
                    super::stack::push_clone(values, v);
                }
            }
        }
    }
}
