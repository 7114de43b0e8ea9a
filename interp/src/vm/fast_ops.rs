//! Inline fast paths the dispatch loop tries before the object protocol: `int`
//! and `float` arithmetic and comparison that cannot fail (CPython 3.11's
//! specialised `BINARY_OP_ADD_INT`, `COMPARE_OP_INT_JUMP`, … in
//! `Python/bytecodes.c`). Each returns `None` when the general path must decide
//! (other types, overflow into big ints, division by zero).

use crate::object::Value;
use coil_parser::ast::{BinOp, CmpOp};

/// `v.clone()` with the inline variants copied without going through the derived
/// `Clone` (an out-of-line jump table): `LoadFast`/`LoadConst` of ints and floats
/// are the commonest loads.
#[inline(always)]
pub(crate) fn dup(v: &Value) -> Value {
    match v {
        Value::Int(i) => Value::Int(*i),
        Value::Float(f) => Value::Float(*f),
        Value::Bool(b) => Value::Bool(*b),
        Value::None => Value::None,
        other => other.clone(),
    }
}

/// Largest magnitude an int can have and still convert to a float exactly, so
/// that `int / int` and mixed arithmetic match CPython's correctly rounded result.
const EXACT_FLOAT_INT: i64 = 1 << 53;

#[inline(always)]
fn exact_float(i: i64) -> Option<f64> {
    if (-EXACT_FLOAT_INT..=EXACT_FLOAT_INT).contains(&i) {
        Some(i as f64)
    } else {
        None
    }
}

/// `a op b` for ints and floats, when no error or big int can result.
#[inline(always)]
pub(crate) fn arith(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => int_arith(op, *x, *y),
        (Value::Float(x), Value::Float(y)) => float_arith(op, *x, *y),
        (Value::Float(x), Value::Int(y)) => float_arith(op, *x, exact_float(*y)?),
        (Value::Int(x), Value::Float(y)) => float_arith(op, exact_float(*x)?, *y),
        _ => None,
    }
}

#[inline(always)]
fn int_arith(op: BinOp, x: i64, y: i64) -> Option<Value> {
    let r = match op {
        BinOp::Add => x.checked_add(y)?,
        BinOp::Sub => x.checked_sub(y)?,
        BinOp::Mult => x.checked_mul(y)?,
        // Python floors the quotient and gives the remainder the divisor's sign
        // (`Objects/longobject.c`, `l_divmod`).
        BinOp::FloorDiv => {
            let q = x.checked_div(y)?;
            if (x % y != 0) && ((x < 0) != (y < 0)) {
                q - 1
            } else {
                q
            }
        }
        BinOp::Mod => {
            let r = x.checked_rem(y)?;
            if r != 0 && ((r < 0) != (y < 0)) {
                r + y
            } else {
                r
            }
        }
        BinOp::Div if y != 0 => return Some(Value::Float(exact_float(x)? / exact_float(y)?)),
        BinOp::BitAnd => x & y,
        BinOp::BitOr => x | y,
        BinOp::BitXor => x ^ y,
        _ => return None,
    };
    Some(Value::Int(r))
}

#[inline(always)]
fn float_arith(op: BinOp, x: f64, y: f64) -> Option<Value> {
    // A NaN result gets its own identity (`object/float.rs`).
    Some(Value::Float(crate::object::float::new_float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mult => x * y,
        BinOp::Div if y != 0.0 => x / y,
        // C's `pow`, as `float_pow` calls it, where CPython has no special
        // case: a positive finite base and a finite exponent, a finite result
        // (an infinite one is OverflowError, left to the general path).
        BinOp::Pow if x > 0.0 && x.is_finite() && y.is_finite() => {
            let r = x.powf(y);
            if !r.is_finite() {
                return None;
            }
            r
        }
        _ => return None,
    })))
}

/// `l[i]` for an index in range, as a counted copy of the item's words.
#[inline(always)]
pub(crate) fn list_load(l: &crate::object::List, i: i64) -> Option<crate::vm::stack::OwnedWords> {
    let items = l.items.try_borrow().ok()?;
    let n = items.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return None;
    }
    Some(crate::vm::stack::clone_words(&items[j as usize]))
}

/// `local[const]` for a list local and an int constant index in range (the
/// fast path of `LoadFastConstSubscr` and `LoadFastConstCopySubscr`).
#[inline(always)]
pub(crate) fn local_const_item(
    values: &[Option<Value>],
    slot: usize,
    code: &crate::bytecode::CodeObject,
    j: u16,
) -> Option<crate::vm::stack::OwnedWords> {
    match (&values[slot], &code.consts[j as usize]) {
        (Some(Value::List(l)), Value::Int(k)) => list_load(l, *k),
        _ => None,
    }
}

