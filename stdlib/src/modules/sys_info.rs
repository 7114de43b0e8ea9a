//! The descriptive parts of `sys` (CPython 3.11 `Python/sysmodule.c`,
//! `Objects/floatobject.c` `PyFloat_GetInfo`, `Objects/longobject.c`
//! `PyLong_GetInfo`): `float_info`, `int_info`, `hash_info`, `flags`,
//! `implementation`, `maxunicode`, and the functions `exc_info`, `exception`
//! and `getsizeof`. Values are CPython's on 64-bit Linux, so programs that
//! print them match; `implementation.name` is honestly `'coil'`.

use super::structseq::{new_structseq, structseq_class};
use crate::builtins::args::{class, func, positional};
use coil_interp::object::class::BaseKind;
use coil_interp::object::{Args, Str};
use coil_interp::{RunResult, Value, Vm};
use std::rc::Rc;

/// The `(name, value)` entries this file adds to the `sys` module.
pub fn items(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    vec![
        ("float_info", float_info(vm)),
        ("int_info", int_info(vm)),
        ("hash_info", hash_info(vm)),
        ("flags", flags(vm)),
        ("implementation", implementation(vm)),
        ("maxunicode", Value::Int(0x10ffff)),
        ("exc_info", func("exc_info", exc_info)),
        ("exception", func("exception", exception)),
        ("getsizeof", func("getsizeof", getsizeof)),
    ]
}

fn float_info(vm: &Vm) -> Value {
    info(
        vm,
        "sys.float_info",
        &[
            ("max", Value::Float(f64::MAX)),
            ("max_exp", Value::Int(f64::MAX_EXP as i64)),
            ("max_10_exp", Value::Int(f64::MAX_10_EXP as i64)),
            ("min", Value::Float(f64::MIN_POSITIVE)),
            ("min_exp", Value::Int(f64::MIN_EXP as i64)),
            ("min_10_exp", Value::Int(f64::MIN_10_EXP as i64)),
            ("dig", Value::Int(f64::DIGITS as i64)),
            ("mant_dig", Value::Int(f64::MANTISSA_DIGITS as i64)),
            ("epsilon", Value::Float(f64::EPSILON)),
            ("radix", Value::Int(f64::RADIX as i64)),
            ("rounds", Value::Int(1)),
        ],
    )
}

fn int_info(vm: &Vm) -> Value {
    info(
        vm,
        "sys.int_info",
        &[
            ("bits_per_digit", Value::Int(30)),
            ("sizeof_digit", Value::Int(4)),
            ("default_max_str_digits", Value::Int(4300)),
            ("str_digits_check_threshold", Value::Int(640)),
        ],
    )
}

fn hash_info(vm: &Vm) -> Value {
    info(
        vm,
        "sys.hash_info",
        &[
            ("width", Value::Int(64)),
            ("modulus", Value::Int((1 << 61) - 1)),
            ("inf", Value::Int(314159)),
            ("nan", Value::Int(0)),
            ("imag", Value::Int(1000003)),
            ("algorithm", Value::str("siphash13")),
            ("hash_bits", Value::Int(64)),
            ("seed_bits", Value::Int(128)),
            ("cutoff", Value::Int(0)),
        ],
    )
}

fn flags(vm: &Vm) -> Value {
    let names = [
        "debug",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "verbose",
        "bytes_warning",
        "quiet",
        "hash_randomization",
        "isolated",
        "dev_mode",
        "utf8_mode",
        "warn_default_encoding",
        "safe_path",
        "int_max_str_digits",
    ];
    let fields: Vec<(&str, Value)> = names
        .iter()
        .map(|&n| {
            let v = match n {
                "dev_mode" | "safe_path" => Value::Bool(false),
                "hash_randomization" => Value::Int(1),
                "int_max_str_digits" => Value::Int(-1),
                _ => Value::Int(0),
            };
            (n, v)
        })
        .collect();
    info(vm, "sys.flags", &fields)
}

/// A struct sequence of `sys` (`sys.float_info`, ...): its fields in order,
/// each with its value.
fn info(vm: &Vm, name: &'static str, fields: &[(&str, Value)]) -> Value {
    let names: Vec<&str> = fields.iter().map(|(n, _)| *n).collect();
    let cls = structseq_class(vm, name, "sys", &names);
    new_structseq(&cls, fields.iter().map(|(_, v)| v.clone()).collect(), &[])
}

/// `sys.implementation`, a `types.SimpleNamespace` with CPython's fields
/// describing Coil.
fn implementation(vm: &Vm) -> Value {
    let version = info(
        vm,
        "sys.version_info",
        &[
            ("major", Value::Int(0)),
            ("minor", Value::Int(1)),
            ("micro", Value::Int(0)),
            ("releaselevel", Value::str("alpha")),
            ("serial", Value::Int(0)),
        ],
    );
    let ns = class(
        vm,
        "types.SimpleNamespace",
        "types",
        None,
        BaseKind::Object,
        &[("__repr__", namespace_repr)],
    );
    crate::builtins::args::new_instance(
        &ns,
        &[
            ("name", Value::str("coil")),
            ("cache_tag", Value::None),
            ("version", version),
            ("hexversion", Value::Int(0x000100a0)),
            ("_multiarch", Value::str("x86_64-linux-gnu")),
        ],
    )
}

