//! The `math` module: the float functions with CPython 3.11's error rules
//! (`Modules/mathmodule.c`: `math_1` turns a NaN from a non-NaN argument into
//! `ValueError: math domain error` and an infinity from a finite one into
//! `OverflowError: math range error` for the functions that can overflow, else a
//! domain error), the constants, `fsum` (Shewchuk's exact summation, as `math_fsum`)
//! and `hypot`/`dist` (scaled, error-free accumulation as CPython's `vector_norm`).
//! The integer functions live in `math_int.rs`.

use super::math_int;
use super::new_module;
use crate::builtins::args::{
    as_int, clinic, float_to_int, funcs, one_arg, positional, to_f64, to_index, Int,
};
use coil_interp::object::{Args, Module, NativeFn, Str};
use coil_interp::{RunResult, Value, Vm};
use coil_parser::ast::BinOp;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use std::rc::Rc;

/// The functions of `math`.
const FUNCS: &[(&str, NativeFn)] = &[
    ("sqrt", sqrt),
    ("exp", exp),
    ("exp2", exp2),
    ("expm1", expm1),
    ("log", log),
    ("log2", log2),
    ("log10", log10),
    ("log1p", log1p),
    ("pow", pow),
    ("sin", sin),
    ("cos", cos),
    ("tan", tan),
    ("asin", asin),
    ("acos", acos),
    ("atan", atan),
    ("atan2", atan2),
    ("sinh", sinh),
    ("cosh", cosh),
    ("tanh", tanh),
    ("asinh", asinh),
    ("acosh", acosh),
    ("atanh", atanh),
    ("cbrt", cbrt),
    ("fabs", fabs),
    ("erf", erf),
    ("erfc", erfc),
    ("gamma", gamma),
    ("lgamma", lgamma),
    ("degrees", degrees),
    ("radians", radians),
    ("floor", floor),
    ("ceil", ceil),
    ("trunc", trunc),
    ("copysign", copysign),
    ("fmod", fmod),
    ("remainder", remainder),
    ("modf", modf),
    ("frexp", frexp),
    ("ldexp", ldexp),
    ("isclose", isclose),
    ("isfinite", isfinite),
    ("isinf", isinf),
    ("isnan", isnan),
    ("fsum", fsum),
    ("prod", prod),
    ("hypot", hypot),
    ("dist", dist),
    ("nextafter", nextafter),
    ("ulp", ulp),
    ("factorial", math_int::factorial),
    ("gcd", math_int::gcd),
    ("lcm", math_int::lcm),
    ("isqrt", math_int::isqrt),
    ("comb", math_int::comb),
    ("perm", math_int::perm),
];

/// Builds the `math` module.
pub fn init(_vm: &mut Vm) -> RunResult<Rc<Module>> {
    let mut items: Vec<(&str, Value)> = vec![
        ("pi", Value::Float(std::f64::consts::PI)),
        ("e", Value::Float(std::f64::consts::E)),
        ("tau", Value::Float(std::f64::consts::TAU)),
        ("inf", Value::Float(f64::INFINITY)),
        (
            "nan",
            Value::Float(coil_interp::object::float::fresh_nan(false)),
        ),
    ];
    items.extend(funcs(FUNCS));
    Ok(new_module("math", items))
}

pub(super) fn domain_error(vm: &Vm) -> coil_interp::Exc {
    vm.value_error("math domain error")
}

pub(super) fn range_error(vm: &Vm) -> coil_interp::Exc {
    vm.overflow_error("math range error")
}

/// `math_1`: one float argument, `f` applied, CPython's error classification.
fn math_1(
    vm: &mut Vm,
    name: &str,
    args: Args,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> RunResult<Value> {
    let v = one_arg(vm, ("math", name), &args)?;
    let x = to_f64(vm, v)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error(vm)
        } else {
            domain_error(vm)
        });
    }
    Ok(Value::Float(r))
}

macro_rules! float_fn {
    ($name:ident, $f:expr, $overflow:expr) => {
        fn $name(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
            math_1(vm, stringify!($name), args, $f, $overflow)
        }
    };
}

