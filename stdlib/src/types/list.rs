//! Sequence methods: list (append, extend, insert, remove, pop, clear, index, count,
//! reverse, copy; `sort` lives in sort.rs), tuple (index, count) and range (index,
//! count), after CPython 3.11 `Objects/listobject.c`, `tupleobject.c` and
//! `rangeobject.c`. Item comparisons use the VM's `eq` (identity first, then
//! `item == x`), and no `RefCell` borrow is held while it runs script code.

use super::add_method;
use super::args::{self, wrong_receiver};
use super::install_methods;
use coil_interp::object::int::IntRef;
use coil_interp::object::{int, Args, List, Range};
use coil_interp::{RunResult, Value, Vm};
use std::rc::Rc;

pub(crate) fn install(vm: &mut Vm) {
    let c = vm.types.list.clone();
    install_methods(
        &c,
        &[
            ("append", append),
            ("extend", extend),
            ("insert", insert),
            ("remove", remove),
            ("pop", pop),
            ("clear", clear),
            ("index", list_index),
            ("count", list_count),
            ("reverse", reverse),
            ("copy", copy),
        ],
    );
    let t = vm.types.tuple.clone();
    install_methods(&t, &[("index", tuple_index), ("count", tuple_count)]);
    let r = vm.types.range.clone();
    install_methods(&r, &[("index", range_index), ("count", range_count)]);
    let sl = vm.types.slice.clone();
    add_method(&sl, "indices", slice_indices);
}

fn recv_list<'a>(vm: &Vm, name: &str, recv: &'a Value) -> RunResult<&'a Rc<List>> {
    match recv {
        Value::List(l) => Ok(l),
        other => Err(wrong_receiver(vm, "list", name, other)),
    }
}

/// `a == b` for containers: identity, then plain values compared directly, then
/// the VM's full comparison.
pub(crate) fn item_eq(vm: &mut Vm, a: &Value, b: &Value) -> RunResult<bool> {
    use Value::*;
    match (a, b) {
        (
            Int(_) | Bool(_) | Float(_) | Str(_) | None,
            Int(_) | Bool(_) | Float(_) | Str(_) | None,
        ) => Ok(a.is(b) || coil_interp::object::native::simple_eq(a, b)),
        _ => vm.eq(a, b),
    }
}

fn append(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let l = recv_list(vm, "append", recv)?;
    let v = args::one_arg(vm, ("list", "append"), &a)?;
    let mut items = l.items.borrow_mut();
    // Fallible growth: appending until memory runs out is MemoryError.
    if items.len() == items.capacity() && items.try_reserve(1).is_err() {
        drop(items);
        return Err(vm.memory_error());
    }
    items.push(v.clone());
    Ok(Value::None)
}

fn extend(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let l = recv_list(vm, "extend", recv)?;
    let it = args::one_arg(vm, ("list", "extend"), &a)?;
    // Collect first: `l.extend(l)` and iterators that read `l` see the old items.
    let items = super::constructors::items_of(vm, it)?;
    l.items.borrow_mut().extend(items);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let l = recv_list(vm, "insert", recv)?;
    let pos = args::positional(vm, ("list", "insert"), &a, 2, 2)?;
    let i = args::index_i64(vm, &pos[0])?;
    let mut items = l.items.borrow_mut();
    let len = items.len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    items.insert(at as usize, pos[1].clone());
    Ok(Value::None)
}

