//! memoryview: a view of the bytes of `bytes` or `bytearray` without copying
//! (CPython 3.11 `Objects/memoryobject.c`). One-dimensional views only: a view
//! is a base buffer, a byte offset, an item count, a stride in bytes and an item
//! format (`B b c H h I i L l Q q f d ?`, native little-endian sizes). Views of
//! a bytearray share its storage, so writes through the view are seen by the
//! bytearray and the other way round; while a view is alive (not released) the
//! bytearray refuses to change size, as CPython's export count does
//! (`bytearray.rs` `check_resizable`). Multi-dimensional casts raise
//! NotImplementedError rather than pretending.

use super::args::{self, Signature};
use super::bytearray::{self, ByteArray};
use crate::builtins::args::{add_getter, class};
use coil_interp::object::class::BaseKind;
use coil_interp::object::{Args, Bytes, Class, Native, NativeFn, Payload};
use coil_interp::{Exc, RunResult, Value, Vm};
use std::cell::Cell;
use std::rc::Rc;

/// Where a view's bytes live.
#[derive(Clone)]
enum Base {
    /// Immutable bytes (the view is read-only).
    Bytes(Rc<Bytes>),
    /// A bytearray's payload (its export count is held while the view lives).
    Array(Rc<Native>),
}

/// The payload of a memoryview.
pub struct MemoryView {
    /// The exporting object, as `mv.obj` returns it.
    obj: Value,
    base: Base,
    /// Byte offset of item 0 in the base.
    start: usize,
    /// Number of items (`shape[0]`).
    len: usize,
    /// Distance in bytes between items (negative for reversed slices).
    stride: isize,
    /// The item format code.
    code: u8,
    readonly: bool,
    released: Cell<bool>,
}

impl Drop for MemoryView {
    fn drop(&mut self) {
        self.unexport();
    }
}

impl MemoryView {
    fn itemsize(&self) -> usize {
        item_size(self.code).unwrap_or(1)
    }

    /// Gives back the bytearray export this view holds (once).
    fn unexport(&self) {
        if self.released.replace(true) {
            return;
        }
        if let Base::Array(n) = &self.base {
            if let Some(b) = n.get::<ByteArray>() {
                b.exports.set(b.exports.get().saturating_sub(1));
            }
        }
    }

    /// A new view over the same base (taking an export of a bytearray).
    fn derive(&self, start: usize, len: usize, stride: isize, code: u8, readonly: bool) -> Self {
        if let Base::Array(n) = &self.base {
            if let Some(b) = n.get::<ByteArray>() {
                b.exports.set(b.exports.get() + 1);
            }
        }
        MemoryView {
            obj: self.obj.clone(),
            base: self.base.clone(),
            start,
            len,
            stride,
            code,
            readonly,
            released: Cell::new(false),
        }
    }

    /// Runs `f` over the whole base buffer.
    fn with_base<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        match &self.base {
            Base::Bytes(b) => f(b.as_bytes()),
            Base::Array(n) => match n.get::<ByteArray>() {
                Some(b) => f(&b.data.borrow()),
                None => f(&[]),
            },
        }
    }

    /// Byte offset of item `i`.
    fn offset(&self, i: usize) -> usize {
        (self.start as isize + i as isize * self.stride) as usize
    }

    /// The bytes of item `i` (empty if the base shrank underneath, which the
    /// export count prevents).
    fn item_bytes(&self, i: usize) -> Vec<u8> {
        let (at, size) = (self.offset(i), self.itemsize());
        self.with_base(|d| d.get(at..at + size).map(<[u8]>::to_vec).unwrap_or_default())
    }

    /// The view's bytes in logical order (`tobytes`).
    pub(crate) fn to_bytes(&self) -> Vec<u8> {
        let size = self.itemsize();
        self.with_base(|d| {
            let mut out = Vec::with_capacity(self.len * size);
            for i in 0..self.len {
                let at = self.offset(i);
                if let Some(s) = d.get(at..at + size) {
                    out.extend_from_slice(s);
                }
            }
            out
        })
    }

    /// Writes `bytes` (a whole number of items) at item positions `0..`.
    fn write_items(&self, first: usize, step: isize, data: &[u8]) {
        let size = self.itemsize();
        if let Base::Array(n) = &self.base {
            if let Some(b) = n.get::<ByteArray>() {
                let mut d = b.data.borrow_mut();
                for (k, chunk) in data.chunks(size).enumerate() {
                    let item = first as isize + k as isize * step;
                    let at = self.offset(item as usize);
                    if let Some(dst) = d.get_mut(at..at + size) {
                        dst.copy_from_slice(chunk);
                    }
                }
            }
        }
    }
}

