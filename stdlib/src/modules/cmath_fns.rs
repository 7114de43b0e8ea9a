//! The functions of `cmath` on plain doubles, after CPython 3.11
//! `Modules/cmathmodule.c`: the same formulas (scaled to dodge spurious
//! overflow and subnormal precision loss), the C99 Annex G results for
//! infinite and NaN arguments (the 7x7 special-value tables, indexed by
//! `special_type` of the real and imaginary parts; 3.11's, where `tanh` and
//! `acosh` of `±0 + nan*j` are all-NaN) and the same errno classification. libm's functions are the C library's, as CPython's are.

use coil_interp::object::complex::Complex;
use std::f64::consts::{E, LN_10, LN_2, PI};

/// What CPython leaves in `errno`: EDOM is ValueError, ERANGE OverflowError.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Errno {
    Ok,
    Dom,
    Range,
}

pub type Out = (Complex, Errno);

/// `CM_LARGE_DOUBLE` and the values derived from it.
const LARGE: f64 = f64::MAX / 4.0;
fn sqrt_large() -> f64 {
    LARGE.sqrt()
}
fn log_large() -> f64 {
    LARGE.ln()
}
/// `CM_SCALE_UP`, `CM_SCALE_DOWN`: powers of two that make subnormals normal.
const SCALE_UP: i32 = 53;
const SCALE_DOWN: i32 = -27;

extern "C" {
    // Rust's `f64::asinh` is its own formula; CPython calls the C library's.
    // Linked by glibc's alias, as `math.rs` links `cbrtf64`.
    #[link_name = "asinhf64"]
    fn c_asinh(x: f64) -> f64;
}

fn libm_asinh(x: f64) -> f64 {
    // SAFETY: a pure libm function of one double; no pointers, no state read.
    unsafe { c_asinh(x) }
}

/// `ldexp(x, n)` for the small scales used here (exact: a power of two).
fn ldexp(x: f64, n: i32) -> f64 {
    x * 2f64.powi(n)
}

/// `_Py_log1p`, which keeps the sign of a zero argument.
fn log1p(x: f64) -> f64 {
    if x == 0.0 {
        x
    } else {
        x.ln_1p()
    }
}

fn c(re: f64, im: f64) -> Complex {
    Complex::new(re, im)
}

fn ok(re: f64, im: f64) -> Out {
    (c(re, im), Errno::Ok)
}

/// `special_type`: the row/column of a special-value table.
fn special_type(d: f64) -> usize {
    if d.is_nan() {
        6
    } else if d.is_infinite() {
        if d > 0.0 {
            5
        } else {
            0
        }
    } else if d != 0.0 {
        if d > 0.0 {
            4
        } else {
            1
        }
    } else if d.is_sign_positive() {
        3
    } else {
        2
    }
}

type Table = [[(f64, f64); 7]; 7];

fn lookup(t: &Table, z: Complex) -> Complex {
    let (re, im) = t[special_type(z.re)][special_type(z.im)];
    c(re, im)
}

fn finite(z: Complex) -> bool {
    z.re.is_finite() && z.im.is_finite()
}

const P: f64 = PI;
const P14: f64 = 0.25 * PI;
const P12: f64 = 0.5 * PI;
const P34: f64 = 0.75 * PI;
const INF: f64 = f64::INFINITY;
const N: f64 = f64::NAN;
/// A placeholder for entries never read (both parts finite).
const U: f64 = -9.542_631_940_771_103e33;
const UU: (f64, f64) = (U, U);

#[rustfmt::skip]
static ACOS: Table = [
    [(P34,INF), (P,INF), (P,INF), (P,-INF), (P,-INF), (P34,-INF), (N,INF)],
    [(P12,INF), UU, UU, UU, UU, (P12,-INF), (N,N)],
    [(P12,INF), UU, (P12,0.), (P12,-0.), UU, (P12,-INF), (P12,N)],
    [(P12,INF), UU, (P12,0.), (P12,-0.), UU, (P12,-INF), (P12,N)],
    [(P12,INF), UU, UU, UU, UU, (P12,-INF), (N,N)],
    [(P14,INF), (0.,INF), (0.,INF), (0.,-INF), (0.,-INF), (P14,-INF), (N,INF)],
    [(N,INF), (N,N), (N,N), (N,N), (N,N), (N,-INF), (N,N)],
];

