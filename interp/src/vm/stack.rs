//! Value-stack moves without store-forwarding stalls (the role of CPython's
//! `PUSH`/`POP`/`Py_INCREF` macros in `Python/ceval_macros.h`). With
//! `Frame::push_call` (`frame.rs`, a record written in place) it is the VM's
//! `unsafe` code.
//!
//! Why: a `Value` is two words (tag, payload). Built in a register pair and
//! stored as two 8-byte writes, then read back soon after with one 16-byte load —
//! what `Vec::push(v.clone())` or `*slot = Some(v)` compile to — the load cannot be
//! forwarded from the two stores and stalls a dozen cycles; profiles of fib(30)
//! showed ~40% of the loop's samples on such copies. So values move between slots
//! here as two separate 8-byte words (loads that each match one earlier store
//! forward fine), and a clone is "bump the reference count, copy the words"
//! straight from the source slot into the destination — no `Value` in a stack
//! temporary.
//!
//! Invariants relied on (each `unsafe` block says which):
//! - a slot is an `Option<Value>`, 16 bytes, fully described by its two words:
//!   copying the words (as `MaybeUninit`, since `None`'s payload word is padding)
//!   duplicates the value bitwise; it is a valid clone once the reference count of
//!   a heap variant was incremented (`incref`), and a valid move when the source
//!   slot is then forgotten (`set_len` below it, or overwritten without a drop);
//! - writes only go to indices `< capacity`, and `set_len` only covers slots that
//!   were written.

use crate::object::Value;
use std::mem::{forget, MaybeUninit};

type Slot = Option<Value>;
type Words = [MaybeUninit<u64>; 2];

// Pinned: the word copies below move exactly one slot.
const _: () = assert!(std::mem::size_of::<Slot>() == 16);

/// Increments the reference count of `v`'s heap object, if it has one (the
/// other half of a clone made by copying words).
#[inline(always)]
fn incref(v: &Value) {
    use Value::*;
    // The inline variants first, with one compare (they are the commonest
    // constants and locals), before the per-variant jump.
    if matches!(v, None | Bool(_) | Int(_) | Float(_)) {
        return;
    }
    match v {
        None | Bool(_) | Int(_) | Float(_) | Ellipsis | NotImplemented => {}
        BigInt(r) => forget(r.clone()),
        Complex(r) => forget(r.clone()),
        Str(r) => forget(r.clone()),
        Tuple(r) => forget(r.clone()),
        List(r) => forget(r.clone()),
        Dict(r) => forget(r.clone()),
        Set(r) => forget(r.clone()),
        Function(r) => forget(r.clone()),
        Builtin(r) => forget(r.clone()),
        BoundMethod(r) => forget(r.clone()),
        Class(r) => forget(r.clone()),
        Instance(r) => forget(r.clone()),
        Module(r) => forget(r.clone()),
        Code(r) => forget(r.clone()),
        Cell(r) => forget(r.clone()),
        Range(r) => forget(r.clone()),
        Slice(r) => forget(r.clone()),
        Generator(r) => forget(r.clone()),
        Native(r) => forget(r.clone()),
        Bytes(r) => forget(r.clone()),
    }
}

/// Reads a slot's two words separately (two 8-byte loads).
///
/// SAFETY (callers): `p` points to an initialised slot; the words are a bitwise
/// copy, so exactly one of the source and the copy may be dropped later.
#[inline(always)]
unsafe fn read_words(p: *const Slot) -> Words {
    let w = p as *const MaybeUninit<u64>;
    // (LLVM may merge these into one 16-byte load; forcing two with volatile
    // reads was measured slower overall: 14% on fib.)
    [w.read(), w.add(1).read()]
}

/// Writes two words into a slot (two 8-byte stores).
///
/// SAFETY (callers): `p` points to writable memory for one slot whose old
/// contents need no drop (spare capacity or moved out).
#[inline(always)]
unsafe fn write_words(p: *mut Slot, w: Words) {
    let d = p as *mut MaybeUninit<u64>;
    d.write(w[0]);
    d.add(1).write(w[1]);
}

/// Grows a value stack amortised (doubling): a generator's own stack starts
/// at its frame's exact size and grows only when it calls functions, so a
/// fixed step of 64 slots would add a kilobyte to every suspended coroutine
/// that once made a call.
#[cold]
#[inline(never)]
fn grow(values: &mut Vec<Slot>) {
    values.reserve(values.len().max(8));
}

