//! The `struct` module (CPython 3.11 `Modules/_struct.c`): packing Python
//! values into bytes and back, after a format compiled by `struct_format`.
//! Integer range errors follow CPython's two steps: a value that does not fit
//! the C type the code is read through (`long`, `unsigned long`, …) is
//! "argument out of range"; one that fits it but not the field gets the
//! field's own message ("ubyte format requires 0 <= number <= 255").
//! `e` (half precision) goes through the `half` crate.

use super::new_module;
use super::struct_format::{parse, Code, Layout, Order};
use crate::builtins::args::{class, class_with_getters, func, Signature};
use crate::types::args::index_value;
use crate::types::bytearray::native_of;
use coil_interp::object::class::BaseKind;
use coil_interp::object::int::IntRef;
use coil_interp::object::{Args, Class, Module, Native, NativeFn, Str};
use coil_interp::vm::types::new_class;
use coil_interp::{Exc, RunResult, Value, Vm};
use num_traits::ToPrimitive;
use std::cell::Cell;
use std::rc::Rc;

const FUNCS: &[(&str, NativeFn)] = &[
    ("pack", pack_fn),
    ("unpack", unpack_fn),
    ("pack_into", pack_into_fn),
    ("unpack_from", unpack_from_fn),
    ("iter_unpack", iter_unpack_fn),
    ("calcsize", calcsize_fn),
];

const STRUCT_METHODS: &[(&str, NativeFn)] = &[
    ("__new__", struct_new),
    ("pack", |vm, r, a| {
        with_struct(vm, r, |vm, s| pack(vm, s, a.pos))
    }),
    ("unpack", |vm, r, a| {
        let buf = one(vm, "unpack", &a)?.clone();
        with_struct(vm, r, |vm, s| unpack(vm, s, &buf))
    }),
    ("pack_into", |vm, r, a| {
        with_struct(vm, r, |vm, s| pack_into(vm, s, a.pos))
    }),
    ("unpack_from", |vm, r, a| {
        with_struct(vm, r, |vm, s| unpack_from_method(vm, s, &a))
    }),
    ("iter_unpack", |vm, r, a| {
        let buf = one(vm, "iter_unpack", &a)?.clone();
        with_struct(vm, r, |vm, s| iter_unpack(vm, s, &buf))
    }),
    ("__repr__", |vm, r, _| {
        with_struct(vm, r, |_, s| {
            Ok(Value::string(format!("Struct({})", quote(&s.format))))
        })
    }),
];

const ITER_METHODS: &[(&str, NativeFn)] = &[
    ("__iter__", |_, r, _| Ok(r.clone())),
    ("__next__", iter_next),
    ("__length_hint__", iter_length_hint),
];

/// A compiled `Struct`.
pub struct StructObj {
    pub format: String,
    pub layout: Layout,
}

/// The iterator `iter_unpack` returns.
struct UnpackIter {
    layout: Rc<Native>,
    data: Vec<u8>,
    offset: Cell<usize>,
}

fn struct_class(vm: &Vm) -> Rc<Class> {
    let getters: &[(&str, NativeFn)] = &[
        ("format", |vm, _, a| {
            let obj = a.pos.first().cloned().unwrap_or(Value::None);
            with_struct(vm, &obj, |_, s| Ok(Value::str(&s.format)))
        }),
        ("size", |vm, _, a| {
            let obj = a.pos.first().cloned().unwrap_or(Value::None);
            with_struct(vm, &obj, |_, s| Ok(Value::Int(s.layout.size as i64)))
        }),
    ];
    class_with_getters(vm, "_struct.Struct", "_struct", STRUCT_METHODS, getters)
}

fn iter_class(vm: &Vm) -> Rc<Class> {
    class(
        vm,
        "_struct.unpack_iterator",
        "_struct",
        None,
        BaseKind::Builtin,
        ITER_METHODS,
    )
}

thread_local! {
    static ERROR: std::cell::RefCell<Option<(usize, Rc<Class>)>> = const { std::cell::RefCell::new(None) };
}