#[rustfmt::skip]
static ACOSH: Table = [
    [(INF,-P34), (INF,-P), (INF,-P), (INF,P), (INF,P), (INF,P34), (INF,N)],
    [(INF,-P12), UU, UU, UU, UU, (INF,P12), (N,N)],
    [(INF,-P12), UU, (0.,-P12), (0.,P12), UU, (INF,P12), (N,N)],
    [(INF,-P12), UU, (0.,-P12), (0.,P12), UU, (INF,P12), (N,N)],
    [(INF,-P12), UU, UU, UU, UU, (INF,P12), (N,N)],
    [(INF,-P14), (INF,-0.), (INF,-0.), (INF,0.), (INF,0.), (INF,P14), (INF,N)],
    [(INF,N), (N,N), (N,N), (N,N), (N,N), (INF,N), (N,N)],
];

#[rustfmt::skip]
static ASINH: Table = [
    [(-INF,-P14), (-INF,-0.), (-INF,-0.), (-INF,0.), (-INF,0.), (-INF,P14), (-INF,N)],
    [(-INF,-P12), UU, UU, UU, UU, (-INF,P12), (N,N)],
    [(-INF,-P12), UU, (-0.,-0.), (-0.,0.), UU, (-INF,P12), (N,N)],
    [(INF,-P12), UU, (0.,-0.), (0.,0.), UU, (INF,P12), (N,N)],
    [(INF,-P12), UU, UU, UU, UU, (INF,P12), (N,N)],
    [(INF,-P14), (INF,-0.), (INF,-0.), (INF,0.), (INF,0.), (INF,P14), (INF,N)],
    [(INF,N), (N,N), (N,-0.), (N,0.), (N,N), (INF,N), (N,N)],
];

#[rustfmt::skip]
static ATANH: Table = [
    [(-0.,-P12), (-0.,-P12), (-0.,-P12), (-0.,P12), (-0.,P12), (-0.,P12), (-0.,N)],
    [(-0.,-P12), UU, UU, UU, UU, (-0.,P12), (N,N)],
    [(-0.,-P12), UU, (-0.,-0.), (-0.,0.), UU, (-0.,P12), (-0.,N)],
    [(0.,-P12), UU, (0.,-0.), (0.,0.), UU, (0.,P12), (0.,N)],
    [(0.,-P12), UU, UU, UU, UU, (0.,P12), (N,N)],
    [(0.,-P12), (0.,-P12), (0.,-P12), (0.,P12), (0.,P12), (0.,P12), (0.,N)],
    [(0.,-P12), (N,N), (N,N), (N,N), (N,N), (0.,P12), (N,N)],
];

#[rustfmt::skip]
static COSH: Table = [
    [(INF,N), UU, (INF,0.), (INF,-0.), UU, (INF,N), (INF,N)],
    [(N,N), UU, UU, UU, UU, (N,N), (N,N)],
    [(N,0.), UU, (1.,0.), (1.,-0.), UU, (N,0.), (N,0.)],
    [(N,0.), UU, (1.,-0.), (1.,0.), UU, (N,0.), (N,0.)],
    [(N,N), UU, UU, UU, UU, (N,N), (N,N)],
    [(INF,N), UU, (INF,-0.), (INF,0.), UU, (INF,N), (INF,N)],
    [(N,N), (N,N), (N,0.), (N,0.), (N,N), (N,N), (N,N)],
];

