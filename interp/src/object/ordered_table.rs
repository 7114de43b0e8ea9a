//! The insertion-ordered hash table behind `dict` and `set`, laid out as CPython 3.11's
//! compact dict (`Objects/dictobject.c`): an entries array in insertion order plus an
//! open-addressed index of positions into it, probed as CPython probes
//! (`i = i*5 + perturb + 1`, `perturb >>= 5`). Small ints hash to themselves, so
//! consecutive int keys land in consecutive index slots, as in CPython: a loop over
//! `range` keys walks memory in order instead of missing the cache on every key.
//!
//! Deleting a key leaves a hole in the entries (CPython's entry with a NULL value) and
//! a dummy in the index, so `del d[k]`, `dict.pop`, `set.discard` and `set.pop` are
//! O(1) and later entries keep their positions. Holes are squeezed out only when an
//! insertion finds no usable room (`insertion_resize` → `dictresize`, sized by
//! `GROWTH_RATE` = used × 3), and `popitem` gives its trailing position back
//! (`dict_popitem_impl` lowers `dk_nentries`). So a position means what CPython's
//! `di_pos` means: dict iterators walk positions, skip holes, and meet the same
//! "changed size" / "keys changed" cases.
//!
//! Positions (`slot`, `find`, `remove_at`, `next_live`) count holes; `len` counts keys.

use super::dict::HashKey;

/// An index slot never used (`DKIX_EMPTY`): a probe stops here.
const EMPTY: u32 = u32::MAX;
/// An index slot whose entry was deleted (`DKIX_DUMMY`): a probe goes on.
const DUMMY: u32 = u32::MAX - 1;

/// CPython's smallest table (`PyDict_MINSIZE`).
const MIN_SIZE: usize = 8;

/// Entries a table of `size` slots holds before it resizes (`USABLE_FRACTION`).
fn usable_fraction(size: usize) -> usize {
    (size << 1) / 3
}

/// The index size for `n` keys: the smallest power of two at least `n`, and at
/// least `MIN_SIZE` (`calculate_log2_keysize`).
fn size_for(n: usize) -> usize {
    n.max(MIN_SIZE).next_power_of_two()
}

/// CPython's probe sequence over an index of `mask + 1` slots, from `hash`.
struct Probe {
    i: usize,
    perturb: u64,
    mask: usize,
}

impl Probe {
    #[inline(always)]
    fn new(hash: u64, mask: usize) -> Probe {
        Probe {
            i: hash as usize & mask,
            perturb: hash,
            mask,
        }
    }

    #[inline(always)]
    fn advance(&mut self) {
        self.perturb >>= 5;
        self.i = (self
            .i
            .wrapping_mul(5)
            .wrapping_add(self.perturb as usize)
            .wrapping_add(1))
            & self.mask;
    }
}

/// An ordered map from hashed keys to `V` (`()` for sets).
pub struct Table<V> {
    /// Open-addressed slots: a position into `entries`, `EMPTY` or `DUMMY`. Its
    /// length is a power of two (or zero before the first insertion).
    index: Vec<u32>,
    /// Key/value pairs in insertion order; `None` is a deleted entry (a hole).
    entries: Vec<Option<(HashKey, V)>>,
    /// The number of keys (live entries).
    live: usize,
    /// Every entry before `head` is a hole, so `set.pop` and iteration start there
    /// instead of rescanning the deleted prefix (CPython's set `finger` idea).
    head: usize,
    /// Insertions left before the next resize (`dk_usable`). Deletions do not give
    /// room back: their dummies still lengthen probes.
    usable: usize,
}

impl<V> Default for Table<V> {
    fn default() -> Self {
        Table::new()
    }
}

impl<V> Table<V> {
    pub const fn new() -> Self {
        Table {
            index: Vec::new(),
            entries: Vec::new(),
            live: 0,
            head: 0,
            usable: 0,
        }
    }