/// Item size of a format code, or None if Coil does not support it.
fn item_size(code: u8) -> Option<usize> {
    Some(match code {
        b'B' | b'b' | b'c' | b'?' => 1,
        b'H' | b'h' => 2,
        b'I' | b'i' | b'f' => 4,
        b'L' | b'l' | b'Q' | b'q' | b'd' | b'N' | b'n' | b'P' => 8,
        _ => return None,
    })
}

const METHODS: &[(&str, NativeFn)] = &[
    ("__new__", new),
    ("__len__", len),
    ("__getitem__", getitem),
    ("__setitem__", setitem),
    ("__delitem__", |vm, _, _| {
        Err(vm.type_error("cannot delete memory"))
    }),
    ("__iter__", iter),
    ("__eq__", |vm, r, a| eq(vm, r, a, true)),
    ("__ne__", |vm, r, a| eq(vm, r, a, false)),
    ("__hash__", hash),
    ("__repr__", repr),
    ("__enter__", enter),
    ("__exit__", exit),
    ("release", release),
    ("tobytes", tobytes),
    ("tolist", tolist),
    ("toreadonly", toreadonly),
    ("hex", hex),
    ("cast", cast),
];

const GETTERS: &[(&str, NativeFn)] = &[
    ("obj", |vm, _, a| Ok(view(vm, &a)?.obj.clone())),
    ("nbytes", |vm, _, a| {
        let v = view(vm, &a)?;
        Ok(Value::Int((v.len * v.itemsize()) as i64))
    }),
    ("readonly", |vm, _, a| {
        Ok(Value::Bool(view(vm, &a)?.readonly))
    }),
    ("itemsize", |vm, _, a| {
        Ok(Value::Int(view(vm, &a)?.itemsize() as i64))
    }),
    ("format", |vm, _, a| {
        Ok(Value::string((view(vm, &a)?.code as char).to_string()))
    }),
    ("ndim", |vm, _, a| view(vm, &a).map(|_| Value::Int(1))),
    ("shape", |vm, _, a| {
        Ok(Value::tuple(vec![Value::Int(view(vm, &a)?.len as i64)]))
    }),
    ("strides", |vm, _, a| {
        Ok(Value::tuple(vec![Value::Int(view(vm, &a)?.stride as i64)]))
    }),
    ("suboffsets", |vm, _, a| {
        view(vm, &a).map(|_| Value::tuple(Vec::new()))
    }),
    ("c_contiguous", contiguous),
    ("f_contiguous", contiguous),
    ("contiguous", contiguous),
];

const ITER_METHODS: &[(&str, NativeFn)] = &[
    ("__iter__", |_, r, _| Ok(r.clone())),
    ("__next__", iter_next),
];

/// The `memoryview` class (made once per VM).
pub(crate) fn memoryview_class(vm: &Vm) -> Rc<Class> {
    let c = class(
        vm,
        "memoryview",
        "builtins",
        None,
        BaseKind::Builtin,
        METHODS,
    );
    if c.dict.get_str("nbytes").is_none() {
        for (name, f) in GETTERS {
            add_getter(vm, &c, name, *f);
        }
    }
    c
}

fn iter_class(vm: &Vm) -> Rc<Class> {
    class(
        vm,
        "memory_iterator",
        "builtins",
        None,
        BaseKind::Builtin,
        ITER_METHODS,
    )
}

/// Installs `memoryview` in the builtins.
pub(crate) fn install(vm: &mut Vm) {
    vm.buffer_hook = Some(super::bytes::buffer_of);
    let c = memoryview_class(vm);
    vm.add_builtin("memoryview", Value::Class(c));
}

fn released_error(vm: &Vm) -> Exc {
    vm.value_error("operation forbidden on released memoryview object")
}

