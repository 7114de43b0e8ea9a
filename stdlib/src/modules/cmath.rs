//! The `cmath` module: its functions' arguments and errors, after CPython 3.11
//! `Modules/cmathmodule.c` (the clinic wrappers: `Py_complex_protected` turns
//! EDOM into `ValueError: math domain error` and ERANGE into `OverflowError:
//! math range error`; `cmath_log_impl`, `cmath_polar_impl`, `cmath_rect_impl`,
//! `cmath_isclose_impl`). The arithmetic lives in `cmath_fns.rs`.

use super::cmath_fns::{self as f, Errno, Out};
use super::new_module;
use crate::builtins::args::{funcs, one_arg, positional, to_f64};
use coil_interp::object::complex::Complex;
use coil_interp::object::float::fresh_nan;
use coil_interp::object::{Args, Module, NativeFn, Str};
use coil_interp::{RunResult, Value, Vm};
use std::rc::Rc;

/// The functions of `cmath`.
const FUNCS: &[(&str, NativeFn)] = &[
    ("acos", acos),
    ("acosh", acosh),
    ("asin", asin),
    ("asinh", asinh),
    ("atan", atan),
    ("atanh", atanh),
    ("cos", cos),
    ("cosh", cosh),
    ("exp", exp),
    ("isclose", isclose),
    ("isfinite", isfinite),
    ("isinf", isinf),
    ("isnan", isnan),
    ("log", log),
    ("log10", log10),
    ("phase", phase),
    ("polar", polar),
    ("rect", rect),
    ("sin", sin),
    ("sinh", sinh),
    ("sqrt", sqrt),
    ("tan", tan),
    ("tanh", tanh),
];

/// Builds the `cmath` module.
pub fn init(_vm: &mut Vm) -> RunResult<Rc<Module>> {
    let mut items: Vec<(&str, Value)> = vec![
        ("pi", Value::Float(std::f64::consts::PI)),
        ("e", Value::Float(std::f64::consts::E)),
        ("tau", Value::Float(std::f64::consts::TAU)),
        ("inf", Value::Float(f64::INFINITY)),
        ("infj", Value::complex(0.0, f64::INFINITY)),
        ("nan", Value::Float(fresh_nan(false))),
        ("nanj", Value::complex(0.0, fresh_nan(false))),
    ];
    items.extend(funcs(FUNCS));
    Ok(new_module("cmath", items))
}

/// `PyComplex_AsCComplex`: a complex (a subclass's value, not its
/// `__complex__`), else `__complex__`, else `PyFloat_AsDouble` as the real part.
pub fn to_complex(vm: &mut Vm, v: &Value) -> RunResult<Complex> {
    if let Value::Complex(c) = vm.builtin_base(v) {
        return Ok(*c);
    }
    if let Some(m) = vm.lookup_special(v, &Str::intern("__complex__")) {
        let r = vm.call(&m, std::slice::from_ref(v), &[])?;
        return match vm.builtin_base(&r) {
            Value::Complex(c) => Ok(*c),
            _ => Err(vm.type_error(format!(
                "__complex__ returned non-complex (type {})",
                r.type_name()
            ))),
        };
    }
    Ok(Complex::new(to_f64(vm, v)?, 0.0))
}

/// The result of a function, or the exception its errno stands for.
fn finish(vm: &Vm, (r, e): Out) -> RunResult<Value> {
    match e {
        Errno::Ok => Ok(Value::Complex(Rc::new(Complex::fresh(r.re, r.im)))),
        Errno::Dom => Err(vm.value_error("math domain error")),
        Errno::Range => Err(vm.overflow_error("math range error")),
    }
}

/// One complex argument, `f` applied.
fn unary(vm: &mut Vm, name: &str, a: &Args, fun: fn(Complex) -> Out) -> RunResult<Value> {
    let v = one_arg(vm, ("cmath", name), a)?;
    let z = to_complex(vm, v)?;
    finish(vm, fun(z))
}

macro_rules! unary_fns {
    ($($name:ident),*) => {$(
        fn $name(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
            unary(vm, stringify!($name), &a, f::$name)
        }
    )*};
}

unary_fns!(
    acos, acosh, asin, asinh, atan, atanh, cos, cosh, exp, log10, sin, sinh, sqrt, tan, tanh
);

/// `log(z[, base])`: the quotient of two `c_log`s. errno is what the last
/// `c_log` left, or EDOM from dividing by a zero logarithm (`log(2, 1)`).
fn log(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    let pos = positional(vm, "log", &a, 1, 2)?;
    let x = to_complex(vm, &pos[0])?;
    let (mut r, mut e) = f::log(x);
    if let Some(b) = pos.get(1) {
        let y = to_complex(vm, b)?;
        let (ly, ey) = f::log(y);
        e = ey;
        match r.quot(ly) {
            Ok(q) => r = q,
            Err(_) => {
                r = Complex::new(0.0, 0.0);
                e = Errno::Dom;
            }
        }
    }
    finish(vm, (r, e))
}

fn phase(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    let v = one_arg(vm, ("cmath", "phase"), &a)?;
    let z = to_complex(vm, v)?;
    Ok(Value::Float(z.im.atan2(z.re)))
}

fn polar(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    let v = one_arg(vm, ("cmath", "polar"), &a)?;
    let z = to_complex(vm, v)?;
    let phi = z.im.atan2(z.re);
    let r = z.abs().map_err(|_| vm.overflow_error("math range error"))?;
    Ok(Value::tuple(vec![Value::Float(r), Value::Float(phi)]))
}

fn rect(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    let pos = positional(vm, "rect", &a, 2, 2)?;
    let r = to_f64(vm, &pos[0])?;
    let phi = to_f64(vm, &pos[1])?;
    finish(vm, f::rect(r, phi))
}

fn predicate(vm: &mut Vm, name: &str, a: &Args, p: fn(f64) -> bool) -> RunResult<Value> {
    let v = one_arg(vm, ("cmath", name), a)?;
    let z = to_complex(vm, v)?;
    Ok(Value::Bool(p(z.re) || p(z.im)))
}

fn isfinite(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    let v = one_arg(vm, ("cmath", "isfinite"), &a)?;
    let z = to_complex(vm, v)?;
    Ok(Value::Bool(z.re.is_finite() && z.im.is_finite()))
}

fn isinf(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    predicate(vm, "isinf", &a, f64::is_infinite)
}

fn isnan(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    predicate(vm, "isnan", &a, f64::is_nan)
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`: math's test on the
/// modulus of the difference.
fn isclose(vm: &mut Vm, _: &Value, a: Args) -> RunResult<Value> {
    // `_Py_c_abs` of a finite difference; an overflow is an infinity here.
    let size = |z: Complex| z.abs().unwrap_or(f64::INFINITY);
    let is_infinite = |z: Complex| z.re.is_infinite() || z.im.is_infinite();
    super::math::isclose_by(vm, &a, to_complex, is_infinite, size)
}
