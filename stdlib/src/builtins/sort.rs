//! A stable sort whose comparisons may run script code and fail: `sorted()` (and,
//! if the type-methods helper wants it, `list.sort`). CPython uses timsort
//! (`Objects/listobject.c`); any stable sort gives the same result, only the
//! number and order of `__lt__` calls differ. `reverse=True` reverses, sorts and
//! reverses again, as CPython does, so equal items keep their original order.

use coil_interp::{RunResult, Value, Vm};
use coil_parser::ast::CmpOp;

/// `a < b`, with fast paths for ints, floats and strs.
pub fn less_than(vm: &mut Vm, a: &Value, b: &Value) -> RunResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Float(x), Value::Float(y)) => Ok(x < y),
        // UTF-8 byte order is code point order, which is how Python compares strs.
        (Value::Str(x), Value::Str(y)) => Ok(x.as_str() < y.as_str()),
        _ => {
            let r = vm.rich_compare(a, b, CmpOp::Lt)?;
            match r {
                Value::Bool(b) => Ok(b),
                other => vm.truthy(&other),
            }
        }
    }
}

/// Sorts `items` in place by `key(item)` (or the items themselves), stably.
/// On error `items` is left unchanged.
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> RunResult<()> {
    let mut pairs: Vec<(Value, Value)> = Vec::with_capacity(items.len());
    for item in items.iter() {
        let k = match key {
            Some(f) => vm.call(f, std::slice::from_ref(item), &[])?,
            None => item.clone(),
        };
        pairs.push((k, item.clone()));
    }
    if reverse {
        pairs.reverse();
    }
    let sorted = merge_sort(vm, pairs)?;
    items.clear();
    items.extend(sorted.into_iter().map(|(_, v)| v));
    if reverse {
        items.reverse();
    }
    Ok(())
}

const RUN: usize = 16;

/// Bottom-up merge sort: insertion-sorted runs of `RUN`, then pairwise merges.
/// Taking from the right run only when strictly less keeps it stable.
fn merge_sort(vm: &mut Vm, mut v: Vec<(Value, Value)>) -> RunResult<Vec<(Value, Value)>> {
    let n = v.len();
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && less_than(vm, &v[j].0, &v[j - 1].0)? {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
        start = end;
    }
    let mut width = RUN;
    while width < n {
        let mut out = Vec::with_capacity(n);
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j) = (lo, mid);
            while i < mid && j < hi {
                if less_than(vm, &v[j].0, &v[i].0)? {
                    out.push(v[j].clone());
                    j += 1;
                } else {
                    out.push(v[i].clone());
                    i += 1;
                }
            }
            out.extend_from_slice(&v[i..mid]);
            out.extend_from_slice(&v[j..hi]);
            lo = hi;
        }
        v = out;
        width *= 2;
    }
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_ints_stably() {
        let mut vm = Vm::new();
        let mut items: Vec<Value> = (0..100).map(|i| Value::Int((i * 37) % 101)).collect();
        assert!(sort_values(&mut vm, &mut items, None, false).is_ok());
        let got: Vec<i64> = items
            .iter()
            .map(|v| if let Value::Int(i) = v { *i } else { -1 })
            .collect();
        let mut want = got.clone();
        want.sort();
        assert_eq!(got, want);
        assert!(sort_values(&mut vm, &mut items, None, true).is_ok());
        assert!(matches!(items[0], Value::Int(100) | Value::Int(99)));
    }
}
