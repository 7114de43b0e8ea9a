//! int arithmetic: inline `i64` with checked operations that promote to `BigInt` on
//! overflow (and results normalised back to `i64` when they fit), Python's floor
//! division and modulo sign rules, correctly rounded true division and conversion to
//! float (`Objects/longobject.c`: `long_true_divide`, `l_divmod`, `PyLong_AsDouble`).

use super::Value;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::borrow::Cow;
use std::rc::Rc;

/// An int operand: `int`, `bool` or a big int, borrowed.
#[derive(Clone, Copy)]
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl<'a> IntRef<'a> {
    /// The int inside `v`, if `v` is an int or a bool.
    pub fn of(v: &'a Value) -> Option<IntRef<'a>> {
        match v {
            Value::Int(i) => Some(IntRef::Small(*i)),
            Value::Bool(b) => Some(IntRef::Small(*b as i64)),
            Value::BigInt(b) => Some(IntRef::Big(b)),
            _ => None,
        }
    }

    pub fn to_big(self) -> Cow<'a, BigInt> {
        match self {
            IntRef::Small(i) => Cow::Owned(BigInt::from(i)),
            IntRef::Big(b) => Cow::Borrowed(b),
        }
    }

    pub fn is_zero(self) -> bool {
        match self {
            IntRef::Small(i) => i == 0,
            IntRef::Big(b) => b.is_zero(),
        }
    }

    pub fn is_negative(self) -> bool {
        match self {
            IntRef::Small(i) => i < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }

    /// `float(n)`, or `None` when it is too large (OverflowError
    /// "int too large to convert to float").
    pub fn to_f64(self) -> Option<f64> {
        match self {
            IntRef::Small(i) => Some(i as f64),
            IntRef::Big(b) => b.to_f64().filter(|f| f.is_finite()),
        }
    }
}

/// A value from a big integer, inline when it fits.
pub fn norm(b: BigInt) -> Value {
    Value::from_bigint(b)
}

/// Which integer operation `int_binop` performs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntOp {
    Add,
    Sub,
    Mul,
    FloorDiv,
    Mod,
    And,
    Or,
    Xor,
}

/// `a op b` for ints; `None` for a division by zero (the caller names the error).
pub fn int_binop(a: IntRef, b: IntRef, op: IntOp) -> Option<Value> {
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        let r = match op {
            IntOp::Add => x.checked_add(y),
            IntOp::Sub => x.checked_sub(y),
            IntOp::Mul => x.checked_mul(y),
            IntOp::FloorDiv => {
                if y == 0 {
                    return None;
                }
                // i64::MIN // -1 overflows: fall through to BigInt.
                x.checked_div_euclid(y).map(|_| Integer::div_floor(&x, &y))
            }
            IntOp::Mod => {
                if y == 0 {
                    return None;
                }
                Some(if y == -1 {
                    0
                } else {
                    Integer::mod_floor(&x, &y)
                })
            }
            IntOp::And => Some(x & y),
            IntOp::Or => Some(x | y),
            IntOp::Xor => Some(x ^ y),
        };
        if let Some(r) = r {
            return Some(Value::Int(r));
        }
    }
    let (x, y) = (a.to_big(), b.to_big());
    let (x, y) = (x.as_ref(), y.as_ref());
    Some(norm(match op {
        IntOp::Add => x + y,
        IntOp::Sub => x - y,
        IntOp::Mul => x * y,
        IntOp::FloorDiv => {
            if y.is_zero() {
                return None;
            }
            x.div_floor(y)
        }
        IntOp::Mod => {
            if y.is_zero() {
                return None;
            }
            x.mod_floor(y)
        }
        IntOp::And => x & y,
        IntOp::Or => x | y,
        IntOp::Xor => x ^ y,
    }))
}

/// `-n`.
pub fn int_neg(a: IntRef) -> Value {
    match a {
        IntRef::Small(i) => match i.checked_neg() {
            Some(r) => Value::Int(r),
            None => norm(-BigInt::from(i)),
        },
        IntRef::Big(b) => norm(-b),
    }
}

/// `~n` (`-(n + 1)`).
pub fn int_invert(a: IntRef) -> Value {
    match a {
        IntRef::Small(i) => Value::Int(!i),
        IntRef::Big(b) => norm(!b),
    }
}

