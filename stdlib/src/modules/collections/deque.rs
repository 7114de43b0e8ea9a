//! `collections.deque` (CPython 3.11 `Modules/_collectionsmodule.c`): a
//! double-ended queue over a `VecDeque`, with an optional `maxlen` that trims
//! the opposite end, a mutation counter (`state`) that iterators and searches
//! check ("deque mutated during iteration"), and CPython's messages.
//!
//! A plain deque is a `Native` registered with the cycle collector (so a deque
//! holding itself is collectable, through the hooks in `register_gc`). A user
//! subclass (`class D(deque)`) is an instance carrying that native in
//! `Payload::Builtin`, as for `list` subclasses: named methods get the native
//! (`Vm::method_receiver`), dunders get the instance and unwrap it here.
//! The dunders (comparisons, repr, operators, indexing) are in `deque_ops.rs`.

use crate::types::args::positional;
use crate::types::args::{index_i64, slice_index};
use coil_interp::object::alloc::NoMemory;
use coil_interp::object::{Args, Class, Dict, Instance, Native, Payload};
use coil_interp::{RunResult, Value, Vm};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

/// The payload of a deque.
pub struct Deque {
    pub items: RefCell<VecDeque<Value>>,
    /// `None` is unbounded; set by `__init__`.
    pub maxlen: Cell<Option<usize>>,
    /// Bumped by every change of length (CPython's `deque->state`).
    pub state: Cell<u64>,
}

/// The end of a deque a method works at: `append`, `pop` and `extend` the
/// right one, their `...left` twins the left one.
#[derive(Clone, Copy)]
pub enum End {
    Right,
    Left,
}

impl Deque {
    pub fn new(items: VecDeque<Value>, maxlen: Option<usize>) -> Deque {
        Deque {
            items: RefCell::new(items),
            maxlen: Cell::new(maxlen),
            state: Cell::new(0),
        }
    }

    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.borrow().is_empty()
    }

    fn bump(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    /// Room for one more item, or `NoMemory` (a deque filled from an endless
    /// iterator ends in MemoryError, not an abort).
    fn room(items: &mut VecDeque<Value>) -> Result<(), NoMemory> {
        if items.len() == items.capacity() {
            items.try_reserve(1).map_err(|_| NoMemory)?;
        }
        Ok(())
    }

    /// `append` at `end`, with the other end trimmed past `maxlen` (the
    /// dropped item is returned so it is freed after the borrow ends).
    pub fn push(&self, end: End, v: Value) -> Result<Option<Value>, NoMemory> {
        self.bump();
        let mut items = self.items.borrow_mut();
        Self::room(&mut items)?;
        match end {
            End::Right => items.push_back(v),
            End::Left => items.push_front(v),
        }
        if self.maxlen.get().is_none_or(|m| items.len() <= m) {
            return Ok(None);
        }
        Ok(match end {
            End::Right => items.pop_front(),
            End::Left => items.pop_back(),
        })
    }

    /// The item taken off `end`, if there is one.
    fn pop(&self, end: End) -> Option<Value> {
        let mut items = self.items.borrow_mut();
        let v = match end {
            End::Right => items.pop_back(),
            End::Left => items.pop_front(),
        };
        drop(items);
        if v.is_some() {
            self.bump();
        }
        v
    }

    /// The item at `i`, cloned (no borrow is kept while script code runs).
    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }

    /// `rotate(n)`: positive moves items from the right end to the left.
    pub fn rotate(&self, n: i64) {
        let mut items = self.items.borrow_mut();
        let len = items.len() as i64;
        if len <= 1 {
            return;
        }
        self.bump();
        let k = n.rem_euclid(len) as usize;
        items.rotate_right(k);
    }
}

/// The deque class, made once per VM.
pub fn deque_class(vm: &Vm) -> Rc<Class> {
    super::classes(vm).deque.clone()
}

/// The deque payload behind `v`: a deque, or an instance of a subclass.
pub fn deque_native(v: &Value) -> Option<Rc<Native>> {
    crate::types::native_payload::<Deque>(v)
}

/// Runs `f` on the deque `recv` is (or carries), else the descriptor TypeError.
pub fn with<R>(
    vm: &mut Vm,
    name: &str,
    recv: &Value,
    f: impl FnOnce(&mut Vm, &Deque) -> RunResult<R>,
) -> RunResult<R> {
    let Some(n) = deque_native(recv) else {
        return Err(vm.type_error(format!(
            "descriptor '{name}' for 'collections.deque' objects doesn't apply to a '{}' object",
            vm.type_name(recv).as_str()
        )));
    };
    match n.get::<Deque>() {
        Some(d) => f(vm, d),
        None => Err(vm.type_error("expected a deque")),
    }
}