/// `v.push(x)` written so that `x` is built straight into the new element:
/// `Vec::push` is an out-of-line call for large `T` (a frame record is 88
/// bytes), which copies the record through two stack temporaries first.
#[inline(always)]
pub(crate) fn push_record<T>(v: &mut Vec<T>, x: T) {
    let len = v.len();
    if len == v.capacity() {
        v.reserve(16);
    }
    // SAFETY: `len < capacity` (checked above); the element at `len` is spare
    // capacity, written before `set_len` covers it.
    unsafe {
        v.as_mut_ptr().add(len).write(x);
        v.set_len(len + 1);
    }
}

/// Moves the last element of `from` to the end of `to` with one copy (a frame
/// record between `Vm::frames` and a generator: `pop` then `push` copies it
/// twice, and `move_tail`'s loop costs more than the copy for one element).
/// False when `from` is empty.
#[inline(always)]
pub(crate) fn move_last<T>(from: &mut Vec<T>, to: &mut Vec<T>) -> bool {
    let len = from.len();
    if len == 0 {
        return false;
    }
    let at = to.len();
    if at == to.capacity() {
        to.reserve(1);
    }
    // SAFETY: `from[len - 1]` is initialised and leaves `from` by `set_len`
    // before it is copied bitwise (a move) into `to`'s spare capacity at `at`
    // (`at < capacity`, ensured above), which `set_len(at + 1)` then covers.
    // The two vectors are distinct, so the slots do not overlap.
    unsafe {
        from.set_len(len - 1);
        std::ptr::copy_nonoverlapping(from.as_ptr().add(len - 1), to.as_mut_ptr().add(at), 1);
        to.set_len(at + 1);
    }
    true
}

/// Pushes `v`, constructed by the caller (ideally as a literal variant, so its
/// two words go straight into the slot).
#[inline(always)]
pub(crate) fn push(values: &mut Vec<Slot>, v: Value) {
    let len = values.len();
    if len == values.capacity() {
        grow(values);
    }
    // SAFETY: `len < capacity` (checked above); the slot at `len` is spare
    // capacity, written before `set_len` makes it part of the vector.
    unsafe {
        values.as_mut_ptr().add(len).write(Some(v));
        values.set_len(len + 1);
    }
}

/// Pushes `Value::Int(n)` as two word stores. Built as a `Value`, a computed
/// int goes through a stack temporary and a 16-byte reload (a store-forwarding
/// stall; see the header) — measured at 12% of `fib`.
#[inline(always)]
pub(crate) fn push_int(values: &mut Vec<Slot>, n: i64) {
    // SAFETY: `INT_PAYLOAD_IS_SECOND_WORD` (checked at compile time) says an
    // int slot is its variant's first word (tag and padding, the same for every
    // int) followed by the `i64`; so these words are exactly `Some(Int(n))`.
    unsafe { push_words(values, [INT_WORDS[0], MaybeUninit::new(n as u64)]) }
}

/// Pushes `Value::Float(x)` as two word stores (see `push_int`).
#[inline(always)]
pub(crate) fn push_float(values: &mut Vec<Slot>, x: f64) {
    // SAFETY: as in `push_int`, by `FLOAT_PAYLOAD_IS_SECOND_WORD`.
    unsafe { push_words(values, [FLOAT_WORDS[0], MaybeUninit::new(x.to_bits())]) }
}

/// The words of `Some(Value::Int(INT_PROBE))` and `Some(Value::Float(..))`.
const INT_PROBE: i64 = 0x1234_5678_9abc_def0;
const FLOAT_PROBE: f64 = 1.234_567_890_123_456_7e-300;
// SAFETY: a slot is 16 bytes (asserted above); reading it as two `MaybeUninit`
// words is always valid (no value of the words is assumed).
const INT_WORDS: Words = unsafe { std::mem::transmute(Some(Value::Int(INT_PROBE))) };
const FLOAT_WORDS: Words = unsafe { std::mem::transmute(Some(Value::Float(FLOAT_PROBE))) };
// The payload is the second word: if it were not, `assume_init` on a word
// holding padding would fail compile-time evaluation, and a word holding
// other bytes would fail the comparison — either way the build stops.
const _INT_PAYLOAD_IS_SECOND_WORD: () =
    assert!(unsafe { INT_WORDS[1].assume_init() } == INT_PROBE as u64);
const _FLOAT_PAYLOAD_IS_SECOND_WORD: () =
    assert!(unsafe { FLOAT_WORDS[1].assume_init() } == FLOAT_PROBE.to_bits());

