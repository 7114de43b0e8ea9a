//! tuple, list, set/frozenset and slice (range is in `range.rs`).

use super::ordered_table::KeySet;
use super::Value;
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
    pub items: RefCell<KeySet>,
    pub frozen: bool,
}

impl Set {
    pub fn new(frozen: bool) -> Set {
        Set {
            items: RefCell::new(KeySet::new()),
            frozen,
        }
    }
}

impl Set {
    /// The positions of the items (`items.slot` positions) in the order CPython
    /// iterates them: its hash-table slot order (`Objects/setobject.c`), which
    /// programs see when they print or iterate a set (`{3, 1, 2}` prints
    /// `{1, 2, 3}`). Items are kept in insertion order; this replays CPython's
    /// insertions (`set_add_entry` with linear probing and perturbation, growth by
    /// `set_table_resize` re-inserting in slot order) to find each item's slot.
    pub fn cpython_order(&self) -> Vec<usize> {
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
        cpython_set_order(hashes.into_iter())
            .into_iter()
            .map(|i| positions[i])
            .collect()
    }
}

/// Slot order of a CPython set built by inserting distinct keys with these hashes.
pub fn cpython_set_order(hashes: impl ExactSizeIterator<Item = u64>) -> Vec<usize> {
    const LINEAR_PROBES: usize = 9;
    const PERTURB_SHIFT: u32 = 5;
    const EMPTY: u32 = u32::MAX;
    let hashes: Vec<u64> = hashes.collect();
    let n = hashes.len();
    if n <= 1 {
        return (0..n).collect();
    }
    // Each slot holds an item index or `EMPTY` (4 bytes a slot: the replay of a
    // big set's resizes moves little memory).
    let mut table: Vec<u32> = vec![EMPTY; 8];
    let insert = |table: &mut Vec<u32>, idx: u32, hash: u64| {
        let mask = table.len() - 1;
        let mut perturb = hash;
        let mut i = (hash as usize) & mask;
        loop {
            if table[i] == EMPTY {
                table[i] = idx;
                return;
            }
            if i + LINEAR_PROBES <= mask {
                if let Some(free) = table[i + 1..=i + LINEAR_PROBES]
                    .iter()
                    .position(|&s| s == EMPTY)
                {
                    table[i + 1 + free] = idx;
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    };
    let mut used = 0usize;
    for (idx, &hash) in hashes.iter().enumerate() {
        // Item counts past u32 would need 64 GiB of set entries first.
        insert(&mut table, idx as u32, hash);
        used += 1;
        let mask = table.len() - 1;
        if used * 5 >= mask * 3 {
            let minused = if used > 50000 { used * 2 } else { used * 4 };
            let mut size = 8;
            while size <= minused {
                size <<= 1;
            }
            let old = std::mem::replace(&mut table, vec![EMPTY; size]);
            for i in old.into_iter().filter(|&i| i != EMPTY) {
                insert(&mut table, i, hashes[i as usize]);
            }
        }
    }
    let mut order = Vec::with_capacity(n);
    order.extend(
        table
            .into_iter()
            .filter(|&i| i != EMPTY)
            .map(|i| i as usize),
    );
    order
}

/// `slice(start, stop, step)`.
pub struct Slice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}
