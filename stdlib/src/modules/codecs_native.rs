//! `_codecs`: the native half of the `codecs` module (`stdlib/lib/codecs.py`),
//! over the codecs of `codec.rs` (CPython 3.11 `Modules/_codecsmodule.c`:
//! `_codecs_encode_impl`, `_codecs_decode_impl`, `_codecs_lookup_impl`).

use super::codec::{self, Codec};
use super::new_module;
use crate::builtins::args::{clinic, func};
use coil_interp::object::{Args, Module};
use coil_interp::{RunResult, Value, Vm};
use std::rc::Rc;

pub fn init(_vm: &mut Vm) -> RunResult<Rc<Module>> {
    Ok(new_module(
        "_codecs",
        vec![
            ("encode", func("encode", encode)),
            ("decode", func("decode", decode)),
            ("lookup_name", func("lookup_name", lookup_name)),
        ],
    ))
}

fn codec_of(vm: &Vm, v: Option<&Value>) -> RunResult<Codec> {
    codec::codec_arg(vm, v, "encode() argument 'encoding'")
}

/// `encode(obj, encoding='utf-8', errors='strict')`.
fn encode(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(vm, "encode", &args, &["obj", "encoding", "errors"], 1, 3)?;
    let c = codec_of(vm, a[1].as_ref())?;
    let errors = codec::errors_arg_lazy(vm, a[2].as_ref(), "encode() argument 'errors'")?;
    let s = match &a[0] {
        Some(Value::Str(s)) => s.clone(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "{}_encode() argument 1 must be str, not {}",
                c.name().replace('-', "_"),
                vm.type_name(other).as_str()
            )))
        }
        None => return Err(vm.type_error("encode() missing required argument 'obj' (pos 1)")),
    };
    codec::encode_lazy(vm, s.as_str(), c, &errors).map(Value::bytes)
}

/// `decode(obj, encoding='utf-8', errors='strict', final=True)`: the text
/// and, when `final` is given, the bytes consumed (for incremental decoders).
fn decode(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(
        vm,
        "decode",
        &args,
        &["obj", "encoding", "errors", "final"],
        1,
        4,
    )?;
    let c = codec::codec_arg(vm, a[1].as_ref(), "decode() argument 'encoding'")?;
    let errors = codec::errors_arg_lazy(vm, a[2].as_ref(), "decode() argument 'errors'")?;
    let data = match &a[0] {
        Some(v) => super::io::bytes_arg(vm, v)?,
        None => Vec::new(),
    };
    let last = match &a[3] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let (s, used) = codec::decode_lazy(vm, &data, c, &errors, last)?;
    if a[3].is_some() {
        return Ok(Value::tuple(vec![
            Value::string(s),
            Value::Int(used as i64),
        ]));
    }
    Ok(Value::string(s))
}

/// The codec's canonical name, or LookupError.
fn lookup_name(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(vm, "lookup", &args, &["encoding"], 1, 1)?;
    let c = codec::codec_arg(vm, a[0].as_ref(), "lookup() argument")?;
    Ok(Value::str(c.name()))
}