/// `struct.error`, made once per VM.
fn error_class(vm: &Vm) -> Rc<Class> {
    let key = Rc::as_ptr(&vm.types.object) as usize;
    ERROR.with(|e| {
        let mut e = e.borrow_mut();
        if let Some((k, c)) = &*e {
            if *k == key {
                return c.clone();
            }
        }
        let c = new_class(
            "error",
            "struct",
            Some(&vm.types.exc.exception),
            BaseKind::Exception,
        );
        *e = Some((key, c.clone()));
        c
    })
}

fn error(vm: &Vm, msg: impl Into<String>) -> Exc {
    vm.new_error(&error_class(vm), msg)
}

pub fn init(vm: &mut Vm) -> RunResult<Rc<Module>> {
    let mut items: Vec<(&str, Value)> = FUNCS.iter().map(|(n, f)| (*n, func(n, *f))).collect();
    items.push(("Struct", Value::Class(struct_class(vm))));
    items.push(("error", Value::Class(error_class(vm))));
    Ok(new_module("struct", items))
}

/// `repr` of a format string, as Python quotes it.
fn quote(s: &str) -> String {
    if s.contains('\'') && !s.contains('"') {
        format!("\"{s}\"")
    } else {
        format!("'{}'", s.replace('\'', "\\'"))
    }
}

fn one<'a>(vm: &Vm, name: &str, a: &Args<'a>) -> RunResult<&'a Value> {
    match a.pos {
        [v] if a.kw.is_empty() => Ok(v),
        _ => Err(vm.type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            a.pos.len()
        ))),
    }
}

/// A format argument (str or bytes) compiled.
fn compile(vm: &Vm, fmt: &Value, who: &str) -> RunResult<StructObj> {
    let text = match fmt {
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(b.as_bytes()).into_owned(),
        other => {
            return Err(vm.type_error(format!(
                "{who} argument 1 must be a str or bytes object, not {}",
                vm.type_name(other).as_str()
            )))
        }
    };
    let layout = parse(&text).map_err(|e| error(vm, e.message()))?;
    Ok(StructObj {
        format: text,
        layout,
    })
}

fn struct_new(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let pos = match (recv, a.pos) {
        (Value::Class(_), p) => p,
        (_, [Value::Class(_), rest @ ..]) => rest,
        (_, p) => p,
    };
    let fmt = match (pos, a.kw) {
        ([f], []) => f.clone(),
        ([], [(k, f)]) if k.as_str() == "format" => f.clone(),
        _ => {
            return Err(vm.type_error(format!(
                "Struct() takes exactly 1 argument ({} given)",
                pos.len() + a.kw.len()
            )))
        }
    };
    let s = compile(vm, &fmt, "Struct()")?;
    Ok(Value::Native(Rc::new(Native {
        class: struct_class(vm),
        data: Box::new(s),
    })))
}

fn with_struct<R>(
    vm: &mut Vm,
    recv: &Value,
    f: impl FnOnce(&mut Vm, &StructObj) -> RunResult<R>,
) -> RunResult<R> {
    let n = super::native_self::<StructObj>(vm, recv, "_struct.Struct")?;
    match n.get::<StructObj>() {
        Some(s) => f(vm, s),
        None => Err(vm.type_error("not a Struct")),
    }
}

/// The format of a module-level call (`pack(fmt, …)`), compiled.
fn format_arg(vm: &mut Vm, name: &str, pos: &[Value]) -> RunResult<StructObj> {
    match pos.first() {
        Some(f) => compile(vm, f, "Struct()"),
        None => Err(vm.type_error(format!(
            "{name}() missing required argument 'format' (pos 1)"
        ))),
    }
}

fn pack_fn(vm: &mut Vm, _r: &Value, a: Args) -> RunResult<Value> {
    let s = format_arg(vm, "pack", a.pos)?;
    pack(vm, &s, &a.pos[1..])
}

fn unpack_fn(vm: &mut Vm, _r: &Value, a: Args) -> RunResult<Value> {
    let s = format_arg(vm, "unpack", a.pos)?;
    match &a.pos[1..] {
        [buf] => unpack(vm, &s, buf),
        rest => Err(vm.type_error(format!(
            "unpack expected 2 arguments, got {}",
            rest.len() + 1
        ))),
    }
}

fn pack_into_fn(vm: &mut Vm, _r: &Value, a: Args) -> RunResult<Value> {
    let s = format_arg(vm, "pack_into", a.pos)?;
    pack_into(vm, &s, &a.pos[1..])
}

