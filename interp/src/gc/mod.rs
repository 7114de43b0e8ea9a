//! The cycle collector: reference counting frees acyclic garbage at once (the timing
//! CPython's finalisation reports need); this module reclaims reference cycles, with
//! CPython's algorithm (`Modules/gcmodule.c`, "trial deletion").
//!
//! - Containers that can be part of a cycle (list, dict, set, instance, class, cell,
//!   function, generator, natives that opt in) are created through [`new`], which
//!   registers a `Weak` handle in a thread-local registry (`Tracked`).
//! - A collection (`collector.rs`) computes, for each tracked container, its strong
//!   count minus the references held by other tracked containers of the generation
//!   being collected; containers with a remainder are referenced from outside (a frame,
//!   a Rust local, an untracked object) and are roots; everything reachable from a root
//!   survives; the rest is garbage and is cleared (CPython's `tp_clear`), which drops
//!   the inner `Rc`s so the cycles fall apart.
//! - Two generations: young containers (registered since the last collection) are
//!   collected every [`YOUNG_THRESHOLD`] registrations, survivors move to the old
//!   generation; the old generation is collected when it has grown enough since the
//!   last full collection (`collector::full_due`), so the cost stays amortised O(1) per
//!   allocation even while the live heap grows.
//! - Collections run only at safepoints: `Vm::gc_safepoint` from the dispatch loop,
//!   and `gc.collect()`. Never inside `Drop`. A container whose `RefCell` is borrowed
//!   at that moment is treated as referenced from outside (conservative).
//!
//! Soundness rests on one rule, kept by `traverse.rs`: a container's traversal
//! reports only references it really holds, each once. A reference it fails to report
//! only makes the target look externally referenced (a leak, never a wrong free).

mod collector;
mod trace;
mod traverse;

pub use trace::Trace;
pub use traverse::Visitor;

use crate::object::{Class, Dict, Function, Generator, Instance, List, Native, Set};
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

/// Registrations between two young collections (CPython's generation-0 threshold).
pub use crate::limits::GC_YOUNG_THRESHOLD as YOUNG_THRESHOLD;

/// Under `COIL_GC_STRESS=1`, every how many collections is a full one.
const STRESS_FULL_EVERY: u32 = 32;

/// A registered container, held weakly so the registry never keeps one alive.
pub enum Tracked {
    List(Weak<List>),
    Dict(Weak<Dict>),
    Set(Weak<Set>),
    Instance(Weak<Instance>),
    Class(Weak<Class>),
    Cell(Weak<crate::object::Cell>),
    Function(Weak<Function>),
    Generator(Weak<Generator>),
    Native(Weak<Native>),
}

/// A type whose objects can be registered with the collector.
pub trait Trackable: Sized {
    fn tracked(rc: &Rc<Self>) -> Tracked;
}

macro_rules! trackable {
    ($($t:ident => $v:ident),* $(,)?) => {$(
        impl Trackable for $t {
            fn tracked(rc: &Rc<Self>) -> Tracked {
                Tracked::$v(Rc::downgrade(rc))
            }
        }
    )*};
}

trackable!(
    List => List,
    Dict => Dict,
    Set => Set,
    Instance => Instance,
    Class => Class,
    Function => Function,
    Generator => Generator,
    Native => Native,
);

impl Trackable for crate::object::Cell {
    fn tracked(rc: &Rc<Self>) -> Tracked {
        Tracked::Cell(Rc::downgrade(rc))
    }
}

/// The registry: young and old generations, and the counters that trigger collections.
pub(crate) struct Registry {
    pub young: Vec<Tracked>,
    pub old: Vec<Tracked>,
    /// An empty vector with the young generation's capacity: a young
    /// collection swaps it in, so registering never regrows `young` from
    /// nothing (nine reallocations and copies per 700 registrations).
    pub spare: Vec<Tracked>,
    /// Old containers that had references to other containers when they were
    /// promoted (only those can be part of a cycle), since the last full collection.
    pub old_pending: usize,
    /// How many such containers the last full collection left alive.
    pub old_live: usize,
    /// Length of `old` after the last full collection.
    pub old_len_at_full: usize,
    /// Length of `old` after its last compaction.
    pub old_len_at_compact: usize,
    /// The adaptive factor of `collector::full_due`.
    pub ratio: usize,
    /// A full collection queued finalisers instead of clearing: the next one is
    /// full too.
    pub full_again: bool,
}

impl Registry {
    const fn new() -> Registry {
        Registry {
            young: Vec::new(),
            old: Vec::new(),
            spare: Vec::new(),
            old_pending: 0,
            old_live: 0,
            old_len_at_full: 0,
            old_len_at_compact: 0,
            ratio: 1,
            full_again: false,
        }
    }
}

thread_local! {
    /// Registrations left before the next young collection.
    static BUDGET: Cell<i64> = const { Cell::new(YOUNG_THRESHOLD) };
    static ENABLED: Cell<bool> = const { Cell::new(true) };
    /// `COIL_GC_STRESS=1`: a collection at every safepoint after any registration
    /// (a full one every [`STRESS_FULL_EVERY`]), to shake out soundness bugs.
    static STRESS_COUNT: Cell<u32> = const { Cell::new(0) };
    static STRESS: bool = std::env::var_os("COIL_GC_STRESS").is_some_and(|v| v == "1");
    static REGISTRY: RefCell<Registry> = const { RefCell::new(Registry::new()) };
    /// The budget before [`poke`] zeroed it (finalisers are queued).
    static POKED: Cell<Option<i64>> = const { Cell::new(None) };
}