#[rustfmt::skip]
static EXP: Table = [
    [(0.,0.), UU, (0.,-0.), (0.,0.), UU, (0.,0.), (0.,0.)],
    [(N,N), UU, UU, UU, UU, (N,N), (N,N)],
    [(N,N), UU, (1.,-0.), (1.,0.), UU, (N,N), (N,N)],
    [(N,N), UU, (1.,-0.), (1.,0.), UU, (N,N), (N,N)],
    [(N,N), UU, UU, UU, UU, (N,N), (N,N)],
    [(INF,N), UU, (INF,-0.), (INF,0.), UU, (INF,N), (INF,N)],
    [(N,N), (N,N), (N,-0.), (N,0.), (N,N), (N,N), (N,N)],
];

#[rustfmt::skip]
static LOG: Table = [
    [(INF,-P34), (INF,-P), (INF,-P), (INF,P), (INF,P), (INF,P34), (INF,N)],
    [(INF,-P12), UU, UU, UU, UU, (INF,P12), (N,N)],
    [(INF,-P12), UU, (-INF,-P), (-INF,P), UU, (INF,P12), (N,N)],
    [(INF,-P12), UU, (-INF,-0.), (-INF,0.), UU, (INF,P12), (N,N)],
    [(INF,-P12), UU, UU, UU, UU, (INF,P12), (N,N)],
    [(INF,-P14), (INF,-0.), (INF,-0.), (INF,0.), (INF,0.), (INF,P14), (INF,N)],
    [(INF,N), (N,N), (N,N), (N,N), (N,N), (INF,N), (N,N)],
];

#[rustfmt::skip]
static SINH: Table = [
    [(INF,N), UU, (-INF,-0.), (-INF,0.), UU, (INF,N), (INF,N)],
    [(N,N), UU, UU, UU, UU, (N,N), (N,N)],
    [(0.,N), UU, (-0.,-0.), (-0.,0.), UU, (0.,N), (0.,N)],
    [(0.,N), UU, (0.,-0.), (0.,0.), UU, (0.,N), (0.,N)],
    [(N,N), UU, UU, UU, UU, (N,N), (N,N)],
    [(INF,N), UU, (INF,-0.), (INF,0.), UU, (INF,N), (INF,N)],
    [(N,N), (N,N), (N,-0.), (N,0.), (N,N), (N,N), (N,N)],
];

#[rustfmt::skip]
static SQRT: Table = [
    [(INF,-INF), (0.,-INF), (0.,-INF), (0.,INF), (0.,INF), (INF,INF), (N,INF)],
    [(INF,-INF), UU, UU, UU, UU, (INF,INF), (N,N)],
    [(INF,-INF), UU, (0.,-0.), (0.,0.), UU, (INF,INF), (N,N)],
    [(INF,-INF), UU, (0.,-0.), (0.,0.), UU, (INF,INF), (N,N)],
    [(INF,-INF), UU, UU, UU, UU, (INF,INF), (N,N)],
    [(INF,-INF), (INF,-0.), (INF,-0.), (INF,0.), (INF,0.), (INF,INF), (INF,N)],
    [(INF,-INF), (N,N), (N,N), (N,N), (N,N), (INF,INF), (N,N)],
];

#[rustfmt::skip]
static TANH: Table = [
    [(-1.,0.), UU, (-1.,-0.), (-1.,0.), UU, (-1.,0.), (-1.,0.)],
    [(N,N), UU, UU, UU, UU, (N,N), (N,N)],
    [(N,N), UU, (-0.,-0.), (-0.,0.), UU, (N,N), (N,N)],
    [(N,N), UU, (0.,-0.), (0.,0.), UU, (N,N), (N,N)],
    [(N,N), UU, UU, UU, UU, (N,N), (N,N)],
    [(1.,0.), UU, (1.,-0.), (1.,0.), UU, (1.,0.), (1.,0.)],
    [(N,N), (N,N), (N,-0.), (N,0.), (N,N), (N,N), (N,N)],
];

