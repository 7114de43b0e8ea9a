//! bytearray: the mutable sequence of bytes (CPython 3.11
//! `Objects/bytearrayobject.c`). The payload is a `Vec<u8>` behind a
//! `RefCell`; no borrow is held while script code runs (arguments are read into
//! plain vectors first). The text methods it shares with `bytes` live in
//! `bytes.rs` and `bytes_text.rs`, which build a result of the receiver's kind
//! (`like`); this file holds construction, mutation and the dunders.

use super::args::{self, positional};
use super::bytes::{buffer_of, byte_checked, from_source};
use crate::builtins::args::class;
use coil_interp::object::class::BaseKind;
use coil_interp::object::{alloc, Args, Class, Native, NativeFn};
use coil_interp::{RunResult, Value, Vm};
use coil_parser::ast::CmpOp;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// The payload of a bytearray.
pub struct ByteArray {
    pub data: RefCell<Vec<u8>>,
    /// Live memoryviews of this bytearray (`ob_exports`): while non-zero its
    /// size cannot change (`memoryview.rs`).
    pub exports: Cell<usize>,
}

impl ByteArray {
    /// CPython's `_canresize`: a resize with live exports is a BufferError.
    fn check_resizable(&self, vm: &Vm) -> RunResult<()> {
        if self.exports.get() > 0 {
            return Err(vm.new_error(
                &vm.types.exc.buffer_error,
                "Existing exports of data: object cannot be re-sized",
            ));
        }
        Ok(())
    }
}

/// A live iterator over a bytearray (it sees changes made while iterating).
struct ByteArrayIter {
    array: Rc<Native>,
    index: Cell<usize>,
}

const METHODS: &[(&str, NativeFn)] = &[
    ("__new__", new),
    ("__init__", init),
    ("append", append),
    ("extend", extend),
    ("insert", insert),
    ("pop", pop),
    ("remove", remove),
    ("clear", clear),
    ("copy", copy),
    ("reverse", reverse),
    ("__len__", len),
    ("__getitem__", getitem),
    ("__setitem__", setitem),
    ("__delitem__", delitem),
    ("__iter__", iter),
    ("__contains__", contains),
    ("__repr__", repr),
    ("__eq__", |vm, r, a| compare(vm, r, a, CmpOp::Eq)),
    ("__ne__", |vm, r, a| compare(vm, r, a, CmpOp::NotEq)),
    ("__lt__", |vm, r, a| compare(vm, r, a, CmpOp::Lt)),
    ("__le__", |vm, r, a| compare(vm, r, a, CmpOp::LtE)),
    ("__gt__", |vm, r, a| compare(vm, r, a, CmpOp::Gt)),
    ("__ge__", |vm, r, a| compare(vm, r, a, CmpOp::GtE)),
    ("__add__", add),
    ("__radd__", radd),
    ("__iadd__", iadd),
    ("__mul__", mul),
    ("__rmul__", mul),
    ("__imul__", imul),
    ("__alloc__", alloc),
];

const ITER_METHODS: &[(&str, NativeFn)] = &[
    ("__iter__", |_, r, _| Ok(r.clone())),
    ("__next__", iter_next),
    ("__length_hint__", iter_length_hint),
];

/// The `bytearray` class (made once per VM).
pub(crate) fn bytearray_class(vm: &Vm) -> Rc<Class> {
    let c = class(
        vm,
        "bytearray",
        "builtins",
        None,
        BaseKind::Builtin,
        METHODS,
    );
    if c.dict.get_str("__hash__").is_none() {
        // Mutable, so unhashable, as CPython marks it.
        c.dict.set_str("__hash__", Value::None);
        vm.allow_subclassing(&c);
    }
    c
}

fn iter_class(vm: &Vm) -> Rc<Class> {
    class(
        vm,
        "bytearray_iterator",
        "builtins",
        None,
        BaseKind::Builtin,
        ITER_METHODS,
    )
}

/// One byte from an int argument, with bytearray's wording of the range error.
fn byte(vm: &mut Vm, v: &Value) -> RunResult<u8> {
    byte_checked(vm, v, "byte")
}

/// A new bytearray holding `data`.
pub(crate) fn new_bytearray(vm: &Vm, data: Vec<u8>) -> Value {
    Value::Native(Rc::new(Native {
        class: bytearray_class(vm),
        data: Box::new(ByteArray {
            data: RefCell::new(data),
            exports: Cell::new(0),
        }),
    }))
}

