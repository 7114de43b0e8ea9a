//! `list.sort(*, key=None, reverse=False)` (and `sorted`, through
//! `builtins::sort`): CPython 3.11's `listsort` in `timsort.rs`, which only asks
//! `a < b` (the VM's rich comparison, or a direct one for ints, floats and strs),
//! stops at the first comparison error and never loses an item; `reverse` is done
//! by reversing before and after, which keeps it stable.
//! While sorting the list is empty, and a list changed meanwhile raises
//! `ValueError: list modified during sort`, as in CPython.

use super::add_method;
use super::args::{self, Signature};
use coil_interp::object::Args;
use coil_interp::{RunResult, Value, Vm};
use coil_parser::ast::CmpOp;

pub(crate) fn install(vm: &mut Vm) {
    add_method(&vm.types.list.clone(), "sort", sort);
}

const SORT: Signature = Signature::new("sort", &["key", "reverse"])
    .required(0)
    .kw_only_from(0);

fn sort(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let Value::List(list) = recv else {
        return Err(args::wrong_receiver(vm, "list", "sort", recv));
    };
    let bound = SORT.bind(vm, &a)?;
    let key = bound[0].clone().filter(|k| !k.is_none());
    // CPython reads `reverse` as a C int, so only ints and `__index__` pass.
    let reverse = match &bound[1] {
        Some(v) => args::index_i64(vm, v)? != 0,
        None => false,
    };
    let items = std::mem::take(&mut *list.items.borrow_mut());
    let mut keyed: Vec<(Value, Value)> = Vec::with_capacity(items.len());
    match &key {
        None => keyed.extend(items.into_iter().map(|v| (v.clone(), v))),
        Some(f) => {
            for v in items.iter() {
                match vm.call(f, std::slice::from_ref(v), &[]) {
                    Ok(k) => keyed.push((k, v.clone())),
                    Err(e) => {
                        // A failing key function leaves the list as it was.
                        *list.items.borrow_mut() = items;
                        return Err(e);
                    }
                }
            }
        }
    }
    if reverse {
        keyed.reverse();
    }
    let result = sort_pairs(vm, &mut keyed);
    if reverse {
        keyed.reverse();
    }
    let sorted: Vec<Value> = keyed.into_iter().map(|(_, v)| v).collect();
    let modified = !list.items.borrow().is_empty();
    let displaced = std::mem::replace(&mut *list.items.borrow_mut(), sorted);
    drop(displaced);
    result?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

/// `a < b`: direct for same-kind ints, floats and strs, else the VM's `<` and truth.
pub fn less_than(vm: &mut Vm, a: &Value, b: &Value) -> RunResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Float(x), Value::Float(y)) => Ok(x < y),
        (Value::Str(x), Value::Str(y)) => Ok(x.as_str() < y.as_str()),
        (Value::Tuple(x), Value::Tuple(y)) => {
            // Tuple keys of ints and strs (`key=lambda r: (r[0], r[2])`): the
            // first differing item decides, as `tuplerichcompare` finds it.
            // Any other item type goes the general way from the start: the
            // int/str comparisons already made have no side effects.
            for (p, q) in x.items.iter().zip(y.items.iter()) {
                match (p, q) {
                    (Value::Int(i), Value::Int(j)) if i != j => return Ok(i < j),
                    (Value::Int(_), Value::Int(_)) => {}
                    (Value::Str(s), Value::Str(t)) if s.as_str() != t.as_str() => {
                        return Ok(s.as_str() < t.as_str())
                    }
                    (Value::Str(_), Value::Str(_)) => {}
                    _ => return general_less_than(vm, a, b),
                }
            }
            Ok(x.items.len() < y.items.len())
        }
        _ => general_less_than(vm, a, b),
    }
}

/// `a < b` through the VM's rich comparison and truth.
fn general_less_than(vm: &mut Vm, a: &Value, b: &Value) -> RunResult<bool> {
    match vm.rich_compare(a, b, CmpOp::Lt)? {
        Value::Bool(t) => Ok(t),
        other => vm.truthy(&other),
    }
}

pub(crate) use super::timsort::timsort;

/// Sorts `(key, value)` pairs by key, stably: directly when the keys are of one
/// kind whose `<` cannot fail (`sort_fast.rs`), else by timsort with `less_than`.
pub(crate) fn sort_pairs(vm: &mut Vm, pairs: &mut [(Value, Value)]) -> RunResult<()> {
    if super::sort_fast::sort_known_kinds(pairs) {
        return Ok(());
    }
    timsort(pairs, &mut |x: &Value, y: &Value| less_than(vm, x, y))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::testing::{call_kw, ok, r};

    fn pairs(keys: &[i64]) -> Vec<(Value, Value)> {
        keys.iter()
            .enumerate()
            .map(|(i, &k)| (Value::Int(k), Value::Int(i as i64)))
            .collect()
    }

    fn int(v: &Value) -> i64 {
        match v {
            Value::Int(i) => *i,
            _ => -1,
        }
    }

    fn lt_ints(a: &Value, b: &Value) -> Result<bool, ()> {
        Ok(int(a) < int(b))
    }

    #[test]
    fn sorts_stably_at_every_size() {
        let mut seed: u64 = 7;
        for n in [0usize, 1, 2, 5, 31, 32, 33, 64, 65, 200, 1000] {
            let keys: Vec<i64> = (0..n)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 33) % 10) as i64
                })
                .collect();
            let mut v = pairs(&keys);
            timsort(&mut v, &mut lt_ints).expect("sorts");
            let mut want: Vec<(i64, i64)> = keys
                .iter()
                .enumerate()
                .map(|(i, &k)| (k, i as i64))
                .collect();
            want.sort_by_key(|a| a.0);
            let got: Vec<(i64, i64)> = v.iter().map(|(k, x)| (int(k), int(x))).collect();
            assert_eq!(got, want, "n = {n}");
        }
    }

    #[test]
    fn an_error_keeps_every_item() {
        let keys: Vec<i64> = (0..300).map(|i| (i * 7919) % 300).collect();
        let mut v = pairs(&keys);
        let mut calls = 0;
        let r = timsort(&mut v, &mut |a: &Value, b: &Value| {
            calls += 1;
            if calls == 500 {
                Err(())
            } else {
                Ok(int(a) < int(b))
            }
        });
        assert!(r.is_err());
        let mut seen: Vec<i64> = v.iter().map(|(k, _)| int(k)).collect();
        seen.sort();
        assert_eq!(seen, (0..300).collect::<Vec<_>>());
    }

    #[test]
    fn sort_method_keywords() {
        let mut vm = Vm::new();
        let l = Value::list(vec![Value::Int(2), Value::Int(3), Value::Int(1)]);
        ok(call_kw(
            &mut vm,
            sort,
            l.clone(),
            &[],
            &[("reverse", Value::Bool(true))],
        ));
        assert_eq!(r(&Ok(l.clone())), "[3, 2, 1]");
        assert_eq!(
            r(&call_kw(&mut vm, sort, l.clone(), &[Value::Int(1)], &[])),
            "TypeError: sort() takes no positional arguments"
        );
        assert_eq!(
            r(&call_kw(&mut vm, sort, l, &[], &[("reverse", Value::None)])),
            "TypeError: 'NoneType' object cannot be interpreted as an integer"
        );
    }
}
