//! bytes: the constructor, `decode`, `hex`/`fromhex` and the ASCII-only text
//! methods, plus `str.encode` (CPython 3.11 `Objects/bytesobject.c`,
//! `Objects/bytes_methods.c`, `Objects/stringlib/`, and the utf-8 / ascii /
//! latin-1 codecs of `Objects/unicodeobject.c`). Indexing, slicing, `len`,
//! `+`, `*`, `in`, comparisons and hashing are the VM's `ops`.
//!
//! The text methods are shared with `bytearray` (`bytearray.rs`): each reads
//! its receiver with `recv` (a bytearray's contents are copied, so no borrow
//! outlives the call) and builds its result with `like`, bytes for bytes and a
//! bytearray for a bytearray. More of them are in `bytes_text.rs`.

use super::args::{self, Signature};
use super::install_methods;
use super::{add_function, add_method};
use crate::modules::codec;
use coil_interp::object::{alloc, Args, Bytes};
use coil_interp::{RunResult, Value, Vm};
use std::rc::Rc;

pub(crate) fn install(vm: &mut Vm) {
    add_function(&vm.types.bytes.clone(), "__new__", bytes_new);
    super::bytearray::install(vm);
    for c in [
        vm.types.bytes.clone(),
        super::bytearray::bytearray_class(vm),
    ] {
        install_shared(&c);
        super::bytes_text::install_shared(&c);
    }
    let ba = super::bytearray::bytearray_class(vm);
    add_function(&ba, "fromhex", |vm, r, a| match fromhex(vm, r, a)? {
        Value::Bytes(b) => Ok(super::bytearray::new_bytearray(vm, b.as_bytes().to_vec())),
        other => Ok(other),
    });
    let s = vm.types.str.clone();
    add_method(&s, "encode", encode);
}

/// The methods bytes and bytearray share.
fn install_shared(c: &Rc<coil_interp::object::Class>) {
    add_function(c, "fromhex", fromhex);
    install_methods(c, &[("decode", decode), ("hex", hex)]);
    add_method(c, "upper", |vm, r, a| {
        map_ascii(vm, r, a, "upper", |b| b.to_ascii_uppercase())
    });
    add_method(c, "lower", |vm, r, a| {
        map_ascii(vm, r, a, "lower", |b| b.to_ascii_lowercase())
    });
    install_methods(c, &[("split", split), ("join", join)]);
    add_method(c, "startswith", |vm, r, a| {
        affix(vm, r, a, "startswith", true)
    });
    add_method(c, "endswith", |vm, r, a| affix(vm, r, a, "endswith", false));
    add_method(c, "find", |vm, r, a| find(vm, r, a, "find").map(Value::Int));
    add_method(c, "count", count);
    add_method(c, "index", |vm, r, a| match find(vm, r, a, "index")? {
        -1 => Err(vm.value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    });
    add_method(c, "replace", replace);
    add_method(c, "strip", |vm, r, a| strip(vm, r, a, "strip", true, true));
    add_method(c, "lstrip", |vm, r, a| {
        strip(vm, r, a, "lstrip", true, false)
    });
    add_method(c, "rstrip", |vm, r, a| {
        strip(vm, r, a, "rstrip", false, true)
    });
    add_method(c, "isdigit", |vm, r, a| {
        test(vm, r, a, "isdigit", |b| b.is_ascii_digit())
    });
    add_method(c, "isalpha", |vm, r, a| {
        test(vm, r, a, "isalpha", |b| b.is_ascii_alphabetic())
    });
    add_method(c, "isalnum", |vm, r, a| {
        test(vm, r, a, "isalnum", |b| b.is_ascii_alphanumeric())
    });
    add_method(c, "isspace", |vm, r, a| {
        test(vm, r, a, "isspace", |b| b" \t\n\r\x0b\x0c".contains(&b))
    });
}

/// The receiver of a bytes or bytearray method, as bytes (a bytearray's
/// contents copied).
pub(crate) fn recv(vm: &Vm, name: &str, recv: &Value) -> RunResult<Rc<Bytes>> {
    match recv {
        Value::Bytes(b) => Ok(b.clone()),
        Value::Instance(i)
            if matches!(
                &i.payload,
                coil_interp::object::Payload::Builtin(Value::Bytes(_))
            ) =>
        {
            match &i.payload {
                coil_interp::object::Payload::Builtin(Value::Bytes(b)) => Ok(b.clone()),
                _ => Err(args::wrong_receiver(vm, "bytes", name, recv)),
            }
        }
        other => match super::bytearray::contents(other) {
            Some(data) => Ok(Rc::new(Bytes::new(data))),
            None => Err(args::wrong_receiver(vm, "bytes", name, other)),
        },
    }
}

/// A method's bytes result, of the receiver's kind: bytes for bytes, a
/// bytearray for a bytearray.
pub(crate) fn like(vm: &Vm, recv: &Value, data: Vec<u8>) -> Value {
    super::bytearray::make_like(vm, recv, data)
}

/// The contents of a bytes-like object (`Py_buffer`): bytes or bytearray.
pub(crate) fn buffer_of(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Bytes(b) => Some(b.as_bytes().to_vec()),
        other => super::bytearray::contents(other)
            .or_else(|| super::memoryview::contents(other))
            .or_else(|| super::memoryview::array_contents(other)),
    }
}

