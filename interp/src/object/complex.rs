//! complex: the value (two doubles behind one `Rc`, so `Value` stays 16 bytes),
//! its arithmetic and its repr, after CPython 3.11 `Objects/complexobject.c`
//! (`_Py_c_quot`, `_Py_c_pow`, `c_powi`, `_Py_c_abs`, `complex_repr`,
//! `complex_hash`). The VM's operators (`vm/ops/complex_ops.rs`) call these and
//! turn their error kinds into CPython's exceptions.

use super::float::{float_repr, new_float};

/// A complex number: `real + imag*1j`. Immutable, as CPython's.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

/// Why a complex operation has no result (CPython sets `errno`).
#[derive(Debug, PartialEq, Eq)]
pub enum ComplexError {
    /// EDOM: division by zero, `0 ** negative`.
    Domain,
    /// ERANGE: an infinite result from finite operands.
    Range,
}

impl Complex {
    pub const fn new(re: f64, im: f64) -> Complex {
        Complex { re, im }
    }

    /// The result of an operation as a new object: NaN parts get fresh
    /// identities, as `new_float` gives a float result (`object/float.rs`).
    pub fn fresh(re: f64, im: f64) -> Complex {
        Complex {
            re: new_float(re),
            im: new_float(im),
        }
    }

    /// `_Py_c_quot`: Smith's algorithm, scaling by the larger part of the divisor.
    pub fn quot(self, b: Complex) -> Result<Complex, ComplexError> {
        let (abs_br, abs_bi) = (b.re.abs(), b.im.abs());
        if abs_br >= abs_bi {
            if abs_br == 0.0 {
                return Err(ComplexError::Domain);
            }
            let ratio = b.im / b.re;
            let denom = b.re + b.im * ratio;
            Ok(Complex::fresh(
                (self.re + self.im * ratio) / denom,
                (self.im - self.re * ratio) / denom,
            ))
        } else if abs_bi >= abs_br {
            let ratio = b.re / b.im;
            let denom = b.re * ratio + b.im;
            Ok(Complex::fresh(
                (self.re * ratio + self.im) / denom,
                (self.im * ratio - self.re) / denom,
            ))
        } else {
            // A NaN in the divisor.
            Ok(Complex::fresh(f64::NAN, f64::NAN))
        }
    }

    /// `complex_pow` without the modulo argument: integral exponents up to 100
    /// in magnitude by repeated squaring (`c_powi`), others through polar form
    /// (`_Py_c_pow`); an infinite part is ERANGE (`_Py_ADJUST_ERANGE2`).
    pub fn pow(self, b: Complex) -> Result<Complex, ComplexError> {
        let r = if b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= 100.0 {
            self.powi(b.re as i64)?
        } else {
            self.pow_polar(b)?
        };
        if r.re.is_infinite() || r.im.is_infinite() {
            return Err(ComplexError::Range);
        }
        Ok(Complex::fresh(r.re, r.im))
    }

    fn pow_polar(self, b: Complex) -> Result<Complex, ComplexError> {
        if b.re == 0.0 && b.im == 0.0 {
            return Ok(Complex::new(1.0, 0.0));
        }
        if self.re == 0.0 && self.im == 0.0 {
            if b.im != 0.0 || b.re < 0.0 {
                return Err(ComplexError::Domain);
            }
            return Ok(Complex::new(0.0, 0.0));
        }
        let vabs = self.re.hypot(self.im);
        let mut len = vabs.powf(b.re);
        let at = self.im.atan2(self.re);
        let mut phase = at * b.re;
        if b.im != 0.0 {
            len /= (at * b.im).exp();
            phase += b.im * vabs.ln();
        }
        Ok(Complex::new(len * phase.cos(), len * phase.sin()))
    }