/// The index of the first item equal to `x` in `[start, stop)`, re-reading the list
/// at each step since a comparison may mutate it.
fn find_in_list(
    vm: &mut Vm,
    l: &List,
    x: &Value,
    start: usize,
    stop: usize,
) -> RunResult<Option<usize>> {
    let mut i = start;
    loop {
        let item = {
            let items = l.items.borrow();
            if i >= stop.min(items.len()) {
                return Ok(None);
            }
            items[i].clone()
        };
        if item_eq(vm, &item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn remove(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let l = recv_list(vm, "remove", recv)?;
    let x = args::one_arg(vm, ("list", "remove"), &a)?;
    match find_in_list(vm, l, x, 0, usize::MAX)? {
        Some(i) => {
            let removed = {
                let mut items = l.items.borrow_mut();
                (i < items.len()).then(|| items.remove(i))
            };
            drop(removed);
            Ok(Value::None)
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn pop(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let l = recv_list(vm, "pop", recv)?;
    let pos = args::positional(vm, ("list", "pop"), &a, 0, 1)?;
    let i = match pos.first() {
        Some(v) => args::index_i64(vm, v)?,
        None => -1,
    };
    let mut items = l.items.borrow_mut();
    if items.is_empty() {
        return Err(vm.index_error("pop from empty list"));
    }
    let len = items.len() as i64;
    let at = if i < 0 { i + len } else { i };
    if !(0..len).contains(&at) {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(items.remove(at as usize))
}

fn clear(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let l = recv_list(vm, "clear", recv)?;
    args::no_args(vm, ("list", "clear"), &a)?;
    let mut old = std::mem::take(&mut *l.items.borrow_mut());
    // Last to first, as `list_clear` (the order finalisers run in).
    old.reverse();
    drop(old);
    Ok(Value::None)
}

/// `(x, start, stop)` of `index(x[, start[, stop]])`, resolved against `len`.
fn index_args(vm: &mut Vm, owner: &str, a: &Args, len: usize) -> RunResult<(Value, usize, usize)> {
    let pos = args::positional(vm, (owner, "index"), a, 1, 3)?;
    let start = args::slice_index(vm, pos.get(1), false)?;
    let stop = args::slice_index(vm, pos.get(2), false)?;
    let (start, stop) = args::adjust_range(start, stop, len);
    Ok((pos[0].clone(), start, stop))
}

fn list_index(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let l = recv_list(vm, "index", recv)?;
    let len = l.items.borrow().len();
    let (x, start, stop) = index_args(vm, "list", &a, len)?;
    match find_in_list(vm, l, &x, start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = vm.repr(&x)?;
            Err(vm.value_error(format!("{} is not in list", r.as_str())))
        }
    }
}

fn list_count(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let l = recv_list(vm, "count", recv)?;
    let x = args::one_arg(vm, ("list", "count"), &a)?;
    let mut n = 0;
    let mut i = 0;
    loop {
        let item = match l.items.borrow().get(i) {
            Some(v) => v.clone(),
            None => break,
        };
        if item_eq(vm, &item, x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn reverse(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let l = recv_list(vm, "reverse", recv)?;
    args::no_args(vm, ("list", "reverse"), &a)?;
    l.items.borrow_mut().reverse();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let l = recv_list(vm, "copy", recv)?;
    args::no_args(vm, ("list", "copy"), &a)?;
    let items = l.items.borrow().clone();
    Ok(Value::list(items))
}

fn tuple_items<'a>(vm: &Vm, name: &str, recv: &'a Value) -> RunResult<&'a [Value]> {
    match recv {
        Value::Tuple(t) => Ok(&t.items),
        other => Err(wrong_receiver(vm, "tuple", name, other)),
    }
}

fn tuple_index(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let items = tuple_items(vm, "index", recv)?;
    let (x, start, stop) = index_args(vm, "tuple", &a, items.len())?;
    for (i, item) in items.iter().enumerate().take(stop).skip(start) {
        if item_eq(vm, item, &x)? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let items = tuple_items(vm, "count", recv)?;
    let x = args::one_arg(vm, ("tuple", "count"), &a)?;
    let mut n = 0;
    for item in items {
        if item_eq(vm, item, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn recv_range<'a>(vm: &Vm, name: &str, recv: &'a Value) -> RunResult<&'a Rc<Range>> {
    match recv {
        Value::Range(r) => Ok(r),
        other => Err(wrong_receiver(vm, "range", name, other)),
    }
}

/// The position of int `x` in the range, if it is one of its items (`None` for a
/// non-int).
fn range_position_of(r: &Range, x: &Value) -> Option<Option<Value>> {
    let n = IntRef::of(x)?;
    if let (None, IntRef::Small(n)) = (&r.big, n) {
        return Some(range_position(r, n).map(Value::Int));
    }
    let b = r.big_bounds();
    let n = n.to_big();
    Some(
        b.contains(&n)
            .then(|| int::big_value((&*n - &b.start) / &b.step)),
    )
}

/// The position of int `n` in a range with `i64` bounds.
fn range_position(r: &Range, n: i64) -> Option<i64> {
    let in_bounds = if r.step > 0 {
        r.start <= n && n < r.stop
    } else {
        r.stop < n && n <= r.start
    };
    let offset = (n as i128) - (r.start as i128);
    (in_bounds && offset % (r.step as i128) == 0).then(|| (offset / r.step as i128) as i64)
}

/// The positions of the items equal to `x`, for values that are not ints
/// (`_PySequence_IterSearch`: each item compared in turn).
fn range_search(vm: &mut Vm, r: &Range, x: &Value, first_only: bool) -> RunResult<Vec<i64>> {
    let mut found = Vec::new();
    let b = r.big_bounds();
    for i in 0..r.len() {
        let item = int::big_value(b.item(&i.into()));
        if item_eq(vm, &item, x)? {
            found.push(i);
            if first_only {
                break;
            }
        }
    }
    Ok(found)
}

fn range_index(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let r = recv_range(vm, "index", recv)?;
    let x = args::one_arg(vm, ("range", "index"), &a)?;
    let found = match range_position_of(r, x) {
        Some(p) => p,
        None => range_search(vm, r, x, true)?
            .first()
            .copied()
            .map(Value::Int),
    };
    match found {
        Some(i) => Ok(i),
        None => {
            let shown = vm.repr(x)?;
            Err(vm.value_error(format!("{} is not in range", shown.as_str())))
        }
    }
}

fn range_count(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let r = recv_range(vm, "count", recv)?;
    let x = args::one_arg(vm, ("range", "count"), &a)?;
    let n = match range_position_of(r, x) {
        Some(p) => p.is_some() as i64,
        None => range_search(vm, r, x, false)?.len() as i64,
    };
    Ok(Value::Int(n))
}

/// `slice.indices(length)`.
fn slice_indices(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let Value::Slice(s) = recv else {
        return Err(wrong_receiver(vm, "slice", "indices", recv));
    };
    let n = args::one_arg(vm, ("slice", "indices"), &a)?;
    vm.slice_indices_method(s, n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::testing::{call, ok, r, s};

    fn ints(v: &[i64]) -> Value {
        Value::list(v.iter().map(|&i| Value::Int(i)).collect())
    }

    #[test]
    fn list_mutation() {
        let mut vm = Vm::new();
        let l = ints(&[1, 2, 3]);
        ok(call(&mut vm, append, l.clone(), &[Value::Int(4)]));
        ok(call(
            &mut vm,
            insert,
            l.clone(),
            &[Value::Int(-100), Value::Int(0)],
        ));
        ok(call(
            &mut vm,
            insert,
            l.clone(),
            &[Value::Int(100), Value::Int(9)],
        ));
        assert_eq!(r(&Ok(l.clone())), "[0, 1, 2, 3, 4, 9]");
        assert_eq!(r(&call(&mut vm, pop, l.clone(), &[])), "9");
        assert_eq!(r(&call(&mut vm, pop, l.clone(), &[Value::Int(0)])), "0");
        assert_eq!(
            r(&call(&mut vm, pop, l.clone(), &[Value::Int(9)])),
            "IndexError: pop index out of range"
        );
        ok(call(&mut vm, remove, l.clone(), &[Value::Int(2)]));
        assert_eq!(
            r(&call(&mut vm, remove, l.clone(), &[Value::Int(7)])),
            "ValueError: list.remove(x): x not in list"
        );
        ok(call(&mut vm, extend, l.clone(), std::slice::from_ref(&l)));
        assert_eq!(r(&Ok(l.clone())), "[1, 3, 4, 1, 3, 4]");
        assert_eq!(
            r(&call(&mut vm, list_count, l.clone(), &[Value::Int(3)])),
            "2"
        );
        assert_eq!(
            r(&call(
                &mut vm,
                list_index,
                l.clone(),
                &[Value::Int(3), Value::Int(2)]
            )),
            "4"
        );
        assert_eq!(
            r(&call(
                &mut vm,
                list_index,
                l.clone(),
                &[Value::Int(4), Value::Int(-1)]
            )),
            "5"
        );
        ok(call(&mut vm, reverse, l.clone(), &[]));
        assert_eq!(r(&Ok(l.clone())), "[4, 3, 1, 4, 3, 1]");
        ok(call(&mut vm, clear, l.clone(), &[]));
        assert_eq!(
            r(&call(&mut vm, pop, l.clone(), &[])),
            "IndexError: pop from empty list"
        );
        assert_eq!(
            r(&call(&mut vm, append, l.clone(), &[])),
            "TypeError: list.append() takes exactly one argument (0 given)"
        );
        assert_eq!(
            r(&call(&mut vm, insert, l, &[Value::Int(1)])),
            "TypeError: insert expected 2 arguments, got 1"
        );
    }

    #[test]
    fn tuple_and_range() {
        let mut vm = Vm::new();
        let t = Value::tuple(vec![s("a"), s("b"), s("a")]);
        assert_eq!(r(&call(&mut vm, tuple_count, t.clone(), &[s("a")])), "2");
        assert_eq!(
            r(&call(
                &mut vm,
                tuple_index,
                t.clone(),
                &[s("a"), Value::Int(1)]
            )),
            "2"
        );
        assert_eq!(
            r(&call(&mut vm, tuple_index, t, &[s("z")])),
            "ValueError: tuple.index(x): x not in tuple"
        );
        let rg = Value::Range(Rc::new(Range::new(10, 0, -3)));
        assert_eq!(
            r(&call(&mut vm, range_index, rg.clone(), &[Value::Int(4)])),
            "2"
        );
        assert_eq!(
            r(&call(&mut vm, range_count, rg.clone(), &[Value::Int(5)])),
            "0"
        );
        assert_eq!(
            r(&call(&mut vm, range_count, rg, &[Value::Float(7.0)])),
            "1"
        );
    }
}