/// The bytearray payload `v` is, or carries (an instance of a subclass).
pub(crate) fn native_of(v: &Value) -> Option<Rc<Native>> {
    crate::types::native_payload::<ByteArray>(v)
}

/// A copy of the bytes a bytearray (or subclass instance) holds.
pub(crate) fn contents(v: &Value) -> Option<Vec<u8>> {
    let n = native_of(v)?;
    n.get::<ByteArray>().map(|b| b.data.borrow().clone())
}

fn with<R>(
    vm: &mut Vm,
    name: &str,
    recv: &Value,
    f: impl FnOnce(&mut Vm, &ByteArray) -> RunResult<R>,
) -> RunResult<R> {
    let Some(n) = native_of(recv) else {
        return Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'bytearray' object but received a '{}'",
            vm.type_name(recv).as_str()
        )));
    };
    let b = n
        .get::<ByteArray>()
        .ok_or_else(|| vm.type_error("not a bytearray"))?;
    f(vm, b)
}

fn new(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let cls = match (recv, a.pos.first()) {
        (Value::Class(_), _) => recv.clone(),
        (_, Some(c @ Value::Class(_))) => c.clone(),
        _ => return Err(vm.type_error("bytearray.__new__(X): X is not a type object")),
    };
    let plain = new_bytearray(vm, Vec::new());
    Ok(vm.wrap_builtin_subclass(&cls, plain))
}

/// `bytearray(source=b'', encoding, errors)`: filled by `__init__`, as in
/// CPython, so a subclass's `__init__` can call it.
fn init(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let data = from_source(vm, "bytearray", &a)?;
    with(vm, "__init__", recv, |vm, b| {
        b.check_resizable(vm)?;
        *b.data.borrow_mut() = data;
        Ok(Value::None)
    })
}

fn append(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let v = args::one_arg(vm, ("bytearray", "append"), &a)?;
    let byte = byte(vm, v)?;
    with(vm, "append", recv, |vm, b| {
        b.check_resizable(vm)?;
        b.data.borrow_mut().push(byte);
        Ok(Value::None)
    })
}

/// The bytes of an `extend` (`what` = "extend") or slice-assignment ("assign")
/// source: a bytes-like object, or an iterable of ints.
fn bytes_from_iterable(vm: &mut Vm, what: &str, v: &Value) -> RunResult<Vec<u8>> {
    if let Some(data) = buffer_of(v) {
        return Ok(data);
    }
    if vm.get_iter(v).is_err() {
        return Err(vm.type_error(match what {
            "assign" => {
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)".to_string()
            }
            _ => format!("can't extend bytearray with {}", vm.type_name(v).as_str()),
        }));
    }
    let items = vm.collect(v)?;
    let mut out = Vec::with_capacity(items.len());
    for item in &items {
        out.push(byte(vm, item)?);
    }
    Ok(out)
}

fn extend(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let v = args::one_arg(vm, ("bytearray", "extend"), &a)?.clone();
    let data = bytes_from_iterable(vm, "extend", &v)?;
    with(vm, "extend", recv, |vm, b| {
        b.check_resizable(vm)?;
        b.data.borrow_mut().extend_from_slice(&data);
        Ok(Value::None)
    })
}

fn insert(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let pos = positional(vm, ("bytearray", "insert"), &a, 2, 2)?;
    let i = args::index_i64(vm, &pos[0])?;
    let byte = byte(vm, &pos[1])?;
    with(vm, "insert", recv, |vm, b| {
        b.check_resizable(vm)?;
        let mut d = b.data.borrow_mut();
        let n = d.len() as i64;
        let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
        d.insert(at as usize, byte);
        Ok(Value::None)
    })
}

fn pop(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let pos = positional(vm, ("bytearray", "pop"), &a, 0, 1)?;
    let i = match pos.first() {
        Some(v) => args::index_i64(vm, v)?,
        None => -1,
    };
    with(vm, "pop", recv, |vm, b| {
        b.check_resizable(vm)?;
        let mut d = b.data.borrow_mut();
        if d.is_empty() {
            return Err(vm.index_error("pop from empty bytearray"));
        }
        let n = d.len() as i64;
        let at = if i < 0 { i + n } else { i };
        if at < 0 || at >= n {
            return Err(vm.index_error("pop index out of range"));
        }
        Ok(Value::Int(d.remove(at as usize) as i64))
    })
}

