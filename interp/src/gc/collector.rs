//! One collection (CPython's `gc_collect_main` in `Modules/gcmodule.c`): trial
//! deletion over a generation of tracked containers.
//!
//! 1. Upgrade every handle (dead ones are dropped: the registry compacts here). Each
//!    live container now has one extra strong reference, ours.
//! 2. Traverse each once, recording the addresses it references. A container that
//!    references no other container (a list of ints, an empty dict) cannot be part
//!    of a cycle right now: it survives as is (if garbage points at it, it is freed
//!    by reference counting once the garbage is cleared).
//! 3. `gc_refs` = strong count − 1 (ours) − references from other members of the
//!    generation: what remains are references from outside (frames, Rust locals,
//!    untracked objects, older generations). Members with `gc_refs > 0` are roots.
//! 4. Mark everything reachable from the roots along the recorded edges (a worklist,
//!    no recursion: 100,000-deep structures exist).
//! 5. The rest is garbage: clear it (`Obj::clear`), then drop what it held and our
//!    references, so the cycles fall apart without any script code running.
//!
//! Edges are recorded once and reused by steps 3 and 4, so both see the same graph.

use super::traverse::{Bin, Obj};
use super::{Registry, Tracked, REGISTRY, YOUNG_THRESHOLD};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The old registry is compacted (handles of dead containers dropped) when it has
/// doubled since the last compaction, and is at least this long. A `Weak` keeps
/// its object's allocation (not what the object owned) until it is dropped, so this
/// bounds that retained memory by the live old generation.
use crate::limits::GC_OLD_LEN_MIN as OLD_LEN_MIN;
/// When a full collection runs: the containers promoted to the old generation that
/// referenced other containers (only those can close a cycle) must exceed `ratio`
/// times those the last full collection left alive, and at least
/// [`FULL_PENDING_MIN`] (CPython's gen-0 × gen-1 thresholds). CPython 3.11 uses a
/// fixed 25%, which makes building a large structure cost several full scans per
/// object (5× the time of `[[i] for i in range(10**6)]`). Here `ratio` adapts:
/// it starts at 1 (old garbage bounded by the live old generation), doubles up to
/// [`MAX_RATIO`] while full collections find (almost) nothing, and drops back to 1
/// as soon as one finds garbage. A heap that only grows is then scanned about
/// 0.3 times per object in total.
use crate::limits::{GC_FULL_PENDING_MIN as FULL_PENDING_MIN, GC_MAX_RATIO as MAX_RATIO};

/// Hashes addresses: heap pointers are 16-byte aligned, a multiply spreads them.
#[derive(Default)]
struct AddrHasher(u64);