float_fn!(sqrt, f64::sqrt, false);
float_fn!(exp, f64::exp, true);
float_fn!(exp2, f64::exp2, true);
float_fn!(expm1, f64::exp_m1, true);
float_fn!(log1p, f64::ln_1p, false);
float_fn!(sin, f64::sin, false);
float_fn!(cos, f64::cos, false);
float_fn!(tan, f64::tan, false);
float_fn!(asin, f64::asin, false);
float_fn!(acos, f64::acos, false);
float_fn!(atan, f64::atan, false);
float_fn!(sinh, f64::sinh, true);
float_fn!(cosh, f64::cosh, true);
float_fn!(tanh, f64::tanh, false);
float_fn!(asinh, f64::asinh, false);
float_fn!(acosh, f64::acosh, false);
float_fn!(atanh, f64::atanh, false);
float_fn!(fabs, f64::abs, false);

// The C library's special functions, which CPython 3.11 also calls for erf/erfc.
extern "C" {
    #[link_name = "erf"]
    fn c_erf(x: f64) -> f64;
    #[link_name = "erfc"]
    fn c_erfc(x: f64) -> f64;
    #[link_name = "tgamma"]
    fn c_tgamma(x: f64) -> f64;
    #[link_name = "lgamma"]
    fn c_lgamma(x: f64) -> f64;
    #[link_name = "cbrtf64"]
    fn c_cbrt(x: f64) -> f64;
}

/// libm's `cbrt`, as CPython calls it (Rust's own is correctly rounded and
/// differs in the last bit: `cbrt(27)` is `3.0000000000000004` in CPython).
/// Linked by glibc's alias `cbrtf64`: the plain name resolves to the
/// compiler-builtins copy inside the binary.
fn cbrt_f(x: f64) -> f64 {
    // SAFETY: a pure libm function of one double; no pointers, no state read.
    unsafe { c_cbrt(x) }
}

float_fn!(cbrt, cbrt_f, false);

fn erf_f(x: f64) -> f64 {
    // SAFETY: a pure libm function of one double; no pointers, no state read.
    unsafe { c_erf(x) }
}

fn erfc_f(x: f64) -> f64 {
    // SAFETY: as erf_f.
    unsafe { c_erfc(x) }
}

float_fn!(erf, erf_f, false);
float_fn!(erfc, erfc_f, false);

/// Non-positive integers are poles of the gamma function.
fn is_pole(x: f64) -> bool {
    x.is_finite() && x <= 0.0 && x == x.floor()
}

/// `math.gamma`: libm's `tgamma` (CPython uses its own Lanczos approximation;
/// results agree to within an ulp), with CPython's errors.
fn gamma(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let v = one_arg(vm, ("math", "gamma"), &args)?;
    let x = to_f64(vm, v)?;
    if is_pole(x) || x == f64::NEG_INFINITY {
        return Err(domain_error(vm));
    }
    // SAFETY: a pure libm function of one double.
    let r = unsafe { c_tgamma(x) };
    if r.is_infinite() && x.is_finite() {
        return Err(range_error(vm));
    }
    Ok(Value::Float(r))
}

fn lgamma(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let v = one_arg(vm, ("math", "lgamma"), &args)?;
    let x = to_f64(vm, v)?;
    if is_pole(x) {
        return Err(domain_error(vm));
    }
    // SAFETY: a pure libm function of one double (it also sets the global
    // `signgam`, which nothing reads).
    let r = unsafe { c_lgamma(x) };
    if r.is_infinite() && x.is_finite() {
        return Err(range_error(vm));
    }
    Ok(Value::Float(r))
}

