//! memoryview: a view of the bytes of `bytes`, `bytearray` or `array.array`
//! without copying (CPython 3.11 `Objects/memoryobject.c`). A view is a base
//! buffer, a byte offset, the extent and stride of its first dimension, the
//! extents of the others (C-contiguous: what `cast(fmt, shape)` makes) and an item
//! format (`memoryview_items.rs`). Views of a bytearray (an `array.array` keeps
//! its items in one) share its storage, so writes through the view are seen by
//! the exporter and the other way round; while a view is alive (not released)
//! the exporter refuses to change size, as CPython's export count does
//! (`bytearray.rs` `check_resizable`; `lib/array.py` rewords the error).

use super::args::{self, Signature};
use super::bytearray::{self, ByteArray};
use super::memoryview_items::{check_convertible, item_size, nested, pack, unpack};
use crate::builtins::args::{class, class_with_getters};
use coil_interp::object::class::BaseKind;
use coil_interp::object::{Args, Bytes, Class, Native, NativeFn, Payload};
use coil_interp::{Exc, RunResult, Value, Vm};
use std::cell::Cell;
use std::rc::Rc;

/// Where a view's bytes live.
#[derive(Clone)]
pub(super) enum Base {
    /// Immutable bytes (the view is read-only).
    Bytes(Rc<Bytes>),
    /// A bytearray's payload (its export count is held while the view lives).
    Array(Rc<Native>),
}

/// The payload of a memoryview.
pub struct MemoryView {
    /// The exporting object, as `mv.obj` returns it.
    pub(super) obj: Value,
    pub(super) base: Base,
    /// Byte offset of item 0 in the base.
    pub(super) start: usize,
    /// Number of items (`shape[0]`).
    pub(super) len: usize,
    /// Distance in bytes between items (negative for reversed slices).
    pub(super) stride: isize,
    /// `shape[1:]`: the extents of the other dimensions, laid out C-contiguously
    /// inside each item of the first (empty for a one-dimensional view).
    pub(super) inner: Rc<[usize]>,
    /// The item format code.
    pub(super) code: u8,
    pub(super) readonly: bool,
    pub(super) released: Cell<bool>,
}

impl Drop for MemoryView {
    fn drop(&mut self) {
        self.unexport();
    }
}

impl MemoryView {
    pub(super) fn itemsize(&self) -> usize {
        item_size(self.code).unwrap_or(1)
    }

    /// Bytes of one step along the first dimension (an item when one-dimensional).
    pub(super) fn row_size(&self) -> usize {
        self.itemsize() * self.inner.iter().product::<usize>()
    }

    pub(super) fn ndim(&self) -> usize {
        1 + self.inner.len()
    }

    fn shape(&self) -> Vec<usize> {
        std::iter::once(self.len)
            .chain(self.inner.iter().copied())
            .collect()
    }

    fn strides(&self) -> Vec<isize> {
        let mut out = vec![self.stride];
        for k in 0..self.inner.len() {
            let below: usize = self.inner[k + 1..].iter().product();
            out.push((below * self.itemsize()) as isize);
        }
        out
    }

    /// C-contiguous: the first dimension's stride is a whole row (extents of 0 or
    /// 1 have no stride that matters).
    pub(super) fn c_contiguous(&self) -> bool {
        self.len <= 1 || self.stride == self.row_size() as isize
    }