/// A bytes-like argument, or CPython's TypeError.
pub(crate) fn buffer(vm: &Vm, v: &Value) -> RunResult<Vec<u8>> {
    buffer_of(v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v).as_str()
        ))
    })
}

/// One byte from an int argument (`bytes([256])` is a ValueError).
pub(crate) fn byte_of(vm: &mut Vm, v: &Value) -> RunResult<u8> {
    byte_checked(vm, v, "bytes")
}

/// One byte from an int (or `__index__`) argument; `what` names it in the
/// range error (`bytes` for bytes, `byte` for bytearray, as CPython words it).
pub(crate) fn byte_checked(vm: &mut Vm, v: &Value, what: &str) -> RunResult<u8> {
    let i = match v {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => -1,
        other => match vm.as_index(other)? {
            Some(i) => i,
            None => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(other).as_str()
                )))
            }
        },
    };
    u8::try_from(i).map_err(|_| vm.value_error(format!("{what} must be in range(0, 256)")))
}

/// `bytes()`, `bytes(n)`, `bytes(iterable_of_ints)`, `bytes(str, encoding)`.
fn bytes_new(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let cls = match recv {
        Value::Class(_) => recv.clone(),
        _ => a.pos.first().cloned().unwrap_or(Value::None),
    };
    let a = if matches!(recv, Value::Class(_)) {
        a
    } else {
        Args {
            pos: a.pos.get(1..).unwrap_or(&[]),
            kw: a.kw,
        }
    };
    let value = bytes_value(vm, &a)?;
    match &cls {
        // `Raw(b"x")` for `class Raw(bytes)`: an instance carrying the bytes.
        Value::Class(c) if !Rc::ptr_eq(c, &vm.types.bytes) => {
            Ok(vm.wrap_builtin_subclass(&cls, value))
        }
        _ => Ok(value),
    }
}

/// The bytes `bytes(...)` makes from its arguments.
fn bytes_value(vm: &mut Vm, a: &Args) -> RunResult<Value> {
    let a = Args {
        pos: a.pos,
        kw: a.kw,
    };
    if let ([src @ Value::Bytes(_)], []) = (a.pos, a.kw) {
        return Ok(src.clone());
    }
    if let ([src @ Value::Instance(_)], []) = (a.pos, a.kw) {
        if let Some(method) = vm.lookup_special(src, &coil_interp::object::Str::intern("__bytes__"))
        {
            let r = vm.call(&method, std::slice::from_ref(src), &[])?;
            return match r {
                Value::Bytes(_) => Ok(r),
                other => Err(vm.type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    vm.type_name(&other).as_str()
                ))),
            };
        }
    }
    from_source(vm, "bytes", &a).map(Value::bytes)
}

