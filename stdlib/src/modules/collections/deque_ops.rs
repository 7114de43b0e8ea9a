//! The deque's dunders (CPython 3.11 `Modules/_collectionsmodule.c`):
//! indexing (`deque_item`, `deque_ass_item`: ints only, "deque index out of
//! range"), iteration forwards and backwards (`dequeiter_next`, which fails once
//! the deque's `state` moved), `deque_repr` (recursive `[...]`),
//! `deque_richcompare` (deques only, first differing item decides), `+`, `*`,
//! `+=`, `*=`, and the unhashable `__hash__`.

use super::deque::{
    copy_of, deque_class, deque_native, new_deque, same_or_eq, tp_name, with, Deque, End,
};
use coil_interp::object::{Args, Native, Value as V};
use coil_interp::{RunResult, Value, Vm};
use coil_parser::ast::CmpOp;
use std::cell::Cell;
use std::rc::Rc;

/// An iterator over a deque, forwards or backwards.
pub struct DequeIter {
    pub deque: Rc<Native>,
    /// Items already produced.
    pub index: Cell<usize>,
    /// Items still to produce (CPython's `counter`).
    pub counter: Cell<usize>,
    pub state: u64,
    pub reverse: bool,
}

fn arg<'a>(vm: &Vm, name: &str, a: &Args<'a>) -> RunResult<&'a Value> {
    match a.pos {
        [v] if a.kw.is_empty() => Ok(v),
        _ => Err(vm.type_error(format!("expected 1 argument, got {} ({name})", a.pos.len()))),
    }
}

/// A sequence index: ints (and `__index__`) only, negative from the end.
fn item_index(vm: &mut Vm, d: &Deque, key: &Value) -> RunResult<usize> {
    let Some(i) = vm.as_index(key)? else {
        return Err(vm.type_error(format!(
            "sequence index must be integer, not '{}'",
            vm.type_name(key).as_str()
        )));
    };
    let n = d.len() as i64;
    let i = if i < 0 { i + n } else { i };
    if i < 0 || i >= n {
        return Err(vm.index_error("deque index out of range"));
    }
    Ok(i as usize)
}

pub fn getitem(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let key = arg(vm, "__getitem__", &a)?.clone();
    with(vm, "__getitem__", recv, |vm, d| {
        let i = item_index(vm, d, &key)?;
        d.get(i)
            .ok_or_else(|| vm.index_error("deque index out of range"))
    })
}

pub fn setitem(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let [key, v] = a.pos else {
        return Err(vm.type_error("expected 2 arguments (__setitem__)"));
    };
    let (key, v) = (key.clone(), v.clone());
    with(vm, "__setitem__", recv, |vm, d| {
        let i = item_index(vm, d, &key)?;
        let old = d
            .items
            .borrow_mut()
            .get_mut(i)
            .map(|slot| std::mem::replace(slot, v));
        drop(old);
        Ok(Value::None)
    })
}

pub fn delitem(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let key = arg(vm, "__delitem__", &a)?.clone();
    with(vm, "__delitem__", recv, |vm, d| {
        let i = item_index(vm, d, &key)?;
        d.state.set(d.state.get().wrapping_add(1));
        let old = d.items.borrow_mut().remove(i);
        drop(old);
        Ok(Value::None)
    })
}

fn make_iter(vm: &mut Vm, recv: &Value, reverse: bool) -> RunResult<Value> {
    let Some(n) = deque_native(recv) else {
        return Err(vm.type_error("descriptor '__iter__' requires a 'collections.deque' object"));
    };
    let (len, state) = match n.get::<Deque>() {
        Some(d) => (d.len(), d.state.get()),
        None => (0, 0),
    };
    let classes = super::classes(vm);
    let cls = if reverse {
        classes.reverse_iter.clone()
    } else {
        classes.iter.clone()
    };
    Ok(Value::Native(Rc::new(Native {
        class: cls,
        data: Box::new(DequeIter {
            deque: n,
            index: Cell::new(0),
            counter: Cell::new(len),
            state,
            reverse,
        }),
    })))
}

pub fn iter(vm: &mut Vm, recv: &Value, _a: Args) -> RunResult<Value> {
    make_iter(vm, recv, false)
}

pub fn reversed(vm: &mut Vm, recv: &Value, _a: Args) -> RunResult<Value> {
    make_iter(vm, recv, true)
}

fn with_iter<R>(
    vm: &mut Vm,
    recv: &Value,
    f: impl FnOnce(&mut Vm, &DequeIter) -> RunResult<R>,
) -> RunResult<R> {
    match recv {
        Value::Native(n) => match n.get::<DequeIter>() {
            Some(it) => f(vm, it),
            None => Err(vm.type_error("expected a deque iterator")),
        },
        _ => Err(vm.type_error("expected a deque iterator")),
    }
}