    /// A table that holds `n` keys without resizing (`_PyDict_NewPresized`).
    pub fn with_capacity(n: usize) -> Self {
        let mut t = Table::new();
        t.reserve(n);
        t
    }

    /// Makes room for `additional` more keys without a resize on the way.
    pub fn reserve(&mut self, additional: usize) {
        if additional > self.usable {
            // A size hint only: if the room cannot be had, the insertions grow
            // the table as they go (and report running out of memory there).
            let _ = self.rebuild(size_for(
                (self.live + additional).saturating_mul(3).div_ceil(2),
            ));
        }
    }

    /// The number of keys.
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.live
    }

    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    /// One past the last position in use, holes included (CPython's `dk_nentries`).
    #[inline(always)]
    pub fn end(&self) -> usize {
        self.entries.len()
    }

    /// The entry at `pos`, or `None` for a hole or a position past the end.
    #[inline(always)]
    pub fn slot(&self, pos: usize) -> Option<(&HashKey, &V)> {
        match self.entries.get(pos) {
            Some(Some((k, v))) => Some((k, v)),
            _ => None,
        }
    }

    /// The entry at `pos` with its value writable (the key stays: its hash indexes it).
    #[inline(always)]
    pub fn slot_mut(&mut self, pos: usize) -> Option<(&HashKey, &mut V)> {
        match self.entries.get_mut(pos) {
            Some(Some((k, v))) => Some((&*k, v)),
            _ => None,
        }
    }

    /// The first live position at or after `pos`.
    pub fn next_live(&self, pos: usize) -> Option<usize> {
        let start = pos.max(self.head);
        self.entries
            .get(start..)?
            .iter()
            .position(Option::is_some)
            .map(|i| start + i)
    }

    /// The last live position at or before `pos`.
    pub fn prev_live(&self, pos: usize) -> Option<usize> {
        let stop = pos.checked_add(1)?.min(self.entries.len());
        self.entries[..stop].iter().rposition(Option::is_some)
    }

    /// The position of the key with this hash for which `eq` says yes. `eq` sees
    /// only stored keys with an equal hash.
    #[inline]
    pub fn find(&self, hash: u64, mut eq: impl FnMut(&HashKey) -> bool) -> Option<usize> {
        if self.index.is_empty() {
            // A smallest table has no index (see `rebuild`): its few entries are
            // scanned in order, which is also the order a probe meets keys of
            // one hash in (each was put in the next empty slot of the sequence).
            let head = self.head.min(self.entries.len());
            return self.entries[head..]
                .iter()
                .position(|e| matches!(e, Some((k, _)) if k.hash == hash && eq(k)))
                .map(|i| head + i);
        }
        let mut p = Probe::new(hash, self.index.len() - 1);
        loop {
            match self.index[p.i] {
                EMPTY => return None,
                DUMMY => {}
                ix => {
                    if let Some(Some((k, _))) = self.entries.get(ix as usize) {
                        if k.hash == hash && eq(k) {
                            return Some(ix as usize);
                        }
                    }
                }
            }
            p.advance();
        }
    }

    /// The index slot holding `pos` (whose key hashes to `hash`).
    fn index_slot_of(&self, hash: u64, pos: usize) -> Option<usize> {
        if self.index.is_empty() {
            return None;
        }
        let mut p = Probe::new(hash, self.index.len() - 1);
        loop {
            match self.index[p.i] {
                EMPTY => return None,
                ix if ix as usize == pos => return Some(p.i),
                _ => p.advance(),
            }
        }
    }

    /// The first `EMPTY` index slot on `hash`'s probe sequence (`find_empty_slot`).
    fn empty_slot(index: &[u32], hash: u64) -> usize {
        let mut p = Probe::new(hash, index.len() - 1);
        while index[p.i] != EMPTY {
            p.advance();
        }
        p.i
    }

    /// The position of a key equal to `key` without running script code
    /// (`HashKey`'s `PartialEq`: identity or equal builtin values).
    #[inline]
    pub fn position(&self, key: &HashKey) -> Option<usize> {
        self.find(key.hash, |k| k == key)
    }

    #[inline]
    pub fn get(&self, key: &HashKey) -> Option<&V> {
        let pos = self.position(key)?;
        self.slot(pos).map(|(_, v)| v)
    }

    /// The position, stored key and value of the key equal to `key`.
    #[inline]
    pub fn get_full(&self, key: &HashKey) -> Option<(usize, &HashKey, &V)> {
        let pos = self.position(key)?;
        self.slot(pos).map(|(k, v)| (pos, k, v))
    }

    /// The stored key and value equal to `key`.
    pub fn get_key_value(&self, key: &HashKey) -> Option<(&HashKey, &V)> {
        let pos = self.position(key)?;
        self.slot(pos)
    }

    #[inline]
    pub fn get_mut(&mut self, key: &HashKey) -> Option<&mut V> {
        let pos = self.position(key)?;
        self.slot_mut(pos).map(|(_, v)| v)
    }

    #[inline]
    pub fn contains_key(&self, key: &HashKey) -> bool {
        self.position(key).is_some()
    }

    /// Sets `key` to `value`. An existing equal key keeps its position and its
    /// identity, and the old value is returned (to be dropped by the caller once no
    /// borrow of the table is held: its finaliser may run script code).
    pub fn insert(&mut self, key: HashKey, value: V) -> Option<V> {
        match self.position(&key) {
            Some(pos) => self.slot_mut(pos).map(|(_, v)| std::mem::replace(v, value)),
            None => {
                self.insert_new(key, value);
                None
            }
        }
    }

    /// Appends a key the caller knows is absent; returns its position.
    pub fn insert_new(&mut self, key: HashKey, value: V) -> usize {
        if self.usable == 0 {
            // `insertion_resize`: room for three times the keys, holes dropped.
            if self.rebuild(size_for(self.live.saturating_mul(3))).is_err() {
                self.crowd();
            }
        }
        let pos = self.entries.len();
        if !self.index.is_empty() {
            let slot = Self::empty_slot(&self.index, key.hash);
            // Positions fit: `usable` (2/3 of an index no longer than memory allows
            // for u32 slots) bounds the entries, and u32::MAX - 1 entries would be
            // over 150 GB.
            self.index[slot] = pos as u32;
        }
        self.entries.push(Some((key, value)));
        self.usable -= 1;
        self.live += 1;
        pos
    }

    /// `dictresize`: drops the holes and re-indexes the entries in an index of
    /// `size` slots. A table of the smallest size (5 keys at most, most instance
    /// and keyword dicts) keeps no index at all, only its `usable` count, so it
    /// resizes and compacts exactly when CPython's would and costs one
    /// allocation; `find` scans it.
    /// Fails, leaving the table as it was, when the memory for the new index
    /// and entries cannot be had (the program gets a MemoryError; CPython's
    /// `dictresize` fails the insertion instead).
    #[cold]
    fn rebuild(&mut self, size: usize) -> Result<(), std::collections::TryReserveError> {
        let small = size <= MIN_SIZE;
        let usable = usable_fraction(size.max(MIN_SIZE)).saturating_sub(self.live);
        if !small {
            self.index
                .try_reserve_exact(size.saturating_sub(self.index.len()))?;
        }
        let entries = self.live.saturating_add(usable);
        self.entries
            .try_reserve_exact(entries.saturating_sub(self.entries.len()))?;
        if self.live < self.entries.len() {
            self.entries.retain(Option::is_some);
        }
        self.head = 0;
        if small {
            self.index = Vec::new();
            self.usable = usable;
            return Ok(());
        }
        self.index.clear();
        self.index.resize(size, EMPTY);
        for (pos, e) in self.entries.iter().enumerate() {
            if let Some((k, _)) = e {
                let slot = Self::empty_slot(&self.index, k.hash);
                self.index[slot] = pos as u32;
            }
        }
        self.usable = usable;
        Ok(())
    }

    /// Short of memory for a resize: the insertion goes ahead in the current
    /// index, fuller than its usual two thirds (probes end while one slot stays
    /// empty), and the program gets a MemoryError at its next safepoint
    /// (`object/parachute.rs`). The next insertion tries the resize again.
    #[cold]
    fn crowd(&mut self) {
        crate::object::parachute::owe();
        // Every entry since the last rebuild, hole or not, holds an index slot.
        // A table without an index is scanned: it takes any number of entries.
        let room = self.index.is_empty() || self.entries.len() + 2 <= self.index.len();
        // One more entry: a small growth, but of a large block, which the
        // allocator does not rescue by itself.
        let grown = room
            && (self.entries.try_reserve_exact(1).is_ok()
                || (crate::object::parachute::spend()
                    && self.entries.try_reserve_exact(1).is_ok()));
        if !grown {
            std::alloc::handle_alloc_error(std::alloc::Layout::new::<Option<(HashKey, V)>>());
        }
        self.usable = 1;
    }

    /// Empties a table of the smallest size whose entries all pass `keep_room`,
    /// keeping its entries allocation: it is then as a fresh table after its
    /// first insertion's resize (`usable` as `rebuild` sets it). Returns false,
    /// changing nothing, for a larger table or an entry that fails.
    pub fn reset_small(&mut self, mut keep_room: impl FnMut(&HashKey, &V) -> bool) -> bool {
        let usable = usable_fraction(MIN_SIZE);
        if !self.index.is_empty()
            || self.entries.capacity() < usable
            || !self.iter().all(|(k, v)| keep_room(k, v))
        {
            return false;
        }
        self.entries.clear();
        self.live = 0;
        self.head = 0;
        self.usable = usable;
        true
    }

    /// Deletes the entry at `pos`, leaving a hole (and a dummy in the index).
    pub fn remove_at(&mut self, pos: usize) -> Option<(HashKey, V)> {
        let hash = self.slot(pos)?.0.hash;
        if let Some(slot) = self.index_slot_of(hash, pos) {
            self.index[slot] = DUMMY;
        }
        let entry = self.entries[pos].take();
        self.live -= 1;
        if pos == self.head {
            self.head = self.next_live(pos).unwrap_or(self.entries.len());
        }
        entry
    }

    /// Deletes `key` (compared without script code); returns the stored entry.
    pub fn remove_entry(&mut self, key: &HashKey) -> Option<(HashKey, V)> {
        let pos = self.position(key)?;
        self.remove_at(pos)
    }

    /// Deletes `key` (compared without script code); returns its value.
    pub fn remove(&mut self, key: &HashKey) -> Option<V> {
        self.remove_entry(key).map(|(_, v)| v)
    }

    /// Removes the last entry and gives the trailing positions back (`popitem`).
    pub fn pop(&mut self) -> Option<(HashKey, V)> {
        let pos = self.prev_live(self.entries.len().checked_sub(1)?)?;
        let entry = self.remove_at(pos);
        self.entries.truncate(pos);
        self.head = self.head.min(self.entries.len());
        entry
    }

    /// Removes the first entry in order.
    pub fn pop_first(&mut self) -> Option<(HashKey, V)> {
        let pos = self.next_live(self.head)?;
        self.remove_at(pos)
    }

    pub fn first(&self) -> Option<(&HashKey, &V)> {
        self.slot(self.next_live(self.head)?)
    }

    pub fn last(&self) -> Option<(&HashKey, &V)> {
        self.slot(self.prev_live(self.entries.len().checked_sub(1)?)?)
    }

    /// Drops every entry. Callers that may free script objects take the table
    /// out with `std::mem::take` first and drop it after the borrow ends.
    pub fn clear(&mut self) {
        *self = Table::new();
    }

    /// Entries in order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&HashKey, &V)> + '_ {
        self.entries[self.head.min(self.entries.len())..]
            .iter()
            .filter_map(|e| e.as_ref().map(|(k, v)| (k, v)))
    }

    /// Entries in order with writable values.
    pub fn iter_mut(&mut self) -> impl DoubleEndedIterator<Item = (&HashKey, &mut V)> + '_ {
        let head = self.head.min(self.entries.len());
        self.entries[head..]
            .iter_mut()
            .filter_map(|e| e.as_mut().map(|(k, v)| (&*k, v)))
    }

    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &HashKey> + '_ {
        self.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl DoubleEndedIterator<Item = &V> + '_ {
        self.iter().map(|(_, v)| v)
    }

    pub fn values_mut(&mut self) -> impl DoubleEndedIterator<Item = &mut V> + '_ {
        self.iter_mut().map(|(_, v)| v)
    }

    /// The live positions in order.
    pub fn positions(&self) -> impl DoubleEndedIterator<Item = usize> + '_ {
        let head = self.head.min(self.entries.len());
        self.entries[head..]
            .iter()
            .enumerate()
            .filter(|(_, e)| e.is_some())
            .map(move |(i, _)| head + i)
    }

    /// Keeps the entries for which `keep` says yes, in order (a compacted table).
    pub fn retain(&mut self, mut keep: impl FnMut(&HashKey, &mut V) -> bool) {
        let old = std::mem::take(self);
        let mut kept = Vec::with_capacity(old.live);
        for (k, mut v) in old {
            if keep(&k, &mut v) {
                kept.push((k, v));
            }
        }
        self.extend(kept);
    }
}