/// The contents of `bytes(...)`/`bytearray(...)` from their arguments
/// (`source`, `encoding`, `errors`).
pub(crate) fn from_source(vm: &mut Vm, name: &'static str, a: &Args) -> RunResult<Vec<u8>> {
    let sig = Signature {
        name,
        params: &["source", "encoding", "errors"],
        posonly: 0,
        max_pos: 3,
        required: 0,
    };
    let bound = sig.bind(vm, a)?;
    let Some(src) = &bound[0] else {
        if bound[1].is_some() || bound[2].is_some() {
            return Err(vm.type_error("encoding or errors without sequence argument"));
        }
        return Ok(Vec::new());
    };
    if let Value::Str(s) = src {
        let Some(enc) = &bound[1] else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        return match encode_str(vm, s.as_str(), Some(enc), bound[2].as_ref())? {
            Value::Bytes(b) => Ok(b.as_bytes().to_vec()),
            _ => Ok(Vec::new()),
        };
    }
    if bound[1].is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if bound[2].is_some() {
        return Err(vm.type_error("errors without a string argument"));
    }
    if let Some(data) = buffer_of(src) {
        return Ok(data);
    }
    match src {
        Value::Int(n) => {
            if *n < 0 {
                return Err(vm.value_error("negative count"));
            }
            vm.alloc(alloc::filled(0, *n as usize))
        }
        Value::BigInt(_) => Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
        other => {
            let items = match vm.get_iter(other) {
                Ok(_) => vm.collect(other)?,
                Err(_) => {
                    return Err(vm.type_error(format!(
                        "cannot convert '{}' object to {name}",
                        vm.type_name(other).as_str()
                    )))
                }
            };
            let what = if name == "bytes" { "bytes" } else { "byte" };
            let mut out = Vec::with_capacity(items.len());
            for v in &items {
                out.push(byte_checked(vm, v, what)?);
            }
            Ok(out)
        }
    }
}

fn encode_str(vm: &Vm, s: &str, enc: Option<&Value>, errors: Option<&Value>) -> RunResult<Value> {
    let codec = codec::codec_arg(vm, enc, "encode() argument 'encoding'")?;
    let errors = codec::errors_arg_lazy(vm, errors, "encode() argument 'errors'")?;
    codec::encode_lazy(vm, s, codec, &errors).map(Value::bytes)
}

const CODEC_ARGS: &[&str] = &["encoding", "errors"];

/// `str.encode(encoding='utf-8', errors='strict')`.
fn encode(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let s = args::recv_str(vm, "encode", recv)?;
    let sig = Signature {
        name: "encode",
        params: CODEC_ARGS,
        posonly: 0,
        max_pos: 2,
        required: 0,
    };
    let bound = sig.bind(vm, &a)?;
    encode_str(vm, s.as_str(), bound[0].as_ref(), bound[1].as_ref())
}

/// `bytes.decode(encoding='utf-8', errors='strict')`.
fn decode(vm: &mut Vm, recv_: &Value, a: Args) -> RunResult<Value> {
    let b = recv(vm, "decode", recv_)?;
    let sig = Signature {
        name: "decode",
        params: CODEC_ARGS,
        posonly: 0,
        max_pos: 2,
        required: 0,
    };
    let bound = sig.bind(vm, &a)?;
    let codec = codec::codec_arg(vm, bound[0].as_ref(), "decode() argument 'encoding'")?;
    let errors = codec::errors_arg_lazy(vm, bound[1].as_ref(), "decode() argument 'errors'")?;
    let (s, _) = codec::decode_lazy(vm, b.as_bytes(), codec, &errors, true)?;
    Ok(Value::string(s))
}