/// `local[local]` for a list and an int index in range
/// (`LoadFastFastSubscr`).
#[inline(always)]
pub(crate) fn local_local_item(
    values: &[Option<Value>],
    container: usize,
    index: usize,
) -> Option<crate::vm::stack::OwnedWords> {
    match (&values[container], &values[index]) {
        (Some(Value::List(l)), Some(Value::Int(k))) => list_load(l, *k),
        _ => None,
    }
}

/// `l[i] = v` for an index in range: the old item, for the caller to drop after
/// the list is released. `v` back when the general path must run (out of range,
/// or the list borrowed by a running `sort`).
#[inline(always)]
pub(crate) fn list_store(l: &crate::object::List, i: i64, v: Value) -> Result<Value, Value> {
    let Ok(mut items) = l.items.try_borrow_mut() else {
        return Err(v);
    };
    let n = items.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return Err(v);
    }
    Ok(std::mem::replace(&mut items[j as usize], v))
}

/// The fast path of `InplaceOpStoreSubscr` (`c[k] op= v` on a list):
/// `[c, k, old, v] -> []` with `c[k] = old op v` when `c` is a list, `k` an int
/// index in range and `old op v` an int/float result with no protocol call.
/// Gives the item replaced, for the caller to drop; `None` (stack untouched)
/// when the general path must run.
#[inline(always)]
pub(crate) fn inplace_store_subscr(values: &mut Vec<Option<Value>>, op: BinOp) -> Option<Value> {
    let n = values.len();
    if n < 4 {
        return None;
    }
    let old = match &values[n - 4..] {
        [Some(Value::List(l)), Some(Value::Int(k)), Some(a), Some(b)] => {
            let r = arith(op, a, b)?;
            list_store(l, *k, r).ok()?
        }
        _ => return None,
    };
    // SAFETY: `arith` answered, so the top two are ints or floats (nothing to
    // drop); below them the int key owns nothing either.
    unsafe {
        super::stack::forget_top_two(values);
        std::mem::forget(values.pop());
    }
    if let Some(list) = values.pop() {
        super::stack::release_slot(list);
    }
    Some(old)
}

/// `a op b` for two ints or two floats (comparison operators only).
#[inline(always)]
pub(crate) fn compare(op: CmpOp, a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => ordered(op, x, y),
        (Value::Float(x), Value::Float(y)) => ordered(op, x, y),
        _ => None,
    }
}

#[inline(always)]
fn ordered<T: PartialOrd>(op: CmpOp, x: &T, y: &T) -> Option<bool> {
    Some(match op {
        CmpOp::Lt => x < y,
        CmpOp::LtE => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::GtE => x >= y,
        CmpOp::Eq => x == y,
        CmpOp::NotEq => x != y,
        _ => return None,
    })
}

/// Truth value of the values that need no protocol call.
#[inline(always)]
pub(crate) fn truthy(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        Value::Int(i) => Some(*i != 0),
        Value::None => Some(false),
        _ => None,
    }
}

/// The top two values of `values`, by reference.
#[inline(always)]
fn top_two(values: &[Option<Value>]) -> Option<(&Value, &Value)> {
    match values {
        [.., Some(a), Some(b)] => Some((a, b)),
        _ => None,
    }
}

/// `BinaryOp` on the top two values without moving them: for two ints or floats
/// the result overwrites the left operand and the right one is dropped (it holds
/// nothing to release). False when the general path must run.
#[inline(always)]
pub(crate) fn arith_in_place(values: &mut Vec<Option<Value>>, op: BinOp) -> bool {
    let (x, y) = match top_two(values) {
        Some((Value::Int(x), Value::Int(y))) => {
            let (x, y) = (*x, *y);
            // Each result is written in its own arm, straight into the slot
            // (see `push`).
            match int_arith(op, x, y) {
                Some(Value::Int(r)) => {
                    // The right operand is an int (nothing to drop); the result
                    // goes into the left one's payload, which is an int too (no
                    // two-word temporary: see `vm/stack.rs`).
                    std::mem::forget(values.pop());
                    if let Some(Some(Value::Int(a))) = values.last_mut() {
                        *a = r;
                    }
                }
                // SAFETY: the top two are ints (matched above).
                Some(Value::Float(r)) => unsafe { super::stack::float_over_top_two(values, r) },
                _ => return false,
            }
            return true;
        }
        Some((Value::Float(x), Value::Float(y))) => (*x, *y),
        Some((Value::Float(x), Value::Int(y))) => (*x, *y as f64),
        Some((Value::Int(x), Value::Float(y))) => (*x as f64, *y),
        _ => return false,
    };
    match float_arith(op, x, y) {
        Some(Value::Float(r)) => {
            // SAFETY: the top two are ints or floats (matched above).
            unsafe { super::stack::float_over_top_two(values, r) };
            true
        }
        _ => false,
    }
}