/// Pushes a slot given as words.
///
/// SAFETY (callers): `w` are the words of a valid `Slot` that owns no
/// reference (or whose reference the new slot takes over).
#[inline(always)]
unsafe fn push_words(values: &mut Vec<Slot>, w: Words) {
    let len = values.len();
    if len == values.capacity() {
        grow(values);
    }
    // `len < capacity` (checked above): the slot is spare capacity, written
    // before `set_len` covers it.
    write_words(values.as_mut_ptr().add(len), w);
    values.set_len(len + 1);
}

/// Drops a value, skipping the out-of-line drop glue for the variants that own
/// nothing (the ints and floats of arithmetic code): the glue is a call even
/// for them.
#[inline(always)]
pub(crate) fn release(v: Value) {
    if matches!(
        v,
        Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_)
    ) {
        forget(v);
    } else {
        drop(v);
    }
}

/// `release` for a slot.
#[inline(always)]
pub(crate) fn release_slot(v: Slot) {
    if let Some(v) = v {
        release(v)
    }
}

/// Replaces the top two slots, which hold ints or floats (nothing to drop), with
/// `Value::Float(x)` as two word stores: `truncate` and an assignment would each
/// call the drop glue out of line (measured at ~12% of `nbody`).
///
/// SAFETY (callers): the top two slots hold `Some(Int(_))`/`Some(Float(_))`.
#[inline(always)]
pub(crate) unsafe fn float_over_top_two(values: &mut Vec<Slot>, x: f64) {
    let len = values.len();
    assert!(len >= 2, "float_over_top_two on a short stack");
    // Both slots own nothing, so forgetting the top one (`set_len`) and
    // overwriting the other without a drop leak nothing.
    values.set_len(len - 1);
    write_words(
        values.as_mut_ptr().add(len - 2),
        [FLOAT_WORDS[0], MaybeUninit::new(x.to_bits())],
    );
}

/// Pops the top two slots, which own nothing (ints, floats, bools, None),
/// without running the drop glue.
///
/// SAFETY (callers): the top two slots hold values with no heap reference.
#[inline(always)]
pub(crate) unsafe fn forget_top_two(values: &mut Vec<Slot>) {
    let len = values.len();
    assert!(len >= 2, "forget_top_two on a short stack");
    values.set_len(len - 2);
}

#[inline(always)]
pub(crate) fn push_bool(values: &mut Vec<Slot>, b: bool) {
    push(values, Value::Bool(false));
    if let Some(Some(Value::Bool(x))) = values.last_mut() {
        *x = b;
    }
}

/// Pushes a clone of `v` (a constant, or a value outside the stack) by words.
#[inline(always)]
pub(crate) fn push_clone(values: &mut Vec<Slot>, v: &Value) {
    let len = values.len();
    if len == values.capacity() {
        grow(values);
    }
    incref(v);
    // SAFETY: `v` is a live value (`Some(v)` has the same words as `v`'s niche
    // layout: `Option<Value>` uses an unused tag for `None`, pinned by the
    // size assertion and `value_is_two_words`); its count was just incremented,
    // so the copy owns one reference. `len < capacity` as in `push`.
    unsafe {
        let w = read_words(v as *const Value as *const Slot);
        write_words(values.as_mut_ptr().add(len), w);
        values.set_len(len + 1);
    }
}

/// A counted copy of a value as its two words, not yet in any slot: what
/// `replace_top` stores. Dropped unstored, it leaks one reference (never unsound).
pub(crate) struct OwnedWords(Words);

/// Clones `v` (a value outside the stack, e.g. in a dict) as words.
#[inline(always)]
pub(crate) fn clone_words(v: &Value) -> OwnedWords {
    incref(v);
    // SAFETY: `v` is live and `Some(v)` has `v`'s words (see `push_clone`); the
    // count was just incremented, so the words own one reference.
    OwnedWords(unsafe { read_words(v as *const Value as *const Slot) })
}

/// Pushes counted words (see `clone_words`).
#[inline(always)]
pub(crate) fn push_owned(values: &mut Vec<Slot>, w: OwnedWords) {
    // SAFETY: the words are a valid slot owning its reference, which the new
    // slot takes over.
    unsafe { push_words(values, w.0) }
}