impl<V: Clone> Clone for Table<V> {
    /// A compacted copy (CPython's `PyDict_Copy` also compacts a sparse dict).
    fn clone(&self) -> Self {
        let mut t = Table::with_capacity(self.live);
        for (k, v) in self.iter() {
            t.insert_new(k.clone(), v.clone());
        }
        t
    }
}

impl<V> Extend<(HashKey, V)> for Table<V> {
    /// Inserts in order; a key already present keeps its position and takes the
    /// new value (the old one is dropped here: only for values that run no code).
    fn extend<I: IntoIterator<Item = (HashKey, V)>>(&mut self, iter: I) {
        for (k, v) in iter {
            self.insert(k, v);
        }
    }
}

impl<V> FromIterator<(HashKey, V)> for Table<V> {
    fn from_iter<I: IntoIterator<Item = (HashKey, V)>>(iter: I) -> Self {
        let mut t = Table::new();
        t.extend(iter);
        t
    }
}

impl<V> IntoIterator for Table<V> {
    type Item = (HashKey, V);
    type IntoIter = std::iter::Flatten<std::vec::IntoIter<Option<(HashKey, V)>>>;

    /// The entries in order, by value.
    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter().flatten()
    }
}

/// The keys of a `set`/`frozenset`: a `Table` without values, with a set's vocabulary.
#[derive(Default, Clone)]
pub struct KeySet(Table<()>);