/// `abs(n)`.
pub fn int_abs(a: IntRef) -> Value {
    match a {
        IntRef::Small(i) if i >= 0 => Value::Int(i),
        other => int_neg(other),
    }
}

/// `a ** b` for `b >= 0` (the caller turns negative exponents into float powers).
pub fn int_pow(a: IntRef, b: u64) -> Value {
    if let IntRef::Small(x) = a {
        if let Ok(e) = u32::try_from(b) {
            if let Some(r) = x.checked_pow(e) {
                return Value::Int(r);
            }
        }
        match x {
            0 => return Value::Int(if b == 0 { 1 } else { 0 }),
            1 => return Value::Int(1),
            -1 => return Value::Int(if b.is_multiple_of(2) { 1 } else { -1 }),
            _ => {}
        }
    }
    let base = a.to_big();
    let e = u32::try_from(b).unwrap_or(u32::MAX);
    norm(num_traits::pow::Pow::pow(base.as_ref(), e))
}

/// Why a shift failed.
pub enum ShiftError {
    Negative,
    /// The result would be too large to represent (CPython: MemoryError or
    /// OverflowError "too many digits in integer").
    TooLarge,
}

/// `a << b` (`left`) or `a >> b`.
pub fn int_shift(a: IntRef, b: IntRef, left: bool) -> Result<Value, ShiftError> {
    if b.is_negative() {
        return Err(ShiftError::Negative);
    }
    let count = match b {
        IntRef::Small(c) => c as u64,
        IntRef::Big(_) => {
            // A shift by more than 2**63 bits: right shifts give 0 or -1.
            if left {
                return if a.is_zero() {
                    Ok(Value::Int(0))
                } else {
                    Err(ShiftError::TooLarge)
                };
            }
            return Ok(Value::Int(if a.is_negative() { -1 } else { 0 }));
        }
    };
    if left {
        if let IntRef::Small(x) = a {
            if x == 0 {
                return Ok(Value::Int(0));
            }
            if count < 63 {
                let r = x << count;
                if r >> count == x {
                    return Ok(Value::Int(r));
                }
            }
        }
        if count > (1 << 32) {
            return Err(ShiftError::TooLarge);
        }
        Ok(norm(a.to_big().as_ref() << count as usize))
    } else {
        match a {
            IntRef::Small(x) => Ok(Value::Int(if count >= 64 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> count
            })),
            IntRef::Big(x) => {
                // BigInt's `>>` rounds towards negative infinity, like Python.
                let count = usize::try_from(count).unwrap_or(usize::MAX);
                Ok(norm(x >> count))
            }
        }
    }
}

/// Why a true division failed.
pub enum DivError {
    ZeroDivision,
    Overflow,
}

/// `a / b` for ints, correctly rounded as CPython's `long_true_divide`.
pub fn int_true_div(a: IntRef, b: IntRef) -> Result<f64, DivError> {
    if b.is_zero() {
        return Err(DivError::ZeroDivision);
    }
    const EXACT: i64 = 1 << 53;
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        if (-EXACT..=EXACT).contains(&x) && (-EXACT..=EXACT).contains(&y) {
            return Ok(x as f64 / y as f64);
        }
    }
    if a.is_zero() {
        return Ok(if b.is_negative() { -0.0 } else { 0.0 });
    }
    let negative = a.is_negative() != b.is_negative();
    let x = a.to_big().magnitude().clone();
    let y = b.to_big().magnitude().clone();
    let diff = x.bits() as i64 - y.bits() as i64;
    if diff > 1025 {
        return Err(DivError::Overflow);
    }
    if diff < -1080 {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    // Scale so the quotient has at least 55 significant bits, then round once.
    let shift = diff - 55;
    let (num, den) = if shift >= 0 {
        (x, y << shift as usize)
    } else {
        (x << (-shift) as usize, y)
    };
    let (q, r) = num.div_rem(&den);
    let inexact = !r.is_zero();
    let qbits = q.bits() as i64;
    let top = qbits + shift; // value lies in [2**(top-1), 2**top)
    let precision = if top > -1022 { 53 } else { (top + 1074).max(0) };
    let extra = qbits - precision;
    let mut m = q;
    let mut exp = shift;
    if extra > 0 {
        let half = m.bit(extra as u64 - 1);
        let below = inexact || m.trailing_zeros().is_some_and(|tz| tz < (extra as u64 - 1));
        m >>= extra as usize;
        exp += extra;
        if half && (below || m.bit(0)) {
            m += 1u32;
        }
    }
    let mant = m.to_f64().unwrap_or(f64::INFINITY);
    let result = ldexp(mant, exp);
    if result.is_infinite() {
        return Err(DivError::Overflow);
    }
    Ok(if negative { -result } else { result })
}