    /// Fortran-contiguous: the same bytes in column-major order, which for a
    /// C-laid view means at most one dimension has an extent above 1.
    fn f_contiguous(&self) -> bool {
        if self.inner.is_empty() {
            return self.c_contiguous();
        }
        self.c_contiguous() && self.shape().iter().filter(|&&n| n > 1).count() <= 1
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
    pub(super) fn derive(
        &self,
        start: usize,
        len: usize,
        stride: isize,
        code: u8,
        readonly: bool,
    ) -> Self {
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
            inner: self.inner.clone(),
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
        self.bytes_at(self.offset(i), self.itemsize())
    }

    /// `size` bytes of the base from `at`.
    fn bytes_at(&self, at: usize, size: usize) -> Vec<u8> {
        self.with_base(|d| d.get(at..at + size).map(<[u8]>::to_vec).unwrap_or_default())
    }

    /// The view's bytes in logical order (`tobytes`).
    pub(crate) fn to_bytes(&self) -> Vec<u8> {
        let size = self.row_size();
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
        for (k, chunk) in data.chunks(size).enumerate() {
            let item = first as isize + k as isize * step;
            self.write_at(self.offset(item as usize), chunk);
        }
    }

    /// Writes `data` at byte offset `at` of a writable base.
    fn write_at(&self, at: usize, data: &[u8]) {
        if let Base::Array(n) = &self.base {
            if let Some(b) = n.get::<ByteArray>() {
                if let Some(dst) = b.data.borrow_mut().get_mut(at..at + data.len()) {
                    dst.copy_from_slice(data);
                }
            }
        }
    }

    /// Every item in C order, as Python values.
    fn flat_items(&self) -> Vec<Value> {
        let size = self.itemsize();
        self.to_bytes()
            .chunks(size)
            .map(|raw| unpack(self.code, raw))
            .collect()
    }
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
    ("cast", super::memoryview_cast::cast),
];

const GETTERS: &[(&str, NativeFn)] = &[
    ("obj", |vm, _, a| Ok(view(vm, &a)?.obj.clone())),
    ("nbytes", |vm, _, a| {
        let v = view(vm, &a)?;
        Ok(Value::Int((v.len * v.row_size()) as i64))
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
    ("ndim", |vm, _, a| {
        Ok(Value::Int(view(vm, &a)?.ndim() as i64))
    }),
    ("shape", |vm, _, a| {
        let dims = view(vm, &a)?.shape();
        Ok(Value::tuple(
            dims.into_iter().map(|n| Value::Int(n as i64)).collect(),
        ))
    }),
    ("strides", |vm, _, a| {
        let steps = view(vm, &a)?.strides();
        Ok(Value::tuple(
            steps.into_iter().map(|n| Value::Int(n as i64)).collect(),
        ))
    }),
    ("suboffsets", |vm, _, a| {
        view(vm, &a).map(|_| Value::tuple(Vec::new()))
    }),
    ("c_contiguous", |vm, _, a| {
        Ok(Value::Bool(view(vm, &a)?.c_contiguous()))
    }),
    ("f_contiguous", |vm, _, a| {
        Ok(Value::Bool(view(vm, &a)?.f_contiguous()))
    }),
    ("contiguous", |vm, _, a| {
        let v = view(vm, &a)?;
        Ok(Value::Bool(v.c_contiguous() || v.f_contiguous()))
    }),
];

const ITER_METHODS: &[(&str, NativeFn)] = &[
    ("__iter__", |_, r, _| Ok(r.clone())),
    ("__next__", iter_next),
];

/// The `memoryview` class (made once per VM).
pub(crate) fn memoryview_class(vm: &Vm) -> Rc<Class> {
    class_with_getters(vm, "memoryview", "builtins", METHODS, GETTERS)
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
pub(super) fn live<'a>(vm: &Vm, v: &'a Value) -> RunResult<&'a MemoryView> {
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

pub(crate) fn wrap(vm: &Vm, m: MemoryView) -> Value {
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
            inner: Rc::from([]),
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
            inner: Rc::from([]),
            code: b'B',
            readonly: false,
            released: Cell::new(false),
        }));
    }
    if let Some((n, code)) = array_parts(src) {
        let Some(b) = n.get::<ByteArray>() else {
            return Ok(None);
        };
        let size = item_size(code).unwrap_or(1);
        b.exports.set(b.exports.get() + 1);
        let len = b.data.borrow().len() / size;
        return Ok(Some(MemoryView {
            obj: src.clone(),
            base: Base::Array(n),
            start: 0,
            len,
            stride: size as isize,
            inner: Rc::from([]),
            code,
            readonly: false,
            released: Cell::new(false),
        }));
    }
    Ok(None)
}

/// The storage and item format of an `array.array` (or subclass) instance: the
/// bytearray in its `_buf` slot and the buffer format of its `_code` (`lib/array.py`;
/// a `'u'` array exports `w`, as CPython's `array_buffer_getbuf` does).
pub(crate) fn array_parts(v: &Value) -> Option<(Rc<Native>, u8)> {
    let Value::Instance(inst) = v else {
        return None;
    };
    let cls = inst.class.borrow().clone();
    let arr = std::iter::once(&cls)
        .chain(cls.mro.iter())
        .find(|c| c.name.as_str() == "array" && c.module.as_str() == "array")?;
    let slot = |name: &str| -> Option<Value> {
        let Value::Native(d) = arr.dict.get_str(name)? else {
            return None;
        };
        let member = d.get::<coil_interp::vm::class_slots::Member>()?;
        inst.slots
            .get()?
            .borrow()
            .get(member.index)
            .cloned()
            .flatten()
    };
    let buf = bytearray::native_of(&slot("_buf")?)?;
    let Value::Str(code) = slot("_code")? else {
        return None;
    };
    let code = match code.as_str().as_bytes() {
        [b'u'] => b'w',
        [c] if item_size(*c).is_some() => *c,
        _ => return None,
    };
    Some((buf, code))
}

const NEW: Signature = Signature::new("memoryview", &["object"]).required(1);