/// The natural log (or `f`) of an int or float argument, as `loghelper`: ints too
/// big for a float are split as `m * 2**e` first.
fn log_of(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> RunResult<f64> {
    if let Some(i) = as_int(v) {
        if !i.is_negative() && !i.is_zero() {
            if let Int::Big(b) = &i {
                if b.to_f64().is_none_or(f64::is_infinite) {
                    let (m, e) = big_frexp(b);
                    return Ok(f(m) + f(2.0) * e as f64);
                }
            }
        } else {
            return Err(domain_error(vm));
        }
    }
    let x = to_f64(vm, v)?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain_error(vm));
    }
    Ok(f(x))
}

/// A positive big int as `m * 2**e` with `0.5 <= m < 1`, `m` correctly rounded.
fn big_frexp(b: &BigInt) -> (f64, i64) {
    let bits = b.bits() as i64;
    let shift = bits - 55;
    let mut top: u64 = (b >> shift as usize).to_u64().unwrap_or(0);
    // A sticky bit for everything shifted out, so the conversion below rounds once.
    if (b - (BigInt::from(top) << shift as usize)).is_positive() {
        top |= 1;
    }
    let mut m = top as f64 / (1u64 << 55) as f64;
    let mut e = bits;
    if m >= 1.0 {
        m /= 2.0;
        e += 1;
    }
    (m, e)
}

fn log(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = positional(vm, "log", &args, 1, 2)?;
    let num = log_of(vm, &pos[0], f64::ln)?;
    match pos.get(1) {
        None => Ok(Value::Float(num)),
        Some(base) => {
            let den = log_of(vm, base, f64::ln)?;
            if den == 0.0 {
                return Err(vm.zero_division_error("float division by zero"));
            }
            Ok(Value::Float(num / den))
        }
    }
}

fn log2(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let v = one_arg(vm, ("math", "log2"), &args)?;
    Ok(Value::Float(log_of(vm, v, f64::log2)?))
}

fn log10(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let v = one_arg(vm, ("math", "log10"), &args)?;
    Ok(Value::Float(log_of(vm, v, f64::log10)?))
}

/// Two float arguments.
fn two_floats(vm: &mut Vm, name: &str, args: &Args) -> RunResult<(f64, f64)> {
    let pos = positional(vm, name, args, 2, 2)?;
    Ok((to_f64(vm, &pos[0])?, to_f64(vm, &pos[1])?))
}

/// `math.pow`: C99 rules for infinities and NaNs; from finite arguments a NaN is a
/// domain error, an infinity is a domain error for `0 ** negative` else a range error.
fn pow(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let (x, y) = two_floats(vm, "pow", &args)?;
    let r = x.powf(y);
    if x.is_finite() && y.is_finite() {
        if r.is_nan() {
            return Err(domain_error(vm));
        }
        if r.is_infinite() {
            return Err(if x == 0.0 {
                domain_error(vm)
            } else {
                range_error(vm)
            });
        }
    }
    Ok(Value::Float(r))
}

fn atan2(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let (y, x) = two_floats(vm, "atan2", &args)?;
    Ok(Value::Float(y.atan2(x)))
}

fn degrees(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let v = one_arg(vm, ("math", "degrees"), &args)?;
    Ok(Value::Float(
        to_f64(vm, v)? * (180.0 / std::f64::consts::PI),
    ))
}

fn radians(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let v = one_arg(vm, ("math", "radians"), &args)?;
    Ok(Value::Float(
        to_f64(vm, v)? * (std::f64::consts::PI / 180.0),
    ))
}

/// `floor`/`ceil`: ints unchanged, `__floor__`/`__ceil__` on instances, else the
/// float rounded and converted to an int.
fn round_to_int(
    vm: &mut Vm,
    name: &str,
    args: Args,
    dunder: &str,
    f: fn(f64) -> f64,
) -> RunResult<Value> {
    let v = one_arg(vm, ("math", name), &args)?;
    if let Some(i) = as_int(v) {
        return Ok(i.into_value());
    }
    if let Value::Float(x) = v {
        return float_to_int(vm, f(*x));
    }
    if let Some(m) = vm.lookup_special(v, &Str::intern(dunder)) {
        return vm.call(&m, std::slice::from_ref(v), &[]);
    }
    let x = to_f64(vm, v)?;
    float_to_int(vm, f(x))
}