/// Replaces the top of the stack with `w`, giving back the old top (for the
/// caller to drop when nothing borrows the stack).
#[inline(always)]
pub(crate) fn replace_top(values: &mut Vec<Slot>, w: OwnedWords) -> Slot {
    let len = values.len();
    assert!(len > 0, "replace_top on an empty stack");
    // SAFETY: slot `len - 1` is initialised: its words are moved out (and
    // returned as the slot they are, so dropped exactly once) before the new
    // words, which own their reference, overwrite it.
    unsafe {
        let p = values.as_mut_ptr().add(len - 1);
        let old = read_words(p);
        write_words(p, w.0);
        std::mem::transmute::<Words, Slot>(old)
    }
}

/// `LoadFast`: pushes a clone of slot `i`. False (nothing pushed) when the slot
/// is unbound.
#[inline(always)]
pub(crate) fn push_local(values: &mut Vec<Slot>, i: usize) -> bool {
    let len = values.len();
    assert!(i < len, "local slot out of range");
    if len == values.capacity() {
        grow(values);
    }
    match &values[i] {
        Some(v) => incref(v),
        None => return false,
    }
    // SAFETY: `i < len` (asserted), so slot `i` is initialised and holds a value
    // whose count was just incremented; `len < capacity` as in `push`.
    unsafe {
        let p = values.as_mut_ptr();
        let w = read_words(p.add(i));
        write_words(p.add(len), w);
        values.set_len(len + 1);
    }
    true
}

/// `StoreFast`: moves the top of the stack into slot `i` (dropping its old value).
#[inline(always)]
pub(crate) fn pop_to_local(values: &mut Vec<Slot>, i: usize) {
    let len = values.len();
    assert!(i + 1 < len, "store into a slot not below the top");
    // Drop the old value first (it may run a destructor that looks at nothing on
    // this stack, but must not see a half-moved slot).
    let old = values[i].take();
    // SAFETY: `len - 1 > i`, both slots initialised; slot `i` holds `None` (no
    // drop needed when overwritten); the top's words move into it and the top is
    // forgotten by `set_len(len - 1)`.
    unsafe {
        let p = values.as_mut_ptr();
        let w = read_words(p.add(len - 1));
        values.set_len(len - 1);
        write_words(p.add(i), w);
    }
    release_slot(old);
}

/// Writes `Value::Int(n)` into local slot `i` as two word stores (a fused
/// `StoreFast` of a computed int: no push and pop); its old value is dropped
/// after, as `pop_to_local` drops it.
#[inline(always)]
pub(crate) fn store_int(values: &mut [Slot], i: usize, n: i64) {
    // SAFETY: as in `push_int`, these words are exactly `Some(Int(n))`.
    unsafe { store_words(values, i, [INT_WORDS[0], MaybeUninit::new(n as u64)]) }
}

/// `store_int` for `Value::Float(x)`.
#[inline(always)]
pub(crate) fn store_float(values: &mut [Slot], i: usize, x: f64) {
    // SAFETY: as in `push_float`.
    unsafe { store_words(values, i, [FLOAT_WORDS[0], MaybeUninit::new(x.to_bits())]) }
}

/// `StoreFast` of a value not on the stack (a `for` loop's next item): local
/// `i` takes `v`, its old value is dropped after.
#[inline(always)]
pub(crate) fn store_local(values: &mut [Slot], i: usize, v: Value) {
    let old = values[i].replace(v);
    release_slot(old);
}

/// `StoreFast` of counted words (see `clone_words`).
#[inline(always)]
pub(crate) fn store_owned(values: &mut [Slot], i: usize, w: OwnedWords) {
    // SAFETY: the words are a valid slot owning its reference, which slot `i`
    // takes over.
    unsafe { store_words(values, i, w.0) }
}

/// Overwrites slot `i` with `w`, dropping its old value (skipped for the
/// values that own nothing).
///
/// SAFETY (callers): `w` are the words of a valid slot whose reference (if
/// any) the slot takes over.
#[inline(always)]
unsafe fn store_words(values: &mut [Slot], i: usize, w: Words) {
    assert!(i < values.len(), "local slot out of range");
    let p = values.as_mut_ptr().add(i);
    // `i` is in bounds (asserted): the old slot is moved out as its words,
    // dropped once below, after the new words fill the slot.
    let old = read_words(p);
    write_words(p, w);
    let old = std::mem::transmute::<Words, Slot>(old);
    release_slot(old);
}

