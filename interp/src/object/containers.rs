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
        let positions: Vec<usize> = items.positions().collect();
        let hashes = positions
            .iter()
            .filter_map(|&p| items.slot(p).map(|k| k.hash));
        let hashes: Vec<u64> = hashes.collect();
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
    let n = hashes.len();
    if n <= 1 {
        return (0..n).collect();
    }
    // Each slot holds (item index, hash) or is empty.
    let mut table: Vec<Option<(usize, u64)>> = vec![None; 8];
    let insert = |table: &mut Vec<Option<(usize, u64)>>, idx: usize, hash: u64| {
        let mask = table.len() - 1;
        let mut perturb = hash;
        let mut i = (hash as usize) & mask;
        loop {
            if table[i].is_none() {
                table[i] = Some((idx, hash));
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if table[i + j].is_none() {
                        table[i + j] = Some((idx, hash));
                        return;
                    }
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
    for (idx, hash) in hashes.enumerate() {
        insert(&mut table, idx, hash);
        used += 1;
        let mask = table.len() - 1;
        if used * 5 >= mask * 3 {
            let minused = if used > 50000 { used * 2 } else { used * 4 };
            let mut size = 8;
            while size <= minused {
                size <<= 1;
            }
            let old = std::mem::replace(&mut table, vec![None; size]);
            for (i, h) in old.into_iter().flatten() {
                insert(&mut table, i, h);
            }
        }
    }
    table.into_iter().flatten().map(|(i, _)| i).collect()
}

/// `slice(start, stop, step)`.
pub struct Slice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}
