//! Constructors of the builtin types, installed as `__new__(cls, *args, **kwargs)`
//! plain builtins in each class dict (the VM calls a class as `__new__` then
//! `__init__`): int, float, bool, str, list, tuple, dict, set, frozenset, range and
//! slice. Semantics and messages follow CPython 3.11 (`long_new_impl` and
//! `PyNumber_Long` in `Objects/longobject.c`/`abstract.c`, `float_new_impl`,
//! `unicode_new_impl`, `list___init__`, `dict_new`/`dict_update_common`,
//! `set_new`, `range_new`, `slice_new`).

use super::add_function;
use super::args::{self, Signature};
use super::number_parse::{parse_float, parse_int, IntParse};
use coil_interp::builtin::no_kwargs as no_kw;
use coil_interp::object::int::IntRef;
use coil_interp::object::{Args, Dict, Range, Set, Slice, Str};
use coil_interp::{RunResult, Value, Vm};
use num_bigint::BigInt;
use num_traits::{FromPrimitive, One, ToPrimitive, Zero};
use std::rc::Rc;

pub(crate) fn install(vm: &mut Vm) {
    let t = &vm.types;
    add_function(&t.int, "__new__", int_new);
    add_function(&t.float, "__new__", float_new);
    add_function(&t.bool_, "__new__", bool_new);
    add_function(&t.str, "__new__", str_new);
    add_function(&t.list, "__new__", list_new);
    add_function(&t.tuple, "__new__", tuple_new);
    add_function(&t.dict, "__new__", dict_new);
    add_function(&t.set, "__new__", set_new);
    add_function(&t.frozenset, "__new__", frozenset_new);
    add_function(&t.range, "__new__", range_new);
    add_function(&t.slice, "__new__", slice_new);
    add_function(&t.none_type, "__new__", |vm, r, a| {
        singleton_new(vm, r, a, Value::None, "NoneType")
    });
    add_function(&t.ellipsis, "__new__", |vm, r, a| {
        singleton_new(vm, r, a, Value::Ellipsis, "EllipsisType")
    });
    add_function(&t.not_implemented_type, "__new__", |vm, r, a| {
        singleton_new(vm, r, a, Value::NotImplemented, "NotImplementedType")
    });
}

/// `type(None)()`, `type(...)()`, `type(NotImplemented)()`: the singleton itself
/// (`none_new`, `ellipsis_new`, `notimplemented_new`), which takes no arguments.
fn singleton_new(vm: &mut Vm, recv: &Value, a: Args, value: Value, name: &str) -> RunResult<Value> {
    if !rest(recv, &a).pos.is_empty() || !a.kw.is_empty() {
        return Err(vm.type_error(format!("{name} takes no arguments")));
    }
    Ok(value)
}

/// Constructors that subclasses inherit: the builtin value, wrapped in an
/// instance of the subclass when the class called is one (`Stack([1])`).
macro_rules! subclassable {
    ($($name:ident => $plain:ident),*) => {$(
        fn $name(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
            let cls = match recv {
                Value::Class(_) => recv.clone(),
                _ => a.pos.first().cloned().unwrap_or(Value::None),
            };
            let v = match &cls {
                // `list`/`dict` subclasses start empty: their `__init__`
                // (`list.__init__`, `dict.__init__` or the user's) fills them.
                Value::Class(c) if !Vm::is_builtin_class(c) && stringify!($name) == "list_new" => {
                    Value::list(Vec::new())
                }
                Value::Class(c) if !Vm::is_builtin_class(c) && stringify!($name) == "dict_new" => {
                    Value::Dict(Rc::new(Dict::new()))
                }
                _ => $plain(vm, recv, a)?,
            };
            Ok(vm.wrap_builtin_subclass(&cls, v))
        }
    )*};
}

subclassable!(int_new => int_new_plain, float_new => float_new_plain, str_new => str_new_plain,
    list_new => list_new_plain, tuple_new => tuple_new_plain, dict_new => dict_new_plain,
    set_new => set_new_plain, frozenset_new => frozenset_new_plain);