impl KeySet {
    pub const fn new() -> Self {
        KeySet(Table::new())
    }

    pub fn with_capacity(n: usize) -> Self {
        KeySet(Table::with_capacity(n))
    }

    pub fn reserve(&mut self, additional: usize) {
        self.0.reserve(additional)
    }

    #[inline(always)]
    pub fn len(&self) -> usize {
        self.0.len()
    }

    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// See `Table::end`.
    pub fn end(&self) -> usize {
        self.0.end()
    }

    /// The key at `pos`, or `None` for a hole.
    #[inline(always)]
    pub fn slot(&self, pos: usize) -> Option<&HashKey> {
        self.0.slot(pos).map(|(k, _)| k)
    }

    /// See `Table::find`.
    #[inline]
    pub fn find(&self, hash: u64, eq: impl FnMut(&HashKey) -> bool) -> Option<usize> {
        self.0.find(hash, eq)
    }

    /// Membership compared without script code.
    #[inline]
    pub fn contains(&self, key: &HashKey) -> bool {
        self.0.contains_key(key)
    }

    /// The stored key equal to `key`.
    pub fn get(&self, key: &HashKey) -> Option<&HashKey> {
        self.0.get_key_value(key).map(|(k, _)| k)
    }

    /// Adds `key` unless an equal key is there (which keeps its identity); says
    /// whether it was added.
    pub fn insert(&mut self, key: HashKey) -> bool {
        if self.0.contains_key(&key) {
            return false;
        }
        self.0.insert_new(key, ());
        true
    }

