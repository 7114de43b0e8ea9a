//! tuple, list, set/frozenset, range and slice.

use super::dict::HashKey;
use super::Value;
use indexmap::IndexSet;
use std::cell::RefCell;

/// An immutable sequence.
pub struct Tuple {
    pub items: Box<[Value]>,
}

impl Tuple {
    pub fn new(items: Vec<Value>) -> Tuple {
        Tuple {
            items: items.into_boxed_slice(),
        }
    }
}

/// A mutable sequence.
pub struct List {
    pub items: RefCell<Vec<Value>>,
}

impl List {
    pub fn new(items: Vec<Value>) -> List {
        List {
            items: RefCell::new(items),
        }
    }
}

/// `set` and `frozenset`: keys with their cached hashes, in insertion order.
pub struct Set {
    pub items: RefCell<IndexSet<HashKey, super::dict::PassHasher>>,
    pub frozen: bool,
}

impl Set {
    pub fn new(frozen: bool) -> Set {
        Set {
            items: RefCell::new(IndexSet::default()),
            frozen,
        }
    }
}

/// `range(start, stop, step)` with i64 bounds.
pub struct Range {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl Range {
    pub fn len(&self) -> i64 {
        // In i128: `stop - start` can overflow i64 (`range(-2**63, 2**63 - 1)`).
        let (start, stop, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 && start < stop {
            (stop - start - 1) / step + 1
        } else if step < 0 && start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        n as i64
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// `slice(start, stop, step)`.
pub struct Slice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}
