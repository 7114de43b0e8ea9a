//! set and frozenset methods: add, remove, discard, pop, clear, copy, the algebra
//! (union, intersection, difference, symmetric_difference, each taking iterables,
//! and their `_update` forms), issubset, issuperset and isdisjoint, after CPython
//! 3.11 `Objects/setobject.c`. Membership goes through the VM's `set_add`/
//! `set_contains`/`set_remove` (script-defined `__eq__`/`__hash__`); results of a
//! frozenset's methods are frozensets.

use super::add_method;
use super::args::{self, wrong_receiver};
use super::install_methods;
use coil_interp::object::{Args, Set};
use coil_interp::{RunResult, Value, Vm};
use coil_parser::ast::BinOp;
use std::rc::Rc;

pub(crate) fn install(vm: &mut Vm) {
    for class in [vm.types.set.clone(), vm.types.frozenset.clone()] {
        install_methods(
            &class,
            &[
                ("copy", copy),
                ("union", union),
                ("intersection", intersection),
                ("difference", difference),
                ("symmetric_difference", symmetric_difference),
                ("issubset", issubset),
                ("issuperset", issuperset),
                ("isdisjoint", isdisjoint),
            ],
        );
    }
    let c = vm.types.set.clone();
    install_methods(
        &c,
        &[
            ("add", add),
            ("remove", remove),
            ("discard", discard),
            ("pop", pop),
            ("clear", clear),
            ("update", update),
            ("intersection_update", intersection_update),
            ("difference_update", difference_update),
        ],
    );
    add_method(
        &c,
        "symmetric_difference_update",
        symmetric_difference_update,
    );
}

/// The receiver of a method found on set or frozenset.
fn recv_any<'a>(vm: &Vm, name: &str, recv: &'a Value) -> RunResult<&'a Rc<Set>> {
    match recv {
        Value::Set(s) => Ok(s),
        other => Err(wrong_receiver(vm, "set", name, other)),
    }
}

/// The receiver of a mutating method, which only `set` has.
fn recv_set<'a>(vm: &Vm, name: &str, recv: &'a Value) -> RunResult<&'a Rc<Set>> {
    match recv {
        Value::Set(s) if !s.frozen => Ok(s),
        other => Err(wrong_receiver(vm, "set", name, other)),
    }
}

fn owner(s: &Set) -> &'static str {
    if s.frozen {
        "frozenset"
    } else {
        "set"
    }
}

/// The members in CPython's iteration order, snapshotted so no borrow is held
/// while the VM compares keys.
fn members(s: &Set) -> Vec<Value> {
    s.keys_in_order().into_iter().map(|k| k.value).collect()
}

/// A new set (or frozenset) with the same members (`set_copy`: a merge).
fn clone_set(vm: &mut Vm, s: &Set, frozen: bool) -> RunResult<Rc<Set>> {
    let new = Rc::new(Set::new(frozen));
    vm.set_merge(&new, s)?;
    Ok(new)
}

/// Adds every item of `iterable` to `set` (`set_update_internal`).
pub(crate) fn add_all(vm: &mut Vm, set: &Set, iterable: &Value) -> RunResult<()> {
    if let Value::Set(src) = iterable {
        return vm.set_merge(set, src);
    }
    if let Value::Dict(d) = iterable {
        return vm.set_merge_dict(set, d.key_values());
    }
    for v in super::constructors::items_of(vm, iterable)? {
        vm.set_add(set, v)?;
    }
    Ok(())
}

/// `other` as a set for membership tests: itself if it is one.
fn as_set(vm: &mut Vm, other: &Value) -> RunResult<Rc<Set>> {
    if let Value::Set(s) = other {
        return Ok(s.clone());
    }
    let s = Rc::new(Set::new(true));
    add_all(vm, &s, other)?;
    Ok(s)
}

fn add(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let s = recv_set(vm, "add", recv)?;
    let v = args::one_arg(vm, ("set", "add"), &a)?;
    vm.set_add(s, v.clone())?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let s = recv_set(vm, "remove", recv)?;
    let v = args::one_arg(vm, ("set", "remove"), &a)?;
    if vm.set_remove(s, v)? {
        Ok(Value::None)
    } else {
        Err(vm.key_error(v.clone()))
    }
}

fn discard(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let s = recv_set(vm, "discard", recv)?;
    let v = args::one_arg(vm, ("set", "discard"), &a)?;
    vm.set_remove(s, v)?;
    Ok(Value::None)
}