/// The memoryview payload of `v`, released or not.
pub(crate) fn payload(v: &Value) -> Option<&MemoryView> {
    match v {
        Value::Native(n) => n.get::<MemoryView>(),
        _ => None,
    }
}

/// The bytes of an unreleased memoryview (`None` if `v` is none, or released).
pub(crate) fn contents(v: &Value) -> Option<Vec<u8>> {
    payload(v)
        .filter(|m| !m.released.get())
        .map(MemoryView::to_bytes)
}

/// The receiver as a live view, or CPython's errors.
fn live<'a>(vm: &Vm, v: &'a Value) -> RunResult<&'a MemoryView> {
    let m = payload(v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'memoryview' object but received a '{}'",
            vm.type_name(v).as_str()
        ))
    })?;
    if m.released.get() {
        return Err(released_error(vm));
    }
    Ok(m)
}

/// The instance a getter receives (its one positional argument).
fn view<'a>(vm: &Vm, a: &Args<'a>) -> RunResult<&'a MemoryView> {
    match a.pos.first() {
        Some(v) => live(vm, v),
        None => Err(vm.type_error("getter needs an instance")),
    }
}

fn contiguous(vm: &mut Vm, _r: &Value, a: Args) -> RunResult<Value> {
    let v = view(vm, &a)?;
    Ok(Value::Bool(v.len <= 1 || v.stride == v.itemsize() as isize))
}

fn wrap(vm: &Vm, m: MemoryView) -> Value {
    Value::Native(Rc::new(Native {
        class: memoryview_class(vm),
        data: Box::new(m),
    }))
}

/// A view of all of `src`, or None if `src` exports no buffer.
fn view_of(vm: &mut Vm, src: &Value) -> RunResult<Option<MemoryView>> {
    if let Some(m) = payload(src) {
        if m.released.get() {
            return Err(released_error(vm));
        }
        return Ok(Some(m.derive(m.start, m.len, m.stride, m.code, m.readonly)));
    }
    let bytes = match src {
        Value::Bytes(b) => Some(b.clone()),
        Value::Instance(i) => match &i.payload {
            Payload::Builtin(Value::Bytes(b)) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    };
    if let Some(b) = bytes {
        return Ok(Some(MemoryView {
            obj: src.clone(),
            len: b.as_bytes().len(),
            base: Base::Bytes(b),
            start: 0,
            stride: 1,
            code: b'B',
            readonly: true,
            released: Cell::new(false),
        }));
    }
    if let Some(n) = bytearray::native_of(src) {
        let Some(b) = n.get::<ByteArray>() else {
            return Ok(None);
        };
        b.exports.set(b.exports.get() + 1);
        let len = b.data.borrow().len();
        return Ok(Some(MemoryView {
            obj: src.clone(),
            base: Base::Array(n),
            start: 0,
            len,
            stride: 1,
            code: b'B',
            readonly: false,
            released: Cell::new(false),
        }));
    }
    if let Value::Instance(i) = src {
        let cls = i.class.borrow().clone();
        if cls.name.as_str() == "array" && cls.module.as_str() == "array" {
            return Err(
                vm.not_implemented_error("memoryview of an array.array is not supported by Coil")
            );
        }
    }
    Ok(None)
}

const NEW: Signature = Signature::new("memoryview", &["object"]).required(1);

fn new(vm: &mut Vm, _recv: &Value, a: Args) -> RunResult<Value> {
    // Called as `__new__(cls, object)`.
    let rest = match a.pos.first() {
        Some(Value::Class(_)) => &a.pos[1..],
        _ => a.pos,
    };
    let bound = NEW.bind(
        vm,
        &Args {
            pos: rest,
            kw: a.kw,
        },
    )?;
    let src = bound.arg(vm, 0)?.clone();
    match view_of(vm, &src)? {
        Some(m) => Ok(wrap(vm, m)),
        None => Err(vm.type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            vm.type_name(&src).as_str()
        ))),
    }
}

fn len(vm: &mut Vm, recv: &Value, _a: Args) -> RunResult<Value> {
    Ok(Value::Int(live(vm, recv)?.len as i64))
}

