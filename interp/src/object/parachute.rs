//! The process's global allocator: the system allocator plus a reserve held
//! back for the moment memory runs out.
//!
//! CPython raises MemoryError wherever `malloc` returns NULL, even for a
//! 48-byte object (`PyErr_NoMemory`, `Objects/obmalloc.c`). Rust aborts the
//! process on any failed infallible allocation, losing what the program
//! printed. Program-sized buffers already grow fallibly (`object/alloc.rs`),
//! but a program that fills memory with many small objects (`"+".join(map(str,
//! range(10**100)))`, a dict of a million strings) fails on some small
//! allocation deep inside the interpreter, where no error can be returned.
//!
//! So a block of address space is reserved at start-up. When a small
//! allocation fails, the reserve is given back to the system, the allocation
//! is retried (and succeeds), and the allocator is marked *tripped*. The VM
//! sees the mark at its next safepoint (a loop back-edge, or the next
//! fallible growth in `object/alloc.rs`) and raises MemoryError there; as the
//! exception unwinds, the program's objects are freed, and the reserve is
//! taken again at a later safepoint. Only if memory runs out a second time
//! before the reserve could be retaken does the process abort as before.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicPtr, AtomicU8, Ordering};

/// Address space held back: enough for the interpreter to build and unwind a
/// MemoryError, run `except` blocks and free what the program held.
const RESERVE: usize = 64 << 20;

/// Failed allocations above this size are not rescued: they are the
/// program-sized ones, which are fallible and become MemoryError directly
/// (`'a' * 10**12`); rescuing them would spend the reserve for nothing.
const RESCUE_MAX: usize = RESERVE / 4;

const RESERVE_LAYOUT: Layout = match Layout::from_size_align(RESERVE, 4096) {
    Ok(l) => l,
    Err(_) => panic!("reserve layout"),
};

/// No reserve yet (before the first allocation) or given back and not yet
/// retaken after the MemoryError was raised.
const EMPTY: u8 = 0;
/// The reserve is held.
const HELD: u8 = 1;
/// The reserve was spent on a failed allocation; the VM owes a MemoryError.
const TRIPPED: u8 = 2;

static STATE: AtomicU8 = AtomicU8::new(EMPTY);
static BLOCK: AtomicPtr<u8> = AtomicPtr::new(std::ptr::null_mut());

/// After a MemoryError the program's freed objects sit in the C allocator's
/// free lists, still counted against an address-space limit, so a fresh
/// 64 MiB block may be refused while small allocations would succeed. The
/// reserve is then retaken as pieces small enough to come from those lists.
const PIECE: usize = 64 << 10;
const PIECES: usize = RESERVE / 2 / PIECE;
const PIECE_LAYOUT: Layout = match Layout::from_size_align(PIECE, 16) {
    Ok(l) => l,
    Err(_) => panic!("piece layout"),
};
#[allow(clippy::declare_interior_mutable_const)]
const NO_PIECE: AtomicPtr<u8> = AtomicPtr::new(std::ptr::null_mut());
static PIECE_BLOCKS: [AtomicPtr<u8>; PIECES] = [NO_PIECE; PIECES];

/// The global allocator (`#[global_allocator]` in `lib.rs`).
pub struct Parachute;

impl Parachute {
    /// Gives the reserve back to the system; true if there was one to give.
    fn release() -> bool {
        let mut released = false;
        let p = BLOCK.swap(std::ptr::null_mut(), Ordering::AcqRel);
        if !p.is_null() {
            // SAFETY: `p` came from `System.alloc(RESERVE_LAYOUT)` in `retake`,
            // and the swap above made this the only owner.
            unsafe { System.dealloc(p, RESERVE_LAYOUT) };
            released = true;
        }
        for slot in &PIECE_BLOCKS {
            let p = slot.swap(std::ptr::null_mut(), Ordering::AcqRel);
            if !p.is_null() {
                // SAFETY: as above, with `PIECE_LAYOUT` (`retake_pieces`).
                unsafe { System.dealloc(p, PIECE_LAYOUT) };
                released = true;
            }
        }
        if released {
            STATE.store(TRIPPED, Ordering::Release);
        }
        released
    }

    /// A failed allocation of `layout`: spend the reserve and retry once.
    #[cold]
    fn rescue(layout: Layout, retry: impl FnOnce() -> *mut u8) -> *mut u8 {
        if layout.size() > RESCUE_MAX || !Self::release() {
            return std::ptr::null_mut();
        }
        retry()
    }
}