    /// `c_powi`: a negative exponent is the reciprocal of the positive power.
    fn powi(self, n: i64) -> Result<Complex, ComplexError> {
        if n > 0 {
            Ok(self.powu(n as u64))
        } else {
            Complex::new(1.0, 0.0).quot(self.powu(n.unsigned_abs()))
        }
    }

    /// `c_powu`: binary exponentiation, multiplying in the order CPython does.
    fn powu(self, n: u64) -> Complex {
        let mut r = Complex::new(1.0, 0.0);
        let mut p = self;
        let mut mask: u64 = 1;
        while mask > 0 && n >= mask {
            if n & mask != 0 {
                r = r * p;
            }
            mask <<= 1;
            p = p * p;
        }
        r
    }

    /// `_Py_c_abs`: an infinite part wins over a NaN; a finite overflow is ERANGE.
    pub fn abs(self) -> Result<f64, ComplexError> {
        if !self.re.is_finite() || !self.im.is_finite() {
            if self.re.is_infinite() {
                return Ok(self.re.abs());
            }
            if self.im.is_infinite() {
                return Ok(self.im.abs());
            }
            return Ok(new_float(f64::NAN));
        }
        let r = self.re.hypot(self.im);
        if r.is_finite() {
            Ok(r)
        } else {
            Err(ComplexError::Range)
        }
    }
}

impl std::ops::Add for Complex {
    type Output = Complex;
    fn add(self, o: Complex) -> Complex {
        Complex::fresh(self.re + o.re, self.im + o.im)
    }
}

impl std::ops::Sub for Complex {
    type Output = Complex;
    fn sub(self, o: Complex) -> Complex {
        Complex::fresh(self.re - o.re, self.im - o.im)
    }
}

/// `_Py_c_prod`: the schoolbook product (no special-casing of infinities).
impl std::ops::Mul for Complex {
    type Output = Complex;
    fn mul(self, o: Complex) -> Complex {
        Complex::fresh(
            self.re * o.re - self.im * o.im,
            self.re * o.im + self.im * o.re,
        )
    }
}

/// A float in `repr` style without the `.0` CPython's float repr adds
/// (`PyOS_double_to_string(x, 'r', 0, 0)`): `1`, `2.5`, `1e+16`, `inf`.
pub fn repr_part(f: f64) -> String {
    let s = float_repr(f);
    match s.strip_suffix(".0") {
        Some(t) => t.to_string(),
        None => s,
    }
}

/// `complex_repr`: a positive-zero real part is left out (`2j`), otherwise both
/// parts in parentheses with the imaginary part's sign (`(1-2j)`, `(-0-0j)`).
pub fn complex_repr(c: Complex) -> String {
    if c.re == 0.0 && c.re.is_sign_positive() {
        return format!("{}j", repr_part(c.im));
    }
    let im = repr_part(c.im);
    let sign = if im.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{im}j)", repr_part(c.re))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprs() {
        assert_eq!(complex_repr(Complex::new(1.0, 2.0)), "(1+2j)");
        assert_eq!(complex_repr(Complex::new(0.0, 1.0)), "1j");
        assert_eq!(complex_repr(Complex::new(-0.0, -0.0)), "(-0-0j)");
        assert_eq!(complex_repr(Complex::new(1e16, 0.0)), "(1e+16+0j)");
        assert_eq!(complex_repr(Complex::new(1.5, -2.25)), "(1.5-2.25j)");
    }

    #[test]
    fn division_and_powers() {
        let i = Complex::new(0.0, 1.0);
        assert_eq!(i * i, Complex::new(-1.0, 0.0));
        assert_eq!(i.pow(Complex::new(2.0, 0.0)), Ok(Complex::new(-1.0, 0.0)));
        assert_eq!(
            Complex::new(1.0, 0.0).quot(Complex::new(0.0, 0.0)),
            Err(ComplexError::Domain)
        );
        assert_eq!(
            Complex::new(0.0, 0.0).pow(Complex::new(-1.0, 0.0)),
            Err(ComplexError::Domain)
        );
    }
}