/// Item `i` as a Python value, by format.
fn unpack(code: u8, raw: &[u8]) -> Value {
    let mut buf = [0u8; 8];
    let n = raw.len().min(8);
    buf[..n].copy_from_slice(&raw[..n]);
    let u = u64::from_le_bytes(buf);
    match code {
        b'c' => Value::bytes(raw.to_vec()),
        b'?' => Value::Bool(u != 0),
        b'b' => Value::Int(u as u8 as i8 as i64),
        b'h' => Value::Int(u as u16 as i16 as i64),
        b'i' => Value::Int(u as u32 as i32 as i64),
        b'l' | b'q' | b'n' => Value::Int(u as i64),
        b'f' => Value::Float(f32::from_bits(u as u32) as f64),
        b'd' => Value::Float(f64::from_bits(u)),
        _ if u > i64::MAX as u64 => Value::from_bigint(u.into()),
        _ => Value::Int(u as i64),
    }
}

/// The bytes of `v` stored as one item of format `code`, or CPython's errors.
fn pack(vm: &mut Vm, code: u8, v: &Value) -> RunResult<Vec<u8>> {
    let name = code as char;
    let bad_type = |vm: &Vm| vm.type_error(format!("memoryview: invalid type for format '{name}'"));
    let bad_value =
        |vm: &Vm| vm.value_error(format!("memoryview: invalid value for format '{name}'"));
    let size = item_size(code).unwrap_or(1);
    match code {
        b'c' => match v {
            Value::Bytes(b) if b.as_bytes().len() == 1 => Ok(b.as_bytes().to_vec()),
            Value::Bytes(_) => Err(bad_value(vm)),
            _ => Err(bad_type(vm)),
        },
        b'?' => Ok(vec![vm.truthy(v)? as u8]),
        b'f' | b'd' => {
            let f = match v {
                Value::Float(f) => *f,
                Value::Int(i) => *i as f64,
                Value::Bool(b) => *b as i64 as f64,
                _ => return Err(bad_type(vm)),
            };
            Ok(if code == b'f' {
                (f as f32).to_le_bytes().to_vec()
            } else {
                f.to_le_bytes().to_vec()
            })
        }
        _ => {
            if matches!(v, Value::Float(_)) {
                return Err(bad_type(vm));
            }
            let big = match v {
                Value::BigInt(b) => Some((**b).clone()),
                _ => None,
            };
            let i: i128 = match big {
                Some(b) => i128::try_from(b).map_err(|_| bad_value(vm))?,
                None => match vm.as_index(v)? {
                    Some(i) => i as i128,
                    None => return Err(bad_type(vm)),
                },
            };
            let bits = (size * 8) as u32;
            let signed = code.is_ascii_lowercase();
            let (lo, hi) = if signed {
                (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
            } else {
                (0, (1i128 << bits) - 1)
            };
            if i < lo || i > hi {
                return Err(bad_value(vm));
            }
            Ok((i as u128).to_le_bytes()[..size].to_vec())
        }
    }
}

/// An item index from an int key, or CPython's IndexError.
fn item_index(vm: &Vm, m: &MemoryView, i: i64) -> RunResult<usize> {
    let n = m.len as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("index out of bounds on dimension 1"));
    }
    Ok(j as usize)
}

/// The key of a subscript: an item, a slice's (first, step, count), or an error.
enum Key {
    Item(usize),
    Slice(usize, isize, usize),
}

fn key_of(vm: &mut Vm, m: &MemoryView, key: &Value) -> RunResult<Key> {
    if let Value::Slice(sl) = key {
        let idx = vm.slice_indices(sl, m.len)?;
        let first = if idx.len == 0 { 0 } else { idx.start as usize };
        return Ok(Key::Slice(first, idx.step as isize, idx.len));
    }
    if let Value::Tuple(t) = key {
        if t.items.is_empty() {
            return Err(vm.not_implemented_error("sub-views are not implemented"));
        }
    }
    if matches!(key, Value::Float(_) | Value::Str(_) | Value::Tuple(_)) {
        return Err(vm.type_error("memoryview: invalid slice key"));
    }
    match vm.as_index(key)? {
        Some(i) => Ok(Key::Item(item_index(vm, m, i)?)),
        None => Err(vm.type_error("memoryview: invalid slice key")),
    }
}