#[rustfmt::skip]
static RECT: Table = [
    [(INF,N), UU, (-INF,0.), (-INF,-0.), UU, (INF,N), (INF,N)],
    [(N,N), UU, UU, UU, UU, (N,N), (N,N)],
    [(0.,0.), UU, (-0.,0.), (-0.,-0.), UU, (0.,0.), (0.,0.)],
    [(0.,0.), UU, (0.,-0.), (0.,0.), UU, (0.,0.), (0.,0.)],
    [(N,N), UU, UU, UU, UU, (N,N), (N,N)],
    [(INF,N), UU, (INF,-0.), (INF,0.), UU, (INF,N), (INF,N)],
    [(N,N), (N,N), (N,0.), (N,0.), (N,N), (N,N), (N,N)],
];

/// The `SPECIAL_VALUE` macro: a non-finite argument reads the table.
macro_rules! special {
    ($z:expr, $t:expr) => {
        if !finite($z) {
            return (lookup(&$t, $z), Errno::Ok);
        }
    };
}

pub fn acos(z: Complex) -> Out {
    special!(z, ACOS);
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let re = z.im.abs().atan2(z.re);
        let im = -((z.re / 2.0).hypot(z.im / 2.0).ln() + LN_2 * 2.0).copysign(z.im);
        return ok(re, im);
    }
    let s1 = sqrt(c(1.0 - z.re, -z.im)).0;
    let s2 = sqrt(c(1.0 + z.re, z.im)).0;
    ok(
        2.0 * s1.re.atan2(s2.re),
        libm_asinh(s2.re * s1.im - s2.im * s1.re),
    )
}

pub fn acosh(z: Complex) -> Out {
    special!(z, ACOSH);
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let re = (z.re / 2.0).hypot(z.im / 2.0).ln() + LN_2 * 2.0;
        return ok(re, z.im.atan2(z.re));
    }
    let s1 = sqrt(c(z.re - 1.0, z.im)).0;
    let s2 = sqrt(c(z.re + 1.0, z.im)).0;
    ok(
        libm_asinh(s1.re * s2.re + s1.im * s2.im),
        2.0 * s1.im.atan2(s2.re),
    )
}

/// `asin(z) = -i asinh(iz)`.
pub fn asin(z: Complex) -> Out {
    let (s, e) = asinh(c(-z.im, z.re));
    (c(s.im, -s.re), e)
}

pub fn asinh(z: Complex) -> Out {
    special!(z, ASINH);
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let l = (z.re / 2.0).hypot(z.im / 2.0).ln() + LN_2 * 2.0;
        let re = if z.im >= 0.0 {
            l.copysign(z.re)
        } else {
            -l.copysign(-z.re)
        };
        return ok(re, z.im.atan2(z.re.abs()));
    }
    let s1 = sqrt(c(1.0 + z.im, -z.re)).0;
    let s2 = sqrt(c(1.0 - z.im, z.re)).0;
    ok(
        libm_asinh(s1.re * s2.im - s2.re * s1.im),
        z.im.atan2(s1.re * s2.re - s1.im * s2.im),
    )
}

/// `atan(z) = -i atanh(iz)`.
pub fn atan(z: Complex) -> Out {
    let (s, e) = atanh(c(-z.im, z.re));
    (c(s.im, -s.re), e)
}

pub fn atanh(z: Complex) -> Out {
    special!(z, ATANH);
    if z.re < 0.0 {
        let (r, e) = atanh(c(-z.re, -z.im));
        return (c(-r.re, -r.im), e);
    }
    let ay = z.im.abs();
    if z.re > sqrt_large() || ay > sqrt_large() {
        // For large |z|, atanh(z) ~ 1/z +/- i*pi/2.
        let h = (z.re / 2.0).hypot(z.im / 2.0);
        return ok(z.re / 4.0 / h / h, (PI / 2.0).copysign(z.im));
    }
    if z.re == 1.0 && ay < f64::MIN_POSITIVE.sqrt() {
        if ay == 0.0 {
            return (c(INF, z.im), Errno::Dom);
        }
        let re = -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln();
        return ok(re, (2f64.atan2(-ay) / 2.0).copysign(z.im));
    }
    let one_minus = 1.0 - z.re;
    ok(
        log1p(4.0 * z.re / (one_minus * one_minus + ay * ay)) / 4.0,
        -(-2.0 * z.im).atan2(one_minus * (1.0 + z.re) - ay * ay) / 2.0,
    )
}

