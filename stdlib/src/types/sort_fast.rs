//! The pre-sort key check of CPython 3.11's `list_sort_impl`
//! (`Objects/listobject.c`: `unsafe_long_compare`, `unsafe_float_compare`,
//! `unsafe_latin_compare`, `unsafe_tuple_compare`): when every key is an int,
//! every key a float (no NaN), every key a str, or every key a tuple whose
//! items are ints and strs of one kind per position, comparing two keys can
//! neither fail nor run script code, and `<` is a total order.
//!
//! Unlike CPython, which keeps timsort and only swaps the comparison, Coil then
//! sorts with the standard library's stable sort: for a total order a stable sort
//! has exactly one possible result, so nothing a script can observe changes
//! (no `__lt__` runs, and the list is invisible while it is sorted), and the
//! standard sort needs neither the galloping bookkeeping nor a clone per move.

use coil_interp::Value;
use std::cmp::Ordering;

type Item = (Value, Value);

/// The kind every key shares, when it is one the check accepts.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Int,
    Float,
    Str,
    /// Tuples of ints and strs, the same kind at each position in every tuple.
    Tuple,
}

/// Sorts `v` by key, stably, when the keys pass the check; false (and `v`
/// untouched) when they do not, so the caller runs timsort.
pub(crate) fn sort_known_kinds(v: &mut [Item]) -> bool {
    let Some(kind) = common_kind(v) else {
        return false;
    };
    match kind {
        Kind::Int => v.sort_by(|a, b| match (&a.0, &b.0) {
            (Value::Int(x), Value::Int(y)) => x.cmp(y),
            _ => Ordering::Equal,
        }),
        // Checked free of NaN: `partial_cmp` answers for every pair (and
        // -0.0 equals 0.0, as Python's `<` says).
        Kind::Float => v.sort_by(|a, b| match (&a.0, &b.0) {
            (Value::Float(x), Value::Float(y)) => x.partial_cmp(y).unwrap_or(Ordering::Equal),
            _ => Ordering::Equal,
        }),
        // Code-point order is the UTF-8 byte order.
        Kind::Str => v.sort_by(|a, b| match (&a.0, &b.0) {
            (Value::Str(x), Value::Str(y)) => x.as_str().cmp(y.as_str()),
            _ => Ordering::Equal,
        }),
        Kind::Tuple => v.sort_by(|a, b| match (&a.0, &b.0) {
            (Value::Tuple(x), Value::Tuple(y)) => {
                for (p, q) in x.items.iter().zip(y.items.iter()) {
                    let o = match (p, q) {
                        (Value::Int(i), Value::Int(j)) => i.cmp(j),
                        (Value::Str(s), Value::Str(t)) => s.as_str().cmp(t.as_str()),
                        _ => Ordering::Equal,
                    };
                    if o != Ordering::Equal {
                        return o;
                    }
                }
                x.items.len().cmp(&y.items.len())
            }
            _ => Ordering::Equal,
        }),
    }
    true
}

/// The kind all keys share, if the check accepts it (at least two keys).
fn common_kind(v: &[Item]) -> Option<Kind> {
    let kind = match &v.first()?.0 {
        Value::Int(_) => Kind::Int,
        Value::Float(_) => Kind::Float,
        Value::Str(_) => Kind::Str,
        Value::Tuple(_) => Kind::Tuple,
        _ => return None,
    };
    if v.len() < 2 {
        return None;
    }
    let all = match kind {
        Kind::Int => v.iter().all(|(k, _)| matches!(k, Value::Int(_))),
        Kind::Float => v
            .iter()
            .all(|(k, _)| matches!(k, Value::Float(x) if !x.is_nan())),
        Kind::Str => v.iter().all(|(k, _)| matches!(k, Value::Str(_))),
        Kind::Tuple => tuples_comparable(v),
    };
    all.then_some(kind)
}

/// Every key a tuple of ints and strs, position k holding the same kind in
/// every tuple that has one (so no comparison can raise TypeError).
fn tuples_comparable(v: &[Item]) -> bool {
    // Per position: true for int, false for str, fixed by the first tuple
    // that reaches it.
    let mut kinds: Vec<bool> = Vec::new();
    for (k, _) in v {
        let Value::Tuple(t) = k else {
            return false;
        };
        for (pos, item) in t.items.iter().enumerate() {
            let is_int = match item {
                Value::Int(_) => true,
                Value::Str(_) => false,
                _ => return false,
            };
            match kinds.get(pos) {
                Some(&known) if known != is_int => return false,
                Some(_) => {}
                None => kinds.push(is_int),
            }
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(v: &Value) -> i64 {
        match v {
            Value::Int(i) => *i,
            _ => -1,
        }
    }

    #[test]
    fn ints_sort_stably() {
        let mut v: Vec<Item> = (0..200)
            .map(|i| (Value::Int((i * 7919) % 13), Value::Int(i)))
            .collect();
        assert!(sort_known_kinds(&mut v));
        for w in v.windows(2) {
            let (a, b) = (int(&w[0].0), int(&w[1].0));
            assert!(a < b || (a == b && int(&w[0].1) < int(&w[1].1)));
        }
    }

    #[test]
    fn mixed_or_nan_keys_are_refused() {
        let mut v: Vec<Item> = vec![
            (Value::Int(1), Value::None),
            (Value::Float(2.0), Value::None),
        ];
        assert!(!sort_known_kinds(&mut v));
        let mut v: Vec<Item> = vec![
            (Value::Float(f64::NAN), Value::None),
            (Value::Float(2.0), Value::None),
        ];
        assert!(!sort_known_kinds(&mut v));
    }
}