/// `bytes.hex(sep=…, bytes_per_sep=1)` (the separator form only with one byte
/// per group).
fn hex(vm: &mut Vm, recv_: &Value, a: Args) -> RunResult<Value> {
    let b = recv(vm, "hex", recv_)?;
    hex_of(vm, b.as_bytes(), &a, "hex")
}

const HEX: Signature = Signature::new("hex", &["sep", "bytes_per_sep"]).required(0);

/// `hex(sep=, bytes_per_sep=1)` of `data` (`Python/pystrhex.c`): a positive
/// group size counts from the right, a negative one from the left.
pub(crate) fn hex_of(vm: &mut Vm, data: &[u8], a: &Args, _name: &str) -> RunResult<Value> {
    let bound = HEX.bind(vm, a)?;
    let sep = match bound.opt(0) {
        None => None,
        Some(Value::Str(s)) => Some(s.as_str().to_string()),
        Some(Value::Bytes(b)) => Some(String::from_utf8_lossy(b.as_bytes()).into_owned()),
        Some(other) => {
            return Err(vm.type_error(format!(
                "object of type '{}' has no len()",
                vm.type_name(other).as_str()
            )))
        }
    };
    let per = match bound.opt(1) {
        Some(v) => args::to_i64(vm, v)?,
        None => 1,
    };
    let digits = |c: &u8| format!("{c:02x}");
    let Some(sep) = sep else {
        return Ok(Value::string(data.iter().map(digits).collect()));
    };
    if sep.chars().count() != 1 {
        return Err(vm.value_error("sep must be length 1."));
    }
    if !sep.is_ascii() {
        return Err(vm.value_error("sep must be ASCII."));
    }
    let group = per.unsigned_abs() as usize;
    if group == 0 || data.is_empty() {
        return Ok(Value::string(data.iter().map(digits).collect()));
    }
    // Group boundaries: from the right for a positive size, else from the left.
    let first = if per > 0 && !data.len().is_multiple_of(group) {
        data.len() % group
    } else {
        group
    };
    let mut out = String::with_capacity(data.len() * 3);
    let mut at = 0;
    let mut size = first;
    while at < data.len() {
        if at > 0 {
            out.push_str(&sep);
        }
        let end = (at + size).min(data.len());
        out.extend(data[at..end].iter().map(digits));
        at = end;
        size = group;
    }
    Ok(Value::string(out))
}

/// `bytes.fromhex(string)`: pairs of hex digits, whitespace between pairs.
fn fromhex(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    // Called on the class (`bytes.fromhex(s)`) or, unbound, with it first.
    let pos = match (recv, a.pos) {
        (Value::Class(_), _) => a.pos,
        (_, [Value::Class(_), rest @ ..]) => rest,
        _ => a.pos,
    };
    let s = match pos {
        [Value::Str(s)] => s.clone(),
        [other] => {
            return Err(vm.type_error(format!(
                "fromhex() argument must be str, not {}",
                other.type_name()
            )))
        }
        _ => {
            return Err(vm.type_error(format!(
                "fromhex() takes exactly one argument ({} given)",
                pos.len()
            )))
        }
    };
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (Some(_), None) => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i + 1
                )))
            }
            _ => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {i}"
                )))
            }
        }
        i += 2;
    }
    Ok(Value::bytes(out))
}

fn map_ascii(vm: &mut Vm, recv_: &Value, a: Args, name: &str, f: fn(u8) -> u8) -> RunResult<Value> {
    let b = recv(vm, name, recv_)?;
    args::no_args(vm, ("bytes", name), &a)?;
    Ok(like(
        vm,
        recv_,
        b.as_bytes().iter().map(|&c| f(c)).collect(),
    ))
}

