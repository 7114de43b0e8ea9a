//! The lazy iterator objects the builtins return: `enumerate`, `zip`, `map`,
//! `filter`, `reversed` (and `list_reverseiterator`) and `callable_iterator`
//! (`iter(f, sentinel)`), as CPython 3.11's `Objects/enumobject.c`,
//! `Python/bltinmodule.c` (`zip_next`, `map_next`, `filter_next`) and
//! `Objects/iterobject.c`. Each is a `Native` value whose class holds `__iter__`
//! and `__next__`; exhaustion raises StopIteration, which `vm.next` absorbs.

use super::args::{class, clinic, keywords, to_index};
use coil_interp::builtin::owned_func;
use coil_interp::object::class::BaseKind;
use coil_interp::object::{Args, Class, List, Native, NativeData, NativeFn};
use coil_interp::{RunResult, Value, Vm};
use coil_parser::ast::BinOp;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Wraps iterator state in a `Native` of the class `key`.
fn make<T: NativeData>(
    vm: &Vm,
    key: &'static str,
    next: coil_interp::object::NativeFn,
    data: T,
) -> Value {
    Value::Native(Rc::new(Native {
        class: iterator_class(vm, key, next),
        data: Box::new(data),
    }))
}

/// The builtins iterator class `key` (made once per VM): `__iter__` returns
/// the iterator itself, `__next__` is `next`.
fn iterator_class(vm: &Vm, key: &'static str, next: NativeFn) -> Rc<Class> {
    class(
        vm,
        key,
        "builtins",
        None,
        BaseKind::Builtin,
        &[("__iter__", iter_self), ("__next__", next)],
    )
}

/// Makes `enumerate`, `zip`, `map`, `filter` and `reversed` classes in builtins,
/// as in CPython, where they are types (`isinstance(m, map)`): each class's
/// `__new__` is the constructor below.
pub fn install_types(vm: &mut Vm) {
    let types: [(&'static str, NativeFn, NativeFn); 5] = [
        ("enumerate", enumerate_next, enumerate_new),
        ("zip", zip_next, zip_new),
        ("map", map_next, map_new),
        ("filter", filter_next, filter_new),
        ("reversed", reversed_next, reversed_new),
    ];
    for (key, next, new) in types {
        let cls = iterator_class(vm, key, next);
        cls.dict
            .set_str("__new__", owned_func(cls.name.as_str(), "__new__", new));
        vm.add_builtin(key, Value::Class(cls));
    }
}

// What each iterator payload of this file holds (CPython's `tp_traverse` of
// `enumobject.c`, `bltinmodule.c`, `iterobject.c`), so a cycle through
// `map(f, lst)` stored in `lst` is collected (golden gc/native_iterator_cycles).
coil_interp::native_payload!(
    Enumerate { iter, count };
    Zip { iters };
    Map { func, iters };
    Filter { func, iter };
    Reversed { list, seq };
    CallableIter { func, sentinel };
);

/// The constructor's arguments without the class: `type.__call__` passes the class
/// as the receiver, an explicit `map.__new__(map, …)` as the first argument.
fn new_args<'a>(recv: &Value, a: &Args<'a>) -> Args<'a> {
    if matches!(recv, Value::Class(_)) {
        return *a;
    }
    Args {
        pos: a.pos.get(1..).unwrap_or(&[]),
        kw: a.kw,
    }
}

macro_rules! constructors {
    ($($new:ident => $f:ident),*) => {$(
        fn $new(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
            $f(vm, recv, new_args(recv, &a))
        }
    )*};
}

constructors!(enumerate_new => enumerate, zip_new => zip, map_new => map,
    filter_new => filter, reversed_new => reversed);

/// `__iter__` of every iterator: itself.
pub fn iter_self(_: &mut Vm, this: &Value, _: Args) -> RunResult<Value> {
    Ok(this.clone())
}

