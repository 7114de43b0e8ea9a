//! complex in the object protocol: mixed int/float/complex arithmetic, unary
//! operators, `==` with ints and floats, the hash, and `format()` specs, after
//! CPython 3.11 `Objects/complexobject.c` (`complex_add`, `complex_div`,
//! `complex_pow`, `complex_richcompare`, `complex_hash`, `to_complex`) and
//! `Python/formatter_unicode.c` (`format_complex_internal`).

use super::hash::hash_float;
use crate::object::complex::{Complex, ComplexError};
use crate::object::int::IntRef;
use crate::object::Value;
use crate::vm::Vm;
use crate::RunResult;
use coil_parser::ast::{BinOp, CmpOp, UnaryOp};

/// `_PyHASH_IMAG`: the multiplier of the imaginary part's hash.
const HASH_IMAG: u64 = 1000003;

impl Vm {
    /// `to_complex`: an int, bool, float or complex operand as a complex;
    /// `None` for other types (the operator is NotImplemented for them).
    pub fn as_complex(&self, v: &Value) -> RunResult<Option<Complex>> {
        Ok(Some(match v {
            Value::Complex(c) => **c,
            Value::Float(f) => Complex::new(*f, 0.0),
            _ => match IntRef::of(v) {
                Some(i) => Complex::new(self.int_to_float(i)?, 0.0),
                None => return Ok(None),
            },
        }))
    }

    /// `a op b` where one side is a complex; `None` means NotImplemented.
    pub(crate) fn complex_binop(
        &mut self,
        a: &Value,
        b: &Value,
        op: BinOp,
    ) -> RunResult<Option<Value>> {
        if !matches!(
            op,
            BinOp::Add | BinOp::Sub | BinOp::Mult | BinOp::Div | BinOp::Pow
        ) {
            return Ok(None);
        }
        // Both sides are checked for their type before either is converted,
        // as `to_complex` returns NotImplemented before converting an int.
        let is_num =
            |v: &Value| matches!(v, Value::Complex(_) | Value::Float(_)) || IntRef::of(v).is_some();
        if !is_num(a) || !is_num(b) {
            return Ok(None);
        }
        let (Some(x), Some(y)) = (self.as_complex(a)?, self.as_complex(b)?) else {
            return Ok(None);
        };
        self.complex_arith(x, y, op).map(Some)
    }

    /// The arithmetic of two complexes with CPython's errors.
    pub fn complex_arith(&self, x: Complex, y: Complex, op: BinOp) -> RunResult<Value> {
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mult => x * y,
            BinOp::Div => x
                .quot(y)
                .map_err(|_| self.zero_division_error("complex division by zero"))?,
            _ => x.pow(y).map_err(|e| match e {
                ComplexError::Domain => {
                    self.zero_division_error("0.0 to a negative or complex power")
                }
                ComplexError::Range => self.overflow_error("complex exponentiation"),
            })?,
        };
        Ok(Value::Complex(std::rc::Rc::new(r)))
    }

    /// `-z`, `+z` (a new object, as `complex_pos` of an exact complex is not).
    pub(crate) fn complex_unary(&self, c: Complex, op: UnaryOp) -> Option<Value> {
        match op {
            UnaryOp::USub => Some(Value::complex(-c.re, -c.im)),
            UnaryOp::UAdd => Some(Value::complex(c.re, c.im)),
            _ => None,
        }
    }

    /// `abs(z)`: `hypot`, OverflowError when it overflows.
    pub fn complex_abs(&self, c: Complex) -> RunResult<f64> {
        c.abs()
            .map_err(|_| self.overflow_error("absolute value too large"))
    }

    /// `complex_richcompare`: only `==` and `!=`, against ints, floats and
    /// complexes (an int exactly, not through a rounded float); `None` is
    /// NotImplemented.
    pub(crate) fn complex_compare(
        &mut self,
        a: &Value,
        b: &Value,
        op: CmpOp,
    ) -> RunResult<Option<bool>> {
        if !matches!(op, CmpOp::Eq | CmpOp::NotEq) {
            return Ok(None);
        }
        let (c, other) = match (a, b) {
            (Value::Complex(c), o) => (**c, o),
            (o, Value::Complex(c)) => (**c, o),
            _ => return Ok(None),
        };
        let equal = match other {
            Value::Complex(d) => c.re == d.re && c.im == d.im,
            Value::Float(f) => c.im == 0.0 && c.re == *f,
            _ => match IntRef::of(other) {
                // The int compared with the real part exactly, as a float would be.
                Some(_) if c.im != 0.0 => false,
                Some(_) => {
                    return self
                        .builtin_compare(&Value::Float(c.re), other, op)
                        .map(|r| r.or(Some(op == CmpOp::NotEq)))
                }
                None => return Ok(None),
            },
        };
        Ok(Some(equal == (op == CmpOp::Eq)))
    }
}

/// `complex_hash`: `hash(re) + 1000003 * hash(im)` in wrapping unsigned
/// arithmetic, -1 becoming -2, so `hash(complex(x, 0)) == hash(x)`.
pub fn hash_complex(c: Complex) -> i64 {
    let re = hash_float(c.re) as u64;
    let im = hash_float(c.im) as u64;
    let combined = re.wrapping_add(HASH_IMAG.wrapping_mul(im));
    if combined == u64::MAX {
        -2
    } else {
        combined as i64
    }
}