/// `CompareOp` on the top two values when both are ints or both floats.
#[inline(always)]
pub(crate) fn compare_top(values: &[Option<Value>], op: CmpOp) -> Option<bool> {
    let (a, b) = top_two(values)?;
    compare(op, a, b)
}

/// One step of `ForIter` over the iterators that need no VM (CPython 3.11's
/// `FOR_ITER` specialisations for range and list iterators): the same steps as
/// `Vm::builtin_next` for these two variants.
pub(crate) enum IterStep {
    Int(i64),
    Value(Value),
    Done,
    /// Another iterator: the general `next`.
    Slow,
}

#[inline(always)]
pub(crate) fn iter_step(it: &Value) -> IterStep {
    use crate::object::iterators::BuiltinIter;
    let Value::Native(n) = it else {
        return IterStep::Slow;
    };
    match n.data.as_builtin_iter() {
        Some(BuiltinIter::Range {
            next,
            step,
            remaining,
        }) => {
            let r = remaining.get();
            if r == 0 {
                return IterStep::Done;
            }
            remaining.set(r - 1);
            let v = next.get();
            if r > 1 {
                next.set(v.wrapping_add(*step));
            }
            IterStep::Int(v)
        }
        Some(BuiltinIter::List { list, index, done }) => {
            if done.get() {
                return IterStep::Done;
            }
            let i = index.get();
            match list.items.borrow().get(i) {
                Some(v) => {
                    index.set(i + 1);
                    IterStep::Value(dup(v))
                }
                None => {
                    done.set(true);
                    IterStep::Done
                }
            }
        }
        _ => IterStep::Slow,
    }
}

/// `iter(range(a[, b[, c]]))` straight from `Call(n)` followed by `GetIter`
/// (`for i in range(...)`), for int arguments and a non-zero step: the
/// range object the call would make is never seen by the script, so only
/// its iterator is built (CPython makes both; `range_iter` in
/// `Objects/rangeobject.c` computes the same start, step and length).
/// `call` is `[callable, a1..an]`; `None` when the general call must run.
#[inline]
pub(crate) fn range_iter(
    types: &crate::vm::types::BuiltinTypes,
    call: &[Option<Value>],
) -> Option<Value> {
    let (Some(Value::Class(cls)), args) = call.split_first()? else {
        return None;
    };
    if !std::rc::Rc::ptr_eq(cls, &types.range) {
        return None;
    }
    let (start, stop, step) = match *args {
        [Some(Value::Int(stop))] => (0, stop, 1),
        [Some(Value::Int(start)), Some(Value::Int(stop))] => (start, stop, 1),
        [Some(Value::Int(start)), Some(Value::Int(stop)), Some(Value::Int(step))] if step != 0 => {
            (start, stop, step)
        }
        _ => return None,
    };
    let len = small_range_len(start, stop, step)?;
    Some(types.iters.range_iter(start, step, len))
}

/// `len(range(start, stop, step))` in `i64` (`step != 0`); `None` when a
/// difference overflows (`range(-2**63, 2**63 - 1)`: the general path).
/// `Range::len` divides in `i128`, a library call.
#[inline(always)]
fn small_range_len(start: i64, stop: i64, step: i64) -> Option<i64> {
    if step > 0 {
        if start < stop {
            return Some((stop.checked_sub(start)? - 1) / step + 1);
        }
    } else if start > stop {
        return Some((start.checked_sub(stop)? - 1) / step.checked_neg()? + 1);
    }
    Some(0)
}

/// Whether the top `n` values are all strs (`BuildString`'s fast case).
#[inline(always)]
pub(crate) fn all_str(values: &[Option<Value>], n: usize) -> bool {
    n <= values.len()
        && values[values.len() - n..]
            .iter()
            .all(|v| matches!(v, Some(Value::Str(_))))
}

/// Pops the top `n` values (all strs) and gives their concatenation, allocated
/// once at its final size (fallibly: `None` when it cannot be, and the values
/// stay for the MemoryError's unwinding).
pub(crate) fn concat_top(values: &mut Vec<Option<Value>>, n: usize) -> Option<Value> {
    let start = values.len() - n;
    let parts = &values[start..];
    let len = parts.iter().try_fold(0usize, |len, v| match v {
        Some(Value::Str(s)) => len.checked_add(s.as_str().len()),
        _ => Some(len),
    })?;
    let strs = || {
        parts.iter().filter_map(|v| match v {
            Some(Value::Str(s)) => Some(s.as_str()),
            _ => None,
        })
    };
    if let Some(short) = crate::object::Str::concat_short(strs()) {
        values.truncate(start);
        return Some(Value::Str(std::rc::Rc::new(short)));
    }
    let mut out = crate::object::alloc::string_with_capacity(len).ok()?;
    for v in parts {
        if let Some(Value::Str(s)) = v {
            out.push_str(s.as_str());
        }
    }
    values.truncate(start);
    Some(Value::string(out))
}

