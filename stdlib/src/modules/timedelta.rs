//! `datetime.timedelta` (CPython 3.11 `Lib/datetime.py`, class `timedelta`): a
//! duration held as days, seconds and microseconds, normalised so that
//! `0 <= seconds < 86400` and `0 <= microseconds < 10**6`. Instances keep the
//! three fields in their dict; arithmetic works on the total in microseconds,
//! rounding half to even where CPython does (`_divide_and_round`).

use super::datetime::datetime_module_class;
use crate::builtins::args::{as_int, clinic, int_field, new_instance, one_arg};
use crate::builtins::numeric::decompose;
use coil_interp::object::{Args, Class, NativeFn};
use coil_interp::{RunResult, Value, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::rc::Rc;

pub const US_PER_DAY: i128 = 86_400_000_000;
const MAX_DAYS: i128 = 999_999_999;

const METHODS: &[(&str, NativeFn)] = &[
    ("__init__", init),
    ("__repr__", repr),
    ("__str__", str),
    ("total_seconds", total_seconds),
    ("__add__", add),
    ("__radd__", add),
    ("__sub__", sub),
    ("__rsub__", rsub),
    ("__mul__", mul),
    ("__rmul__", mul),
    ("__truediv__", truediv),
    ("__floordiv__", floordiv),
    ("__mod__", modulo),
    ("__divmod__", divmod),
    ("__neg__", neg),
    ("__pos__", pos),
    ("__abs__", abs),
    ("__bool__", bool_),
    ("__eq__", eq),
    ("__ne__", ne),
    ("__lt__", lt),
    ("__le__", le),
    ("__gt__", gt),
    ("__ge__", ge),
    ("__hash__", hash),
];

/// The `datetime.timedelta` class.
pub fn td_class(vm: &Vm) -> Rc<Class> {
    let (cls, fresh) = datetime_module_class(vm, "datetime.timedelta", None, METHODS, "resolution");
    if fresh {
        cls.dict.set_str("resolution", raw(&cls, 1));
        cls.dict.set_str("min", raw(&cls, -MAX_DAYS * US_PER_DAY));
        cls.dict
            .set_str("max", raw(&cls, (MAX_DAYS + 1) * US_PER_DAY - 1));
    }
    cls
}

/// The three normalised fields of `us` microseconds.
fn split(us: i128) -> (i128, i128, i128) {
    let days = us.div_euclid(US_PER_DAY);
    let rem = us.rem_euclid(US_PER_DAY);
    (days, rem / 1_000_000, rem % 1_000_000)
}

fn raw(cls: &Rc<Class>, us: i128) -> Value {
    let (d, s, u) = split(us);
    new_instance(
        cls,
        &[
            ("days", Value::Int(d as i64)),
            ("seconds", Value::Int(s as i64)),
            ("microseconds", Value::Int(u as i64)),
        ],
    )
}

/// A new timedelta of `us` microseconds, or OverflowError beyond ±999999999 days.
pub fn make_td(vm: &Vm, us: i128) -> RunResult<Value> {
    let (days, _, _) = split(us);
    if days.abs() > MAX_DAYS {
        return Err(vm.overflow_error(format!("days={days}; must have magnitude <= 999999999")));
    }
    Ok(raw(&td_class(vm), us))
}

/// The total microseconds of `v` if it is a timedelta.
pub fn td_us(vm: &Vm, v: &Value) -> Option<i128> {
    let Value::Instance(inst) = v else {
        return None;
    };
    if !inst.class().is_subclass(&td_class(vm)) {
        return None;
    }
    let d = int_field(v, "days") as i128;
    let s = int_field(v, "seconds") as i128;
    let u = int_field(v, "microseconds") as i128;
    Some(d * US_PER_DAY + s * 1_000_000 + u)
}

fn this_us(vm: &Vm, this: &Value) -> RunResult<i128> {
    td_us(vm, this)
        .ok_or_else(|| vm.type_error("descriptor requires a 'datetime.timedelta' object"))
}

/// `a / b` rounded half to even, for any signs (`_divide_and_round`).
pub fn round_ratio(a: &BigInt, b: &BigInt) -> BigInt {
    let (mut q, r) = a.div_mod_floor(b);
    let r2 = r * 2;
    let greater = if b.is_positive() { &r2 > b } else { &r2 < b };
    if greater || (&r2 == b && q.is_odd()) {
        q += 1;
    }
    q
}

/// A float as an exact ratio `num / den` with `den > 0`.
fn float_ratio(f: f64) -> (BigInt, BigInt) {
    let (m, e) = decompose(f.abs());
    let m = if f < 0.0 { -m } else { m };
    if e >= 0 {
        (m << e as usize, BigInt::from(1))
    } else {
        (m, BigInt::from(1) << (-e) as usize)
    }
}

fn to_i128(vm: &Vm, b: &BigInt) -> RunResult<i128> {
    b.to_i128()
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C int"))
}

/// `timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0,
/// hours=0, weeks=0)`.
fn init(vm: &mut Vm, this: &Value, args: Args) -> RunResult<Value> {
    const NAMES: [&str; 7] = [
        "days",
        "seconds",
        "microseconds",
        "milliseconds",
        "minutes",
        "hours",
        "weeks",
    ];
    const US: [i64; 7] = [
        86_400_000_000,
        1_000_000,
        1,
        1_000,
        60_000_000,
        3_600_000_000,
        604_800_000_000,
    ];
    let a = clinic(vm, "timedelta", &args, &NAMES, 0, 7)?;
    let mut exact = BigInt::zero();
    let mut fractional = (BigInt::zero(), BigInt::from(1));
    for ((slot, name), factor) in a.iter().zip(NAMES).zip(US) {
        match slot {
            None => {}
            Some(Value::Float(f)) => {
                if !f.is_finite() {
                    return Err(vm.value_error(format!(
                        "cannot convert float {} to integer",
                        if f.is_nan() { "NaN" } else { "infinity" }
                    )));
                }
                let (n, d) = float_ratio(*f);
                // Sum the exact ratios, so the final rounding happens once.
                let (fnum, fden) = fractional;
                fractional = (fnum * &d + n * factor * &fden, fden * d);
            }
            Some(v) => match as_int(v) {
                Some(i) => exact += i.to_big() * factor,
                None => {
                    return Err(vm.type_error(format!(
                        "unsupported type for timedelta {name} component: {}",
                        v.type_name()
                    )))
                }
            },
        }
    }
    let total = exact + round_ratio(&fractional.0, &fractional.1);
    let us = to_i128(vm, &total)?;
    let (days, seconds, micro) = split(us);
    if days.abs() > MAX_DAYS {
        return Err(vm.overflow_error(format!("days={days}; must have magnitude <= 999999999")));
    }
    if let Value::Instance(inst) = this {
        inst.dict.set_str("days", Value::Int(days as i64));
        inst.dict.set_str("seconds", Value::Int(seconds as i64));
        inst.dict.set_str("microseconds", Value::Int(micro as i64));
    }
    Ok(Value::None)
}

fn repr(vm: &mut Vm, this: &Value, _: Args) -> RunResult<Value> {
    let (d, s, u) = split(this_us(vm, this)?);
    let mut parts = Vec::new();
    if d != 0 {
        parts.push(format!("days={d}"));
    }
    if s != 0 {
        parts.push(format!("seconds={s}"));
    }
    if u != 0 {
        parts.push(format!("microseconds={u}"));
    }
    if parts.is_empty() {
        parts.push("0".into());
    }
    Ok(Value::string(format!(
        "datetime.timedelta({})",
        parts.join(", ")
    )))
}

/// `1 day, 2:03:04.500000` (CPython's `timedelta.__str__`).
pub fn td_text(us: i128) -> String {
    let (d, s, u) = split(us);
    let mut out = String::new();
    if d != 0 {
        out.push_str(&format!("{d} day{}, ", if d.abs() != 1 { "s" } else { "" }));
    }
    out.push_str(&format!("{}:{:02}:{:02}", s / 3600, (s / 60) % 60, s % 60));
    if u != 0 {
        out.push_str(&format!(".{u:06}"));
    }
    out
}

fn str(vm: &mut Vm, this: &Value, _: Args) -> RunResult<Value> {
    Ok(Value::string(td_text(this_us(vm, this)?)))
}

fn total_seconds(vm: &mut Vm, this: &Value, _: Args) -> RunResult<Value> {
    Ok(Value::Float(this_us(vm, this)? as f64 / 1e6))
}

fn add(vm: &mut Vm, this: &Value, args: Args) -> RunResult<Value> {
    let a = this_us(vm, this)?;
    match td_us(vm, one_arg(vm, "__add__", &args)?) {
        Some(b) => make_td(vm, a + b),
        None => Ok(Value::NotImplemented),
    }
}

fn sub(vm: &mut Vm, this: &Value, args: Args) -> RunResult<Value> {
    let a = this_us(vm, this)?;
    match td_us(vm, one_arg(vm, "__sub__", &args)?) {
        Some(b) => make_td(vm, a - b),
        None => Ok(Value::NotImplemented),
    }
}

fn rsub(vm: &mut Vm, this: &Value, args: Args) -> RunResult<Value> {
    let a = this_us(vm, this)?;
    match td_us(vm, one_arg(vm, "__rsub__", &args)?) {
        Some(b) => make_td(vm, b - a),
        None => Ok(Value::NotImplemented),
    }
}

fn mul(vm: &mut Vm, this: &Value, args: Args) -> RunResult<Value> {
    let us = BigInt::from(this_us(vm, this)?);
    let result = match one_arg(vm, "__mul__", &args)? {
        Value::Float(f) => {
            let (n, d) = float_ratio(*f);
            round_ratio(&(us * n), &d)
        }
        v => match as_int(v) {
            Some(i) => us * i.to_big(),
            None => return Ok(Value::NotImplemented),
        },
    };
    let r = to_i128(vm, &result)?;
    make_td(vm, r)
}

fn zero_div(vm: &Vm) -> coil_interp::Exc {
    vm.zero_division_error("integer division or modulo by zero")
}

fn truediv(vm: &mut Vm, this: &Value, args: Args) -> RunResult<Value> {
    let us = BigInt::from(this_us(vm, this)?);
    let other = one_arg(vm, "__truediv__", &args)?;
    if let Some(b) = td_us(vm, other) {
        if b == 0 {
            return Err(vm.zero_division_error("division by zero"));
        }
        let a = us.to_f64().unwrap_or(0.0);
        return Ok(Value::Float(a / b as f64));
    }
    let result = match other {
        Value::Float(f) => {
            if *f == 0.0 {
                return Err(vm.zero_division_error("float division by zero"));
            }
            let (n, d) = float_ratio(*f);
            round_ratio(&(us * d), &n)
        }
        v => match as_int(v) {
            Some(i) if i.is_zero() => return Err(zero_div(vm)),
            Some(i) => round_ratio(&us, &i.to_big()),
            None => return Ok(Value::NotImplemented),
        },
    };
    let r = to_i128(vm, &result)?;
    make_td(vm, r)
}

fn floordiv(vm: &mut Vm, this: &Value, args: Args) -> RunResult<Value> {
    let us = this_us(vm, this)?;
    let other = one_arg(vm, "__floordiv__", &args)?;
    if let Some(b) = td_us(vm, other) {
        if b == 0 {
            return Err(zero_div(vm));
        }
        return Ok(Value::from_bigint(
            BigInt::from(us).div_floor(&BigInt::from(b)),
        ));
    }
    match as_int(other) {
        Some(i) if i.is_zero() => Err(zero_div(vm)),
        Some(i) => {
            let q = BigInt::from(us).div_floor(&i.to_big());
            let r = to_i128(vm, &q)?;
            make_td(vm, r)
        }
        None => Ok(Value::NotImplemented),
    }
}

fn modulo(vm: &mut Vm, this: &Value, args: Args) -> RunResult<Value> {
    let us = this_us(vm, this)?;
    match td_us(vm, one_arg(vm, "__mod__", &args)?) {
        Some(0) => Err(zero_div(vm)),
        Some(b) => make_td(
            vm,
            BigInt::from(us)
                .mod_floor(&BigInt::from(b))
                .to_i128()
                .unwrap_or(0),
        ),
        None => Ok(Value::NotImplemented),
    }
}

fn divmod(vm: &mut Vm, this: &Value, args: Args) -> RunResult<Value> {
    let us = this_us(vm, this)?;
    match td_us(vm, one_arg(vm, "__divmod__", &args)?) {
        Some(0) => Err(zero_div(vm)),
        Some(b) => {
            let (q, r) = BigInt::from(us).div_mod_floor(&BigInt::from(b));
            let r = make_td(vm, r.to_i128().unwrap_or(0))?;
            Ok(Value::tuple(vec![Value::from_bigint(q), r]))
        }
        None => Ok(Value::NotImplemented),
    }
}

fn neg(vm: &mut Vm, this: &Value, _: Args) -> RunResult<Value> {
    let us = this_us(vm, this)?;
    make_td(vm, -us)
}

fn pos(vm: &mut Vm, this: &Value, _: Args) -> RunResult<Value> {
    this_us(vm, this)?;
    Ok(this.clone())
}

fn abs(vm: &mut Vm, this: &Value, _: Args) -> RunResult<Value> {
    let us = this_us(vm, this)?;
    make_td(vm, us.abs())
}

fn bool_(vm: &mut Vm, this: &Value, _: Args) -> RunResult<Value> {
    Ok(Value::Bool(this_us(vm, this)? != 0))
}

fn compare(
    vm: &mut Vm,
    this: &Value,
    args: Args,
    test: fn(std::cmp::Ordering) -> bool,
) -> RunResult<Value> {
    let a = this_us(vm, this)?;
    match td_us(vm, one_arg(vm, "__eq__", &args)?) {
        Some(b) => Ok(Value::Bool(test(a.cmp(&b)))),
        None => Ok(Value::NotImplemented),
    }
}

forward! {
    eq => compare(|o| o.is_eq());
    ne => compare(|o| o.is_ne());
    lt => compare(|o| o.is_lt());
    le => compare(|o| o.is_le());
    gt => compare(|o| o.is_gt());
    ge => compare(|o| o.is_ge());
}

fn hash(vm: &mut Vm, this: &Value, _: Args) -> RunResult<Value> {
    let (d, s, u) = split(this_us(vm, this)?);
    let t = Value::tuple(vec![
        Value::Int(d as i64),
        Value::Int(s as i64),
        Value::Int(u as i64),
    ]);
    Ok(Value::Int(vm.hash(&t)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_matches_cpython() {
        assert_eq!(td_text(93_784_000_000), "1 day, 2:03:04");
        assert_eq!(td_text(-1_000_000), "-1 day, 23:59:59");
        assert_eq!(td_text(1_500_000), "0:00:01.500000");
        assert_eq!(td_text(-2 * US_PER_DAY + 5_000_000), "-2 days, 0:00:05");
    }

    #[test]
    fn rounding_is_half_even() {
        let r = |a: i64, b: i64| round_ratio(&BigInt::from(a), &BigInt::from(b));
        assert_eq!(r(1, 2), BigInt::from(0));
        assert_eq!(r(3, 2), BigInt::from(2));
        assert_eq!(r(-3, 2), BigInt::from(-2));
        assert_eq!(r(5, -2), BigInt::from(-2));
    }
}