fn remove(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let v = args::one_arg(vm, ("bytearray", "remove"), &a)?;
    let byte = byte(vm, v)?;
    with(vm, "remove", recv, |vm, b| {
        b.check_resizable(vm)?;
        let mut d = b.data.borrow_mut();
        match d.iter().position(|&c| c == byte) {
            Some(p) => {
                d.remove(p);
                Ok(Value::None)
            }
            None => Err(vm.value_error("value not found in bytearray")),
        }
    })
}

fn clear(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    args::no_args(vm, ("bytearray", "clear"), &a)?;
    with(vm, "clear", recv, |vm, b| {
        b.check_resizable(vm)?;
        b.data.borrow_mut().clear();
        Ok(Value::None)
    })
}

fn copy(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    args::no_args(vm, ("bytearray", "copy"), &a)?;
    let data = with(vm, "copy", recv, |_, b| Ok(b.data.borrow().clone()))?;
    Ok(new_bytearray(vm, data))
}

fn reverse(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    args::no_args(vm, ("bytearray", "reverse"), &a)?;
    with(vm, "reverse", recv, |_, b| {
        b.data.borrow_mut().reverse();
        Ok(Value::None)
    })
}

fn len(vm: &mut Vm, recv: &Value, _a: Args) -> RunResult<Value> {
    with(vm, "__len__", recv, |_, b| {
        Ok(Value::Int(b.data.borrow().len() as i64))
    })
}

/// An item index, negative from the end, or CPython's IndexError/TypeError.
fn item_index(vm: &mut Vm, key: &Value, len: usize) -> RunResult<usize> {
    let Some(i) = vm.as_index(key)? else {
        return Err(vm.type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            vm.type_name(key).as_str()
        )));
    };
    let n = len as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("bytearray index out of range"));
    }
    Ok(j as usize)
}

fn getitem(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let key = args::one_arg(vm, ("bytearray", "__getitem__"), &a)?.clone();
    let data = contents(recv).ok_or_else(|| vm.type_error("not a bytearray"))?;
    if let Value::Slice(sl) = &key {
        let idx = vm.slice_indices(sl, data.len())?;
        let out: Vec<u8> = idx.positions().map(|p| data[p]).collect();
        return Ok(new_bytearray(vm, out));
    }
    let i = item_index(vm, &key, data.len())?;
    Ok(Value::Int(data[i] as i64))
}

fn setitem(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let pos = positional(vm, ("bytearray", "__setitem__"), &a, 2, 2)?;
    let (key, value) = (pos[0].clone(), pos[1].clone());
    let len = contents(recv).map_or(0, |d| d.len());
    if let Value::Slice(sl) = &key {
        let new = if matches!(
            value,
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Str(_)
        ) {
            return Err(vm.type_error(
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            ));
        } else {
            bytes_from_iterable(vm, "assign", &value)?
        };
        let idx = vm.slice_indices(sl, len)?;
        return with(vm, "__setitem__", recv, |vm, b| {
            let mut d = b.data.borrow_mut();
            if idx.step == 1 {
                let start = idx.start.clamp(0, d.len() as i64) as usize;
                let stop = (start + idx.len).min(d.len());
                if stop - start != new.len() {
                    b.check_resizable(vm)?;
                }
                d.splice(start..stop, new);
                return Ok(Value::None);
            }
            if new.len() != idx.len {
                return Err(vm.value_error(format!(
                    "attempt to assign bytes of size {} to extended slice of size {}",
                    new.len(),
                    idx.len
                )));
            }
            for (p, byte) in idx.positions().zip(new) {
                d[p] = byte;
            }
            Ok(Value::None)
        });
    }
    let i = item_index(vm, &key, len)?;
    let byte = match value {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => byte(vm, &value)?,
        ref other => match vm.as_index(other)? {
            Some(i) => byte(vm, &Value::Int(i))?,
            None => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(other).as_str()
                )))
            }
        },
    };
    with(vm, "__setitem__", recv, |_, b| {
        if let Some(slot) = b.data.borrow_mut().get_mut(i) {
            *slot = byte;
        }
        Ok(Value::None)
    })
}

