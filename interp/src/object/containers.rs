//! tuple, list, set/frozenset and slice (range is in `range.rs`).

use super::ordered_table::KeySet;
use super::set_order::{self, MergeLog, Replay};
use super::Value;
use std::cell::{Cell, RefCell};

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
    pub items: RefCell<KeySet>,
    pub frozen: bool,
    /// The merges that shaped CPython's table for this set (`set_order.rs`);
    /// `None` for a set grown one add at a time.
    pub merges: RefCell<Option<Box<MergeLog>>>,
    /// Whether items were removed (CPython's table then holds dummies, and a
    /// merge from it cannot copy the table as is).
    pub dummies: Cell<bool>,
}

impl Set {
    pub fn new(frozen: bool) -> Set {
        Set {
            items: RefCell::new(KeySet::new()),
            frozen,
            merges: RefCell::new(None),
            dummies: Cell::new(false),
        }
    }

    /// Replaces the items and merge history with `other`'s (`set_swap_bodies`).
    pub fn take_body(&self, other: Set) {
        *self.items.borrow_mut() = other.items.into_inner();
        *self.merges.borrow_mut() = other.merges.into_inner();
        self.dummies.set(other.dummies.get());
    }

    /// Forgets the items and their history (`set_clear_internal`). The old
    /// table is returned so the caller drops it after the borrow ends.
    pub fn take_items(&self) -> KeySet {
        *self.merges.borrow_mut() = None;
        self.dummies.set(false);
        std::mem::take(&mut *self.items.borrow_mut())
    }
}

impl Set {
    /// The positions of the items (`items.slot` positions) in the order CPython
    /// iterates them: its hash-table slot order (`Objects/setobject.c`), which
    /// programs see when they print or iterate a set (`{3, 1, 2}` prints
    /// `{1, 2, 3}`). See `set_order.rs`.
    pub fn cpython_order(&self) -> Vec<usize> {
        let (positions, replay) = self.replay();
        replay.order().into_iter().map(|i| positions[i]).collect()
    }

    /// The live positions in insertion order and CPython's replayed table.
    fn replay(&self) -> (Vec<usize>, Replay) {
        let items = self.items.borrow();
        // Sized up front: collecting these iterators (whose length is not
        // known to `collect`) regrew and copied the vectors of a big set.
        let mut positions = Vec::with_capacity(items.len());
        positions.extend(items.positions());
        let mut hashes = Vec::with_capacity(positions.len());
        hashes.extend(
            positions
                .iter()
                .filter_map(|&p| items.slot(p).map(|k| k.hash)),
        );
        let merges = self.merges.borrow();
        (positions, set_order::replay(&hashes, merges.as_deref()))
    }

    /// Records that `set_merge` of `incoming` items begins now (the caller then
    /// adds them in the source's CPython order). `src` is the source set's
    /// replayed table when the source is a set without removals: into an empty
    /// set whose new table is as big as that, CPython copies the table as is.
    pub fn record_merge(&self, src: Option<&Replay>, incoming: usize) {
        let at = self.items.borrow().len();
        let mut log = self.merges.borrow_mut();
        if at == 0 {
            *log = None;
            if let Some(replay) = src {
                if replay.table.len() == set_order::merged_size(incoming) {
                    *log = Some(Box::new(MergeLog {
                        base: Some((replay.table.len(), replay.occupied())),
                        presizes: Vec::new(),
                    }));
                    return;
                }
            }
        }
        log.get_or_insert_with(Default::default)
            .presizes
            .push((at, incoming));
    }

    /// The keys in CPython's iteration order and, for a set without removals,
    /// its replayed table (what `record_merge` needs of a merge's source).
    pub fn merge_source(&self) -> (Vec<super::HashKey>, Option<Replay>) {
        let (positions, replay) = self.replay();
        let items = self.items.borrow();
        let mut keys = Vec::with_capacity(positions.len());
        keys.extend(
            replay
                .table
                .iter()
                .filter(|&&i| i != set_order::EMPTY)
                .filter_map(|&i| items.slot(positions[i as usize]).cloned()),
        );
        (keys, (!self.dummies.get()).then_some(replay))
    }
}

impl Set {
    /// The keys in CPython's iteration order.
    pub fn keys_in_order(&self) -> Vec<super::HashKey> {
        let order = self.cpython_order();
        let items = self.items.borrow();
        let mut keys = Vec::with_capacity(order.len());
        keys.extend(order.into_iter().filter_map(|p| items.slot(p).cloned()));
        keys
    }

    /// Keeps the items whose `keep` entry (by insertion index) is true, leaving
    /// the others' slots empty, as discards do in CPython's table (its dummies
    /// are not modelled): the kept items iterate in the order they had.
    pub fn retain_in_place(&self, keep: &[bool]) {
        let (_, replay) = self.replay();
        let n = keep.len();
        let all = replay.slots(n);
        let size = replay.table.len();
        let mut slots = Vec::with_capacity(n);
        slots.extend(all.iter().zip(keep).filter(|(_, &k)| k).map(|(&s, _)| s));
        let mut j = 0;
        self.items.borrow_mut().retain(|_| {
            let k = keep.get(j).copied().unwrap_or(true);
            j += 1;
            k
        });
        self.dummies.set(true);
        *self.merges.borrow_mut() = Some(Box::new(MergeLog {
            base: Some((size, slots.into_boxed_slice())),
            presizes: Vec::new(),
        }));
    }
}

/// Slot order of a CPython set built by inserting distinct keys with these hashes.
pub fn cpython_set_order(hashes: impl ExactSizeIterator<Item = u64>) -> Vec<usize> {
    let hashes: Vec<u64> = hashes.collect();
    set_order::replay(&hashes, None).order()
}

/// `slice(start, stop, step)`.
pub struct Slice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}