/// Makes the next safepoint check fire (finalisers were queued,
/// `vm::finalize`): the budget is zeroed and restored by the safepoint.
pub fn poke() {
    let _ = POKED.try_with(|p| {
        if p.get().is_none() {
            let _ = BUDGET.try_with(|b| {
                p.set(Some(b.get()));
                b.set(0);
            });
        }
    });
}

/// Resets the budget to `n`, keeping a pending poke.
fn reset_budget(n: i64) {
    if POKED.with(|p| p.get().is_some()) {
        POKED.with(|p| p.set(Some(n)));
    } else {
        BUDGET.with(|b| b.set(n));
    }
}

/// `Rc::new(value)`, registered with the collector.
#[inline]
pub fn new<T: Trackable>(value: T) -> Rc<T> {
    let rc = Rc::new(value);
    track(&rc);
    rc
}

/// `Rc::new(instance)`, registered. Exceptions are registered too: a cycle
/// made of exceptions alone (`e.me = e`) must be reclaimed and its `__del__`
/// run, as CPython does (golden `gc/exception_self_cycle`). Not registering
/// them saved about 5% of a raise, but needs a registration on the first
/// store that can make a cycle, which the attribute caches' stores bypass.
#[inline]
pub fn new_instance(value: Instance) -> Rc<Instance> {
    new(value)
}

/// Registers an existing container (once: registering twice only makes it look
/// externally referenced).
#[inline]
pub fn track<T: Trackable>(rc: &Rc<T>) {
    let t = T::tracked(rc);
    // During thread teardown the registry may be gone: the object then stays
    // untracked, which only means a cycle through it is not reclaimed.
    let _ = REGISTRY.try_with(|r| {
        if let Ok(mut r) = r.try_borrow_mut() {
            // Short of memory the registry cannot grow: the container stays
            // untracked and the program gets a MemoryError at its next
            // safepoint (`object/parachute.rs`).
            if r.young.len() == r.young.capacity() && r.young.try_reserve(1).is_err() {
                crate::object::parachute::owe();
                return;
            }
            r.young.push(t);
        }
    });
    let _ = BUDGET.try_with(|b| b.set(b.get() - 1));
}

/// The live classes the collector tracks (every class a `class` statement or
/// `type(...)` made), in registration order: `type.__subclasses__`.
pub fn live_classes() -> Vec<Rc<Class>> {
    REGISTRY
        .try_with(|r| {
            let Ok(r) = r.try_borrow() else {
                return Vec::new();
            };
            r.old
                .iter()
                .chain(r.young.iter())
                .filter_map(|t| match t {
                    Tracked::Class(w) => w.upgrade(),
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default()
}

/// True when enough containers were registered since the last collection: the
/// dispatch loop's cheap check before calling `Vm::gc_safepoint`.
#[inline(always)]
pub fn due() -> bool {
    BUDGET.with(|b| b.get() <= 0)
}

/// `gc.enable()` / `gc.disable()`.
pub fn set_enabled(on: bool) {
    ENABLED.with(|e| e.set(on));
}

/// `gc.isenabled()`.
pub fn is_enabled() -> bool {
    ENABLED.with(|e| e.get())
}

/// `gc.collect()`: a full collection; returns how many unreachable containers were
/// found and cleared. (CPython's count also includes objects freed as a
/// consequence, such as the dicts of instances; Coil counts tracked containers only.)
pub fn collect() -> usize {
    reset_budget(YOUNG_THRESHOLD);
    collector::collect(true)
}

impl crate::vm::Vm {
    /// `gc.collect()`: a full collection; generators found in garbage are closed
    /// first (their `finally` blocks run) and the cycles they were in freed by a
    /// second pass, as CPython's `finalize_garbage` then `delete_garbage`.
    pub fn gc_collect(&mut self) -> usize {
        let mut n = collect();
        if crate::vm::finalize::pending() {
            self.run_finalizers();
            n += collect();
        }
        n
    }
}

/// Counts for tests and debugging: (young, old) registry lengths.
pub fn counts() -> (usize, usize) {
    REGISTRY.with(|r| {
        let r = r.borrow();
        (r.young.len(), r.old.len())
    })
}

impl crate::vm::Vm {
    /// A safepoint: runs a collection if one is due. Called from the dispatch loop
    /// when [`due`] says so.
    #[cold]
    #[inline(never)]
    pub fn gc_safepoint(&mut self) {
        if let Some(b) = POKED.with(Cell::take) {
            // Woken for finalisers, not (only) for a collection.
            BUDGET.with(|c| c.set(b));
            self.run_finalizers();
            if b > 0 {
                return;
            }
        }
        let stress = STRESS.with(|s| *s);
        BUDGET.with(|b| b.set(if stress { 1 } else { YOUNG_THRESHOLD }));
        if is_enabled() {
            let full = stress
                && STRESS_COUNT.with(|c| {
                    c.set(c.get().wrapping_add(1));
                    c.get() % STRESS_FULL_EVERY == 0
                });
            collector::collect(full);
            // Garbage the collection kept for its finalisers (generators to
            // close, `__del__`, pending tasks' reports): once they have run,
            // what is still garbage is freed at once, as CPython does in the
            // same collection (`handle_resurrected_objects`).
            if crate::vm::finalize::pending() {
                self.run_finalizers();
                collector::collect(full);
                self.run_finalizers();
            }
        } else {
            collector::compact_young();
        }
    }
}
