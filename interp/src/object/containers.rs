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
        if self.step > 0 && self.start < self.stop {
            (self.stop - self.start - 1) / self.step + 1
        } else if self.step < 0 && self.start > self.stop {
            (self.start - self.stop - 1) / (-self.step) + 1
        } else {
            0
        }
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