fn test(vm: &mut Vm, recv_: &Value, a: Args, name: &str, f: fn(u8) -> bool) -> RunResult<Value> {
    let b = recv(vm, name, recv_)?;
    args::no_args(vm, ("bytes", name), &a)?;
    let d = b.as_bytes();
    Ok(Value::Bool(!d.is_empty() && d.iter().all(|&c| f(c))))
}

/// `bytes.split(sep=None, maxsplit=-1)`.
fn split(vm: &mut Vm, recv_: &Value, a: Args) -> RunResult<Value> {
    let b = recv(vm, "split", recv_)?;
    let sig = Signature::new("split", &["sep", "maxsplit"]).required(0);
    let bound = sig.bind(vm, &a)?;
    let max = bound.i64_or(vm, 1, -1)?;
    let mut left = if max < 0 { usize::MAX } else { max as usize };
    let data = b.as_bytes();
    let mut parts = Vec::new();
    match &bound[0] {
        None | Some(Value::None) => {
            let is_ws = |c: &u8| b" \t\n\r\x0b\x0c".contains(c);
            let mut i = 0;
            loop {
                while i < data.len() && is_ws(&data[i]) {
                    i += 1;
                }
                if i == data.len() {
                    break;
                }
                if left == 0 {
                    let mut end = data.len();
                    while end > i && is_ws(&data[end - 1]) {
                        end -= 1;
                    }
                    parts.push(like(vm, recv_, data[i..end].to_vec()));
                    break;
                }
                let start = i;
                while i < data.len() && !is_ws(&data[i]) {
                    i += 1;
                }
                parts.push(like(vm, recv_, data[start..i].to_vec()));
                left -= 1;
            }
        }
        Some(sep) => {
            let sep = buffer(vm, sep)?;
            let sep = &sep[..];
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let mut rest = data;
            while left > 0 {
                match coil_interp::vm::ops::compare::find_bytes(rest, sep) {
                    Some(p) => {
                        parts.push(like(vm, recv_, rest[..p].to_vec()));
                        rest = &rest[p + sep.len()..];
                        left -= 1;
                    }
                    None => break,
                }
            }
            parts.push(like(vm, recv_, rest.to_vec()));
        }
    }
    Ok(Value::list(parts))
}

/// `sep.join(iterable_of_bytes)`.
fn join(vm: &mut Vm, recv_: &Value, a: Args) -> RunResult<Value> {
    let b = recv(vm, "join", recv_)?;
    let it = args::one_arg(vm, ("bytes", "join"), &a)?;
    let items = vm.collect(it)?;
    let mut out = Vec::new();
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(b.as_bytes());
        }
        match buffer_of(v) {
            Some(x) => out.extend_from_slice(&x),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    vm.type_name(v).as_str()
                )))
            }
        }
    }
    Ok(like(vm, recv_, out))
}

/// `startswith`/`endswith` with a bytes or a tuple of bytes.
fn affix(vm: &mut Vm, recv_: &Value, a: Args, name: &str, start: bool) -> RunResult<Value> {
    let b = recv(vm, name, recv_)?;
    let pos = args::parse_tuple(vm, ("bytes", name), &a, 1, 3)?;
    let s = args::slice_index(vm, pos.get(1), true)?;
    let e = args::slice_index(vm, pos.get(2), true)?;
    let (s, e) = args::adjust_range(s, e, b.len());
    let hay = if s <= e { &b.as_bytes()[s..e] } else { &[][..] };
    let candidates: Vec<Value> = match &pos[0] {
        Value::Tuple(t) => t.items.to_vec(),
        other => vec![other.clone()],
    };
    for c in &candidates {
        let Some(c) = buffer_of(c) else {
            return Err(vm.type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {}",
                vm.type_name(c).as_str()
            )));
        };
        let hit = if start {
            hay.starts_with(&c)
        } else {
            hay.ends_with(&c)
        };
        if hit && s <= e {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// A sub-bytes or single-byte needle (`b"abc".find(98)`).
fn needle(vm: &mut Vm, v: &Value) -> RunResult<Vec<u8>> {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Ok(vec![byte_of(vm, v)?]),
        other => buffer(vm, other),
    }
}

