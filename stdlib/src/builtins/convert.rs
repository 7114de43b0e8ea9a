//! Conversions to text: `repr`, `ascii`, `format`, `chr`, `ord`, `hex`, `oct`,
//! `bin` (CPython 3.11 `Python/bltinmodule.c`, `Objects/longobject.c`
//! `long_format_binary`).

use super::args::{one_arg, positional, to_index, Int};
use coil_interp::object::str::ascii_escape;
use coil_interp::object::{Args, NativeFn, Str};
use coil_interp::{RunResult, Value, Vm};
use num_traits::Signed;

/// The builtins this file implements, installed by `builtins::install`.
pub const FUNCS: &[(&str, NativeFn)] = &[
    ("repr", repr),
    ("ascii", ascii),
    ("format", format),
    ("chr", chr),
    ("ord", ord),
    ("hex", hex),
    ("oct", oct),
    ("bin", bin),
];

fn repr(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let v = one_arg(vm, "repr", &args)?;
    Ok(Value::Str(vm.builtin_repr(v)?))
}

fn ascii(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let v = one_arg(vm, "ascii", &args)?;
    let r = vm.repr(v)?;
    if r.is_ascii() {
        return Ok(Value::Str(r));
    }
    Ok(Value::string(ascii_escape(r.as_str())))
}

/// `format(value, format_spec='')`.
fn format(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = positional(vm, "format", &args, 1, 2)?;
    let spec = match pos.get(1) {
        None => "",
        Some(Value::Str(s)) => s.as_str(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "format() argument 2 must be str, not {}",
                other.type_name()
            )))
        }
    };
    let spec = spec.to_string();
    Ok(Value::Str(vm.builtin_format(&pos[0], &spec)?))
}

fn chr(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let v = one_arg(vm, "chr", &args)?;
    let i = to_index(vm, v)?;
    let c = match i {
        Int::Small(n) if (0..0x110000).contains(&n) => char::from_u32(n as u32),
        Int::Small(_) => return Err(vm.value_error("chr() arg not in range(0x110000)")),
        Int::Big(_) => return Err(vm.overflow_error("Python int too large to convert to C int")),
    };
    match c {
        Some(c) => Ok(Value::string(c.to_string())),
        // Lone surrogates are valid Python strs but cannot live in a Rust `str`.
        None => Err(vm.value_error("chr() arg is a surrogate, which Coil strings cannot hold")),
    }
}

fn ord(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let v = one_arg(vm, "ord", &args)?;
    match v {
        Value::Str(s) => {
            let n = s.char_len();
            if n == 1 {
                let c = s
                    .char_at(0)
                    .expect("invariant: a str of length 1 has a char");
                Ok(Value::Int(c as i64))
            } else {
                Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {n} found"
                )))
            }
        }
        other => Err(vm.type_error(format!(
            "ord() expected string of length 1, but {} found",
            other.type_name()
        ))),
    }
}

/// `hex`/`oct`/`bin`: sign, prefix, digits in `radix`.
fn radix_text(vm: &mut Vm, name: &str, args: Args, radix: u32, prefix: &str) -> RunResult<Value> {
    let v = one_arg(vm, name, &args)?;
    let i = to_index(vm, v)?.to_big();
    let digits = i.abs().to_str_radix(radix);
    let sign = if i.is_negative() { "-" } else { "" };
    Ok(Value::string(format!("{sign}{prefix}{digits}")))
}

fn hex(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    radix_text(vm, "hex", args, 16, "0x")
}

fn oct(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    radix_text(vm, "oct", args, 8, "0o")
}

fn bin(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    radix_text(vm, "bin", args, 2, "0b")
}

/// `str` argument helper for other families: the text of a str value.
pub fn str_arg(v: &Value) -> Option<&Str> {
    match v {
        Value::Str(s) => Some(s),
        _ => None,
    }
}
