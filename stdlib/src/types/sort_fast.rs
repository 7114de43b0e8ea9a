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
    /// Tuples of ints, strs and floats, the same kind at each position in
    /// every tuple.
    Tuple,
}

/// Sorts `v` by key, stably, when the keys pass the check; false (and `v`
/// untouched) when they do not, so the caller runs timsort.
pub(crate) fn sort_known_kinds(v: &mut [Item]) -> bool {
    let Some(kind) = common_kind(v) else {
        return false;
    };
    match kind {
        Kind::Int => {
            // Sorted as (key, position) pairs, which are all distinct: an
            // unstable sort of them is the stable order, on 16-byte items.
            let (Some(mut order), Some(perm)) = (buffer(v.len()), buffer(v.len())) else {
                return false;
            };
            order.extend(
                v.iter()
                    .enumerate()
                    .map(|(i, (k, _))| (if let Value::Int(x) = k { *x } else { 0 }, i)),
            );
            order.sort_unstable();
            permute(v, fill(perm, order.into_iter().map(|(_, i)| i)));
        }
        // Checked free of NaN: `partial_cmp` answers for every pair (and
        // -0.0 equals 0.0, as Python's `<` says).
        Kind::Float => {
            let (Some(mut order), Some(perm)) = (buffer(v.len()), buffer(v.len())) else {
                return false;
            };
            order.extend(
                v.iter()
                    .enumerate()
                    .map(|(i, (k, _))| (if let Value::Float(x) = k { *x } else { 0.0 }, i)),
            );
            order.sort_unstable_by(|a, b| {
                a.0.partial_cmp(&b.0)
                    .unwrap_or(Ordering::Equal)
                    .then(a.1.cmp(&b.1))
            });
            permute(v, fill(perm, order.into_iter().map(|(_, i)| i)));
        }
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
                        // No NaN (checked): `==` and `<` agree, -0.0 equals 0.0.
                        (Value::Float(a), Value::Float(b)) => {
                            a.partial_cmp(b).unwrap_or(Ordering::Equal)
                        }
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

/// `buf` (empty, with room) filled from `items`.
fn fill(mut buf: Vec<usize>, items: impl Iterator<Item = usize>) -> Vec<usize> {
    buf.extend(items);
    buf
}

/// An empty vector with room for `n` items, or `None` when memory is short
/// (the caller then leaves the sort to timsort, which needs less).
fn buffer<T>(n: usize) -> Option<Vec<T>> {
    let mut v = Vec::new();
    v.try_reserve_exact(n).ok()?;
    Some(v)
}

/// Rearranges `v` in place so that its k-th item is the one that was at
/// position `order[k]` (`order` a permutation of the positions), one cycle at
/// a time: no second copy of the items.
fn permute(v: &mut [Item], mut order: Vec<usize>) {
    const DONE: usize = usize::MAX;
    for start in 0..v.len() {
        if order[start] == DONE {
            continue;
        }
        let first = std::mem::replace(&mut v[start], (Value::None, Value::None));
        let mut j = start;
        loop {
            let src = std::mem::replace(&mut order[j], DONE);
            if src == start {
                v[j] = first;
                break;
            }
            v[j] = std::mem::replace(&mut v[src], (Value::None, Value::None));
            j = src;
        }
    }
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

/// Every key a tuple of ints, strs and floats (no NaN), position k holding
/// the same kind in every tuple that has one (so no comparison can raise
/// TypeError, and `==`/`<` of each position form one total order).
fn tuples_comparable(v: &[Item]) -> bool {
    // Per position: the kind, fixed by the first tuple that reaches it.
    let mut kinds: Vec<Kind> = Vec::new();
    for (k, _) in v {
        let Value::Tuple(t) = k else {
            return false;
        };
        for (pos, item) in t.items.iter().enumerate() {
            let kind = match item {
                Value::Int(_) => Kind::Int,
                Value::Str(_) => Kind::Str,
                Value::Float(x) if !x.is_nan() => Kind::Float,
                _ => return false,
            };
            match kinds.get(pos) {
                Some(&known) if known != kind => return false,
                Some(_) => {}
                None => kinds.push(kind),
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