    /// Appends a key the caller knows is absent.
    pub fn insert_new(&mut self, key: HashKey) -> usize {
        self.0.insert_new(key, ())
    }

    /// Removes the key equal to `key`, returning the stored one.
    pub fn take(&mut self, key: &HashKey) -> Option<HashKey> {
        self.0.remove_entry(key).map(|(k, _)| k)
    }

    /// Removes the key equal to `key`; says whether it was there.
    pub fn remove(&mut self, key: &HashKey) -> bool {
        self.take(key).is_some()
    }

    pub fn remove_at(&mut self, pos: usize) -> Option<HashKey> {
        self.0.remove_at(pos).map(|(k, _)| k)
    }

    pub fn pop_first(&mut self) -> Option<HashKey> {
        self.0.pop_first().map(|(k, _)| k)
    }

    pub fn clear(&mut self) {
        self.0.clear()
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &HashKey> + '_ {
        self.0.keys()
    }

    /// The live positions in order.
    pub fn positions(&self) -> impl DoubleEndedIterator<Item = usize> + '_ {
        self.0.positions()
    }

    pub fn retain(&mut self, mut keep: impl FnMut(&HashKey) -> bool) {
        self.0.retain(|k, _| keep(k))
    }
}

impl Extend<HashKey> for KeySet {
    fn extend<I: IntoIterator<Item = HashKey>>(&mut self, iter: I) {
        for k in iter {
            self.insert(k);
        }
    }
}