/// `dequeiter_next`: the state check comes first, then the count.
pub fn iter_next(vm: &mut Vm, recv: &Value, _a: Args) -> RunResult<Value> {
    with_iter(vm, recv, |vm, it| {
        let Some(d) = it.deque.get::<Deque>() else {
            return Err(vm.type_error("expected a deque"));
        };
        if d.state.get() != it.state {
            it.counter.set(0);
            return Err(vm.runtime_error("deque mutated during iteration"));
        }
        if it.counter.get() == 0 {
            return Err(vm.new_exception(&vm.types.exc.stop_iteration.clone(), vec![]));
        }
        let i = it.index.get();
        let n = d.len();
        let at = if it.reverse { n.wrapping_sub(i + 1) } else { i };
        let Some(v) = d.get(at) else {
            return Err(vm.new_exception(&vm.types.exc.stop_iteration.clone(), vec![]));
        };
        it.index.set(i + 1);
        it.counter.set(it.counter.get() - 1);
        Ok(v)
    })
}

pub fn iter_self(_vm: &mut Vm, recv: &Value, _a: Args) -> RunResult<Value> {
    Ok(recv.clone())
}

pub fn iter_length_hint(vm: &mut Vm, recv: &Value, _a: Args) -> RunResult<Value> {
    with_iter(vm, recv, |_, it| Ok(Value::Int(it.counter.get() as i64)))
}