/// Removes the first member in iteration order, as CPython pops its table's first
/// live entry.
fn pop(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let s = recv_set(vm, "pop", recv)?;
    args::no_args(vm, ("set", "pop"), &a)?;
    s.dummies.set(true);
    let first = s.items.borrow_mut().pop_first();
    match first {
        Some(k) => Ok(k.value),
        None => Err(vm.key_error(Value::str("pop from an empty set"))),
    }
}

fn clear(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let s = recv_set(vm, "clear", recv)?;
    args::no_args(vm, ("set", "clear"), &a)?;
    drop(s.take_items());
    Ok(Value::None)
}

fn copy(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let s = recv_any(vm, "copy", recv)?;
    args::no_args(vm, (owner(s), "copy"), &a)?;
    if s.frozen {
        return Ok(recv.clone());
    }
    Ok(Value::Set(clone_set(vm, s, false)?))
}

fn union(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let s = recv_any(vm, "union", recv)?;
    args::no_kwargs(vm, (owner(s), "union"), &a)?;
    let out = clone_set(vm, s, s.frozen)?;
    for other in a.pos {
        // `set_union` skips the receiver itself.
        if matches!(other, Value::Set(o) if Rc::ptr_eq(o, s)) {
            continue;
        }
        add_all(vm, &out, other)?;
    }
    Ok(Value::Set(out))
}

fn update(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let s = recv_set(vm, "update", recv)?;
    args::no_kwargs(vm, ("set", "update"), &a)?;
    for other in a.pos {
        add_all(vm, s, other)?;
    }
    Ok(Value::None)
}

/// `set_intersection`: the members of `s` also in `other`, iterating the smaller
/// side when both are sets, as CPython does.
fn intersect(vm: &mut Vm, s: &Rc<Set>, other: &Value, frozen: bool) -> RunResult<Rc<Set>> {
    let out = Rc::new(Set::new(frozen));
    if let Value::Set(o) = other {
        vm.set_algebra(&out, s, o, BinOp::BitAnd)?;
        return Ok(out);
    }
    for v in super::constructors::items_of(vm, other)? {
        if vm.set_contains(s, &v)? {
            vm.set_add(&out, v)?;
        }
    }
    Ok(out)
}

fn intersection(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let s = recv_any(vm, "intersection", recv)?;
    args::no_kwargs(vm, (owner(s), "intersection"), &a)?;
    Ok(Value::Set(fold_with(vm, s, a.pos, s.frozen, intersect)?))
}

/// `intersect` or `subtract`: `s` combined with one argument into a new set.
type SetOp = fn(&mut Vm, &Rc<Set>, &Value, bool) -> RunResult<Rc<Set>>;

/// `s` (frozen or not) combined with each of `others` in turn by `op`
/// (`intersect`): the multi-argument methods; a copy of `s` when there are none
/// (`set_intersection_multi`).
fn fold_with(
    vm: &mut Vm,
    s: &Rc<Set>,
    others: &[Value],
    frozen: bool,
    op: SetOp,
) -> RunResult<Rc<Set>> {
    let Some((first, rest)) = others.split_first() else {
        return clone_set(vm, s, frozen);
    };
    let mut out = op(vm, s, first, frozen)?;
    for other in rest {
        out = op(vm, &out, other, frozen)?;
    }
    Ok(out)
}

fn intersection_update(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let s = recv_set(vm, "intersection_update", recv)?;
    args::no_kwargs(vm, ("set", "intersection_update"), &a)?;
    let out = fold_with(vm, s, a.pos, false, intersect)?;
    let items = out.items.borrow().clone();
    *s.items.borrow_mut() = items;
    *s.merges.borrow_mut() = out.merges.borrow().clone();
    Ok(Value::None)
}

/// Members of `s` not in `other` (`set_difference`): a new set of the
/// survivors, or for a much smaller `other` a copy with the common items
/// discarded.
fn subtract(vm: &mut Vm, s: &Rc<Set>, other: &Value, frozen: bool) -> RunResult<Rc<Set>> {
    let out = Rc::new(Set::new(frozen));
    if let Value::Set(o) = other {
        vm.set_algebra(&out, s, o, BinOp::Sub)?;
        return Ok(out);
    }
    let big = match other {
        Value::Dict(d) => (s.items.borrow().len() >> 2) > d.map.borrow().len(),
        _ => true,
    };
    let other = as_set(vm, other)?;
    if big {
        vm.set_merge(&out, s)?;
        vm.set_discard_all(&out, &other)?;
        return Ok(out);
    }
    for v in members(s) {
        if !vm.set_contains(&other, &v)? {
            vm.set_add(&out, v)?;
        }
    }
    Ok(out)
}