fn floor(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    round_to_int(vm, "floor", args, "__floor__", f64::floor)
}

fn ceil(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    round_to_int(vm, "ceil", args, "__ceil__", f64::ceil)
}

fn trunc(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let v = one_arg(vm, ("math", "trunc"), &args)?;
    if let Some(i) = as_int(v) {
        return Ok(i.into_value());
    }
    if let Value::Float(x) = v {
        return float_to_int(vm, x.trunc());
    }
    match vm.lookup_special(v, &Str::intern("__trunc__")) {
        Some(m) => vm.call(&m, std::slice::from_ref(v), &[]),
        None => Err(vm.type_error(format!(
            "type {} doesn't define __trunc__ method",
            v.type_name()
        ))),
    }
}

fn copysign(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let (x, y) = two_floats(vm, "copysign", &args)?;
    Ok(Value::Float(x.copysign(y)))
}

fn fmod(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let (x, y) = two_floats(vm, "fmod", &args)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    Ok(Value::Float(r))
}

/// `math.remainder`: IEEE 754 remainder (the quotient rounded to nearest, ties even).
fn remainder(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let (x, y) = two_floats(vm, "remainder", &args)?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain_error(vm));
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    let absx = x.abs();
    let absy = y.abs();
    let m = absx % absy;
    let c = absy - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        // Half-way: pick the even multiple (m == c means m == absy / 2).
        m - 2.0 * ((0.5 * (absx - m)) % absy)
    };
    Ok(Value::Float(1.0f64.copysign(x) * r))
}

fn modf(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let v = one_arg(vm, ("math", "modf"), &args)?;
    let x = to_f64(vm, v)?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        (x.fract(), x.trunc())
    };
    Ok(Value::tuple(vec![Value::Float(frac), Value::Float(int)]))
}

/// `frexp(x)`: `(m, e)` with `x == m * 2**e` and `0.5 <= |m| < 1`.
pub fn frexp_f(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, adjust) = if x.abs() < f64::MIN_POSITIVE {
        (x * 2f64.powi(54), -54)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022 + adjust)
}

fn frexp(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let v = one_arg(vm, ("math", "frexp"), &args)?;
    let (m, e) = frexp_f(to_f64(vm, v)?);
    Ok(Value::tuple(vec![Value::Float(m), Value::Int(e)]))
}

/// `x * 2**i`, rounded once: normal results are exact, subnormal ones are
/// rounded half-even from the exact value.
pub fn ldexp_f(x: f64, i: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let (m, e) = frexp_f(x.abs());
    let e = e.saturating_add(i);
    let r = if e > 1024 {
        f64::INFINITY
    } else if e >= -1021 {
        // (2m) * 2**(e-1): 2m is in [1, 2) and 2**(e-1) is a normal float.
        (2.0 * m) * 2f64.powi((e - 1) as i32)
    } else if e < -1080 {
        0.0
    } else {
        // In units of the smallest subnormal (2**-1074), rounded to an integer.
        let units = m * 2f64.powi((e + 1074) as i32);
        units.round_ties_even() * f64::from_bits(1)
    };
    r.copysign(x)
}