/// The constructor's arguments without the class. `__new__` is called two ways:
/// explicitly as `int.__new__(int, x)` (a plain function: the class is the first
/// positional argument) and by the VM's `type.__call__`, which may pass the class
/// as the receiver instead; both are accepted.
fn rest<'a>(recv: &Value, a: &Args<'a>) -> Args<'a> {
    if matches!(recv, Value::Class(_)) {
        return *a;
    }
    Args {
        pos: a.pos.get(1..).unwrap_or(&[]),
        kw: a.kw,
    }
}

/// `_PyArg_CheckPositional` for a constructor taking at most `max` arguments.
fn at_most<'a>(
    vm: &Vm,
    name: &str,
    a: &Args<'a>,
    min: usize,
    max: usize,
) -> RunResult<&'a [Value]> {
    no_kw(vm, name, a)?;
    // `args::positional` only reports the owner in its keyword message, which
    // `no_kw` has already handled.
    args::positional(vm, ("", name), &Args::positional(a.pos), min, max)
}

/// `float(f)` truncated to an int: `int(2.5)`, `'%d' % 2.5`.
pub(crate) fn int_from_float(vm: &Vm, f: f64) -> RunResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(BigInt::from_f64(t).map_or(Value::Int(0), Value::from_bigint))
}

/// Calls special method `name` of an instance, if its class has one.
fn call_special(vm: &mut Vm, v: &Value, name: &str) -> RunResult<Option<Value>> {
    match vm.lookup_special(v, &Str::intern(name)) {
        Some(f) => vm.call(&f, std::slice::from_ref(v), &[]).map(Some),
        None => Ok(None),
    }
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
}

fn plain_int(v: Value) -> Value {
    match v {
        Value::Bool(b) => Value::Int(b as i64),
        other => other,
    }
}

/// `PyNumber_Long` for an instance: `__int__`, then `__index__`, then `__trunc__`;
/// None if it has none of them.
pub(crate) fn int_of_instance(vm: &mut Vm, v: &Value) -> RunResult<Option<Value>> {
    if let Some(r) = call_special(vm, v, "__int__")? {
        if !is_int(&r) {
            return Err(vm.type_error(format!("__int__ returned non-int (type {})", r.type_name())));
        }
        return Ok(Some(plain_int(r)));
    }
    if vm.lookup_special(v, &Str::intern("__index__")).is_some() {
        return args::index_value(vm, v).map(Some);
    }
    if let Some(r) = call_special(vm, v, "__trunc__")? {
        if is_int(&r) {
            return Ok(Some(plain_int(r)));
        }
        if matches!(r, Value::Instance(_))
            && vm.lookup_special(&r, &Str::intern("__index__")).is_some()
        {
            return args::index_value(vm, &r).map(Some);
        }
        return Err(vm.type_error(format!(
            "__trunc__ returned non-Integral (type {})",
            r.type_name()
        )));
    }
    Ok(None)
}

/// `PyFloat_AsDouble` for an instance: `__float__`, then `__index__`; None if it
/// has neither.
pub(crate) fn float_of_instance(vm: &mut Vm, v: &Value) -> RunResult<Option<f64>> {
    if let Some(r) = call_special(vm, v, "__float__")? {
        return match r {
            Value::Float(f) => Ok(Some(f)),
            other => Err(vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                v.type_name(),
                other.type_name()
            ))),
        };
    }
    if vm.lookup_special(v, &Str::intern("__index__")).is_some() {
        let n = args::index_value(vm, v)?;
        return int_to_f64(vm, &n).map(Some);
    }
    Ok(None)
}

