//! `sorted()` (and `dir()`'s ordering): the same CPython `listsort` port as
//! `list.sort` (`types/timsort.rs`), so the `__lt__` calls a script sees are
//! CPython's. `reverse=True` reverses, sorts and reverses again, as CPython
//! does, so equal items keep their original order. On error `items` is left
//! unchanged.

use crate::types::sort::sort_pairs;
use coil_interp::{RunResult, Value, Vm};

pub use crate::types::sort::less_than;

/// Sorts `items` in place by `key(item)` (or the items themselves), stably.
/// On error `items` is left unchanged.
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> RunResult<()> {
    let mut pairs: Vec<(Value, Value)> =
        vm.alloc(coil_interp::object::alloc::vec_with_capacity(items.len()))?;
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
    sort_pairs(vm, &mut pairs)?;
    let sorted = pairs;
    items.clear();
    items.extend(sorted.into_iter().map(|(_, v)| v));
    if reverse {
        items.reverse();
    }
    Ok(())
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