/// A new deque value of class `cls` (a subclass gets an instance carrying it).
pub fn new_deque(vm: &Vm, cls: &Rc<Class>, d: Deque) -> Value {
    let native = coil_interp::gc::new(Native {
        class: deque_class(vm),
        data: Box::new(d),
    });
    if Rc::ptr_eq(cls, &deque_class(vm)) {
        return Value::Native(native);
    }
    Value::Instance(coil_interp::gc::new(Instance {
        class: RefCell::new(cls.clone()),
        dict: Rc::new(Dict::new()),
        payload: Payload::Builtin(Value::Native(native)),
        slots: Default::default(),
        finalized: Default::default(),
    }))
}

/// CPython's `tp_name` of a deque value, for messages: `collections.deque`.
pub fn tp_name(vm: &Vm, v: &Value) -> String {
    let cls = vm.type_of(v);
    if Rc::ptr_eq(&cls, &deque_class(vm)) {
        "collections.deque".to_string()
    } else {
        cls.name.as_str().to_string()
    }
}

/// `item == x` with `PyObject_RichCompareBool`'s identity shortcut.
pub fn same_or_eq(vm: &mut Vm, item: &Value, x: &Value) -> RunResult<bool> {
    if item.is(x) {
        return Ok(true);
    }
    vm.eq(item, x)
}

fn mutated(vm: &Vm) -> coil_interp::Exc {
    vm.runtime_error("deque mutated during iteration")
}