// SAFETY: every method forwards to `System` with the caller's layout and
// pointer; the reserve is a separate `System` block owned through `BLOCK`.
unsafe impl GlobalAlloc for Parachute {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if p.is_null() {
            return Self::rescue(layout, || System.alloc(layout));
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc_zeroed(layout);
        if p.is_null() {
            return Self::rescue(layout, || System.alloc_zeroed(layout));
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout)
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = System.realloc(ptr, layout, new_size);
        if p.is_null() {
            let Ok(grown) = Layout::from_size_align(new_size, layout.align()) else {
                return p;
            };
            return Self::rescue(grown, || System.realloc(ptr, layout, new_size));
        }
        p
    }
}

/// True when a rescued allocation left a MemoryError owed, or the reserve is
/// still to be (re)taken: the VM's safepoints call [`attend`] then.
#[inline(always)]
pub fn needs_attention() -> bool {
    STATE.load(Ordering::Relaxed) != HELD
}

/// True once a rescue spent the reserve and no MemoryError has been raised for
/// it yet (fallible growth in `object/alloc.rs` fails while this holds).
#[inline]
pub fn tripped() -> bool {
    STATE.load(Ordering::Relaxed) == TRIPPED
}

/// At a safepoint: true if a MemoryError is owed (the caller raises it; the
/// state moves to "no reserve"). Otherwise tries to take the reserve if it is
/// not held, which fails harmlessly while memory is still short.
pub fn attend() -> bool {
    match STATE.load(Ordering::Acquire) {
        TRIPPED => {
            STATE.store(EMPTY, Ordering::Release);
            true
        }
        EMPTY => {
            retake();
            false
        }
        _ => false,
    }
}

/// Gives the reserve back now (a growth that must succeed, and whose size is
/// past what the allocator rescues, failed): true if there was one to give.
pub fn spend() -> bool {
    Parachute::release()
}

/// A MemoryError is owed although no allocation failed: a table the
/// interpreter could not grow (the collector's registry) was left as it was.
pub fn owe() {
    STATE.store(TRIPPED, Ordering::Release);
}

/// True if `bytes` could be allocated now (a trial allocation, given back at
/// once): for work that needs large temporary tables and can be skipped.
pub fn room_for(bytes: usize) -> bool {
    if bytes < 1 << 20 {
        return true;
    }
    let Ok(layout) = Layout::from_size_align(bytes, 16) else {
        return false;
    };
    // SAFETY: a non-zero-sized layout, freed with the same layout.
    unsafe {
        let p = System.alloc(layout);
        if p.is_null() {
            return false;
        }
        System.dealloc(p, layout);
    }
    true
}

/// Takes the reserve (at start-up, and after a MemoryError once memory was
/// freed). Straight from `System`: a refusal here must not trip the rescue.
pub fn retake() {
    if !BLOCK.load(Ordering::Acquire).is_null()
        || !PIECE_BLOCKS[0].load(Ordering::Acquire).is_null()
    {
        // Still held (a MemoryError was owed without spending it).
        STATE.store(HELD, Ordering::Release);
        return;
    }
    // SAFETY: a non-zero-sized layout; the block is only ever freed by
    // `release` with the same layout.
    let p = unsafe { System.alloc(RESERVE_LAYOUT) };
    if p.is_null() {
        retake_pieces();
        return;
    }
    if BLOCK
        .compare_exchange(std::ptr::null_mut(), p, Ordering::AcqRel, Ordering::Acquire)
        .is_err()
    {
        // SAFETY: `p` was just allocated with this layout and never shared.
        unsafe { System.dealloc(p, RESERVE_LAYOUT) };
        return;
    }
    STATE.store(HELD, Ordering::Release);
}

/// The reserve as pieces from the C allocator's free lists (see `PIECE`):
/// all of them or none.
fn retake_pieces() {
    for (i, slot) in PIECE_BLOCKS.iter().enumerate() {
        // SAFETY: a non-zero-sized layout; pieces are freed by `release` or
        // below, with the same layout.
        let p = unsafe { System.alloc(PIECE_LAYOUT) };
        if p.is_null() {
            for taken in &PIECE_BLOCKS[..i] {
                let q = taken.swap(std::ptr::null_mut(), Ordering::AcqRel);
                // SAFETY: allocated above with `PIECE_LAYOUT`.
                unsafe { System.dealloc(q, PIECE_LAYOUT) };
            }
            return;
        }
        slot.store(p, Ordering::Release);
    }
    STATE.store(HELD, Ordering::Release);
}
