//! `%`-formatting of bytes and bytearray (PEP 461; CPython 3.11
//! `Objects/bytesobject.c` `_PyBytes_FormatEx`, `format_obj`,
//! `byte_converter`). The engine is str's (`percent_format.rs`), run over the
//! format's bytes as chars below 256; this file holds what differs for bytes:
//! `%s`/`%b` take a buffer or `__bytes__`, `%r`/`%a` are `ascii(obj)`, and `%c`
//! takes an int in range(256) or one byte.

use super::add_method;
use super::percent_format::format_chars;
use super::str_format::ascii_escape;
use coil_interp::object::{Args, Str};
use coil_interp::{RunResult, Value, Vm};

pub(crate) fn install(vm: &mut Vm) {
    for c in [
        vm.types.bytes.clone(),
        super::bytearray::bytearray_class(vm),
    ] {
        add_method(&c, "__mod__", mod_);
        add_method(&c, "__rmod__", |_, _, _| Ok(Value::NotImplemented));
    }
    let b = vm.types.bytes.clone();
    // `bytes(x)` of a bytes subclass instance goes through `__bytes__`.
    add_method(&b, "__bytes__", |vm, r, _| {
        Ok(Value::bytes(
            super::bytes::recv(vm, "__bytes__", r)?.as_bytes().to_vec(),
        ))
    });
    add_method(&b, "__getnewargs__", |vm, r, _| {
        let data = super::bytes::recv(vm, "__getnewargs__", r)?
            .as_bytes()
            .to_vec();
        Ok(Value::tuple(vec![Value::bytes(data)]))
    });
}

/// `bytes.__mod__(args)` / `bytearray.__mod__(args)`: a result of the
/// receiver's kind.
fn mod_(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let fmt = super::bytes::recv(vm, "__mod__", recv)?;
    let [arg] = a.pos else {
        return Err(vm.type_error(format!("expected 1 argument, got {}", a.pos.len())));
    };
    let chars: Vec<char> = fmt.as_bytes().iter().map(|&b| b as char).collect();
    let out = format_chars(vm, &chars, arg, true)?;
    let data: Vec<u8> = out.chars().map(|c| c as u32 as u8).collect();
    Ok(super::bytes::like(vm, recv, data))
}

/// Bytes as chars below 256 (the engine's text).
fn latin1(data: &[u8]) -> String {
    data.iter().map(|&b| b as char).collect()
}

/// The text of a `%s`, `%b`, `%r`, `%a` or `%c` conversion of `v`.
pub(crate) fn operand(vm: &mut Vm, kind: char, v: &Value) -> RunResult<String> {
    match kind {
        'r' | 'a' => {
            let r = vm.repr(v)?;
            Ok(ascii_escape(r.as_str()))
        }
        'c' => {
            if let Some(data) = super::bytes_buffer_of(v).filter(|_| matches!(v, Value::Bytes(_))) {
                if data.len() == 1 {
                    return Ok(latin1(&data));
                }
            }
            let err = "%c requires an integer in range(256) or a single byte";
            let n = match v {
                Value::Int(n) => *n,
                Value::Bool(b) => *b as i64,
                Value::BigInt(_) => -1,
                Value::Instance(_) if vm.lookup_special(v, &Str::intern("__index__")).is_some() => {
                    super::args::to_i64(vm, v).unwrap_or(-1)
                }
                _ => return Err(vm.type_error(err)),
            };
            match u8::try_from(n) {
                Ok(b) => Ok((b as char).to_string()),
                Err(_) => Err(vm.overflow_error("%c arg not in range(256)")),
            }
        }
        _ => {
            if let Some(data) = super::bytes_buffer_of(v) {
                return Ok(latin1(&data));
            }
            if vm.lookup_special(v, &Str::intern("__bytes__")).is_some() {
                let b = vm.call_method(v, "__bytes__", &[])?;
                return match &b {
                    Value::Bytes(d) => Ok(latin1(d.as_bytes())),
                    other => Err(vm.type_error(format!(
                        "__bytes__ returned non-bytes (type {})",
                        vm.type_name(other).as_str()
                    ))),
                };
            }
            Err(vm.type_error(format!(
                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                vm.type_name(v).as_str()
            )))
        }
    }
}