fn unpack_from_fn(vm: &mut Vm, _r: &Value, a: Args) -> RunResult<Value> {
    const SIG: Signature = Signature::new("unpack_from", &["format", "buffer", "offset"])
        .required(2)
        .posonly(1);
    let b = SIG.bind(vm, &a)?;
    let s = compile(vm, b.arg(vm, 0)?, "Struct()")?;
    unpack_from(vm, &s, b.arg(vm, 1)?, b.opt(2))
}

fn iter_unpack_fn(vm: &mut Vm, _r: &Value, a: Args) -> RunResult<Value> {
    let s = format_arg(vm, "iter_unpack", a.pos)?;
    match &a.pos[1..] {
        [buf] => {
            let buf = buf.clone();
            let native = Rc::new(Native {
                class: struct_class(vm),
                data: Box::new(s),
            });
            make_iter(vm, native, &buf)
        }
        rest => Err(vm.type_error(format!(
            "iter_unpack expected 2 arguments, got {}",
            rest.len() + 1
        ))),
    }
}

fn calcsize_fn(vm: &mut Vm, _r: &Value, a: Args) -> RunResult<Value> {
    let f = one(vm, "calcsize", &a)?.clone();
    let s = compile(vm, &f, "Struct()")?;
    Ok(Value::Int(s.layout.size as i64))
}

/// The bytes of a read-only buffer argument.
fn read_buffer(vm: &Vm, v: &Value) -> RunResult<Vec<u8>> {
    crate::types::bytes_buffer_of(v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v).as_str()
        ))
    })
}

fn pack(vm: &mut Vm, s: &StructObj, values: &[Value]) -> RunResult<Value> {
    let mut out = vec![0u8; s.layout.size];
    pack_values(vm, &s.layout, values, &mut out)?;
    Ok(Value::bytes(out))
}

fn pack_into(vm: &mut Vm, s: &StructObj, pos: &[Value]) -> RunResult<Value> {
    let [buffer, offset, values @ ..] = pos else {
        return Err(vm.type_error(format!(
            "pack_into expected buffer argument{}",
            if pos.is_empty() { "" } else { " and offset" }
        )));
    };
    let Some(array) = native_of(buffer) else {
        return Err(vm.type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            vm.type_name(buffer).as_str()
        )));
    };
    let mut packed = vec![0u8; s.layout.size];
    pack_values(vm, &s.layout, values, &mut packed)?;
    let offset = crate::types::args::index_i64(vm, offset)?;
    let Some(ba) = array.get::<crate::types::bytearray::ByteArray>() else {
        return Err(vm.type_error("argument must be read-write bytes-like object"));
    };
    let mut data = ba.data.borrow_mut();
    let start = field_start(vm, Access::Pack, offset, data.len(), s.layout.size)?;
    data[start..start + s.layout.size].copy_from_slice(&packed);
    Ok(Value::None)
}

fn unpack(vm: &mut Vm, s: &StructObj, buffer: &Value) -> RunResult<Value> {
    let data = read_buffer(vm, buffer)?;
    if data.len() != s.layout.size {
        return Err(error(
            vm,
            format!("unpack requires a buffer of {} bytes", s.layout.size),
        ));
    }
    unpack_values(&s.layout, &data)
}

/// `Struct.unpack_from(buffer, offset=0)`.
fn unpack_from_method(vm: &mut Vm, s: &StructObj, a: &Args) -> RunResult<Value> {
    const SIG: Signature = Signature::new("unpack_from", &["buffer", "offset"]).required(1);
    let b = SIG.bind(vm, a)?;
    unpack_from(vm, s, b.arg(vm, 0)?, b.opt(1))
}

fn unpack_from(
    vm: &mut Vm,
    s: &StructObj,
    buffer: &Value,
    offset: Option<&Value>,
) -> RunResult<Value> {
    let data = read_buffer(vm, buffer)?;
    let offset = match offset {
        Some(o) => crate::types::args::index_i64(vm, o)?,
        None => 0,
    };
    let start = field_start(vm, Access::Unpack, offset, data.len(), s.layout.size)?;
    unpack_values(&s.layout, &data[start..start + s.layout.size])
}