fn delitem(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let key = args::one_arg(vm, ("bytearray", "__delitem__"), &a)?.clone();
    let len = contents(recv).map_or(0, |d| d.len());
    if let Value::Slice(sl) = &key {
        let idx = vm.slice_indices(sl, len)?;
        let mut doomed: Vec<usize> = idx.positions().collect();
        doomed.sort_unstable();
        return with(vm, "__delitem__", recv, |vm, b| {
            if !doomed.is_empty() {
                b.check_resizable(vm)?;
            }
            let mut d = b.data.borrow_mut();
            let mut k = 0;
            let mut i = 0;
            d.retain(|_| {
                let keep = !(k < doomed.len() && doomed[k] == i);
                if !keep {
                    k += 1;
                }
                i += 1;
                keep
            });
            Ok(Value::None)
        });
    }
    let i = item_index(vm, &key, len)?;
    with(vm, "__delitem__", recv, |vm, b| {
        b.check_resizable(vm)?;
        b.data.borrow_mut().remove(i);
        Ok(Value::None)
    })
}

fn iter(vm: &mut Vm, recv: &Value, _a: Args) -> RunResult<Value> {
    let array = native_of(recv).ok_or_else(|| vm.type_error("not a bytearray"))?;
    Ok(Value::Native(Rc::new(Native {
        class: iter_class(vm),
        data: Box::new(ByteArrayIter {
            array,
            index: Cell::new(0),
        }),
    })))
}

fn iter_next(vm: &mut Vm, recv: &Value, _a: Args) -> RunResult<Value> {
    let Value::Native(n) = recv else {
        return Err(vm.type_error("not a bytearray iterator"));
    };
    let Some(it) = n.get::<ByteArrayIter>() else {
        return Err(vm.type_error("not a bytearray iterator"));
    };
    let i = it.index.get();
    let byte = it
        .array
        .get::<ByteArray>()
        .and_then(|b| b.data.borrow().get(i).copied());
    match byte {
        Some(c) => {
            it.index.set(i + 1);
            Ok(Value::Int(c as i64))
        }
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn iter_length_hint(vm: &mut Vm, recv: &Value, _a: Args) -> RunResult<Value> {
    let Value::Native(n) = recv else {
        return Err(vm.type_error("not a bytearray iterator"));
    };
    let Some(it) = n.get::<ByteArrayIter>() else {
        return Err(vm.type_error("not a bytearray iterator"));
    };
    let len = it
        .array
        .get::<ByteArray>()
        .map_or(0, |b| b.data.borrow().len());
    Ok(Value::Int(len.saturating_sub(it.index.get()) as i64))
}

fn contains(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let v = args::one_arg(vm, ("bytearray", "__contains__"), &a)?.clone();
    let data = contents(recv).ok_or_else(|| vm.type_error("not a bytearray"))?;
    if let Some(sub) = buffer_of(&v) {
        let found =
            sub.is_empty() || coil_interp::vm::ops::compare::find_bytes(&data, &sub).is_some();
        return Ok(Value::Bool(found));
    }
    match vm.as_index(&v)? {
        Some(i) if (0..256).contains(&i) => Ok(Value::Bool(data.contains(&(i as u8)))),
        Some(_) => Err(vm.value_error("byte must be in range(0, 256)")),
        None => Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(&v).as_str()
        ))),
    }
}

fn repr(vm: &mut Vm, recv: &Value, _a: Args) -> RunResult<Value> {
    let native = native_of(recv).ok_or_else(|| vm.type_error("not a bytearray"))?;
    let array = native
        .get::<ByteArray>()
        .ok_or_else(|| vm.type_error("not a bytearray"))?;
    let data = array.data.borrow();
    let name = vm.type_name(recv);
    let mut out = String::new();
    vm.alloc(alloc::reserve(&mut out, name.as_str().len() + 2))?;
    out.push_str(name.as_str());
    out.push('(');
    vm.alloc(coil_interp::object::bytes::bytes_repr_into(&data, &mut out))?;
    vm.alloc(alloc::reserve(&mut out, 1))?;
    out.push(')');
    Ok(Value::string(out))
}

fn compare(vm: &mut Vm, recv: &Value, a: Args, op: CmpOp) -> RunResult<Value> {
    let other = args::one_arg(vm, ("bytearray", "__eq__"), &a)?;
    let (Some(x), Some(y)) = (contents(recv), buffer_of(other)) else {
        return Ok(Value::NotImplemented);
    };
    let ord = x.cmp(&y);
    Ok(Value::Bool(match op {
        CmpOp::Eq => ord.is_eq(),
        CmpOp::NotEq => ord.is_ne(),
        CmpOp::Lt => ord.is_lt(),
        CmpOp::LtE => ord.is_le(),
        CmpOp::Gt => ord.is_gt(),
        _ => ord.is_ge(),
    }))
}