impl FromIterator<HashKey> for KeySet {
    fn from_iter<I: IntoIterator<Item = HashKey>>(iter: I) -> Self {
        let mut s = KeySet::new();
        s.extend(iter);
        s
    }
}

impl IntoIterator for KeySet {
    type Item = HashKey;
    type IntoIter =
        std::iter::Map<<Table<()> as IntoIterator>::IntoIter, fn((HashKey, ())) -> HashKey>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter().map(|(k, ())| k)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::Value;

    fn key(i: i64) -> HashKey {
        HashKey {
            hash: i as u64,
            value: Value::Int(i),
        }
    }

    #[test]
    fn deletion_keeps_order_and_reinsertion_appends() {
        let mut t: Table<i64> = (0..10).map(|i| (key(i), i)).collect();
        for i in (0..10).step_by(3) {
            assert_eq!(t.remove(&key(i)), Some(i));
        }
        t.insert(key(0), 100);
        let got: Vec<i64> = t.values().copied().collect();
        assert_eq!(got, vec![1, 2, 4, 5, 7, 8, 100]);
        assert_eq!(t.len(), 7);
    }

    #[test]
    fn holes_are_compacted_on_growth() {
        let mut t: Table<i64> = Table::new();
        for i in 0..10_000 {
            t.insert(key(i), i);
            t.remove(&key(i));
        }
        assert!(t.end() <= 8);
        for i in 0..100 {
            t.insert(key(i), i);
        }
        for i in 0..95 {
            t.remove(&key(i));
        }
        assert_eq!(t.first().map(|(_, v)| *v), Some(95));
        assert_eq!(t.pop().map(|(_, v)| v), Some(99));
        assert_eq!(t.pop_first().map(|(_, v)| v), Some(95));
        assert_eq!(t.len(), 3);
        assert_eq!(t.get(&key(97)), Some(&97));
    }
}
