//! The rest of the text methods bytes and bytearray share (CPython 3.11
//! `Objects/bytes_methods.c` and `Objects/stringlib/`: `transmogrify.h` for
//! padding, `zfill` and `expandtabs`, `split.h` for `rsplit`/`splitlines`,
//! `partition.h`, `ctype.h`): all ASCII-only, as in CPython. Each reads its
//! receiver with `bytes::recv` and builds its result with `bytes::like`.

use super::args::{self, positional, Signature};
use super::bytes::{buffer, byte_of, like, recv};
use super::install_methods;
use super::{add_function, add_method};
use coil_interp::object::{Args, Class};
use coil_interp::{RunResult, Value, Vm};
use std::rc::Rc;

const WHITESPACE: &[u8] = b" \t\n\r\x0b\x0c";

pub(crate) fn install_shared(c: &Rc<Class>) {
    add_method(c, "ljust", |vm, r, a| pad(vm, r, a, "ljust"));
    add_method(c, "rjust", |vm, r, a| pad(vm, r, a, "rjust"));
    add_method(c, "center", |vm, r, a| pad(vm, r, a, "center"));
    add_method(c, "zfill", zfill);
    add_method(c, "partition", |vm, r, a| partition(vm, r, a, false));
    add_method(c, "rpartition", |vm, r, a| partition(vm, r, a, true));
    add_method(c, "expandtabs", expandtabs);
    add_method(c, "swapcase", |vm, r, a| {
        map(vm, r, a, "swapcase", |c| {
            if c.is_ascii_lowercase() {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
    });
    install_methods(
        c,
        &[
            ("title", title),
            ("capitalize", capitalize),
            ("splitlines", splitlines),
            ("rsplit", rsplit),
        ],
    );
    add_method(c, "rfind", |vm, r, a| {
        rfind(vm, r, a, "rfind").map(Value::Int)
    });
    add_method(c, "rindex", |vm, r, a| match rfind(vm, r, a, "rindex")? {
        -1 => Err(vm.value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    });
    add_method(c, "islower", |vm, r, a| {
        cased_test(vm, r, a, "islower", |c| c.is_ascii_uppercase())
    });
    add_method(c, "isupper", |vm, r, a| {
        cased_test(vm, r, a, "isupper", |c| c.is_ascii_lowercase())
    });
    add_method(c, "istitle", istitle);
    add_method(c, "isascii", |vm, r, a| {
        let b = recv(vm, "isascii", r)?;
        args::no_args(vm, ("bytes", "isascii"), &a)?;
        Ok(Value::Bool(b.as_bytes().is_ascii()))
    });
    add_method(c, "removeprefix", |vm, r, a| remove_affix(vm, r, a, true));
    add_method(c, "removesuffix", |vm, r, a| remove_affix(vm, r, a, false));
    add_method(c, "translate", translate);
    add_function(c, "maketrans", maketrans);
}

fn map(vm: &mut Vm, r: &Value, a: Args, name: &str, f: fn(u8) -> u8) -> RunResult<Value> {
    let b = recv(vm, name, r)?;
    args::no_args(vm, ("bytes", name), &a)?;
    Ok(like(vm, r, b.as_bytes().iter().map(|&c| f(c)).collect()))
}

/// The one-byte fill argument of `ljust`/`rjust`/`center`.
fn fill_byte(vm: &Vm, name: &str, v: Option<&Value>) -> RunResult<u8> {
    let Some(v) = v else {
        return Ok(b' ');
    };
    match super::bytes::buffer_of(v) {
        Some(d) if d.len() == 1 => Ok(d[0]),
        Some(_) => Err(vm.type_error(format!(
            "{name}() argument 2 must be a byte string of length 1, not {}",
            vm.type_name(v).as_str()
        ))),
        None => Err(vm.type_error(format!(
            "{name}() argument 2 must be a byte string of length 1, not {}",
            vm.type_name(v).as_str()
        ))),
    }
}

fn pad(vm: &mut Vm, r: &Value, a: Args, name: &str) -> RunResult<Value> {
    let b = recv(vm, name, r)?;
    let pos = positional(vm, ("bytes", name), &a, 1, 2)?;
    let width = args::index_i64(vm, &pos[0])?;
    let fill = fill_byte(vm, name, pos.get(1))?;
    let data = b.as_bytes();
    let len = data.len() as i64;
    if width <= len {
        return Ok(like(vm, r, data.to_vec()));
    }
    let margin = width - len;
    let left = match name {
        "ljust" => 0,
        "rjust" => margin,
        // CPython's centring: the odd byte goes left when `width` is odd.
        _ => margin / 2 + (margin & width & 1),
    };
    let mut out = Vec::new();
    out.try_reserve_exact(width as usize)
        .map_err(|_| vm.memory_error())?;
    out.resize(left as usize, fill);
    out.extend_from_slice(data);
    out.resize(width as usize, fill);
    Ok(like(vm, r, out))
}

fn zfill(vm: &mut Vm, r: &Value, a: Args) -> RunResult<Value> {
    let b = recv(vm, "zfill", r)?;
    let w = args::one_arg(vm, ("bytes", "zfill"), &a)?;
    let width = args::index_i64(vm, w)?;
    let data = b.as_bytes();
    if width <= data.len() as i64 {
        return Ok(like(vm, r, data.to_vec()));
    }
    let mut out = Vec::new();
    out.try_reserve_exact(width as usize)
        .map_err(|_| vm.memory_error())?;
    let (sign, digits) = match data.first() {
        Some(&c) if c == b'+' || c == b'-' => (Some(c), &data[1..]),
        _ => (None, data),
    };
    out.extend(sign);
    out.resize(width as usize - digits.len(), b'0');
    out.extend_from_slice(digits);
    Ok(like(vm, r, out))
}

fn partition(vm: &mut Vm, r: &Value, a: Args, from_right: bool) -> RunResult<Value> {
    let name = if from_right {
        "rpartition"
    } else {
        "partition"
    };
    let b = recv(vm, name, r)?;
    let sep_value = args::one_arg(vm, ("bytes", name), &a)?;
    let sep = buffer(vm, sep_value)?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let data = b.as_bytes();
    let found = if from_right {
        rfind_bytes(data, &sep)
    } else {
        coil_interp::vm::ops::compare::find_bytes(data, &sep)
    };
    let parts = match found {
        Some(p) => [
            data[..p].to_vec(),
            sep.clone(),
            data[p + sep.len()..].to_vec(),
        ],
        None if from_right => [Vec::new(), Vec::new(), data.to_vec()],
        None => [data.to_vec(), Vec::new(), Vec::new()],
    };
    let items = parts.into_iter().map(|p| like(vm, r, p)).collect();
    Ok(Value::tuple(items))
}

fn rfind_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - needle.len())
        .rev()
        .find(|&i| &hay[i..i + needle.len()] == needle)
}

fn expandtabs(vm: &mut Vm, r: &Value, a: Args) -> RunResult<Value> {
    let b = recv(vm, "expandtabs", r)?;
    let sig = Signature::new("expandtabs", &["tabsize"]).required(0);
    let bound = sig.bind(vm, &a)?;
    let tabsize = bound.i64_or(vm, 0, 8)?;
    let mut out = Vec::new();
    let mut column: i64 = 0;
    for &c in b.as_bytes() {
        match c {
            b'\t' => {
                if tabsize > 0 {
                    let spaces = tabsize - column % tabsize;
                    out.resize(out.len() + spaces as usize, b' ');
                    column += spaces;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    Ok(like(vm, r, out))
}

fn title(vm: &mut Vm, r: &Value, a: Args) -> RunResult<Value> {
    let b = recv(vm, "title", r)?;
    args::no_args(vm, ("bytes", "title"), &a)?;
    let mut previous_cased = false;
    let out = b
        .as_bytes()
        .iter()
        .map(|&c| {
            let out = if previous_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            previous_cased = c.is_ascii_alphabetic();
            out
        })
        .collect();
    Ok(like(vm, r, out))
}

fn capitalize(vm: &mut Vm, r: &Value, a: Args) -> RunResult<Value> {
    let b = recv(vm, "capitalize", r)?;
    args::no_args(vm, ("bytes", "capitalize"), &a)?;
    let out = b
        .as_bytes()
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            if i == 0 {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    Ok(like(vm, r, out))
}

fn splitlines(vm: &mut Vm, r: &Value, a: Args) -> RunResult<Value> {
    let b = recv(vm, "splitlines", r)?;
    let sig = Signature::new("splitlines", &["keepends"]).required(0);
    let bound = sig.bind(vm, &a)?;
    let keepends = match &bound[0] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let data = b.as_bytes();
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < data.len() {
        let end_len = match data[i] {
            b'\r' if data.get(i + 1) == Some(&b'\n') => 2,
            b'\r' | b'\n' => 1,
            _ => 0,
        };
        if end_len == 0 {
            i += 1;
            continue;
        }
        let stop = if keepends { i + end_len } else { i };
        lines.push(like(vm, r, data[start..stop].to_vec()));
        i += end_len;
        start = i;
    }
    if start < data.len() {
        lines.push(like(vm, r, data[start..].to_vec()));
    }
    Ok(Value::list(lines))
}

fn rsplit(vm: &mut Vm, r: &Value, a: Args) -> RunResult<Value> {
    let b = recv(vm, "rsplit", r)?;
    let sig = Signature::new("rsplit", &["sep", "maxsplit"]).required(0);
    let bound = sig.bind(vm, &a)?;
    let max = bound.i64_or(vm, 1, -1)?;
    let mut left = if max < 0 { usize::MAX } else { max as usize };
    let data = b.as_bytes();
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match &bound[0] {
        None | Some(Value::None) => {
            let mut end = data.len();
            loop {
                while end > 0 && WHITESPACE.contains(&data[end - 1]) {
                    end -= 1;
                }
                if end == 0 {
                    break;
                }
                if left == 0 {
                    // The rest keeps its leading whitespace, as CPython's does.
                    parts.push(data[..end].to_vec());
                    break;
                }
                let mut start = end;
                while start > 0 && !WHITESPACE.contains(&data[start - 1]) {
                    start -= 1;
                }
                parts.push(data[start..end].to_vec());
                end = start;
                left -= 1;
            }
        }
        Some(sep) => {
            let sep = buffer(vm, sep)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let mut rest = data;
            while left > 0 {
                match rfind_bytes(rest, &sep) {
                    Some(p) => {
                        parts.push(rest[p + sep.len()..].to_vec());
                        rest = &rest[..p];
                        left -= 1;
                    }
                    None => break,
                }
            }
            parts.push(rest.to_vec());
        }
    }
    parts.reverse();
    let items = parts.into_iter().map(|p| like(vm, r, p)).collect();
    Ok(Value::list(items))
}

fn rfind(vm: &mut Vm, r: &Value, a: Args, name: &str) -> RunResult<i64> {
    let b = recv(vm, name, r)?;
    let pos = args::parse_tuple(vm, ("bytes", name), &a, 1, 3)?;
    let sub = match &pos[0] {
        v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => vec![byte_of(vm, v)?],
        other => buffer(vm, other)?,
    };
    let s = args::slice_index(vm, pos.get(1), true)?;
    let e = args::slice_index(vm, pos.get(2), true)?;
    let (s, e) = args::adjust_range(s, e, b.len());
    if s > e {
        return Ok(-1);
    }
    Ok(match rfind_bytes(&b.as_bytes()[s..e], &sub) {
        Some(p) => (s + p) as i64,
        None => -1,
    })
}

/// `islower`/`isupper`: some cased byte, and none of the `wrong` case.
fn cased_test(
    vm: &mut Vm,
    r: &Value,
    a: Args,
    name: &str,
    wrong: fn(&u8) -> bool,
) -> RunResult<Value> {
    let b = recv(vm, name, r)?;
    args::no_args(vm, ("bytes", name), &a)?;
    let d = b.as_bytes();
    Ok(Value::Bool(
        d.iter().any(u8::is_ascii_alphabetic) && !d.iter().any(wrong),
    ))
}

fn istitle(vm: &mut Vm, r: &Value, a: Args) -> RunResult<Value> {
    let b = recv(vm, "istitle", r)?;
    args::no_args(vm, ("bytes", "istitle"), &a)?;
    let mut cased = false;
    let mut previous_cased = false;
    for &c in b.as_bytes() {
        if c.is_ascii_uppercase() {
            if previous_cased {
                return Ok(Value::Bool(false));
            }
            previous_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !previous_cased {
                return Ok(Value::Bool(false));
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

fn remove_affix(vm: &mut Vm, r: &Value, a: Args, prefix: bool) -> RunResult<Value> {
    let name = if prefix {
        "removeprefix"
    } else {
        "removesuffix"
    };
    let b = recv(vm, name, r)?;
    let affix = args::one_arg(vm, ("bytes", name), &a)?;
    let affix = buffer(vm, affix)?;
    let data = b.as_bytes();
    let out = if prefix {
        data.strip_prefix(&affix[..]).unwrap_or(data)
    } else {
        data.strip_suffix(&affix[..]).unwrap_or(data)
    };
    Ok(like(vm, r, out.to_vec()))
}

fn translate(vm: &mut Vm, r: &Value, a: Args) -> RunResult<Value> {
    let b = recv(vm, "translate", r)?;
    let sig = Signature::new("translate", &["table", "delete"])
        .required(1)
        .posonly(1);
    let bound = sig.bind(vm, &a)?;
    let table = match &bound[0] {
        None | Some(Value::None) => None,
        Some(t) => {
            let t = buffer(vm, t)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match &bound[1] {
        Some(d) => buffer(vm, d)?,
        None => Vec::new(),
    };
    let out = b
        .as_bytes()
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(like(vm, r, out))
}

/// `bytes.maketrans(frm, to)`: a 256-byte table mapping each byte of `frm` to
/// the byte of `to` at the same position.
fn maketrans(vm: &mut Vm, r: &Value, a: Args) -> RunResult<Value> {
    // Called on the class or an instance, or unbound with the class first.
    let pos = match (r, a.pos) {
        (Value::Class(_), _) => a.pos,
        (_, [Value::Class(_), rest @ ..]) => rest,
        _ => a.pos,
    };
    let [frm, to] = pos else {
        return Err(vm.type_error(format!("maketrans expected 2 arguments, got {}", pos.len())));
    };
    let (frm, to) = (buffer(vm, frm)?, buffer(vm, to)?);
    if frm.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (f, t) in frm.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    Ok(Value::bytes(table))
}