/// Which of `pack_into`/`unpack_from` checks a buffer, for its messages.
#[derive(Clone, Copy)]
enum Access {
    Pack,
    Unpack,
}

/// Where a `size`-byte field at `offset` (negative: from the end) starts in a
/// buffer of `len` bytes, or the error CPython gives when it does not fit.
fn field_start(vm: &Vm, access: Access, offset: i64, len: usize, size: usize) -> RunResult<usize> {
    let (len, size) = (len as i64, size as i64);
    let start = if offset < 0 {
        if offset + len < 0 {
            return Err(error(
                vm,
                format!("offset {offset} out of range for {len}-byte buffer"),
            ));
        }
        offset + len
    } else {
        offset
    };
    if len - start >= size {
        return Ok(start as usize);
    }
    let (verb, noun) = match access {
        Access::Pack => ("pack_into", "packing"),
        Access::Unpack => ("unpack_from", "unpacking"),
    };
    Err(error(
        vm,
        match (offset < 0, access) {
            (true, Access::Pack) => format!("no space to pack {size} bytes at offset {offset}"),
            (true, Access::Unpack) => {
                format!("not enough data to unpack {size} bytes at offset {offset}")
            }
            _ => format!(
                "{verb} requires a buffer of at least {} bytes for {noun} {size} bytes at offset {offset} (actual buffer size is {len})",
                size + start
            ),
        },
    ))
}

fn iter_unpack(vm: &mut Vm, s: &StructObj, buffer: &Value) -> RunResult<Value> {
    let native = Rc::new(Native {
        class: struct_class(vm),
        data: Box::new(StructObj {
            format: s.format.clone(),
            layout: parse(&s.format).map_err(|e| error(vm, e.message()))?,
        }),
    });
    make_iter(vm, native, buffer)
}

