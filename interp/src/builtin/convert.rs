//! Converting a builtin's arguments, with the messages of CPython 3.11's
//! `Objects/abstract.c` (`PyNumber_Index`, `PyNumber_AsSsize_t`), `floatobject.c`
//! (`PyFloat_AsDouble`, `float.__int__`) and `Python/ceval.c`
//! (`_PyEval_SliceIndex`), plus the receiver check of a method descriptor
//! (`Objects/descrobject.c`).

use crate::object::{Str, Value};
use crate::{Exc, RunResult, Vm};
use num_bigint::BigInt;
use num_traits::{FromPrimitive, Signed, ToPrimitive, Zero};
use std::rc::Rc;

/// An integer value as Python sees it (bools are ints).
#[derive(Clone, Debug, PartialEq)]
pub enum Int {
    Small(i64),
    Big(BigInt),
}

impl Int {
    pub fn to_big(&self) -> BigInt {
        match self {
            Int::Small(i) => BigInt::from(*i),
            Int::Big(b) => b.clone(),
        }
    }

    pub fn to_i64(&self) -> Option<i64> {
        match self {
            Int::Small(i) => Some(*i),
            Int::Big(b) => b.to_i64(),
        }
    }

    pub fn is_negative(&self) -> bool {
        match self {
            Int::Small(i) => *i < 0,
            Int::Big(b) => b.is_negative(),
        }
    }

    pub fn is_zero(&self) -> bool {
        match self {
            Int::Small(i) => *i == 0,
            Int::Big(b) => b.is_zero(),
        }
    }

    pub fn into_value(self) -> Value {
        match self {
            Int::Small(i) => Value::Int(i),
            Int::Big(b) => Value::from_bigint(b),
        }
    }
}

/// The int inside `v` without calling anything (int, bool, big int).
pub fn as_int(v: &Value) -> Option<Int> {
    match v {
        Value::Int(i) => Some(Int::Small(*i)),
        Value::Bool(b) => Some(Int::Small(*b as i64)),
        Value::BigInt(b) => Some(Int::Big((**b).clone())),
        _ => None,
    }
}

fn not_an_integer(vm: &Vm, v: &Value) -> Exc {
    vm.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        v.type_name()
    ))
}

/// `PyNumber_Index(v)` as a `Value`: ints, bools (as ints) and `__index__`, else
/// `'float' object cannot be interpreted as an integer`.
pub fn index_value(vm: &mut Vm, v: &Value) -> RunResult<Value> {
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Instance(_) => match vm.lookup_special(v, &Str::intern("__index__")) {
            // An int subclass (IntEnum) keeping int's own `__index__`: its int value.
            Some(f)
                if !matches!(f, Value::Function(_))
                    && matches!(vm.builtin_base(v), Value::Int(_) | Value::BigInt(_)) =>
            {
                Ok(vm.builtin_base(v))
            }
            Some(f) => match vm.call(&f, std::slice::from_ref(v), &[])? {
                r @ (Value::Int(_) | Value::BigInt(_)) => Ok(r),
                Value::Bool(b) => Ok(Value::Int(b as i64)),
                other => Err(vm.type_error(format!(
                    "__index__ returned non-int (type {})",
                    other.type_name()
                ))),
            },
            None => Err(not_an_integer(vm, v)),
        },
        _ => Err(not_an_integer(vm, v)),
    }
}

/// `operator.index(v)` as an `Int`.
pub fn to_index(vm: &mut Vm, v: &Value) -> RunResult<Int> {
    if let Some(i) = as_int(v) {
        return Ok(i);
    }
    let r = index_value(vm, v)?;
    as_int(&r).ok_or_else(|| not_an_integer(vm, v))
}

/// `PyNumber_AsSsize_t(v, OverflowError)`: an index that must fit in a C ssize_t.
pub fn to_i64(vm: &mut Vm, v: &Value) -> RunResult<i64> {
    if let Value::Int(i) = v {
        return Ok(*i);
    }
    match index_value(vm, v)? {
        Value::Int(i) => Ok(i),
        Value::BigInt(b) => b
            .to_i64()
            .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t")),
        _ => Err(not_an_integer(vm, v)),
    }
}

/// The same conversion under the name the type methods use.
pub use self::to_i64 as index_i64;

/// An index clamped to i64 rather than overflowing (`PyNumber_AsSsize_t(v, NULL)`),
/// as CPython does for slice bounds and `str.center` widths.
pub fn index_clamped(vm: &mut Vm, v: &Value) -> RunResult<i64> {
    match index_value(vm, v)? {
        Value::Int(i) => Ok(i),
        Value::BigInt(b) => Ok(if b.is_negative() { i64::MIN } else { i64::MAX }),
        _ => Err(not_an_integer(vm, v)),
    }
}

