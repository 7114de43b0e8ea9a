//! The order CPython 3.11 iterates a set in: its hash-table slot order
//! (`Objects/setobject.c`). Coil keeps a set's items in insertion order; this
//! replays CPython's table to find each item's slot. Most sets are grown one
//! `set_add_entry` at a time, which the insertion order alone determines. Sets
//! built by `set_merge` (`set(s)`, `s.copy()`, `s | t`, `s.update(t)`, `{*s}`,
//! constant displays of three or more items) and from dicts
//! (`set_update_internal`) first pre-size the table and, when the target is empty,
//! insert the source's items cleanly in the source's slot order or copy the
//! source's table outright; a `MergeLog` records those events so the replay can
//! make the same moves.
//!
//! Not modelled: dummies left by removals (a removed item is simply absent from
//! the replay, so a set that had removals and then grows may place later items
//! where CPython's dummy-filled table would not).

const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
pub const EMPTY: u32 = u32::MAX;

/// How a set's table was shaped beyond one-at-a-time adds. Absent (`None` on
/// the `Set`) for the common set: its replay costs what it always did.
#[derive(Clone, Default)]
pub struct MergeLog {
    /// The table the set started from when a merge copied a source's table
    /// outright (`set_merge`'s fast path: empty target, equal table sizes, no
    /// dummies): its size and the slot of each of the first items.
    pub base: Option<(usize, Box<[u32]>)>,
    /// `(at, incoming)`: after `at` items, a merge of `incoming` items began, which
    /// resizes first when `(fill + incoming) * 5 >= mask * 3`.
    pub presizes: Vec<(usize, usize)>,
}

/// The replayed table: each slot holds an item index or `EMPTY`.
pub struct Replay {
    pub table: Vec<u32>,
}

impl Replay {
    /// Item indexes in slot order.
    pub fn order(self) -> Vec<usize> {
        let mut order = Vec::with_capacity(self.table.len());
        order.extend(
            self.table
                .into_iter()
                .filter(|&i| i != EMPTY)
                .map(|i| i as usize),
        );
        order
    }

    /// The occupied slots in order: where a merge that copies this table puts
    /// the items it receives in slot order.
    pub fn occupied(&self) -> Box<[u32]> {
        let mut slots = Vec::with_capacity(self.table.len());
        slots.extend((0..self.table.len() as u32).filter(|&s| self.table[s as usize] != EMPTY));
        slots.into_boxed_slice()
    }

    /// The slot of each item index.
    pub fn slots(&self, n: usize) -> Box<[u32]> {
        let mut slots = vec![0u32; n];
        for (slot, &i) in self.table.iter().enumerate() {
            if let Some(s) = slots.get_mut(i as usize) {
                *s = slot as u32;
            }
        }
        slots.into_boxed_slice()
    }
}

/// `set_insert_clean`: the first empty slot along `hash`'s probe sequence.
fn insert(table: &mut [u32], idx: u32, hash: u64) {
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
}

/// `set_table_resize(so, minused)`: the smallest power of two above `minused`
/// (8 at least), the items re-inserted in the old slot order.
fn resize(table: &mut Vec<u32>, minused: usize, hashes: &[u64]) {
    let mut size = 8usize;
    while size <= minused {
        size <<= 1;
    }
    let old = std::mem::replace(table, vec![EMPTY; size]);
    for i in old.into_iter().filter(|&i| i != EMPTY) {
        insert(table, i, hashes[i as usize]);
    }
}

/// The size of the table `set_merge` makes for `incoming` items in an empty set.
pub fn merged_size(incoming: usize) -> usize {
    if incoming * 5 >= 7 * 3 {
        let mut size = 8usize;
        while size <= incoming * 2 {
            size <<= 1;
        }
        size
    } else {
        8
    }
}

/// Replays CPython's table for distinct keys with these hashes, added in order,
/// with the merge events of `log`.
pub fn replay(hashes: &[u64], log: Option<&MergeLog>) -> Replay {
    let n = hashes.len();
    let mut table: Vec<u32> = vec![EMPTY; 8];
    let mut idx = 0usize;
    let empty = MergeLog::default();
    let log = log.unwrap_or(&empty);
    if let Some((size, slots)) = &log.base {
        table = vec![EMPTY; *size];
        for (j, &s) in slots.iter().enumerate().take(n) {
            if let Some(t) = table.get_mut(s as usize) {
                if *t == EMPTY {
                    *t = j as u32;
                    idx = j + 1;
                    continue;
                }
            }
            // A slot out of place (the set changed since): insert normally.
            insert(&mut table, j as u32, hashes[j]);
            idx = j + 1;
        }
    }
    let mut events = log.presizes.iter().peekable();
    // No dummies are modelled, so `fill == used == idx`.
    loop {
        while let Some(&&(at, incoming)) = events.peek() {
            if at > idx {
                break;
            }
            events.next();
            let mask = table.len() - 1;
            if (idx + incoming) * 5 >= mask * 3 {
                resize(&mut table, (idx + incoming) * 2, hashes);
            }
        }
        if idx >= n {
            break;
        }
        // Item counts past u32 would need 64 GiB of set entries first.
        insert(&mut table, idx as u32, hashes[idx]);
        idx += 1;
        let mask = table.len() - 1;
        if idx * 5 >= mask * 3 {
            let minused = if idx > 50000 { idx * 2 } else { idx * 4 };
            resize(&mut table, minused, hashes);
        }
    }
    Replay { table }
}