fn getitem(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let key = args::one_arg(vm, ("memoryview", "__getitem__"), &a)?.clone();
    let m = live(vm, recv)?;
    match key_of(vm, m, &key)? {
        Key::Item(i) => Ok(unpack(m.code, &m.item_bytes(i))),
        Key::Slice(first, step, count) => {
            let sub = m.derive(m.offset(first), count, m.stride * step, m.code, m.readonly);
            Ok(wrap(vm, sub))
        }
    }
}

fn setitem(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let pos = args::positional(vm, ("memoryview", "__setitem__"), &a, 2, 2)?;
    let (key, value) = (pos[0].clone(), pos[1].clone());
    let m = live(vm, recv)?;
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    match key_of(vm, m, &key)? {
        Key::Item(i) => {
            let data = pack(vm, m.code, &value)?;
            m.write_items(i, 1, &data);
        }
        Key::Slice(first, step, count) => {
            // The source's structure (format and length) must match the slice's.
            let (code, data) = match payload(&value) {
                Some(src) if !src.released.get() => (src.code, src.to_bytes()),
                Some(_) => return Err(released_error(vm)),
                None => (b'B', super::bytes::buffer(vm, &value)?),
            };
            if code != m.code || data.len() != count * m.itemsize() {
                return Err(vm.value_error(
                    "memoryview assignment: lvalue and rvalue have different structures",
                ));
            }
            m.write_items(first, step, &data);
        }
    }
    Ok(Value::None)
}

struct MemoryIter {
    view: Value,
    index: Cell<usize>,
}

fn iter(vm: &mut Vm, recv: &Value, _a: Args) -> RunResult<Value> {
    live(vm, recv)?;
    Ok(Value::Native(Rc::new(Native {
        class: iter_class(vm),
        data: Box::new(MemoryIter {
            view: recv.clone(),
            index: Cell::new(0),
        }),
    })))
}

fn iter_next(vm: &mut Vm, recv: &Value, _a: Args) -> RunResult<Value> {
    let Some(it) = (match recv {
        Value::Native(n) => n.get::<MemoryIter>(),
        _ => None,
    }) else {
        return Err(vm.type_error("not a memory_iterator"));
    };
    let m = live(vm, &it.view)?;
    let i = it.index.get();
    if i >= m.len {
        return Err(vm.stop_iteration(Value::None));
    }
    it.index.set(i + 1);
    Ok(unpack(m.code, &m.item_bytes(i)))
}

/// The items of a view as Python values.
fn items(m: &MemoryView) -> Vec<Value> {
    (0..m.len)
        .map(|i| unpack(m.code, &m.item_bytes(i)))
        .collect()
}

/// `==`: a released view equals only itself; otherwise both sides' items are
/// compared as values (`memory_richcompare`), so formats matter.
fn eq(vm: &mut Vm, recv: &Value, a: Args, want: bool) -> RunResult<Value> {
    let other = args::one_arg(vm, ("memoryview", "__eq__"), &a)?.clone();
    let Some(m) = payload(recv) else {
        return Ok(Value::NotImplemented);
    };
    if recv.is(&other) {
        return Ok(Value::Bool(want));
    }
    if m.released.get() {
        return Ok(Value::Bool(!want));
    }
    let right: Vec<Value> = match payload(&other) {
        Some(o) if o.released.get() => return Ok(Value::Bool(!want)),
        Some(o) => items(o),
        None => match super::bytes::buffer_of(&other) {
            Some(d) => d.into_iter().map(|b| Value::Int(b as i64)).collect(),
            None => return Ok(Value::NotImplemented),
        },
    };
    let left = items(m);
    let mut same = left.len() == right.len();
    if same {
        for (x, y) in left.iter().zip(&right) {
            if !vm.eq(x, y)? {
                same = false;
                break;
            }
        }
    }
    Ok(Value::Bool(same == want))
}