/// The payload of `this`, or a TypeError when called on the wrong object.
fn data<'a, T: 'static>(vm: &Vm, this: &'a Value) -> RunResult<&'a T> {
    match this {
        Value::Native(n) => n.get::<T>(),
        _ => None,
    }
    .ok_or_else(|| vm.type_error("descriptor '__next__' requires an iterator of its own type"))
}

fn stop(vm: &Vm) -> coil_interp::Exc {
    vm.stop_iteration(Value::None)
}

// ---- enumerate ----

struct Enumerate {
    iter: Value,
    count: RefCell<Value>,
}

/// `enumerate(iterable, start=0)`.
pub fn enumerate(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    if args.pos.is_empty() && args.kwarg("iterable").is_none() {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    }
    let a = clinic(vm, "enumerate", &args, &["iterable", "start"], 1, 2)?;
    let iterable = a.arg(vm, 0)?.clone();
    let start = match &a[1] {
        None => Value::Int(0),
        Some(v) => to_index(vm, v)?.into_value(),
    };
    let iter = vm.get_iter(&iterable)?;
    Ok(make(
        vm,
        "enumerate",
        enumerate_next,
        Enumerate {
            iter,
            count: RefCell::new(start),
        },
    ))
}

fn enumerate_next(vm: &mut Vm, this: &Value, _: Args) -> RunResult<Value> {
    let e: &Enumerate = data(vm, this)?;
    let item = vm.next(&e.iter)?.ok_or_else(|| stop(vm))?;
    let n = e.count.borrow().clone();
    let next = match &n {
        Value::Int(i) if *i < i64::MAX => Value::Int(i + 1),
        other => vm.binary_op(other, &Value::Int(1), BinOp::Add)?,
    };
    *e.count.borrow_mut() = next;
    Ok(Value::tuple(vec![n, item]))
}

// ---- zip ----

struct Zip {
    iters: Vec<Value>,
    strict: bool,
}

/// `zip(*iterables, strict=False)`.
pub fn zip(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let kw = keywords(vm, "zip", &args, &["strict"])?;
    let strict = match &kw[0] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut iters = Vec::with_capacity(args.pos.len());
    for a in args.pos {
        iters.push(vm.get_iter(a)?);
    }
    Ok(make(vm, "zip", zip_next, Zip { iters, strict }))
}

fn zip_next(vm: &mut Vm, this: &Value, _: Args) -> RunResult<Value> {
    let z: &Zip = data(vm, this)?;
    if z.iters.is_empty() {
        return Err(stop(vm));
    }
    let mut items = Vec::with_capacity(z.iters.len());
    for (i, it) in z.iters.iter().enumerate() {
        match vm.next(it)? {
            Some(v) => items.push(v),
            None => {
                if !z.strict {
                    return Err(stop(vm));
                }
                if i > 0 {
                    let plural = if i == 1 { " " } else { "s 1-" };
                    return Err(vm.value_error(format!(
                        "zip() argument {} is shorter than argument{plural}{i}",
                        i + 1
                    )));
                }
                for (j, other) in z.iters.iter().enumerate().skip(1) {
                    if vm.next(other)?.is_some() {
                        let plural = if j == 1 { " " } else { "s 1-" };
                        return Err(vm.value_error(format!(
                            "zip() argument {} is longer than argument{plural}{j}",
                            j + 1
                        )));
                    }
                }
                return Err(stop(vm));
            }
        }
    }
    Ok(Value::tuple(items))
}

// ---- map ----

struct Map {
    func: Value,
    iters: Vec<Value>,
}

/// `map(function, iterable, *iterables)`.
pub fn map(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    super::args::no_kwargs(vm, "map", &args)?;
    if args.pos.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::with_capacity(args.pos.len() - 1);
    for a in &args.pos[1..] {
        iters.push(vm.get_iter(a)?);
    }
    Ok(make(
        vm,
        "map",
        map_next,
        Map {
            func: args.pos[0].clone(),
            iters,
        },
    ))
}

fn map_next(vm: &mut Vm, this: &Value, _: Args) -> RunResult<Value> {
    let m: &Map = data(vm, this)?;
    let mut items = Vec::with_capacity(m.iters.len());
    for it in &m.iters {
        match vm.next(it)? {
            Some(v) => items.push(v),
            None => return Err(stop(vm)),
        }
    }
    vm.call(&m.func, &items, &[])
}

// ---- filter ----

struct Filter {
    func: Value,
    iter: Value,
}

/// `filter(function_or_None, iterable)`.
pub fn filter(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = super::args::positional(vm, "filter", &args, 2, 2)?;
    let iter = vm.get_iter(&pos[1])?;
    Ok(make(
        vm,
        "filter",
        filter_next,
        Filter {
            func: pos[0].clone(),
            iter,
        },
    ))
}

fn filter_next(vm: &mut Vm, this: &Value, _: Args) -> RunResult<Value> {
    let f: &Filter = data(vm, this)?;
    loop {
        let item = vm.next(&f.iter)?.ok_or_else(|| stop(vm))?;
        let keep = if f.func.is_none()
            || matches!(&f.func, Value::Class(c) if Rc::ptr_eq(c, &vm.types.bool_))
        {
            vm.truthy(&item)?
        } else {
            let r = vm.call(&f.func, std::slice::from_ref(&item), &[])?;
            vm.truthy(&r)?
        };
        if keep {
            return Ok(item);
        }
    }
}

// ---- reversed ----

/// A reverse iterator over a sequence by index: a live list (re-checked against
/// its current length each step, as `listreviter_next`) or any object with
/// `__len__` and `__getitem__`.
struct Reversed {
    list: Option<Rc<List>>,
    seq: Value,
    index: Cell<i64>,
}

/// `reversed(sequence)`.
pub fn reversed(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = super::args::positional(vm, "reversed", &args, 1, 1)?;
    let seq = &pos[0];
    match seq {
        Value::List(l) => {
            let n = l.items.borrow().len() as i64;
            let r = Reversed {
                list: Some(l.clone()),
                seq: Value::None,
                index: Cell::new(n - 1),
            };
            return Ok(make(vm, "list_reverseiterator", reversed_next, r));
        }
        Value::Tuple(_) | Value::Str(_) => {
            let n = vm.len(seq)? as i64;
            let r = Reversed {
                list: None,
                seq: seq.clone(),
                index: Cell::new(n - 1),
            };
            return Ok(make(vm, "reversed", reversed_next, r));
        }
        Value::Range(r) => {
            let it = coil_interp::object::iterators::BuiltinIter::of_range(r, true);
            return Ok(vm.types.iters.make(it));
        }
        Value::Dict(d) => return Ok(reverse_dict_keys(vm, d.clone())),
        _ => {}
    }
    if let Some(f) = vm.lookup_special(seq, &coil_interp::object::Str::intern("__reversed__")) {
        return vm.call(&f, std::slice::from_ref(seq), &[]);
    }
    // A dict subclass whose `__reversed__` lookup failed still reverses its
    // keys, newest first, not by the sequence protocol.
    if let Value::Dict(d) = vm.builtin_base(seq) {
        return Ok(reverse_dict_keys(vm, d));
    }
    let has = |vm: &Vm, name: &str| {
        vm.lookup_special(seq, &coil_interp::object::Str::intern(name))
            .is_some()
    };
    if (has(vm, "__getitem__") && has(vm, "__len__")) || matches!(seq, Value::Range(_)) {
        let n = vm.len(seq)? as i64;
        let r = Reversed {
            list: None,
            seq: seq.clone(),
            index: Cell::new(n - 1),
        };
        return Ok(make(vm, "reversed", reversed_next, r));
    }
    Err(vm.type_error(format!("'{}' object is not reversible", seq.type_name())))
}

/// `dict.__reversed__`: a live `dict_reversekeyiterator`, which notices a size change.
fn reverse_dict_keys(vm: &Vm, d: Rc<coil_interp::object::Dict>) -> Value {
    use coil_interp::object::iterators::{BuiltinIter, ViewKind};
    vm.types
        .iters
        .make(BuiltinIter::dict(d, ViewKind::Keys, true))
}

fn reversed_next(vm: &mut Vm, this: &Value, _: Args) -> RunResult<Value> {
    let r: &Reversed = data(vm, this)?;
    let i = r.index.get();
    if i < 0 {
        return Err(stop(vm));
    }
    r.index.set(i - 1);
    if let Some(l) = &r.list {
        let items = l.items.borrow();
        return match items.get(i as usize) {
            Some(v) => Ok(v.clone()),
            None => {
                r.index.set(-1);
                Err(stop(vm))
            }
        };
    }
    vm.get_item(&r.seq, &Value::Int(i))
}

// ---- callable_iterator ----

struct CallableIter {
    func: Value,
    sentinel: Value,
    done: Cell<bool>,
}

/// `iter(callable, sentinel)`.
pub fn callable_iter(vm: &Vm, func: Value, sentinel: Value) -> Value {
    make(
        vm,
        "callable_iterator",
        callable_next,
        CallableIter {
            func,
            sentinel,
            done: Cell::new(false),
        },
    )
}

fn callable_next(vm: &mut Vm, this: &Value, _: Args) -> RunResult<Value> {
    let c: &CallableIter = data(vm, this)?;
    if c.done.get() {
        return Err(stop(vm));
    }
    let v = vm.call(&c.func, &[], &[])?;
    if vm.eq(&v, &c.sentinel)? {
        c.done.set(true);
        return Err(stop(vm));
    }
    Ok(v)
}