fn find(vm: &mut Vm, recv_: &Value, a: Args, name: &str) -> RunResult<i64> {
    let b = recv(vm, name, recv_)?;
    let pos = args::parse_tuple(vm, ("bytes", name), &a, 1, 3)?;
    let sub = needle(vm, &pos[0])?;
    let s = args::slice_index(vm, pos.get(1), true)?;
    let e = args::slice_index(vm, pos.get(2), true)?;
    let (s, e) = args::adjust_range(s, e, b.len());
    if s > e {
        return Ok(-1);
    }
    Ok(
        match coil_interp::vm::ops::compare::find_bytes(&b.as_bytes()[s..e], &sub) {
            Some(p) => (s + p) as i64,
            None => -1,
        },
    )
}

fn count(vm: &mut Vm, recv_: &Value, a: Args) -> RunResult<Value> {
    let b = recv(vm, "count", recv_)?;
    let pos = args::parse_tuple(vm, ("bytes", "count"), &a, 1, 3)?;
    let sub = needle(vm, &pos[0])?;
    let s = args::slice_index(vm, pos.get(1), true)?;
    let e = args::slice_index(vm, pos.get(2), true)?;
    let (s, e) = args::adjust_range(s, e, b.len());
    if s > e {
        return Ok(Value::Int(0));
    }
    let hay = &b.as_bytes()[s..e];
    if sub.is_empty() {
        return Ok(Value::Int(hay.len() as i64 + 1));
    }
    let (mut n, mut i) = (0, 0);
    while let Some(p) = coil_interp::vm::ops::compare::find_bytes(&hay[i..], &sub) {
        n += 1;
        i += p + sub.len();
    }
    Ok(Value::Int(n))
}

/// `bytes.replace(old, new, count=-1)`.
fn replace(vm: &mut Vm, recv_: &Value, a: Args) -> RunResult<Value> {
    let b = recv(vm, "replace", recv_)?;
    let pos = args::positional(vm, ("bytes", "replace"), &a, 2, 3)?;
    let old = buffer(vm, &pos[0])?;
    let new = buffer(vm, &pos[1])?;
    let mut left = match pos.get(2) {
        Some(v) => args::index_i64(vm, v)?,
        None => -1,
    };
    let data = b.as_bytes();
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    if old.is_empty() {
        // An empty pattern matches between every byte, as in CPython.
        for &c in data {
            if left != 0 {
                out.extend_from_slice(&new);
                left -= 1;
            }
            out.push(c);
        }
        if left != 0 {
            out.extend_from_slice(&new);
        }
        return Ok(like(vm, recv_, out));
    }
    while left != 0 {
        match coil_interp::vm::ops::compare::find_bytes(&data[i..], &old) {
            Some(p) => {
                out.extend_from_slice(&data[i..i + p]);
                out.extend_from_slice(&new);
                i += p + old.len();
                left -= 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&data[i..]);
    Ok(like(vm, recv_, out))
}

fn strip(
    vm: &mut Vm,
    recv_: &Value,
    a: Args,
    name: &str,
    left: bool,
    right: bool,
) -> RunResult<Value> {
    let b = recv(vm, name, recv_)?;
    let pos = args::positional(vm, ("bytes", name), &a, 0, 1)?;
    let chars: Vec<u8> = match pos.first() {
        None | Some(Value::None) => b" \t\n\r\x0b\x0c".to_vec(),
        Some(v) => buffer(vm, v)?,
    };
    let data = b.as_bytes();
    let (mut s, mut e) = (0, data.len());
    if left {
        while s < e && chars.contains(&data[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && chars.contains(&data[e - 1]) {
            e -= 1;
        }
    }
    Ok(like(vm, recv_, data[s..e].to_vec()))
}