fn new(vm: &mut Vm, _recv: &Value, a: Args) -> RunResult<Value> {
    let bound = NEW.bind_new(vm, &a)?;
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

/// The contents of an `array.array`, for the bytes-like arguments (`bytes_buffer_of`).
pub(crate) fn array_contents(v: &Value) -> Option<Vec<u8>> {
    let (n, _) = array_parts(v)?;
    let data = n.get::<ByteArray>()?.data.borrow().clone();
    Some(data)
}

/// An index along dimension `dim` (0-based) of extent `n`, or CPython's IndexError.
fn dim_index(vm: &Vm, n: usize, dim: usize, i: i64) -> RunResult<usize> {
    let j = if i < 0 { i + n as i64 } else { i };
    if j < 0 || j >= n as i64 {
        return Err(vm.index_error(format!("index out of bounds on dimension {}", dim + 1)));
    }
    Ok(j as usize)
}

/// The key of a subscript: one item (its byte offset), a slice of the first
/// dimension (first, step, count), or an error.
enum Key {
    Item(usize),
    Slice(usize, isize, usize),
}

fn key_of(vm: &mut Vm, m: &MemoryView, key: &Value, assigning: bool) -> RunResult<Key> {
    if let Value::Slice(sl) = key {
        if m.ndim() > 1 && assigning {
            return Err(vm.not_implemented_error(
                "memoryview slice assignments are currently restricted to ndim = 1",
            ));
        }
        let idx = vm.slice_indices(sl, m.len)?;
        let first = if idx.len == 0 { 0 } else { idx.start as usize };
        return Ok(Key::Slice(first, idx.step as isize, idx.len));
    }
    if let Value::Tuple(t) = key {
        // `is_multiindex` / `is_multislice`: all ints, or all slices.
        let ints = t.items.iter().all(|k| {
            !matches!(k, Value::Slice(_) | Value::Float(_) | Value::Str(_))
                && vm.as_index(k).ok().flatten().is_some()
        });
        if !ints {
            if !t.items.is_empty() && t.items.iter().all(|k| matches!(k, Value::Slice(_))) {
                return Err(
                    vm.not_implemented_error("multi-dimensional slicing is not implemented")
                );
            }
            return Err(vm.type_error("memoryview: invalid slice key"));
        }
        if t.items.len() < m.ndim() {
            return Err(vm.not_implemented_error("sub-views are not implemented"));
        }
        if t.items.len() > m.ndim() {
            return Err(vm.type_error(format!(
                "cannot index {}-dimension view with {}-element tuple",
                m.ndim(),
                t.items.len()
            )));
        }
        let strides = m.strides();
        let shape = m.shape();
        let mut at = m.start as isize;
        for (d, k) in t.items.iter().enumerate() {
            let i = vm.as_index(k)?.unwrap_or(0);
            let j = dim_index(vm, shape[d], d, i)?;
            at += j as isize * strides[d];
        }
        return Ok(Key::Item(at as usize));
    }
    if matches!(key, Value::Float(_) | Value::Str(_)) {
        return Err(vm.type_error("memoryview: invalid slice key"));
    }
    match vm.as_index(key)? {
        Some(_) if m.ndim() > 1 => Err(vm.not_implemented_error(if assigning {
            "sub-views are not implemented"
        } else {
            "multi-dimensional sub-views are not implemented"
        })),
        Some(i) => Ok(Key::Item(m.offset(dim_index(vm, m.len, 0, i)?))),
        None => Err(vm.type_error("memoryview: invalid slice key")),
    }
}

fn getitem(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let key = args::one_arg(vm, ("memoryview", "__getitem__"), &a)?.clone();
    let m = live(vm, recv)?;
    match key_of(vm, m, &key, false)? {
        Key::Item(at) => {
            check_convertible(vm, m.code)?;
            Ok(unpack(m.code, &m.bytes_at(at, m.itemsize())))
        }
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
    match key_of(vm, m, &key, true)? {
        Key::Item(at) => {
            check_convertible(vm, m.code)?;
            let data = pack(vm, m.code, &value)?;
            m.write_at(at, &data);
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
    let m = live(vm, recv)?;
    if m.ndim() > 1 {
        return Err(vm.not_implemented_error("multi-dimensional sub-views are not implemented"));
    }
    check_convertible(vm, m.code)?;
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
    let (right_shape, right): (Vec<usize>, Vec<Value>) = match payload(&other) {
        Some(o) if o.released.get() => return Ok(Value::Bool(!want)),
        Some(o) => (o.shape(), o.flat_items()),
        None => match super::bytes::buffer_of(&other) {
            Some(d) => (
                vec![d.len()],
                d.into_iter().map(|b| Value::Int(b as i64)).collect(),
            ),
            None => return Ok(Value::NotImplemented),
        },
    };
    let left = m.flat_items();
    let mut same = m.shape() == right_shape && left.len() == right.len();
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
    let m = live(vm, recv)?;
    check_convertible(vm, m.code)?;
    let (size, row) = (m.itemsize(), m.row_size());
    Ok(Value::list(
        (0..m.len)
            .map(|i| nested(m.code, &m.bytes_at(m.offset(i), row), &m.inner, size))
            .collect(),
    ))
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
impl coil_interp::gc::Trace for Base {
    fn trace(&self, v: &mut coil_interp::gc::Visitor) {
        if let Base::Array(a) = self {
            v.native_rc(a);
        }
    }
}

coil_interp::native_payload!(MemoryView { obj, base }; MemoryIter { view });