fn ldexp(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = positional(vm, "ldexp", &args, 2, 2)?;
    let x = to_f64(vm, &pos[0])?;
    let i = match as_int(&pos[1]) {
        Some(Int::Small(i)) => i,
        Some(Int::Big(b)) => {
            if b.is_negative() {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        None => return Err(vm.type_error("Expected an int as second argument to ldexp.")),
    };
    let r = ldexp_f(x, i);
    if r.is_infinite() && x.is_finite() {
        return Err(range_error(vm));
    }
    Ok(Value::Float(r))
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)` (PEP 485).
fn isclose(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    isclose_by(vm, &args, to_f64, f64::is_infinite, f64::abs)
}

/// PEP 485's test, shared by `math.isclose` and `cmath.isclose` (which runs it
/// on the modulus, Boost's "weak" test): the arguments made numbers by
/// `convert`, the tolerances checked, infinities only close to themselves.
pub(crate) fn isclose_by<T: Copy + PartialEq + std::ops::Sub<Output = T>>(
    vm: &mut Vm,
    args: &Args,
    convert: fn(&mut Vm, &Value) -> RunResult<T>,
    is_infinite: fn(T) -> bool,
    size: fn(T) -> f64,
) -> RunResult<Value> {
    let a = clinic(vm, "isclose", args, &["a", "b", "rel_tol", "abs_tol"], 2, 2)?;
    let x = convert(vm, a.arg(vm, 0)?)?;
    let y = convert(vm, a.arg(vm, 1)?)?;
    let rel = match &a[2] {
        Some(v) => to_f64(vm, v)?,
        None => 1e-9,
    };
    let abs = match &a[3] {
        Some(v) => to_f64(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if is_infinite(x) || is_infinite(y) {
        return Ok(Value::Bool(false));
    }
    let diff = size(x - y);
    Ok(Value::Bool(
        diff <= rel * size(y) || diff <= rel * size(x) || diff <= abs,
    ))
}

fn isfinite(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let v = one_arg(vm, ("math", "isfinite"), &args)?;
    Ok(Value::Bool(to_f64(vm, v)?.is_finite()))
}

fn isinf(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let v = one_arg(vm, ("math", "isinf"), &args)?;
    Ok(Value::Bool(to_f64(vm, v)?.is_infinite()))
}

fn isnan(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let v = one_arg(vm, ("math", "isnan"), &args)?;
    Ok(Value::Bool(to_f64(vm, v)?.is_nan()))
}

/// Shewchuk's exact sum of `xs`, correctly rounded (`math_fsum`). `Err(true)` for
/// an intermediate overflow, `Err(false)` for `-inf + inf`.
pub fn fsum_f(xs: &[f64]) -> Result<f64, bool> {
    let mut partials: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    for &x0 in xs {
        let mut x = x0;
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special_sum += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        if !x.is_finite() {
            return Err(true);
        }
        partials.truncate(i);
        partials.push(x);
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(false);
        }
        return Ok(special_sum);
    }
    let mut n = partials.len();
    if n == 0 {
        return Ok(0.0);
    }
    n -= 1;
    let mut hi = partials[n];
    let mut lo = 0.0;
    while n > 0 {
        let x = hi;
        n -= 1;
        let y = partials[n];
        hi = x + y;
        let yr = hi - x;
        lo = y - yr;
        if lo != 0.0 {
            break;
        }
    }
    // Round half-even when the rest of the partials push past a tie.
    if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
        let y = lo * 2.0;
        let x = hi + y;
        let yr = x - hi;
        if y == yr {
            hi = x;
        }
    }
    Ok(hi)
}

fn fsum(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let v = one_arg(vm, ("math", "fsum"), &args)?;
    let items = vm.collect(v)?;
    let mut xs = Vec::with_capacity(items.len());
    for item in &items {
        xs.push(to_f64(vm, item)?);
    }
    match fsum_f(&xs) {
        Ok(r) => Ok(Value::Float(r)),
        Err(true) => Err(vm.overflow_error("intermediate overflow in fsum")),
        Err(false) => Err(vm.value_error("-inf + inf in fsum")),
    }
}

/// `prod(iterable, *, start=1)`.
fn prod(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(vm, "prod", &args, &["iterable", "start"], 1, 1)?;
    let mut acc = a[1].clone().unwrap_or(Value::Int(1));
    let it = vm.get_iter(a.arg(vm, 0)?)?;
    while let Some(x) = vm.next(&it)? {
        acc = match (&acc, &x) {
            (Value::Int(p), Value::Int(q)) => match p.checked_mul(*q) {
                Some(r) => Value::Int(r),
                None => vm.binary_op(&acc, &x, BinOp::Mult)?,
            },
            (Value::Float(p), Value::Float(q)) => Value::Float(p * q),
            _ => vm.binary_op(&acc, &x, BinOp::Mult)?,
        };
    }
    Ok(acc)
}

/// The Euclidean norm of `vec` (absolute values; `max` their maximum), accurate to
/// within an ulp: scale by a power of two so the largest is in [0.5, 1), sum the
/// squares with error-free transformations, then one Newton correction of the root.
pub fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp_f(max);
    if max_e < -1023 {
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = ldexp_f(1.0, -max_e);
    let mut csum = 1.0f64;
    let mut frac1 = 0.0f64;
    let mut frac2 = 0.0f64;
    for &x0 in vec.iter() {
        let x = x0 * scale;
        let (hi, lo) = two_product(x, x);
        let (s_hi, s_lo) = fast_two_sum(csum, hi);
        csum = s_hi;
        frac1 += lo;
        frac2 += s_lo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (hi, lo) = two_product(-h, h);
    let (s_hi, s_lo) = fast_two_sum(csum, hi);
    csum = s_hi;
    frac1 += lo;
    frac2 += s_lo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// `a * b` as an exact sum `hi + lo`.
fn two_product(a: f64, b: f64) -> (f64, f64) {
    let p = a * b;
    (p, a.mul_add(b, -p))
}

/// `a + b` as an exact sum `hi + lo`, for `|a| >= |b|`.
fn fast_two_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    (x, (a - x) + b)
}

fn norm_of(vm: &mut Vm, values: impl Iterator<Item = RunResult<f64>>) -> RunResult<f64> {
    let mut vec = Vec::new();
    let mut max = 0.0f64;
    let mut found_nan = false;
    for v in values {
        let x = v?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        vec.push(x);
    }
    let _ = vm;
    Ok(vector_norm(&mut vec, max, found_nan))
}

fn hypot(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    crate::builtins::args::no_kwargs(vm, "hypot", &args)?;
    let mut xs = Vec::with_capacity(args.pos.len());
    for v in args.pos {
        xs.push(to_f64(vm, v)?);
    }
    Ok(Value::Float(norm_of(vm, xs.into_iter().map(Ok))?))
}

fn dist(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = positional(vm, "dist", &args, 2, 2)?;
    let p = vm.collect(&pos[0])?;
    let q = vm.collect(&pos[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(q.iter()) {
        diffs.push(to_f64(vm, a)? - to_f64(vm, b)?);
    }
    Ok(Value::Float(norm_of(vm, diffs.into_iter().map(Ok))?))
}

fn nextafter(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let (x, y) = two_floats(vm, "nextafter", &args)?;
    Ok(Value::Float(next_after(x, y)))
}

/// The next float after `x` towards `y` (C's `nextafter`).
pub fn next_after(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

fn ulp(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let v = one_arg(vm, ("math", "ulp"), &args)?;
    let x = to_f64(vm, v)?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let next = next_after(x, f64::INFINITY);
    if next.is_infinite() {
        let prev = next_after(x, 0.0);
        return Ok(Value::Float(x - prev));
    }
    Ok(Value::Float(next - x))
}

/// An int argument for the integer functions (`math_int.rs`).
pub(super) fn int_arg(vm: &mut Vm, v: &Value) -> RunResult<BigInt> {
    Ok(to_index(vm, v)?.to_big())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fsum_is_exact() {
        assert_eq!(fsum_f(&[0.1; 10]), Ok(1.0));
        assert_eq!(
            fsum_f(&[1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]),
            Ok(1e-100)
        );
        assert_eq!(fsum_f(&[f64::INFINITY, f64::NEG_INFINITY]), Err(false));
    }

    #[test]
    fn frexp_ldexp_roundtrip() {
        assert_eq!(frexp_f(8.0), (0.5, 4));
        assert_eq!(frexp_f(5e-324), (0.5, -1073));
        assert_eq!(ldexp_f(0.5, -1073), 5e-324);
        assert_eq!(ldexp_f(1.0, 1024), f64::INFINITY);
    }

    #[test]
    fn norms() {
        assert_eq!(vector_norm(&mut [3.0, 4.0], 4.0, false), 5.0);
    }
}