/// `namespace(a=1, b=2)`: the instance's attributes in insertion order.
fn namespace_repr(vm: &mut Vm, this: &Value, _: Args) -> RunResult<Value> {
    let Value::Instance(inst) = this else {
        return Ok(Value::str("namespace()"));
    };
    let pairs: Vec<(Value, Value)> = inst
        .dict
        .map
        .borrow()
        .iter()
        .map(|(k, v)| (k.value.clone(), v.clone()))
        .collect();
    let mut parts = Vec::new();
    for (k, v) in pairs {
        let key = vm.to_str(&k)?;
        let val = vm.repr(&v)?;
        parts.push(format!("{}={}", key.as_str(), val.as_str()));
    }
    Ok(Value::string(format!("namespace({})", parts.join(", "))))
}

/// `sys.exc_info()`: `(type, value, traceback)` of the exception being
/// handled, or three Nones.
fn exc_info(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    positional(vm, "exc_info", &args, 0, 0)?;
    let Some(exc) = vm.current_handled() else {
        return Ok(Value::tuple(vec![Value::None, Value::None, Value::None]));
    };
    let value = Value::Instance(exc.clone());
    let tb = vm.get_attr(&value, &Str::intern("__traceback__"))?;
    let class = Value::Class(exc.class.borrow().clone());
    Ok(Value::tuple(vec![class, value, tb]))
}

/// `sys.exception()` (new in 3.11): the exception being handled, or None.
fn exception(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    positional(vm, "exception", &args, 0, 0)?;
    Ok(vm.current_handled().map_or(Value::None, Value::Instance))
}

/// `sys.getsizeof(obj[, default])` with CPython 3.11's sizes on 64-bit
/// builds for the types whose size follows from their contents (ints, floats,
/// str, bytes, tuples, lists as built by a display); other objects use
/// `__sizeof__` when a class defines one, else `default`, else a TypeError.
/// The size `sys.getsizeof` reports for the builtin values whose layout
/// Coil mirrors (CPython 3.11 on 64 bits), collector header included.
fn builtin_size(v: &Value) -> Option<i64> {
    Some(match v {
        Value::None => 16,
        Value::Bool(_) => 28,
        Value::Int(i) => {
            let bits = 64 - i.unsigned_abs().leading_zeros() as i64;
            24 + 4 * ((bits + 29) / 30).max(1)
        }
        Value::BigInt(b) => 24 + 4 * ((b.bits() as i64 + 29) / 30).max(1),
        Value::Float(_) => 24,
        Value::Str(s) => {
            let max = s.as_str().chars().map(|c| c as u32).max().unwrap_or(0);
            let n = s.char_len() as i64;
            match max {
                0..=0x7f => 49 + n,
                0x80..=0xff => 73 + n,
                0x100..=0xffff => 74 + 2 * n,
                _ => 76 + 4 * n,
            }
        }
        Value::Bytes(b) => 33 + b.len() as i64,
        Value::Tuple(t) => 40 + 8 * t.items.len() as i64,
        Value::List(l) => 56 + 8 * l.items.borrow().len() as i64,
        _ => return None,
    })
}

/// `object.__sizeof__()` for `v`: `builtin_size` without the collector's
/// header, or an instance's basic size (the header, one word per slot, the
/// weak-reference word; the dict lives before the object in 3.11).
pub(crate) fn own_size(vm: &Vm, v: &Value) -> Option<i64> {
    match v {
        Value::Tuple(_) | Value::List(_) => builtin_size(v).map(|n| n - 16),
        Value::Instance(i) => {
            let cls = i.class();
            // A bare `object()` has neither dict nor weak-reference slot.
            let weak = match cls.layout.no_weakref || Rc::ptr_eq(&cls, &vm.types.object) {
                true => 0,
                false => 8,
            };
            Some(16 + 8 * cls.layout.total as i64 + weak)
        }
        _ => builtin_size(v),
    }
}

fn getsizeof(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = positional(vm, "getsizeof", &args, 1, 2)?;
    let v = &pos[0];
    if let Some(size) = builtin_size(v) {
        return Ok(Value::Int(size));
    }
    let sizeof = vm.get_attr_opt(v, &Str::intern("__sizeof__"))?;
    let r = match (sizeof, pos.get(1)) {
        (Some(f), default) => match vm.call0(&f, &[]) {
            Ok(r) => r,
            // Coil's own error for a size it cannot tell yields to a default.
            Err(_) if default.is_some() && own_size(vm, v).is_none() => return Ok(pos[1].clone()),
            Err(e) => return Err(e),
        },
        (None, Some(default)) => return Ok(default.clone()),
        (None, None) => {
            return Err(vm.type_error(format!("Type {} doesn't define __sizeof__", v.type_name())))
        }
    };
    let n = crate::builtins::args::to_i64(vm, &r)?;
    if n < 0 {
        return Err(vm.value_error("__sizeof__() should return >= 0"));
    }
    // Objects the collector tracks carry its 16-byte header; an instance
    // with a dict also the managed-dict words before it (3.11).
    let header = match v {
        Value::Instance(i) if vm.instance_has_dict(i) => 32,
        _ => 16,
    };
    Ok(Value::Int(n + header))
}