/// `x * 2**e`, exact whenever the result is representable.
pub fn ldexp(mut x: f64, mut e: i64) -> f64 {
    let big = f64::from_bits(((1023 + 1000) as u64) << 52); // 2**1000
    let small = f64::from_bits(((1023 - 1000) as u64) << 52); // 2**-1000
    while e > 1000 {
        x *= big;
        e -= 1000;
        if x.is_infinite() {
            return x;
        }
    }
    while e < -1000 {
        x *= small;
        e += 1000;
    }
    x * f64::from_bits(((1023 + e) as u64) << 52)
}

/// Exact comparison of an int with a float (NaN compares unordered).
pub fn cmp_int_float(a: IntRef, f: f64) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering::*;
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Less } else { Greater });
    }
    if let IntRef::Small(i) = a {
        if (-(1i64 << 53)..=(1i64 << 53)).contains(&i) {
            return (i as f64).partial_cmp(&f);
        }
    }
    let fl = f.floor();
    let ord = match a {
        IntRef::Small(i) if fl.abs() < 9.2e18 => i.cmp(&(fl as i64)),
        _ => a.to_big().as_ref().cmp(&float_to_bigint(fl)),
    };
    // Equal to floor(f): f is larger exactly when it has a fractional part.
    Some(match ord {
        Equal if f != fl => Less,
        o => o,
    })
}

/// The integer value of a finite, integral float, exactly.
pub fn float_to_bigint(f: f64) -> BigInt {
    if f.abs() < 9.2e18 {
        return BigInt::from(f as i64);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1 << 52) - 1)) | (1 << 52);
    let m = BigInt::from(mant);
    let m = if exp >= 0 {
        m << exp as usize
    } else {
        m >> (-exp) as usize
    };
    if f < 0.0 {
        -m
    } else {
        m
    }
}

/// `int(f)` for a finite float (truncating), inline when it fits.
pub fn float_to_int(f: f64) -> Value {
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        Value::Int(t as i64)
    } else {
        norm(float_to_bigint(t))
    }
}

/// The `BigInt` value of `v` as an `Rc`, for callers that store it.
pub fn big_value(b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::BigInt(Rc::new(b)),
    }
}