/// `cos(z) = cosh(iz)`.
pub fn cos(z: Complex) -> Out {
    cosh(c(-z.im, z.re))
}

/// The sign pattern of `cosh`, `sinh` and `exp` at an infinite real part with
/// a finite nonzero imaginary one.
fn inf_with_angle(z: Complex) -> bool {
    z.re.is_infinite() && z.im.is_finite() && z.im != 0.0
}

/// cosh and sinh of a non-finite argument: an infinite imaginary part with a
/// real part that is not NaN is a domain error (`cmath_cosh_impl`).
fn hyperbolic_errno(z: Complex) -> Errno {
    if z.im.is_infinite() && !z.re.is_nan() {
        Errno::Dom
    } else {
        Errno::Ok
    }
}

pub fn cosh(z: Complex) -> Out {
    hyperbolic(z, &COSH, false)
}

type RealFn = fn(f64) -> f64;

/// `cosh` and `sinh` (`cmath_cosh_impl`, `cmath_sinh_impl`): with `(f, g)` =
/// (cosh, sinh), or (sinh, cosh) for `sinh`, the result is
/// `cos(y)·f(x) + i·sin(y)·g(x)`; `special` holds the non-finite cases.
fn hyperbolic(z: Complex, special: &Table, sinh: bool) -> Out {
    let (f, g): (RealFn, RealFn) = if sinh {
        (f64::sinh, f64::cosh)
    } else {
        (f64::cosh, f64::sinh)
    };
    if !finite(z) {
        let r = if inf_with_angle(z) {
            // The part that sinh(x) multiplies takes the sign of x.
            let signed = |v: f64, odd: bool| if odd && z.re < 0.0 { -v } else { v };
            c(
                signed(INF.copysign(z.im.cos()), sinh),
                signed(INF.copysign(z.im.sin()), !sinh),
            )
        } else {
            lookup(special, z)
        };
        return (r, hyperbolic_errno(z));
    }
    let r = if z.re.abs() > log_large() {
        // f(x) and g(x) overflow while the result may not.
        let x = z.re - 1f64.copysign(z.re);
        c(z.im.cos() * f(x) * E, z.im.sin() * g(x) * E)
    } else {
        c(z.im.cos() * f(z.re), z.im.sin() * g(z.re))
    };
    range_checked(r)
}

fn range_checked(r: Complex) -> Out {
    if r.re.is_infinite() || r.im.is_infinite() {
        (r, Errno::Range)
    } else {
        (r, Errno::Ok)
    }
}

pub fn exp(z: Complex) -> Out {
    if !finite(z) {
        let r = if inf_with_angle(z) {
            if z.re > 0.0 {
                c(INF.copysign(z.im.cos()), INF.copysign(z.im.sin()))
            } else {
                c(0f64.copysign(z.im.cos()), 0f64.copysign(z.im.sin()))
            }
        } else {
            lookup(&EXP, z)
        };
        let e = if z.im.is_infinite() && (z.re.is_finite() || z.re == INF) {
            Errno::Dom
        } else {
            Errno::Ok
        };
        return (r, e);
    }
    let r = if z.re > log_large() {
        let l = (z.re - 1.0).exp();
        c(l * z.im.cos() * E, l * z.im.sin() * E)
    } else {
        let l = z.re.exp();
        c(l * z.im.cos(), l * z.im.sin())
    };
    range_checked(r)
}