impl Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | b as u64;
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = (n as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

/// What one collection allocates per container of the generation, at most:
/// `keep`, `members`, `starts`, `gc_refs`, `reachable`, `work`, the address
/// index and about two recorded edges (checked before it starts).
const WORK_BYTES: usize = 128;

type AddrMap = HashMap<usize, u32, BuildHasherDefault<AddrHasher>>;

/// A full collection is due when enough containers that reference others were
/// promoted, or when the compacted old registry grew `1 + ratio` times (containers
/// promoted as leaves may have been linked into cycles since).
fn full_due(r: &Registry) -> bool {
    r.old_pending > (r.old_live * r.ratio).max(FULL_PENDING_MIN)
        || r.old_len_at_compact > (r.old_len_at_full * (1 + r.ratio)).max(OLD_LEN_MIN)
}

/// Drops the handles of dead old containers when the registry has doubled.
fn maybe_compact(r: &mut Registry) {
    if r.old.len() > (r.old_len_at_compact * 2).max(OLD_LEN_MIN) {
        r.old.retain(Tracked::alive);
        r.old_len_at_compact = r.old.len();
    }
}

/// Collects the young generation, or everything when `full` (or when the old
/// generation is due). Returns the number of garbage containers cleared.
pub(crate) fn collect(full: bool) -> usize {
    let taken = REGISTRY.try_with(|r| {
        let Ok(mut r) = r.try_borrow_mut() else {
            return None;
        };
        let full = full || r.full_again || full_due(&r);
        r.full_again = false;
        let spare = std::mem::take(&mut r.spare);
        let mut gen = std::mem::replace(&mut r.young, spare);
        if full {
            let mut old = std::mem::take(&mut r.old);
            if old.try_reserve(gen.len()).is_err() {
                r.old = old;
                r.young = gen;
                crate::object::parachute::owe();
                return None;
            }
            old.append(&mut gen);
            gen = old;
        }
        // Short of memory, the collection's own tables (about `WORK_BYTES`
        // per container) could not be built: it is skipped and the program
        // gets the MemoryError instead of an abort.
        if !crate::object::parachute::room_for(gen.len().saturating_mul(WORK_BYTES)) {
            if full {
                r.old = gen;
            } else if r.old.try_reserve(gen.len()).is_ok() {
                r.old.append(&mut gen);
            } else {
                r.young = gen;
            }
            crate::object::parachute::owe();
            return None;
        }
        Some((gen, full))
    });
    let Ok(Some((mut gen, full))) = taken else {
        return 0;
    };
    let visited = gen.len();
    let (linked, garbage, finalizing) = run(&mut gen);
    let _ = REGISTRY.try_with(|r| {
        // Never fails (nothing else borrows it across a call); if it did, the
        // survivors would only become untracked.
        let Ok(mut r) = r.try_borrow_mut() else {
            return;
        };
        if full && finalizing {
            // Nothing was cleared: the statistics stay, and the next
            // collection (right after the finalisers) is full again.
            gen.append(&mut r.old);
            r.old = gen;
            r.full_again = true;
        } else if full {
            // `old` only holds what was promoted meanwhile (nothing, normally).
            gen.append(&mut r.old);
            r.old = gen;
            r.old_pending = 0;
            r.old_live = linked;
            r.old_len_at_full = r.old.len();
            r.old_len_at_compact = r.old.len();
            r.ratio = if garbage * 100 < visited {
                (r.ratio * 2).min(MAX_RATIO)
            } else {
                1
            };
        } else if finalizing {
            // Finalisers were queued and nothing was cleared: the garbage stays
            // young, so the next young collection frees it once they have run
            // (promoted, it would wait for a full collection).
            keep_young(&mut r, gen);
        } else if r.old.try_reserve(gen.len()).is_ok() {
            r.old.append(&mut gen);
            r.old_pending += linked;
            maybe_compact(&mut r);
            // Emptied, its capacity kept for the next young generation (one
            // that grew far past the threshold, while collection was off or
            // finalisers ran, is let go).
            if gen.capacity() <= 4 * YOUNG_THRESHOLD as usize && r.spare.capacity() == 0 {
                r.spare = gen;
            }
        } else {
            // Short of memory to promote them, the survivors stay young (the
            // program gets a MemoryError at its next safepoint).
            crate::object::parachute::owe();
            keep_young(&mut r, gen);
        }
    });
    garbage
}

/// Puts a collected generation back as the young one, with whatever was
/// registered meanwhile (dropped, so left untracked, if even that cannot grow).
fn keep_young(r: &mut Registry, mut gen: Vec<Tracked>) {
    if gen.try_reserve(r.young.len()).is_ok() {
        gen.append(&mut r.young);
    }
    r.young = gen;
}

/// While collection is disabled: drop the handles of dead young containers (they
/// would otherwise keep their allocations) and promote the rest.
pub(crate) fn compact_young() {
    let _ = REGISTRY.try_with(|r| {
        if let Ok(mut r) = r.try_borrow_mut() {
            let young = std::mem::take(&mut r.young);
            if r.old.try_reserve(young.len()).is_err() {
                crate::object::parachute::owe();
                r.young = young;
                return;
            }
            let before = r.old.len();
            r.old.extend(young.into_iter().filter(Tracked::alive));
            r.old_pending += r.old.len() - before;
            maybe_compact(&mut r);
        }
    });
}

/// Collects `gen` in place: afterwards it holds the handles of the containers still
/// alive. Returns how many of those reference other containers, how many
/// containers were garbage, and whether finalisers were queued instead of
/// clearing anything.
fn run(gen: &mut Vec<Tracked>) -> (usize, usize, bool) {
    // 1-2. Hold every live container that references others ("members") and record
    // its edges; leaves and borrowed containers survive untouched. (Upgrading one at
    // a time is fine: traversals only look through objects no handle points at.)
    let mut keep = vec![true; gen.len()];
    let mut members: Vec<(u32, Obj)> = Vec::new();
    let mut edges: Vec<usize> = Vec::new();
    let mut starts: Vec<u32> = Vec::new();
    for (i, t) in gen.iter().enumerate() {
        let Some(o) = t.upgrade() else {
            keep[i] = false;
            continue;
        };
        let start = edges.len();
        if !o.edges(&mut edges) || edges.len() == start {
            // Borrowed right now (so referenced from Rust), or references nothing.
            edges.truncate(start);
            continue;
        }
        starts.push(start as u32);
        members.push((i as u32, o));
    }
    starts.push(edges.len() as u32);
    if members.is_empty() {
        retain(gen, &keep);
        return (0, 0, false);
    }
    let edges_of = |i: usize| &edges[starts[i] as usize..starts[i + 1] as usize];

    let mut index = AddrMap::with_capacity_and_hasher(members.len(), Default::default());
    for (i, (_, o)) in members.iter().enumerate() {
        index.entry(o.addr()).or_insert(i as u32);
    }

    // 3. References from outside the generation.
    let mut gc_refs: Vec<isize> = members
        .iter()
        .enumerate()
        .map(|(i, (_, o))| {
            if index.get(&o.addr()) == Some(&(i as u32)) {
                o.strong_count() as isize - 1
            } else {
                // Registered twice: the duplicate handle keeps it a root.
                isize::MAX
            }
        })
        .collect();
    for i in 0..members.len() {
        for e in edges_of(i) {
            if let Some(&j) = index.get(e) {
                gc_refs[j as usize] -= 1;
            }
        }
    }

    // 4. Mark what the roots reach.
    let mut reachable = vec![false; members.len()];
    let mut work: Vec<u32> = Vec::new();
    for (i, &r) in gc_refs.iter().enumerate() {
        // Negative would mean a traversal reported a reference twice (a bug):
        // keeping the object is the safe answer.
        debug_assert!(r >= 0, "gc: {} references reported", -r);
        if r != 0 {
            reachable[i] = true;
            work.push(i as u32);
        }
    }
    while let Some(i) = work.pop() {
        for e in edges_of(i as usize) {
            if let Some(&j) = index.get(e) {
                if !reachable[j as usize] {
                    reachable[j as usize] = true;
                    work.push(j);
                }
            }
        }
    }

    // 5a. Garbage generators suspended inside `try`/`with` are closed first
    // (`finalize_garbage`): they are queued (kept alive) and nothing is cleared
    // this time, so their `finally` blocks see intact objects; a later collection
    // frees the cycles, the generators then being closed.
    let mut finalizing = false;
    let mut quiet = Vec::new();
    for ((_, o), live) in members.iter().zip(&reachable) {
        if let (Obj::Generator(g), false) = (o, live) {
            if crate::vm::finalize::needs_close(g) {
                crate::vm::finalize::queue_close(g.clone());
                finalizing = true;
            } else if g.state.get() == crate::object::GenState::Suspended {
                quiet.push(g);
            }
        }
        // A native's `tp_finalize` (a pending task's report), once.
        if let (Obj::Native(n), false) = (o, live) {
            if let Some(f) = n.data.take_finalizer() {
                let me = crate::object::Value::Native(n.clone());
                crate::vm::finalize::queue_run(Box::new(move |vm| f(vm, &me)));
                finalizing = true;
            }
        }
        // PEP 442: a garbage instance with `__del__` is finalised once, before
        // anything is cleared; it may resurrect its cycle.
        if let (Obj::Instance(i), false) = (o, live) {
            if crate::vm::del::needs_del(i) {
                i.finalized.set(true);
                crate::vm::finalize::queue_del(i.clone());
                finalizing = true;
            }
        }
    }
    if finalizing {
        // CPython's `finalize_garbage` closes every garbage generator before the
        // objects are cleared; one with no handler runs no code when closed,
        // so it is closed here, before the finalisers run (a pending task's
        // report shows its coroutine "done", golden asyncio_api/task_destroyed_gc).
        let mut bin = Bin::default();
        for g in quiet {
            Obj::Generator(g.clone()).clear(&mut bin);
        }
        retain(gen, &keep);
        drop(bin);
        return (members.len(), 0, true);
    }

    // 5. Clear the garbage, then let it go.
    let mut bin = Bin::default();
    let mut garbage = Vec::new();
    let mut linked = 0;
    for ((i, o), live) in members.into_iter().zip(reachable) {
        if live {
            linked += 1;
        } else {
            o.clear(&mut bin);
            keep[i as usize] = false;
            garbage.push(o);
        }
    }
    let count = garbage.len();
    retain(gen, &keep);
    drop(bin);
    drop(garbage);
    (linked, count, false)
}

fn retain(gen: &mut Vec<Tracked>, keep: &[bool]) {
    let mut i = 0;
    gen.retain(|_| {
        i += 1;
        keep[i - 1]
    });
}