/// The sign of a big int as -1, 0 or 1.
pub fn big_sign(b: &BigInt) -> i32 {
    match b.sign() {
        Sign::Minus => -1,
        Sign::NoSign => 0,
        Sign::Plus => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> BigInt {
        s.parse().expect("test literal")
    }

    #[test]
    fn promotes_and_normalises() {
        let r = int_binop(IntRef::Small(i64::MAX), IntRef::Small(1), IntOp::Add).expect("no div");
        assert_eq!(r.debug_repr(), "9223372036854775808");
        let b = big("9223372036854775808");
        let r = int_binop(IntRef::Big(&b), IntRef::Small(1), IntOp::Sub).expect("no div");
        assert!(matches!(r, Value::Int(i64::MAX)));
        assert_eq!(
            int_pow(IntRef::Small(2), 100).debug_repr(),
            "1267650600228229401496703205376"
        );
    }

    #[test]
    fn floor_rules() {
        let f =
            |a, b, op| int_binop(IntRef::Small(a), IntRef::Small(b), op).map(|v| v.debug_repr());
        assert_eq!(f(-7, 2, IntOp::FloorDiv).as_deref(), Some("-4"));
        assert_eq!(f(-7, 2, IntOp::Mod).as_deref(), Some("1"));
        assert_eq!(f(7, -2, IntOp::Mod).as_deref(), Some("-1"));
        assert_eq!(
            f(i64::MIN, -1, IntOp::FloorDiv).as_deref(),
            Some("9223372036854775808")
        );
        assert_eq!(f(1, 0, IntOp::Mod), None);
    }

    #[test]
    fn true_division_rounds_once() {
        let a = big("10000000000000000000000000000001");
        let r = int_true_div(IntRef::Big(&a), IntRef::Small(3)).ok();
        assert_eq!(r, Some(3.333_333_333_333_333_6e30));
        let x = big("9007199254740993");
        assert_eq!(
            int_true_div(IntRef::Big(&x), IntRef::Small(1)).ok(),
            Some(9007199254740992.0)
        );
        let huge = big(&format!("1{}", "0".repeat(400)));
        assert!(matches!(
            int_true_div(IntRef::Big(&huge), IntRef::Small(1)),
            Err(DivError::Overflow)
        ));
        assert_eq!(
            int_true_div(IntRef::Small(1), IntRef::Big(&huge)).ok(),
            Some(0.0)
        );
        let ten300 = big(&format!("1{}", "0".repeat(300)));
        let r = int_true_div(IntRef::Small(1), IntRef::Big(&ten300)).ok();
        assert_eq!(r, Some(1e-300));
        let ten320 = big(&format!("1{}", "0".repeat(320)));
        let r = int_true_div(IntRef::Small(1), IntRef::Big(&ten320)).ok();
        assert_eq!(r, Some(1e-320));
    }

    #[test]
    fn int_float_compare() {
        use std::cmp::Ordering::*;
        let b = big("9007199254740993");
        assert_eq!(
            cmp_int_float(IntRef::Big(&b), 9007199254740992.0),
            Some(Greater)
        );
        assert_eq!(cmp_int_float(IntRef::Small(3), 3.5), Some(Less));
        assert_eq!(cmp_int_float(IntRef::Small(-3), -3.5), Some(Greater));
        assert_eq!(
            cmp_int_float(IntRef::Small(i64::MAX), 9.223_372_036_854_776e18),
            Some(Less)
        );
        assert_eq!(cmp_int_float(IntRef::Small(1), f64::NAN), None);
        let h = big(&format!("1{}", "0".repeat(300)));
        assert_eq!(cmp_int_float(IntRef::Big(&h), 1e300), Some(Less));
    }
}

pub use crate::limits::{DEFAULT_MAX_STR_DIGITS, MAX_STR_DIGITS_THRESHOLD};

thread_local! {
    // Per thread rather than per VM: one VM runs per interpreter thread, and the
    // conversions that read it (repr, int(str)) have no VM at hand everywhere.
    static MAX_STR_DIGITS: std::cell::Cell<usize> =
        const { std::cell::Cell::new(DEFAULT_MAX_STR_DIGITS) };
}

/// `sys.get_int_max_str_digits()`: 0 means no limit.
pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS.with(|c| c.get())
}

/// `sys.set_int_max_str_digits(n)` (the caller checks the threshold).
pub fn set_max_str_digits(n: usize) {
    MAX_STR_DIGITS.with(|c| c.set(n));
}

/// The ValueError message for a decimal conversion past the limit.
pub fn str_digits_message() -> String {
    format!(
        "Exceeds the limit ({} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit",
        max_str_digits()
    )
}

/// Whether `n` in decimal has more digits than the limit allows. The bit
/// length decides first (as `long_to_decimal_string` does), so a huge int is
/// refused without converting it.
pub fn decimal_exceeds_limit(n: &num_bigint::BigInt) -> bool {
    let limit = max_str_digits();
    if limit == 0 {
        return false;
    }
    // Slightly under bits * log10(2): a lower bound on the digit count.
    let low = (n.bits() as f64 * std::f64::consts::LOG10_2 * 0.99999).floor() as usize;
    if low > limit {
        return true;
    }
    if low + 2 < limit {
        return false;
    }
    n.magnitude().to_string().len() > limit
}

/// Whether a decimal conversion of `digits` digits exceeds the limit.
pub fn exceeds_str_digits(digits: usize) -> bool {
    let limit = max_str_digits();
    limit != 0 && digits > limit
}