fn concat_operand(vm: &Vm, v: &Value) -> RunResult<Vec<u8>> {
    buffer_of(v).ok_or_else(|| {
        vm.type_error(format!(
            "can't concat {} to bytearray",
            vm.type_name(v).as_str()
        ))
    })
}

fn add(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let other = args::one_arg(vm, ("bytearray", "__add__"), &a)?;
    let mut data = contents(recv).ok_or_else(|| vm.type_error("not a bytearray"))?;
    data.extend(concat_operand(vm, other)?);
    Ok(new_bytearray(vm, data))
}

/// `b"x" + bytearray(b"y")`: bytes' concatenation takes any buffer and makes
/// bytes, which the reflected call reproduces.
fn radd(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let other = args::one_arg(vm, ("bytearray", "__radd__"), &a)?;
    let Value::Bytes(left) = other else {
        return Ok(Value::NotImplemented);
    };
    let mut data = left.as_bytes().to_vec();
    data.extend(contents(recv).unwrap_or_default());
    Ok(Value::bytes(data))
}

fn iadd(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let other = args::one_arg(vm, ("bytearray", "__iadd__"), &a)?;
    let more = concat_operand(vm, other)?;
    with(vm, "__iadd__", recv, |vm, b| {
        if !more.is_empty() {
            b.check_resizable(vm)?;
        }
        b.data.borrow_mut().extend(more);
        Ok(())
    })?;
    Ok(recv.clone())
}

fn repeat_count(vm: &mut Vm, v: &Value) -> RunResult<usize> {
    match vm.as_index(v)? {
        Some(n) => Ok(n.max(0) as usize),
        None => Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            vm.type_name(v).as_str()
        ))),
    }
}

fn repeated(vm: &Vm, data: &[u8], n: usize) -> RunResult<Vec<u8>> {
    let total = data
        .len()
        .checked_mul(n)
        .filter(|&t| t <= isize::MAX as usize)
        .ok_or_else(|| vm.memory_error())?;
    let mut out = Vec::new();
    out.try_reserve_exact(total)
        .map_err(|_| vm.memory_error())?;
    for _ in 0..n {
        out.extend_from_slice(data);
    }
    Ok(out)
}

fn mul(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let other = args::one_arg(vm, ("bytearray", "__mul__"), &a)?.clone();
    let n = repeat_count(vm, &other)?;
    let data = contents(recv).ok_or_else(|| vm.type_error("not a bytearray"))?;
    let out = repeated(vm, &data, n)?;
    Ok(new_bytearray(vm, out))
}

fn imul(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let other = args::one_arg(vm, ("bytearray", "__imul__"), &a)?.clone();
    let n = repeat_count(vm, &other)?;
    let data = contents(recv).ok_or_else(|| vm.type_error("not a bytearray"))?;
    let out = repeated(vm, &data, n)?;
    with(vm, "__imul__", recv, |vm, b| {
        if out.len() != b.data.borrow().len() {
            b.check_resizable(vm)?;
        }
        *b.data.borrow_mut() = out;
        Ok(())
    })?;
    Ok(recv.clone())
}

fn alloc(vm: &mut Vm, recv: &Value, _a: Args) -> RunResult<Value> {
    with(vm, "__alloc__", recv, |_, b| {
        let d = b.data.borrow();
        Ok(Value::Int(if d.is_empty() {
            0
        } else {
            d.capacity() as i64 + 1
        }))
    })
}

/// Makes the bytes-or-bytearray result of a method called on `recv`.
pub(crate) fn make_like(vm: &Vm, recv: &Value, data: Vec<u8>) -> Value {
    if native_of(recv).is_some() {
        new_bytearray(vm, data)
    } else {
        Value::bytes(data)
    }
}

/// Installs `bytearray` in the builtins.
pub(crate) fn install(vm: &mut Vm) {
    let c = bytearray_class(vm);
    vm.add_builtin("bytearray", Value::Class(c));
}

coil_interp::native_payload!(ByteArray; ByteArrayIter { array });