/// `ReturnValue` of a plain call: drops everything from `ret_sp` up except the
/// top, which moves to index `ret_sp` (the caller's stack top).
#[inline(always)]
pub(crate) fn return_to(values: &mut Vec<Slot>, ret_sp: usize) {
    let len = values.len();
    assert!(ret_sp < len, "return below the stack");
    // SAFETY: the top slot (`len - 1 >= ret_sp`) is initialised; its words are
    // read and, with the slots from `ret_sp`, it leaves the vector by
    // `set_len(ret_sp)` first (a panicking drop below then leaks instead of
    // double-dropping). Slots `ret_sp..len - 1` are initialised and each is
    // dropped once. Then `ret_sp < len <= capacity` is written and covered by
    // `set_len`.
    unsafe {
        let p = values.as_mut_ptr();
        let w = read_words(p.add(len - 1));
        values.set_len(ret_sp);
        for i in ret_sp..len - 1 {
            drop_slot(p.add(i));
        }
        write_words(p.add(ret_sp), w);
        values.set_len(ret_sp + 1);
    }
}

/// Drops the slot at `p` in place, skipping the drop glue's per-variant jump for
/// the values that own nothing (most locals of arithmetic code).
///
/// SAFETY (callers): `p` is an initialised slot that is no longer part of any
/// vector's length and is not read again.
#[inline(always)]
unsafe fn drop_slot(p: *mut Slot) {
    use Value::*;
    if !matches!(&*p, Option::None | Some(None | Bool(_) | Int(_) | Float(_))) {
        std::ptr::drop_in_place(p);
    }
}

/// Pads the stack with unbound slots (`None`) up to `len` (a frame's locals past
/// its arguments).
#[inline(always)]
pub(crate) fn pad_unbound(values: &mut Vec<Slot>, len: usize) {
    while values.len() < len {
        push_none(values);
    }
}

#[inline(always)]
fn push_none(values: &mut Vec<Slot>) {
    let len = values.len();
    if len == values.capacity() {
        grow(values);
    }
    // SAFETY: as in `push`.
    unsafe {
        values.as_mut_ptr().add(len).write(None);
        values.set_len(len + 1);
    }
}

/// Moves `from[start..]` to the end of `to`, as one block copy (`Vec::append`
/// for a tail: `drain(start..)` into `extend` moves element by element).
#[inline]
pub(crate) fn move_tail<T>(from: &mut Vec<T>, start: usize, to: &mut Vec<T>) {
    let len = from.len();
    assert!(start <= len, "move_tail past the end");
    let n = len - start;
    if to.is_empty() {
        // Exact into an empty vector (a generator's segment as it suspends):
        // the segment keeps this capacity for its lifetime, a pending task
        // holds one per coroutine, and the size barely varies between
        // suspensions. The running stacks grow amortised as usual.
        to.reserve_exact(n);
    } else {
        to.reserve(n);
    }
    let at = to.len();
    // SAFETY: `from[start..len]` are initialised; they leave `from` by
    // `set_len(start)` and are copied bitwise (a move) into `to`'s spare capacity
    // (`reserve(n)` above), which `set_len(at + n)` then covers. The ranges are
    // in different vectors, so they do not overlap.
    unsafe {
        from.set_len(start);
        let (src, dst) = (from.as_ptr().add(start), to.as_mut_ptr().add(at));
        if n <= 8 {
            // A generator's segment is a few values: an inline loop beats the
            // call into `memmove` that `copy_nonoverlapping` becomes.
            for i in 0..n {
                dst.add(i).write(src.add(i).read());
            }
        } else {
            std::ptr::copy_nonoverlapping(src, dst, n);
        }
        to.set_len(at + n);
    }
}

/// Moves the top `n` slots into a new exact-size vector of values (an unbound
/// slot, never an operand, becomes None): `BuildTuple`'s and `BuildList`'s
/// items. A `drain(..).map(..).collect()` costs ~190 instructions for a pair.
#[inline(always)]
pub(crate) fn take_top(values: &mut Vec<Slot>, n: usize) -> Vec<Value> {
    let len = values.len();
    assert!(n <= len, "take_top below the stack");
    let start = len - n;
    let mut out = Vec::with_capacity(n);
    // SAFETY: `values[start..len]` are initialised; they leave `values` by
    // `set_len(start)` before each is read exactly once (a move) into `out`,
    // whose capacity is `n` (so `push` never reallocates mid-loop and nothing
    // can panic between the `set_len` and the last read).
    unsafe {
        values.set_len(start);
        let src = values.as_ptr().add(start);
        for i in 0..n {
            out.push(src.add(i).read().unwrap_or(Value::None));
        }
    }
    out
}