/// The position of the first item in `range` equal to `x` (`same_or_eq`, left
/// to right), or `changed`'s error when a comparison changes the deque.
fn find(
    vm: &mut Vm,
    d: &Deque,
    x: &Value,
    range: std::ops::Range<usize>,
    changed: fn(&Vm) -> coil_interp::Exc,
) -> RunResult<Option<usize>> {
    let state = d.state.get();
    for i in range {
        let Some(item) = d.get(i) else { break };
        let eq = same_or_eq(vm, &item, x)?;
        if d.state.get() != state {
            return Err(changed(vm));
        }
        if eq {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

/// `ValueError: x is not in deque` (its repr, or the error making it).
fn not_in_deque(vm: &mut Vm, x: &Value) -> coil_interp::Exc {
    match vm.repr(x) {
        Ok(r) => vm.value_error(format!("{} is not in deque", r.as_str())),
        Err(e) => e,
    }
}

/// `deque.__new__(cls, *args, **kwargs)`: an empty deque; `__init__` fills it.
pub fn new(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let cls = match recv {
        Value::Class(_) => recv.clone(),
        _ => a.pos.first().cloned().unwrap_or(Value::None),
    };
    let Value::Class(cls) = cls else {
        return Err(vm.type_error("deque.__new__(X): X is not a type object"));
    };
    if !cls.is_subclass(&deque_class(vm)) {
        return Err(vm.type_error(format!(
            "deque.__new__({}): {} is not a subtype of deque",
            cls.name.as_str(),
            cls.name.as_str()
        )));
    }
    Ok(new_deque(vm, &cls, Deque::new(VecDeque::new(), None)))
}

/// `deque.__init__(iterable=(), maxlen=None)`: clears, sets maxlen, extends.
pub fn init(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let slots = crate::builtins::args::clinic(vm, "deque", &a, &["iterable", "maxlen"], 0, 2)?;
    let maxlen = match &slots[1] {
        None | Some(Value::None) => None,
        Some(v) => {
            let Some(i) = coil_interp::object::int::IntRef::of(v) else {
                return Err(vm.type_error("an integer is required"));
            };
            match i {
                coil_interp::object::int::IntRef::Small(n) if n < 0 => {
                    return Err(vm.value_error("maxlen must be non-negative"))
                }
                coil_interp::object::int::IntRef::Small(n) => Some(n as usize),
                coil_interp::object::int::IntRef::Big(b) => {
                    return Err(if b.sign() == num_bigint::Sign::Minus {
                        vm.value_error("maxlen must be non-negative")
                    } else {
                        vm.overflow_error("Python int too large to convert to C ssize_t")
                    });
                }
            }
        }
    };
    let iterable = slots[0].clone();
    with(vm, "__init__", recv, |vm, d| {
        d.maxlen.set(maxlen);
        if !d.is_empty() {
            d.bump();
            let old = std::mem::take(&mut *d.items.borrow_mut());
            drop(old);
        }
        match &iterable {
            Some(it) => extend_with(vm, d, recv, it, End::Right),
            None => Ok(()),
        }
    })?;
    Ok(Value::None)
}

/// `extend`/`extendleft`: a deque extended by itself uses a snapshot.
fn extend_with(vm: &mut Vm, d: &Deque, me: &Value, it: &Value, end: End) -> RunResult<()> {
    if deque_native(it).is_some_and(|n| deque_native(me).is_some_and(|m| Rc::ptr_eq(&n, &m))) {
        let snapshot: Vec<Value> = d.items.borrow().iter().cloned().collect();
        for v in snapshot {
            drop(vm.alloc(d.push(end, v))?);
        }
        return Ok(());
    }
    let iter = vm.get_iter(it)?;
    while let Some(v) = vm.next(&iter)? {
        drop(vm.alloc(d.push(end, v))?);
    }
    Ok(())
}

forward! {
    pub append => push_at("append", End::Right);
    pub appendleft => push_at("appendleft", End::Left);
    pub pop => pop_at("pop", End::Right);
    pub popleft => pop_at("popleft", End::Left);
    pub extend => extend_at("extend", End::Right);
    pub extendleft => extend_at("extendleft", End::Left);
}

/// `append(x)` / `appendleft(x)`.
fn push_at(vm: &mut Vm, recv: &Value, a: Args, name: &str, end: End) -> RunResult<Value> {
    let v = crate::builtins::args::one_arg(vm, ("deque", name), &a)?.clone();
    with(vm, name, recv, |vm, d| {
        drop(vm.alloc(d.push(end, v))?);
        Ok(Value::None)
    })
}

fn no_args(vm: &Vm, name: &str, a: &Args) -> RunResult<()> {
    if !a.kw.is_empty() || !a.pos.is_empty() {
        return Err(vm.type_error(format!(
            "deque.{name}() takes no arguments ({} given)",
            a.pos.len() + a.kw.len()
        )));
    }
    Ok(())
}

/// `pop()` / `popleft()`.
fn pop_at(vm: &mut Vm, recv: &Value, a: Args, name: &str, end: End) -> RunResult<Value> {
    no_args(vm, name, &a)?;
    with(vm, name, recv, |vm, d| {
        d.pop(end)
            .ok_or_else(|| vm.index_error("pop from an empty deque"))
    })
}

/// `extend(iterable)` / `extendleft(iterable)`.
fn extend_at(vm: &mut Vm, recv: &Value, a: Args, name: &str, end: End) -> RunResult<Value> {
    let it = crate::builtins::args::one_arg(vm, ("deque", name), &a)?.clone();
    with(vm, name, recv, |vm, d| extend_with(vm, d, recv, &it, end))?;
    Ok(Value::None)
}

pub fn rotate(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let p = positional(vm, ("deque", "rotate"), &a, 0, 1)?;
    let n = match p.first() {
        Some(v) => index_i64(vm, v)?,
        None => 1,
    };
    with(vm, "rotate", recv, |_, d| {
        d.rotate(n);
        Ok(Value::None)
    })
}

pub fn clear(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    no_args(vm, "clear", &a)?;
    with(vm, "clear", recv, |_, d| {
        d.bump();
        let old = std::mem::take(&mut *d.items.borrow_mut());
        drop(old);
        Ok(Value::None)
    })
}

/// `copy()`: a deque of the same class and maxlen (a subclass is called as
/// `type(d)(d)` or `type(d)(d, maxlen)`, as CPython's `deque_copy`).
pub fn copy(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    no_args(vm, "copy", &a)?;
    copy_of(vm, recv)
}

pub fn copy_of(vm: &mut Vm, recv: &Value) -> RunResult<Value> {
    let cls = vm.type_of(recv);
    let (items, maxlen) = with(vm, "copy", recv, |_, d| {
        Ok((d.items.borrow().clone(), d.maxlen.get()))
    })?;
    if Rc::ptr_eq(&cls, &deque_class(vm)) {
        return Ok(new_deque(vm, &cls, Deque::new(items, maxlen)));
    }
    let mut args = vec![recv.clone()];
    if let Some(m) = maxlen {
        args.push(Value::Int(m as i64));
    }
    vm.call(&Value::Class(cls), &args, &[])
}

pub fn count(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let x = crate::builtins::args::one_arg(vm, "deque.count", &a)?.clone();
    with(vm, "count", recv, |vm, d| {
        let n = d.len();
        let (mut c, mut from) = (0, 0);
        while let Some(i) = find(vm, d, &x, from..n, mutated)? {
            c += 1;
            from = i + 1;
        }
        Ok(Value::Int(c))
    })
}

/// `index(x[, start[, stop]])`: bounds clamped as CPython's `deque_index`.
pub fn index(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let p = positional(vm, ("deque", "index"), &a, 1, 3)?;
    let x = p[0].clone();
    let start = slice_index(vm, p.get(1), false)?.unwrap_or(0);
    let stop = slice_index(vm, p.get(2), false)?.unwrap_or(i64::MAX);
    with(vm, "index", recv, |vm, d| {
        let n = d.len() as i64;
        let clamp = |v: i64| if v < 0 { (v + n).max(0) } else { v };
        let stop = clamp(stop).min(n);
        let start = clamp(start).min(stop);
        match find(vm, d, &x, start as usize..stop as usize, mutated)? {
            Some(i) => Ok(Value::Int(i as i64)),
            None => Err(not_in_deque(vm, &x)),
        }
    })
}

pub fn insert(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let p = positional(vm, ("deque", "insert"), &a, 2, 2)?;
    let i = index_i64(vm, &p[0])?;
    let v = p[1].clone();
    with(vm, "insert", recv, |vm, d| {
        let n = d.len() as i64;
        if d.maxlen.get() == Some(n as usize) {
            return Err(vm.index_error("deque already at its maximum size"));
        }
        let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
        d.bump();
        d.items.borrow_mut().insert(at as usize, v);
        Ok(Value::None)
    })
}

pub fn remove(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let x = crate::builtins::args::one_arg(vm, "deque.remove", &a)?.clone();
    with(vm, "remove", recv, |vm, d| {
        // CPython raises IndexError here, RuntimeError in the other scans.
        let changed = |vm: &Vm| vm.index_error("deque mutated during iteration");
        let Some(i) = find(vm, d, &x, 0..d.len(), changed)? else {
            return Err(not_in_deque(vm, &x));
        };
        d.bump();
        let gone = d.items.borrow_mut().remove(i);
        drop(gone);
        Ok(Value::None)
    })
}

pub fn reverse(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    no_args(vm, "reverse", &a)?;
    with(vm, "reverse", recv, |_, d| {
        d.items.borrow_mut().make_contiguous().reverse();
        Ok(Value::None)
    })
}

/// The read-only `maxlen` attribute (a property getter).
pub fn maxlen(vm: &mut Vm, _recv: &Value, a: Args) -> RunResult<Value> {
    let Some(me) = a.pos.first() else {
        return Err(vm.type_error("maxlen: missing deque"));
    };
    with(vm, "maxlen", me, |_, d| {
        Ok(d.maxlen.get().map_or(Value::None, |m| Value::Int(m as i64)))
    })
}

/// `__len__`.
pub fn len(vm: &mut Vm, recv: &Value, _a: Args) -> RunResult<Value> {
    with(vm, "__len__", recv, |_, d| Ok(Value::Int(d.len() as i64)))
}

/// `__contains__`: `item == x` left to right, failing if the deque changes.
pub fn contains(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let x = crate::builtins::args::one_arg(vm, "__contains__", &a)?.clone();
    with(vm, "__contains__", recv, |vm, d| {
        Ok(Value::Bool(find(vm, d, &x, 0..d.len(), mutated)?.is_some()))
    })
}

/// A deque can hold itself (`d.append(d)`): the collector empties a garbage one.
impl coil_interp::object::NativeData for Deque {
    fn traverse(&self, v: &mut coil_interp::gc::Visitor) {
        coil_interp::gc::Trace::trace(&self.items, v);
    }

    fn clear(&self, out: &mut Vec<Value>) {
        if let Ok(mut items) = self.items.try_borrow_mut() {
            out.extend(std::mem::take(&mut *items));
        }
    }

    fn native_len(&self) -> Option<usize> {
        self.items.try_borrow().ok().map(|items| items.len())
    }
}