/// `deque_repr`: `deque([1, 2])`, `deque([1], maxlen=3)`, `[...]` when the
/// deque is already being printed.
pub fn repr(vm: &mut Vm, recv: &Value, _a: Args) -> RunResult<Value> {
    let Some(n) = deque_native(recv) else {
        return Err(vm.type_error("descriptor '__repr__' requires a 'collections.deque' object"));
    };
    let id = Rc::as_ptr(&n) as *const () as usize;
    if vm.repr_stack.contains(&id) {
        return Ok(Value::str("[...]"));
    }
    let Some(d) = n.get::<Deque>() else {
        return Ok(Value::str("deque([])"));
    };
    let items: Vec<Value> = d.items.borrow().iter().cloned().collect();
    let name = vm.type_of(recv).name.clone();
    vm.repr_stack.push(id);
    let mut out = String::new();
    let mut result = Ok(());
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        match vm.repr(x) {
            Ok(s) => out.push_str(s.as_str()),
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    vm.repr_stack.pop();
    result?;
    Ok(Value::string(match d.maxlen.get() {
        Some(m) => format!("{}([{out}], maxlen={m})", name.as_str()),
        None => format!("{}([{out}])", name.as_str()),
    }))
}

fn snapshot(v: &Value) -> Option<Vec<Value>> {
    let n = deque_native(v)?;
    let d = n.get::<Deque>()?;
    let items = d.items.borrow().iter().cloned().collect();
    Some(items)
}

/// `deque_richcompare`: NotImplemented unless both are deques; sizes decide
/// `==`/`!=` early; else the first pair not equal is compared with `op`.
fn compare(vm: &mut Vm, recv: &Value, a: Args, op: CmpOp) -> RunResult<Value> {
    let other = arg(vm, "cmp", &a)?.clone();
    let (Some(x), Some(y)) = (snapshot(recv), snapshot(&other)) else {
        return Ok(Value::NotImplemented);
    };
    let same = deque_native(recv)
        .zip(deque_native(&other))
        .is_some_and(|(p, q)| Rc::ptr_eq(&p, &q));
    match op {
        CmpOp::Eq if same => return Ok(Value::Bool(true)),
        CmpOp::Eq if x.len() != y.len() => return Ok(Value::Bool(false)),
        CmpOp::NotEq if same => return Ok(Value::Bool(false)),
        CmpOp::NotEq if x.len() != y.len() => return Ok(Value::Bool(true)),
        _ => {}
    }
    for (p, q) in x.iter().zip(&y) {
        if !same_or_eq(vm, p, q)? {
            return match op {
                CmpOp::Eq => Ok(Value::Bool(false)),
                CmpOp::NotEq => Ok(Value::Bool(true)),
                _ => vm.rich_compare(p, q, op),
            };
        }
    }
    let (vs, ws) = (x.len(), y.len());
    Ok(Value::Bool(match op {
        CmpOp::Lt => vs < ws,
        CmpOp::LtE => vs <= ws,
        CmpOp::Eq => vs == ws,
        CmpOp::NotEq => vs != ws,
        CmpOp::Gt => vs > ws,
        CmpOp::GtE => vs >= ws,
        _ => false,
    }))
}

forward! {
    pub eq => compare(CmpOp::Eq);
    pub ne => compare(CmpOp::NotEq);
    pub lt => compare(CmpOp::Lt);
    pub le => compare(CmpOp::LtE);
    pub gt => compare(CmpOp::Gt);
    pub ge => compare(CmpOp::GtE);
}

/// Operands an instance or native may still handle through its reflected
/// method: the sequence operation then returns NotImplemented instead of
/// raising (CPython tries the number slots before `sq_concat`/`sq_repeat`).
fn may_reflect(v: &Value) -> bool {
    matches!(v, V::Instance(_) | V::Native(_)) && deque_native(v).is_none()
}

/// `deque + deque`: a copy of the left one, extended.
pub fn add(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let other = arg(vm, "__add__", &a)?.clone();
    let Some(items) = snapshot(&other) else {
        if may_reflect(&other) {
            return Ok(Value::NotImplemented);
        }
        return Err(vm.type_error(format!(
            "can only concatenate {} (not \"{}\") to {}",
            vm.type_name(recv).as_str(),
            vm.type_name(&other).as_str(),
            vm.type_name(recv).as_str()
        )));
    };
    let new = copy_of(vm, recv)?;
    with(vm, "__add__", &new, |vm, d| {
        for v in items {
            drop(vm.alloc(d.push(End::Right, v))?);
        }
        Ok(())
    })?;
    Ok(new)
}

/// `d += iterable`: extends in place.
pub fn iadd(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    super::deque::extend(vm, recv, a)?;
    Ok(recv.clone())
}

/// The repeat count of `d * n`, or why there is none.
fn repeat_count(vm: &mut Vm, n: &Value) -> RunResult<Option<i64>> {
    if let Some(i) = coil_interp::object::int::IntRef::of(n) {
        return Ok(Some(match i {
            coil_interp::object::int::IntRef::Small(i) => i,
            coil_interp::object::int::IntRef::Big(b) => {
                if b.sign() == num_bigint::Sign::Minus {
                    0
                } else {
                    return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
                }
            }
        }));
    }
    if matches!(n, V::Instance(_) | V::Native(_)) {
        return vm.as_index(n);
    }
    Ok(None)
}

fn not_int(vm: &Vm, n: &Value) -> coil_interp::Exc {
    vm.type_error(format!(
        "can't multiply sequence by non-int of type '{}'",
        vm.type_name(n).as_str()
    ))
}

/// Repeats the items in place, keeping only the last `maxlen`.
fn repeat_in_place(vm: &mut Vm, d: &Deque, n: i64) -> RunResult<()> {
    let items: Vec<Value> = d.items.borrow().iter().cloned().collect();
    if n <= 0 || items.is_empty() {
        d.state.set(d.state.get().wrapping_add(1));
        let old = std::mem::take(&mut *d.items.borrow_mut());
        drop(old);
        return Ok(());
    }
    let total = (items.len() as u128) * (n as u128);
    let keep = d.maxlen.get().map_or(total, |m| total.min(m as u128));
    if keep > isize::MAX as u128 / 16 {
        return Err(vm.memory_error());
    }
    let keep = keep as usize;
    let len = items.len();
    // The last `keep` items of the repetition, in order.
    let first = (total as usize - keep) % len;
    let out: std::collections::VecDeque<Value> = (0..keep)
        .map(|k| items[(first + k) % len].clone())
        .collect();
    d.state.set(d.state.get().wrapping_add(1));
    let old = std::mem::replace(&mut *d.items.borrow_mut(), out);
    drop(old);
    Ok(())
}

pub fn mul(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let n = arg(vm, "__mul__", &a)?.clone();
    let Some(count) = repeat_count(vm, &n)? else {
        if may_reflect(&n) {
            return Ok(Value::NotImplemented);
        }
        return Err(not_int(vm, &n));
    };
    let new = copy_of(vm, recv)?;
    with(vm, "__mul__", &new, |vm, d| repeat_in_place(vm, d, count))?;
    Ok(new)
}

pub fn imul(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let n = arg(vm, "__imul__", &a)?.clone();
    let Some(count) = repeat_count(vm, &n)? else {
        if may_reflect(&n) {
            return Ok(Value::NotImplemented);
        }
        return Err(not_int(vm, &n));
    };
    with(vm, "__imul__", recv, |vm, d| repeat_in_place(vm, d, count))?;
    Ok(recv.clone())
}

/// Deques are mutable: `unhashable type: 'collections.deque'`.
pub fn hash(vm: &mut Vm, recv: &Value, _a: Args) -> RunResult<Value> {
    Err(vm.type_error(format!("unhashable type: '{}'", tp_name(vm, recv))))
}

pub fn copy_dunder(vm: &mut Vm, recv: &Value, _a: Args) -> RunResult<Value> {
    copy_of(vm, recv)
}

/// A fresh deque holding `items` (for `heapq` and internal callers).
pub fn deque_of(vm: &Vm, items: Vec<Value>) -> Value {
    new_deque(vm, &deque_class(vm), Deque::new(items.into(), None))
}

coil_interp::native_payload!(DequeIter { deque });