fn difference(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let s = recv_any(vm, "difference", recv)?;
    args::no_kwargs(vm, (owner(s), "difference"), &a)?;
    // `set_difference_multi`: the first difference is a new set, from which
    // the other arguments' items are discarded in place.
    let Some((first, rest)) = a.pos.split_first() else {
        return Ok(Value::Set(clone_set(vm, s, s.frozen)?));
    };
    let out = subtract(vm, s, first, s.frozen)?;
    for other in rest {
        let other = as_set(vm, other)?;
        vm.set_discard_all(&out, &other)?;
    }
    Ok(Value::Set(out))
}

fn difference_update(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let s = recv_set(vm, "difference_update", recv)?;
    args::no_kwargs(vm, ("set", "difference_update"), &a)?;
    for other in a.pos {
        let other_set = as_set(vm, other)?;
        vm.set_discard_all(s, &other_set)?;
    }
    Ok(Value::None)
}

/// Members in exactly one of `s` and `other` (`set_symmetric_difference`): a
/// new set of `other`'s items with `s`'s toggled in.
fn sym_diff(vm: &mut Vm, s: &Rc<Set>, other: &Value, frozen: bool) -> RunResult<Rc<Set>> {
    let out = Rc::new(Set::new(frozen));
    add_all(vm, &out, other)?;
    vm.set_toggle_all(&out, s)?;
    Ok(out)
}

fn symmetric_difference(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let s = recv_any(vm, "symmetric_difference", recv)?;
    let other = args::one_arg(vm, (owner(s), "symmetric_difference"), &a)?;
    Ok(Value::Set(sym_diff(vm, s, other, s.frozen)?))
}

fn symmetric_difference_update(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let s = recv_set(vm, "symmetric_difference_update", recv)?;
    let other = args::one_arg(vm, ("set", "symmetric_difference_update"), &a)?;
    let other = as_set(vm, other)?;
    vm.set_toggle_all(s, &other)?;
    Ok(Value::None)
}

/// True if every member of `small` is in `big`.
fn all_in(vm: &mut Vm, small: &Set, big: &Set) -> RunResult<bool> {
    if small.items.borrow().len() > big.items.borrow().len() {
        return Ok(false);
    }
    for v in members(small) {
        if !vm.set_contains(big, &v)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn issubset(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let s = recv_any(vm, "issubset", recv)?;
    let other = args::one_arg(vm, (owner(s), "issubset"), &a)?;
    let other = as_set(vm, other)?;
    all_in(vm, s, &other).map(Value::Bool)
}

fn issuperset(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let s = recv_any(vm, "issuperset", recv)?;
    let other = args::one_arg(vm, (owner(s), "issuperset"), &a)?;
    let other = as_set(vm, other)?;
    all_in(vm, &other, s).map(Value::Bool)
}

fn isdisjoint(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let s = recv_any(vm, "isdisjoint", recv)?;
    let other = args::one_arg(vm, (owner(s), "isdisjoint"), &a)?;
    let items = match other {
        Value::Set(o) => members(o),
        _ => super::constructors::items_of(vm, other)?,
    };
    for v in items {
        if vm.set_contains(s, &v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::testing::{call, r};

    #[test]
    fn argument_errors_and_empty_pop() {
        let mut vm = Vm::new();
        let s = Value::Set(Rc::new(Set::new(false)));
        assert_eq!(
            r(&call(&mut vm, pop, s.clone(), &[])),
            "KeyError: 'pop from an empty set'"
        );
        assert_eq!(
            r(&call(&mut vm, add, s.clone(), &[])),
            "TypeError: set.add() takes exactly one argument (0 given)"
        );
        assert_eq!(
            r(&call(&mut vm, issubset, s.clone(), &[])),
            "TypeError: set.issubset() takes exactly one argument (0 given)"
        );
        let f = Value::Set(Rc::new(Set::new(true)));
        assert_eq!(
            r(&call(&mut vm, add, f.clone(), &[Value::Int(1)])),
            "TypeError: descriptor 'add' for 'set' objects doesn't apply to a 'frozenset' object"
        );
        assert!(call(&mut vm, copy, f.clone(), &[]).is_ok_and(|v| v.is(&f)));
        assert_eq!(r(&call(&mut vm, union, s, &[])), "<set>");
    }
}