fn hash(vm: &mut Vm, recv: &Value, _a: Args) -> RunResult<Value> {
    let m = live(vm, recv)?;
    if !m.readonly {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    if !matches!(m.code, b'B' | b'b' | b'c') {
        return Err(vm.value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    // CPython hashes the exporter first: a read-only view of a bytearray is
    // still unhashable.
    let obj = m.obj.clone();
    vm.hash(&obj)?;
    Ok(Value::Int(Bytes::new(m.to_bytes()).hash() as i64))
}

fn repr(vm: &mut Vm, recv: &Value, _a: Args) -> RunResult<Value> {
    let m = payload(recv).ok_or_else(|| vm.type_error("not a memoryview"))?;
    let addr = recv.ptr_id().unwrap_or(0);
    let what = if m.released.get() {
        "released memory"
    } else {
        "memory"
    };
    Ok(Value::string(format!("<{what} at {addr:#x}>")))
}

fn enter(vm: &mut Vm, recv: &Value, _a: Args) -> RunResult<Value> {
    live(vm, recv)?;
    Ok(recv.clone())
}

fn exit(vm: &mut Vm, recv: &Value, _a: Args) -> RunResult<Value> {
    release(vm, recv, Args::positional(&[]))
}

fn release(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    args::no_args(vm, ("memoryview", "release"), &a)?;
    let m = payload(recv).ok_or_else(|| vm.type_error("not a memoryview"))?;
    m.unexport();
    Ok(Value::None)
}

const TOBYTES: Signature = Signature::new("tobytes", &["order"]).required(0);

fn tobytes(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let bound = TOBYTES.bind(vm, &a)?;
    match bound.opt(0) {
        None | Some(Value::None) => {}
        Some(Value::Str(s)) if matches!(s.as_str(), "C" | "F" | "A") => {}
        Some(Value::Str(_)) => return Err(vm.value_error("order must be 'C', 'F' or 'A'")),
        Some(other) => {
            return Err(vm.type_error(format!(
                "tobytes() argument 'order' must be str or None, not {}",
                vm.type_name(other).as_str()
            )))
        }
    }
    Ok(Value::bytes(live(vm, recv)?.to_bytes()))
}

fn tolist(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    args::no_args(vm, ("memoryview", "tolist"), &a)?;
    Ok(Value::list(items(live(vm, recv)?)))
}

fn toreadonly(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    args::no_args(vm, ("memoryview", "toreadonly"), &a)?;
    let m = live(vm, recv)?;
    let ro = m.derive(m.start, m.len, m.stride, m.code, true);
    Ok(wrap(vm, ro))
}

fn hex(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let data = live(vm, recv)?.to_bytes();
    super::bytes::hex_of(vm, &data, &a, "hex")
}

const CAST: Signature = Signature::new("cast", &["format", "shape"]).required(1);

fn cast(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let bound = CAST.bind(vm, &a)?;
    let fmt = match bound.arg(vm, 0)? {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            return Err(vm.type_error(format!(
                "cast() argument 'format' must be str, not {}",
                vm.type_name(other).as_str()
            )))
        }
    };
    let m = live(vm, recv)?;
    let spec = fmt.strip_prefix('@').unwrap_or(&fmt);
    let code = match spec.as_bytes() {
        [c] if item_size(*c).is_some() => *c,
        _ => {
            return Err(vm.value_error(
                "memoryview: destination format must be a native single character format prefixed with an optional '@'",
            ))
        }
    };
    if m.len > 1 && m.stride != m.itemsize() as isize {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let byte_format = |c: u8| matches!(c, b'B' | b'b' | b'c');
    if !byte_format(m.code) && !byte_format(code) {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let nbytes = m.len * m.itemsize();
    let size = item_size(code).unwrap_or(1);
    if !nbytes.is_multiple_of(size) {
        return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
    }
    let len = nbytes / size;
    if let Some(shape) = bound.opt_some(1) {
        let dims = match shape {
            Value::List(l) => l.items.borrow().clone(),
            Value::Tuple(t) => t.items.to_vec(),
            _ => return Err(vm.type_error("shape must be a list or a tuple")),
        };
        let one_dim = matches!(dims.as_slice(), [Value::Int(n)] if *n as usize == len && *n >= 0);
        if !one_dim {
            return Err(vm.not_implemented_error(
                "memoryview: Coil supports only one-dimensional casts with shape=[nbytes // itemsize]",
            ));
        }
    }
    let out = m.derive(m.start, len, size as isize, code, m.readonly);
    Ok(wrap(vm, out))
}

impl coil_interp::gc::Trace for Base {
    fn trace(&self, v: &mut coil_interp::gc::Visitor) {
        if let Base::Array(a) = self {
            v.native_rc(a);
        }
    }
}

coil_interp::native_payload!(MemoryView { obj, base }; MemoryIter { view });