/// A slice bound for `find`/`count`/`index` (`_PyEval_SliceIndex`): `None` means
/// absent; big ints clamp. `none_ok` picks between the two messages CPython uses.
pub fn slice_index(vm: &mut Vm, v: Option<&Value>, none_ok: bool) -> RunResult<Option<i64>> {
    let Some(v) = v else { return Ok(None) };
    if none_ok && v.is_none() {
        return Ok(None);
    }
    let ok = matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
        || (matches!(v, Value::Instance(_))
            && vm.lookup_special(v, &Str::intern("__index__")).is_some());
    if !ok {
        return Err(vm.type_error(if none_ok {
            "slice indices must be integers or None or have an __index__ method"
        } else {
            "slice indices must be integers or have an __index__ method"
        }));
    }
    index_clamped(vm, v).map(Some)
}

/// Resolves optional `start`/`end` against a sequence of length `len`, as
/// `ADJUST_INDICES` in CPython: negatives count from the end and clamp at 0, `end`
/// clamps at `len`, but `start` may stay past the end (so `"ab".find("", 3)` is -1):
/// callers treat `start > end` as an empty range.
pub fn adjust_range(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len = len as i64;
    let from_end = |i: i64| if i < 0 { (i + len).max(0) } else { i };
    let s = start.map(from_end).unwrap_or(0);
    let e = end.map(from_end).unwrap_or(len).min(len);
    (s as usize, e as usize)
}

/// A big int as f64, or `OverflowError: int too large to convert to float`.
pub fn big_to_f64(vm: &Vm, b: &BigInt) -> RunResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(vm.overflow_error("int too large to convert to float")),
    }
}

/// `PyFloat_AsDouble`: floats, ints, `__float__`, `__index__`; else
/// `must be real number, not str`.
pub fn to_f64(vm: &mut Vm, v: &Value) -> RunResult<f64> {
    match v {
        Value::Float(f) => return Ok(*f),
        Value::Int(i) => return Ok(*i as f64),
        Value::Bool(b) => return Ok(*b as i64 as f64),
        Value::BigInt(b) => return big_to_f64(vm, b),
        Value::Instance(_) => {
            for name in ["__float__", "__index__"] {
                if let Some(f) = vm.lookup_special(v, &Str::intern(name)) {
                    let r = vm.call(&f, std::slice::from_ref(v), &[])?;
                    return match r {
                        Value::Float(f) => Ok(f),
                        other => match as_int(&other) {
                            Some(Int::Small(i)) => Ok(i as f64),
                            Some(Int::Big(b)) => big_to_f64(vm, &b),
                            None => Err(vm.type_error(format!(
                                "{}.{name} returned non-float (type {})",
                                v.type_name(),
                                other.type_name()
                            ))),
                        },
                    };
                }
            }
        }
        _ => {}
    }
    Err(vm.type_error(format!("must be real number, not {}", v.type_name())))
}

/// A str argument, or `TypeError: {what} must be str, not int`.
pub fn to_str<'a>(vm: &Vm, v: &'a Value, what: &str) -> RunResult<&'a Rc<Str>> {
    match v {
        Value::Str(s) => Ok(s),
        other => Err(vm.type_error(format!("{what} must be str, not {}", other.type_name()))),
    }
}

/// A float with no fractional part as an int value (big when needed), with
/// CPython's errors for infinities and NaN (`float.__int__`).
pub fn float_to_int(vm: &Vm, f: f64) -> RunResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Value::Int(t as i64));
    }
    match BigInt::from_f64(t) {
        Some(b) => Ok(Value::from_bigint(b)),
        None => Err(vm.overflow_error("cannot convert float infinity to integer")),
    }
}

/// CPython's error for a method descriptor called on the wrong type
/// (`str.upper(5)`).
pub fn wrong_receiver(vm: &Vm, owner: &str, name: &str, recv: &Value) -> Exc {
    vm.type_error(format!(
        "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
        recv.type_name()
    ))
}

/// The str receiver of a `str` method.
pub fn recv_str<'a>(vm: &Vm, name: &str, recv: &'a Value) -> RunResult<&'a Rc<Str>> {
    match recv {
        Value::Str(s) => Ok(s),
        other => Err(wrong_receiver(vm, "str", name, other)),
    }
}