fn make_iter(vm: &mut Vm, layout: Rc<Native>, buffer: &Value) -> RunResult<Value> {
    let size = layout.get::<StructObj>().map_or(0, |s| s.layout.size);
    if size == 0 {
        return Err(error(
            vm,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    let data = read_buffer(vm, buffer)?;
    if data.len() % size != 0 {
        return Err(error(
            vm,
            format!("iterative unpacking requires a buffer of a multiple of {size} bytes"),
        ));
    }
    Ok(Value::Native(Rc::new(Native {
        class: iter_class(vm),
        data: Box::new(UnpackIter {
            layout,
            data,
            offset: Cell::new(0),
        }),
    })))
}

fn iter_next(vm: &mut Vm, recv: &Value, _a: Args) -> RunResult<Value> {
    let Value::Native(n) = recv else {
        return Err(vm.type_error("not an unpack_iterator"));
    };
    let Some(it) = n.get::<UnpackIter>() else {
        return Err(vm.type_error("not an unpack_iterator"));
    };
    let Some(s) = it.layout.get::<StructObj>() else {
        return Err(vm.type_error("not an unpack_iterator"));
    };
    let at = it.offset.get();
    if at + s.layout.size > it.data.len() {
        return Err(vm.stop_iteration(Value::None));
    }
    it.offset.set(at + s.layout.size);
    unpack_values(&s.layout, &it.data[at..at + s.layout.size])
}

fn iter_length_hint(vm: &mut Vm, recv: &Value, _a: Args) -> RunResult<Value> {
    let left = match recv {
        Value::Native(n) => n.get::<UnpackIter>().map(|it| {
            let size = it
                .layout
                .get::<StructObj>()
                .map_or(1, |s| s.layout.size.max(1));
            (it.data.len() - it.offset.get()) / size
        }),
        _ => None,
    };
    left.map(|n| Value::Int(n as i64))
        .ok_or_else(|| vm.type_error("not an unpack_iterator"))
}

// ---- packing ----

fn pack_values(vm: &mut Vm, layout: &Layout, values: &[Value], out: &mut [u8]) -> RunResult<()> {
    if values.len() != layout.items {
        return Err(error(
            vm,
            format!(
                "pack expected {} items for packing (got {})",
                layout.items,
                values.len()
            ),
        ));
    }
    let mut next = values.iter();
    for code in &layout.codes {
        match code.kind {
            b'x' => {}
            b's' | b'p' => {
                let v = next.next().cloned().unwrap_or(Value::None);
                let data = match &v {
                    Value::Bytes(b) => b.as_bytes().to_vec(),
                    other => match crate::types::bytes_buffer_of(other) {
                        Some(d) => d,
                        None => {
                            return Err(error(
                                vm,
                                format!(
                                    "argument for '{}' must be a bytes object",
                                    code.kind as char
                                ),
                            ))
                        }
                    },
                };
                let field = &mut out[code.offset..code.offset + code.count];
                if code.kind == b's' {
                    let n = data.len().min(code.count);
                    field[..n].copy_from_slice(&data[..n]);
                } else if code.count > 0 {
                    let n = data.len().min(code.count - 1).min(255);
                    field[0] = n as u8;
                    field[1..=n].copy_from_slice(&data[..n]);
                }
            }
            _ => {
                for k in 0..code.count {
                    let v = next.next().cloned().unwrap_or(Value::None);
                    let at = code.offset + k * code.size;
                    pack_one(vm, layout.order, code, &v, &mut out[at..at + code.size])?;
                }
            }
        }
    }
    Ok(())
}

fn put(order: Order, field: &mut [u8], le: &[u8]) {
    let n = field.len();
    match order {
        Order::Big => {
            for (i, b) in le[..n].iter().enumerate() {
                field[n - 1 - i] = *b;
            }
        }
        _ if cfg!(target_endian = "big") && order == Order::Native => {
            for (i, b) in le[..n].iter().enumerate() {
                field[n - 1 - i] = *b;
            }
        }
        _ => field.copy_from_slice(&le[..n]),
    }
}

fn pack_one(vm: &mut Vm, order: Order, code: &Code, v: &Value, field: &mut [u8]) -> RunResult<()> {
    match code.kind {
        b'c' => match v {
            Value::Bytes(b) if b.len() == 1 => {
                field[0] = b.as_bytes()[0];
                Ok(())
            }
            _ => Err(error(vm, "char format requires a bytes object of length 1")),
        },
        b'?' => {
            field[0] = vm.truthy(v)? as u8;
            Ok(())
        }
        b'e' | b'f' | b'd' => {
            // A NaN's identity payload is Coil's own: CPython writes a bare quiet NaN.
            let x = coil_interp::object::float::canonical(float_arg(vm, v)?);
            match code.kind {
                b'd' => put(order, field, &x.to_le_bytes()),
                b'f' => {
                    let y = x as f32;
                    if y.is_infinite() && x.is_finite() {
                        return Err(vm.overflow_error("float too large to pack with f format"));
                    }
                    put(order, field, &y.to_le_bytes());
                }
                _ => {
                    let y = half::f16::from_f64(x);
                    if y.is_infinite() && x.is_finite() {
                        return Err(vm.overflow_error("float too large to pack with e format"));
                    }
                    put(order, field, &y.to_le_bytes());
                }
            }
            Ok(())
        }
        _ => {
            let n = int_arg(vm, v)?;
            let le = int_field(vm, code, &n)?;
            put(order, field, &le);
            Ok(())
        }
    }
}

fn float_arg(vm: &mut Vm, v: &Value) -> RunResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => b
            .to_f64()
            .filter(|f| f.is_finite())
            .ok_or_else(|| vm.overflow_error("int too large to convert to float")),
        Value::Instance(_) => {
            for hook in ["__float__", "__index__"] {
                if let Some(f) = vm.lookup_special(v, &Str::intern(hook)) {
                    let r = vm.call(&f, std::slice::from_ref(v), &[])?;
                    return float_arg(vm, &r);
                }
            }
            Err(error(vm, "required argument is not a float"))
        }
        _ => Err(error(vm, "required argument is not a float")),
    }
}

fn int_arg(vm: &mut Vm, v: &Value) -> RunResult<Value> {
    match v {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => index_value(vm, v),
        Value::Instance(_) if vm.lookup_special(v, &Str::intern("__index__")).is_some() => {
            index_value(vm, v)
        }
        _ => Err(error(vm, "required argument is not an integer")),
    }
}

/// The little-endian bytes of integer `n` for `code`, with CPython's checks.
fn int_field(vm: &Vm, code: &Code, n: &Value) -> RunResult<[u8; 8]> {
    let out_of_range = || error(vm, "argument out of range");
    let (signed, unsigned): (Option<i64>, Option<u64>) = match IntRef::of(n) {
        Some(IntRef::Small(i)) => (Some(i), u64::try_from(i).ok()),
        Some(IntRef::Big(b)) => (b.to_i64(), b.to_u64()),
        None => (None, None),
    };
    let bits = code.size * 8;
    let kind = code.kind;
    // Which C conversion CPython reads the value through, then the field's
    // own range: b/B/h/H (and native i) go through a signed long.
    let value: u64 = match kind {
        b'b' | b'h' | b'B' | b'H' => {
            let i = signed.ok_or_else(out_of_range)?;
            let (lo, hi, name) = match kind {
                b'b' => (-128, 127, "byte"),
                b'B' => (0, 255, "ubyte"),
                b'h' => (-32768, 32767, "short"),
                _ => (0, 65535, "ushort"),
            };
            if i < lo || i > hi {
                return Err(error(
                    vm,
                    format!("{name} format requires {lo} <= number <= {hi}"),
                ));
            }
            i as u64
        }
        b'i' | b'l' | b'q' | b'n' => {
            let i = signed.ok_or_else(out_of_range)?;
            if bits < 64 {
                let (lo, hi) = (-(1i64 << (bits - 1)), (1i64 << (bits - 1)) - 1);
                if i < lo || i > hi {
                    return Err(error(
                        vm,
                        format!("'{}' format requires {lo} <= number <= {hi}", kind as char),
                    ));
                }
            }
            i as u64
        }
        _ => {
            // I L Q N P: an unsigned long; negatives never fit.
            let u = unsigned.ok_or_else(out_of_range)?;
            if bits < 64 && u >= 1u64 << bits {
                let hi = (1u64 << bits) - 1;
                return Err(error(
                    vm,
                    format!("'{}' format requires 0 <= number <= {hi}", kind as char),
                ));
            }
            u
        }
    };
    Ok(value.to_le_bytes())
}

// ---- unpacking ----

fn get(order: Order, field: &[u8]) -> [u8; 8] {
    let mut le = [0u8; 8];
    let n = field.len();
    let reverse = order == Order::Big || (cfg!(target_endian = "big") && order == Order::Native);
    for i in 0..n {
        le[i] = if reverse { field[n - 1 - i] } else { field[i] };
    }
    le
}

fn unpack_values(layout: &Layout, data: &[u8]) -> RunResult<Value> {
    let mut items = Vec::with_capacity(layout.items);
    for code in &layout.codes {
        match code.kind {
            b'x' => {}
            b's' => items.push(Value::bytes(
                data[code.offset..code.offset + code.count].to_vec(),
            )),
            b'p' => {
                let field = &data[code.offset..code.offset + code.count];
                let n = field
                    .first()
                    .map_or(0, |&n| (n as usize).min(code.count.saturating_sub(1)));
                items.push(Value::bytes(field.get(1..1 + n).unwrap_or(&[]).to_vec()));
            }
            _ => {
                for k in 0..code.count {
                    let at = code.offset + k * code.size;
                    items.push(unpack_one(layout.order, code, &data[at..at + code.size]));
                }
            }
        }
    }
    Ok(Value::tuple(items))
}

fn unpack_one(order: Order, code: &Code, field: &[u8]) -> Value {
    let le = get(order, field);
    let raw = u64::from_le_bytes(le);
    let bits = code.size * 8;
    match code.kind {
        b'c' => Value::bytes(vec![field[0]]),
        b'?' => Value::Bool(field.iter().any(|&b| b != 0)),
        b'e' => Value::Float(half::f16::from_bits(raw as u16).to_f64()),
        b'f' => Value::Float(f32::from_bits(raw as u32) as f64),
        b'd' => Value::Float(f64::from_bits(raw)),
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
            let shift = 64 - bits;
            Value::Int(((raw << shift) as i64) >> shift)
        }
        _ => match i64::try_from(raw) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::from_bigint(num_bigint::BigInt::from(raw)),
        },
    }
}

coil_interp::native_payload!(StructObj; UnpackIter { layout });