/// `c_log`: rescaled near overflow and for subnormal moduli, `log1p` near 1.
pub fn log(z: Complex) -> Out {
    special!(z, LOG);
    let (ax, ay) = (z.re.abs(), z.im.abs());
    let re = if ax > LARGE || ay > LARGE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            ldexp(ax, 53).hypot(ldexp(ay, 53)).ln() - 53.0 * LN_2
        } else {
            return (c(-INF, z.im.atan2(z.re)), Errno::Dom);
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
        } else {
            h.ln()
        }
    };
    ok(re, z.im.atan2(z.re))
}

pub fn log10(z: Complex) -> Out {
    let (r, e) = log(z);
    (c(r.re / LN_10, r.im / LN_10), e)
}

/// `sin(z) = -i sinh(iz)`.
pub fn sin(z: Complex) -> Out {
    let (s, e) = sinh(c(-z.im, z.re));
    (c(s.im, -s.re), e)
}

pub fn sinh(z: Complex) -> Out {
    hyperbolic(z, &SINH, true)
}

/// Symmetry reduces to `x, y >= 0`: `s = sqrt((x + hypot(x, y))/2)`,
/// `d = (y/2)/s`, computed as `2*sqrt(x/8 + hypot(x/8, y/8))` against overflow
/// and after scaling by a power of two when both parts are subnormal.
pub fn sqrt(z: Complex) -> Out {
    special!(z, SQRT);
    if z.re == 0.0 && z.im == 0.0 {
        return ok(0.0, z.im);
    }
    let (mut ax, ay) = (z.re.abs(), z.im.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        ax = ldexp(ax, SCALE_UP);
        ldexp((ax + ax.hypot(ldexp(ay, SCALE_UP))).sqrt(), SCALE_DOWN)
    } else {
        ax /= 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.re >= 0.0 {
        ok(s, d.copysign(z.im))
    } else {
        ok(d, s.copysign(z.im))
    }
}

/// `tan(z) = -i tanh(iz)`.
pub fn tan(z: Complex) -> Out {
    let (s, e) = tanh(c(-z.im, z.re));
    (c(s.im, -s.re), e)
}

/// `tanh(x+iy) = (tanh(x)(1+tan(y)^2) + i tan(y)(1-tanh(x)^2)) /
/// (1+tan(y)^2 tanh(x)^2)`, with `1-tanh(x)^2` as `1/cosh(x)^2`.
pub fn tanh(z: Complex) -> Out {
    if !finite(z) {
        let r = if inf_with_angle(z) {
            let im = 0f64.copysign(2.0 * z.im.sin() * z.im.cos());
            c(if z.re > 0.0 { 1.0 } else { -1.0 }, im)
        } else {
            lookup(&TANH, z)
        };
        let e = if z.im.is_infinite() && z.re.is_finite() {
            Errno::Dom
        } else {
            Errno::Ok
        };
        return (r, e);
    }
    if z.re.abs() > log_large() {
        return ok(
            1f64.copysign(z.re),
            4.0 * z.im.sin() * z.im.cos() * (-2.0 * z.re.abs()).exp(),
        );
    }
    let tx = z.re.tanh();
    let ty = z.im.tan();
    let cx = 1.0 / z.re.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    ok(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
}

/// `rect(r, phi)`: as `exp(log(r) + i*phi)` in spirit for special values.
pub fn rect(r: f64, phi: f64) -> Out {
    if !r.is_finite() || !phi.is_finite() {
        let z = if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let (re, im) = (INF.copysign(phi.cos()), INF.copysign(phi.sin()));
            if r > 0.0 {
                c(re, im)
            } else {
                c(-re, -im)
            }
        } else {
            lookup(&RECT, c(r, phi))
        };
        let e = if r != 0.0 && !r.is_nan() && phi.is_infinite() {
            Errno::Dom
        } else {
            Errno::Ok
        };
        return (z, e);
    }
    if phi == 0.0 {
        return ok(r, r * phi);
    }
    ok(r * phi.cos(), r * phi.sin())
}