/// `str(x)` and `int(x)` for an exact int or str argument, the commonest
/// conversions, without `type.__call__` and argument binding (`unicode_new` →
/// `PyObject_Str`, `long_new` → `PyLong_FromUnicodeObject`): `str` of an int or
/// a str, `int` of an int or of short plain decimal text. `None` for anything
/// else (the general path then decides, errors included).
#[inline]
pub(crate) fn convert(
    types: &crate::vm::types::BuiltinTypes,
    cls: &std::rc::Rc<crate::object::Class>,
    arg: &Value,
) -> Option<Value> {
    use std::rc::Rc;
    if Rc::ptr_eq(cls, &types.str) {
        return match arg {
            Value::Int(i) => Some(Value::int_str(*i)),
            Value::Str(_) => Some(arg.clone()),
            _ => None,
        };
    }
    if Rc::ptr_eq(cls, &types.int) {
        return match arg {
            Value::Int(i) => Some(Value::Int(*i)),
            Value::Str(s) => {
                // An optional minus and 1 to 18 ASCII digits fit an i64; any
                // other text (spaces, `+`, `_`, other digits) goes the long way.
                let b = s.as_str().as_bytes();
                let (negative, digits) = match b.first() {
                    Some(b'-') => (true, &b[1..]),
                    _ => (false, b),
                };
                if !(1..=18).contains(&digits.len()) || !digits.iter().all(u8::is_ascii_digit) {
                    return None;
                }
                let n = digits
                    .iter()
                    .fold(0i64, |n, d| n * 10 + i64::from(d - b'0'));
                Some(Value::Int(if negative { -n } else { n }))
            }
            _ => None,
        };
    }
    None
}

/// The hash of a dict key that needs no script code: an exact str or int.
#[inline(always)]
fn atom_hash(key: &Value) -> Option<u64> {
    match key {
        Value::Str(s) => Some(s.hash()),
        Value::Int(i) => {
            Some(super::ops::hash::hash_int(crate::object::int::IntRef::Small(*i)) as u64)
        }
        _ => None,
    }
}

/// Where an exact str or int `key` sits in `d` (`dict_find` without the VM):
/// `Some(Some(i))` found, `Some(None)` surely absent, `None` when a stored key
/// of that hash is not decided without a script `__eq__` (or `key` is of
/// another type): the general path decides.
#[inline(always)]
pub(crate) fn dict_find_atom(d: &crate::object::Dict, key: &Value) -> Option<Option<usize>> {
    let hash = atom_hash(key)?;
    let map = d.map.borrow();
    let mut undecided = false;
    let found = map.find(hash, |stored| {
        stored.value.is(key)
            || match crate::object::native::fast_eq(&stored.value, key) {
                Some(b) => b,
                None => {
                    undecided = true;
                    false
                }
            }
    });
    match (found, undecided) {
        (Some(i), _) => Some(Some(i)),
        (None, false) => Some(None),
        (None, true) => None,
    }
}

/// `d[key]` for an exact str or int key that is present, as counted words.
#[inline(always)]
pub(crate) fn dict_load(
    d: &crate::object::Dict,
    key: &Value,
) -> Option<crate::vm::stack::OwnedWords> {
    let i = dict_find_atom(d, key)??;
    let map = d.map.borrow();
    map.slot(i).map(|(_, v)| crate::vm::stack::clone_words(v))
}

/// `key in d` for an exact str or int key.
#[inline(always)]
pub(crate) fn dict_contains(d: &crate::object::Dict, key: &Value) -> Option<bool> {
    dict_find_atom(d, key).map(|i| i.is_some())
}

/// `d[key] = v` for an exact str or int key (`dict_set_hashed` without the
/// VM): the value replaced (for the caller to drop), or `v` back when the
/// general path must decide.
#[inline(always)]
pub(crate) fn dict_store(
    d: &crate::object::Dict,
    key: &Value,
    v: Value,
) -> Result<Option<Value>, Value> {
    let Some(found) = dict_find_atom(d, key) else {
        return Err(v);
    };
    match found {
        Some(i) => {
            // An existing key keeps its place and identity; only the value
            // changes, so the keys version stays.
            let mut map = d.map.borrow_mut_values();
            match map.slot_mut(i) {
                Some((_, slot)) => Ok(Some(std::mem::replace(slot, v))),
                None => Err(v),
            }
        }
        None => {
            let Some(hash) = atom_hash(key) else {
                return Err(v);
            };
            let hk = crate::object::HashKey {
                hash,
                value: key.clone(),
            };
            d.map.borrow_mut().insert_new(hk, v);
            Ok(None)
        }
    }
}