/// An int as a float, or `OverflowError: int too large to convert to float`.
pub(crate) fn int_to_f64(vm: &Vm, v: &Value) -> RunResult<f64> {
    match v {
        Value::Int(n) => Ok(*n as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => b
            .to_f64()
            .filter(|f| f.is_finite())
            .ok_or_else(|| vm.overflow_error("int too large to convert to float")),
        other => Err(vm.type_error(format!("must be real number, not {}", other.type_name()))),
    }
}

const INT: Signature = Signature::new("int", &["x", "base"]).required(0).posonly(1);

/// `int(x=0)`, `int(x, base=10)`.
fn int_new_plain(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let a = rest(recv, &a);
    // `int(x)`, by far the commonest call, needs no binding.
    if let ([x], []) = (a.pos, a.kw) {
        return int_of(vm, x);
    }
    let bound = INT.bind(vm, &a)?;
    let (x, base) = (&bound[0], &bound[1]);
    let Some(x) = x else {
        if base.is_some() {
            return Err(vm.type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    let Some(base) = base else {
        return int_of(vm, x);
    };
    let base = args::index_clamped(vm, base)?;
    if base != 0 && !(2..=36).contains(&base) {
        return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
    }
    match x {
        Value::Str(s) => parse_int_or_raise(vm, s, base as u32),
        _ => Err(vm.type_error("int() can't convert non-string with explicit base")),
    }
}

fn parse_int_or_raise(vm: &Vm, s: &Str, base: u32) -> RunResult<Value> {
    match parse_int(s.as_str(), base) {
        IntParse::Ok(v) => Ok(v),
        IntParse::Invalid => {
            // CPython's `%.200R`: the repr cut to 200 chars.
            let repr: String = coil_interp::object::str::str_repr(s.as_str()).chars().take(200).collect();
            Err(vm.value_error(format!("invalid literal for int() with base {base}: {repr}")))
        }
        IntParse::TooManyDigits(n) => Err(vm.value_error(format!(
            "Exceeds the limit ({} digits) for integer string conversion: value has {n} digits; use sys.set_int_max_str_digits() to increase the limit",
            coil_interp::object::int::max_str_digits()
        ))),
    }
}

/// `int(x)` with no base (`PyNumber_Long`).
pub(crate) fn int_of(vm: &mut Vm, x: &Value) -> RunResult<Value> {
    match x {
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => int_from_float(vm, *f),
        Value::Str(s) => parse_int_or_raise(vm, s, 10),
        _ => by_protocol(
            vm,
            x,
            int_of_instance,
            "int() argument must be a string, a bytes-like object or a real number",
        ),
    }
}

/// What an instance's conversion protocol (`int_of_instance`,
/// `float_of_instance`) gives, or the constructor's TypeError naming the type
/// of `x`, which `accepts` says what should have been.
fn by_protocol<T>(
    vm: &mut Vm,
    x: &Value,
    protocol: fn(&mut Vm, &Value) -> RunResult<Option<T>>,
    accepts: &str,
) -> RunResult<T> {
    let converted = match x {
        Value::Instance(_) => protocol(vm, x)?,
        _ => None,
    };
    converted.ok_or_else(|| vm.type_error(format!("{accepts}, not '{}'", x.type_name())))
}

/// `float(x=0.0)`.
fn float_new_plain(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let pos = at_most(vm, "float", &rest(recv, &a), 0, 1)?;
    let Some(x) = pos.first() else {
        return Ok(Value::Float(0.0));
    };
    float_of(vm, x).map(Value::Float)
}

/// `float(x)`.
pub(crate) fn float_of(vm: &mut Vm, x: &Value) -> RunResult<f64> {
    match x {
        Value::Float(f) => Ok(*f),
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => int_to_f64(vm, x),
        Value::Str(s) => parse_float(s.as_str()).ok_or_else(|| {
            vm.value_error(format!(
                "could not convert string to float: {}",
                coil_interp::object::str::str_repr(s.as_str())
            ))
        }),
        _ => by_protocol(
            vm,
            x,
            float_of_instance,
            "float() argument must be a string or a real number",
        ),
    }
}

/// `bool(x=False)`.
fn bool_new(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let pos = at_most(vm, "bool", &rest(recv, &a), 0, 1)?;
    match pos.first() {
        None => Ok(Value::Bool(false)),
        Some(x) => vm.truthy(x).map(Value::Bool),
    }
}

const STR: Signature = Signature::new("str", &["object", "encoding", "errors"]).required(0);

/// `str(object='')`; with `encoding`/`errors`, `str(b, enc)` is `b.decode(enc)`.
fn str_new_plain(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let bound = STR.bind(vm, &rest(recv, &a))?;
    let decoding = bound[1].is_some() || bound[2].is_some();
    match &bound[0] {
        None => Ok(Value::str("")),
        Some(x) if decoding && super::bytes_buffer_of(x).is_some() => {
            // Any buffer decodes: bytes, bytearray, memoryview.
            let b = Value::bytes(super::bytes_buffer_of(x).unwrap_or_default());
            let encoding = bound[1].clone().unwrap_or_else(|| Value::str("utf-8"));
            let errors = bound[2].clone().unwrap_or_else(|| Value::str("strict"));
            vm.call_method(&b, "decode", &[encoding, errors])
        }
        Some(Value::Str(_)) if decoding => Err(vm.type_error("decoding str is not supported")),
        Some(x) if decoding => Err(vm.type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            x.type_name()
        ))),
        Some(Value::Str(_)) => Ok(bound[0].clone().unwrap_or(Value::None)),
        Some(x) => vm.builtin_str(x, 1).map(Value::Str),
    }
}

/// Every item of an iterable, reading lists and tuples directly.
pub(crate) fn items_of(vm: &mut Vm, it: &Value) -> RunResult<Vec<Value>> {
    match it {
        Value::List(l) => Ok(l.items.borrow().clone()),
        Value::Tuple(t) => Ok(t.items.to_vec()),
        Value::Str(s) => Ok(s
            .as_str()
            .chars()
            .map(|c| Value::string(c.to_string()))
            .collect()),
        _ => vm.collect(it),
    }
}

/// `list(iterable=())`.
fn list_new_plain(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let pos = at_most(vm, "list", &rest(recv, &a), 0, 1)?;
    match pos.first() {
        None => Ok(Value::list(Vec::new())),
        Some(it) => items_of(vm, it).map(Value::list),
    }
}

/// `tuple(iterable=())`; a tuple argument is returned as is.
fn tuple_new_plain(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let pos = at_most(vm, "tuple", &rest(recv, &a), 0, 1)?;
    match pos.first() {
        None => Ok(Value::tuple(Vec::new())),
        Some(t @ Value::Tuple(_)) => Ok(t.clone()),
        Some(it) => items_of(vm, it).map(Value::tuple),
    }
}

/// `dict(mapping_or_pairs=(), **kwargs)`.
fn dict_new_plain(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let a = rest(recv, &a);
    let d = Rc::new(Dict::new());
    super::dict::update_from(vm, &d, "dict", a)?;
    Ok(Value::Dict(d))
}

fn build_set(vm: &mut Vm, recv: &Value, name: &str, a: Args, frozen: bool) -> RunResult<Value> {
    let pos = at_most(vm, name, &rest(recv, &a), 0, 1)?;
    if frozen {
        if let Some(Value::Set(s)) = pos.first() {
            if s.frozen {
                return Ok(pos[0].clone());
            }
        }
    }
    let set = Rc::new(Set::new(frozen));
    if let Some(it) = pos.first() {
        super::set::add_all(vm, &set, it)?;
    }
    Ok(Value::Set(set))
}

/// `set(iterable=())`.
fn set_new_plain(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    build_set(vm, recv, "set", a, false)
}

/// `frozenset(iterable=())`; a frozenset argument is returned as is.
fn frozenset_new_plain(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    build_set(vm, recv, "frozenset", a, true)
}

/// `range(stop)`, `range(start, stop[, step])`, bounds through `__index__`.
fn range_new(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let pos = at_most(vm, "range", &rest(recv, &a), 1, 3)?;
    let mut n: [BigInt; 3] = Default::default();
    for (slot, v) in n.iter_mut().zip(pos) {
        let i = args::index_value(vm, v)?;
        *slot = IntRef::of(&i)
            .map(|i| i.to_big().into_owned())
            .unwrap_or_default();
    }
    let [a, b, c] = n;
    let (start, stop, step) = match pos.len() {
        1 => (BigInt::zero(), a, BigInt::one()),
        2 => (a, b, BigInt::one()),
        _ => (a, b, c),
    };
    if step.is_zero() {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(Range::from_big(start, stop, step))))
}

/// `slice(stop)`, `slice(start, stop[, step])`: any values.
fn slice_new(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let pos = at_most(vm, "slice", &rest(recv, &a), 1, 3)?;
    let get = |i: usize| pos.get(i).cloned().unwrap_or(Value::None);
    let (start, stop, step) = match pos.len() {
        1 => (Value::None, get(0), Value::None),
        _ => (get(0), get(1), get(2)),
    };
    Ok(Value::Slice(Rc::new(Slice { start, stop, step })))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::testing::{call_kw, r, s};
    use coil_interp::object::NativeFn;

    /// A constructor, the arguments after the class, the keywords, and the
    /// repr of the result or the error.
    type Case = (
        NativeFn,
        Vec<Value>,
        Vec<(&'static str, Value)>,
        &'static str,
    );

    /// Calls each case's constructor as `__new__(int, *args, **kw)`.
    fn check(cases: &[Case]) {
        let mut vm = Vm::new();
        let cls = Value::Class(vm.types.int.clone());
        for (f, args, kw, want) in cases {
            let mut pos = vec![cls.clone()];
            pos.extend(args.iter().cloned());
            assert_eq!(r(&call_kw(&mut vm, *f, Value::None, &pos, kw)), *want);
        }
    }

    #[test]
    fn int_constructor() {
        check(&[
        (int_new, vec![], vec![], "0"),
        (int_new, vec![s(" -12 ")], vec![], "-12"),
        (int_new, vec![s("ff"), Value::Int(16)], vec![], "255"),
        (int_new, vec![Value::Float(-2.7)], vec![], "-2"),
        (int_new, vec![Value::Float(1e20)], vec![], "100000000000000000000"),
        (int_new, vec![s("x")], vec![], "ValueError: invalid literal for int() with base 10: 'x'"),
        (int_new, vec![s("1"), Value::Int(1)], vec![], "ValueError: int() base must be >= 2 and <= 36, or 0"),
        (int_new, vec![Value::Int(1), Value::Int(10)], vec![], "TypeError: int() can't convert non-string with explicit base"),
        (int_new, vec![Value::None], vec![], "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'"),
        (int_new, vec![Value::Float(f64::INFINITY)], vec![], "OverflowError: cannot convert float infinity to integer"),
        (int_new, vec![], vec![("base", Value::Int(10))], "TypeError: int() missing string argument"),
        (int_new, vec![], vec![("x", Value::Int(10))], "TypeError: 'x' is an invalid keyword argument for int()"),
        (int_new, vec![s("1"), s("2"), s("3")], vec![], "TypeError: int() takes at most 2 arguments (3 given)"),
        ]);
    }

    #[test]
    fn float_and_others() {
        check(&[
            (float_new, vec![s(" 1e5 ")], vec![], "100000.0"),
            (
                float_new,
                vec![s("x")],
                vec![],
                "ValueError: could not convert string to float: 'x'",
            ),
            (
                float_new,
                vec![Value::Int(1), Value::Int(2)],
                vec![],
                "TypeError: float expected at most 1 argument, got 2",
            ),
            (
                float_new,
                vec![],
                vec![("x", Value::Int(1))],
                "TypeError: float() takes no keyword arguments",
            ),
            (list_new, vec![s("ab")], vec![], "['a', 'b']"),
            (
                tuple_new,
                vec![Value::list(vec![Value::Int(1)])],
                vec![],
                "(1,)",
            ),
            (
                range_new,
                vec![Value::Int(1), Value::Int(2), Value::Int(0)],
                vec![],
                "ValueError: range() arg 3 must not be zero",
            ),
            (
                range_new,
                vec![Value::Float(1.5)],
                vec![],
                "TypeError: 'float' object cannot be interpreted as an integer",
            ),
            (
                range_new,
                vec![],
                vec![],
                "TypeError: range expected at least 1 argument, got 0",
            ),
            (str_new, vec![], vec![], "''"),
            (
                str_new,
                vec![Value::Int(1), s("utf-8")],
                vec![],
                "TypeError: decoding to str: need a bytes-like object, int found",
            ),
        ]);
    }
}
