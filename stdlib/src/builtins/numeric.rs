//! Numeric builtins: `abs`, `round` (correctly rounded, as CPython's `double_round`
//! in `Objects/floatobject.c`), `divmod` and `pow` (three-argument form with
//! modular inverses, `Objects/longobject.c` `long_pow`).

use super::args::{as_int, clinic, float_to_int, one_arg, positional, to_index, Int};
use coil_interp::object::{Args, NativeFn, Str};
use coil_interp::{RunResult, Value, Vm};
use coil_parser::ast::BinOp;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

/// The builtins this file implements, installed by `builtins::install`.
pub const FUNCS: &[(&str, NativeFn)] = &[
    ("abs", abs),
    ("round", round),
    ("divmod", divmod),
    ("pow", pow),
];

fn abs(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let v = one_arg(vm, "abs", &args)?;
    match v {
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::from_bigint(BigInt::from(*i).abs()),
        }),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::BigInt(b) => Ok(Value::from_bigint(b.abs())),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        Value::Complex(c) => vm.complex_abs(**c).map(Value::Float),
        _ => match vm.lookup_special(v, &Str::intern("__abs__")) {
            Some(f) => vm.call(&f, std::slice::from_ref(v), &[]),
            None => Err(vm.type_error(format!("bad operand type for abs(): '{}'", v.type_name()))),
        },
    }
}

/// CPython's limits on `ndigits` for floats: beyond them the answer is `x` itself
/// (every float is already a multiple of 10**-323) or a signed zero.
const NDIGITS_MAX: i64 = 323;
const NDIGITS_MIN: i64 = -308;

/// The exact value of a finite, non-negative float as `m * 2**e`.
pub fn decompose(x: f64) -> (BigInt, i64) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if exp == 0 {
        (BigInt::from(frac), -1074)
    } else {
        (BigInt::from(frac | (1u64 << 52)), exp - 1075)
    }
}

/// `num / den` rounded to the nearest int, ties to even (both positive).
pub fn div_round_half_even(num: &BigInt, den: &BigInt) -> BigInt {
    let (q, r) = num.div_rem(den);
    let twice = &r * 2;
    if twice > *den || (twice == *den && q.is_odd()) {
        q + 1
    } else {
        q
    }
}

/// `round(x, ndigits)` for a float: `x` rounded to the nearest multiple of
/// 10**-ndigits (ties to even, on the float's exact binary value), then correctly
/// rounded back to a float: the result CPython's dtoa-based `double_round` gives.
pub fn round_float(x: f64, ndigits: i64) -> Option<f64> {
    if !x.is_finite() || x == 0.0 || ndigits > NDIGITS_MAX {
        return Some(x);
    }
    if ndigits < NDIGITS_MIN {
        return Some(0.0 * x);
    }
    let (m, e) = decompose(x.abs());
    let ten = BigInt::from(10);
    let mut num = m;
    let mut den = BigInt::one();
    if ndigits >= 0 {
        num *= num_traits::pow(ten, ndigits as usize);
    } else {
        den *= num_traits::pow(ten, (-ndigits) as usize);
    }
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    let q = div_round_half_even(&num, &den);
    let text = format!("{q}e{}", -ndigits);
    let r: f64 = text.parse().ok()?;
    if r.is_infinite() {
        return None;
    }
    Some(r.copysign(x))
}

/// `round(n, ndigits)` for an int with negative `ndigits`: ties to even.
fn round_int(n: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 {
        return n.clone();
    }
    let pow = num_traits::pow(BigInt::from(10), (-ndigits) as usize);
    let q = div_round_half_even(&n.abs(), &pow) * pow;
    if n.is_negative() {
        -q
    } else {
        q
    }
}

fn round(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(vm, "round", &args, &["number", "ndigits"], 1, 2)?;
    let number = a.arg(vm, 0)?.clone();
    let ndigits = match &a[1] {
        None | Some(Value::None) => None,
        Some(v) => Some(to_index(vm, v)?),
    };
    match (&number, ndigits) {
        (Value::Float(f), None) => float_to_int(vm, f.round_ties_even()),
        (Value::Float(f), Some(n)) => {
            let n = match n {
                Int::Small(i) => i,
                Int::Big(b) if b.is_negative() => i64::MIN,
                Int::Big(_) => i64::MAX,
            };
            match round_float(*f, n) {
                Some(r) => Ok(Value::Float(r)),
                None => Err(vm.overflow_error("rounded value too large to represent")),
            }
        }
        (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), n) => {
            let i = as_int(&number).expect("invariant: matched an int").to_big();
            match n {
                None => Ok(Value::from_bigint(i)),
                Some(n) => {
                    let n = match n {
                        Int::Small(n) => n,
                        Int::Big(b) if b.is_negative() => return Ok(Value::Int(0)),
                        Int::Big(_) => return Ok(Value::from_bigint(i)),
                    };
                    Ok(Value::from_bigint(round_int(&i, n)))
                }
            }
        }
        _ => match vm.lookup_special(&number, &Str::intern("__round__")) {
            Some(f) => {
                let mut pos = vec![number.clone()];
                if let Some(v) = &a[1] {
                    pos.push(v.clone());
                }
                vm.call(&f, &pos, &[])
            }
            None => Err(vm.type_error(format!(
                "type {} doesn't define __round__ method",
                number.type_name()
            ))),
        },
    }
}

fn is_number(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) | Value::Complex(_)
    )
}

fn is_zero(v: &Value) -> bool {
    match v {
        Value::Int(i) => *i == 0,
        Value::Bool(b) => !*b,
        Value::Float(f) => *f == 0.0,
        _ => false,
    }
}

fn divmod(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = positional(vm, "divmod", &args, 2, 2)?;
    let (a, b) = (&pos[0], &pos[1]);
    let real = |v: &Value| is_number(v) && !matches!(v, Value::Complex(_));
    if real(a) && real(b) {
        if is_zero(b) {
            return Err(
                if matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)) {
                    vm.zero_division_error("float divmod()")
                } else {
                    vm.zero_division_error("integer division or modulo by zero")
                },
            );
        }
        let q = vm.binary_op(a, b, BinOp::FloorDiv)?;
        let r = vm.binary_op(a, b, BinOp::Mod)?;
        return Ok(Value::tuple(vec![q, r]));
    }
    if let Some(f) = vm.lookup_special(a, &Str::intern("__divmod__")) {
        let r = vm.call(&f, &[a.clone(), b.clone()], &[])?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    if let Some(f) = vm.lookup_special(b, &Str::intern("__rdivmod__")) {
        let r = vm.call(&f, &[b.clone(), a.clone()], &[])?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    Err(vm.type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        a.type_name(),
        b.type_name()
    )))
}

/// The inverse of `a` modulo `m` (m > 0), if `gcd(a, m) == 1`.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let e = a.mod_floor(m).extended_gcd(m);
    if e.gcd.is_one() {
        Some(e.x.mod_floor(m))
    } else {
        None
    }
}

/// `pow(base, exp, mod)` for ints, as CPython 3.8+.
pub fn int_pow_mod(vm: &Vm, base: &BigInt, exp: &BigInt, modulus: &BigInt) -> RunResult<BigInt> {
    if modulus.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let m = modulus.abs();
    let (base, exp) = if exp.is_negative() {
        match mod_inverse(base, &m) {
            Some(inv) => (inv, -exp),
            None => return Err(vm.value_error("base is not invertible for the given modulus")),
        }
    } else {
        (base.mod_floor(&m), exp.clone())
    };
    let mut r = base.modpow(&exp, &m).mod_floor(&m);
    if modulus.is_negative() && !r.is_zero() {
        r += modulus;
    }
    Ok(r)
}

fn pow(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(vm, "pow", &args, &["base", "exp", "mod"], 2, 3)?;
    let base = a.arg(vm, 0)?.clone();
    let exp = a.arg(vm, 1)?.clone();
    let modulus = match &a[2] {
        None | Some(Value::None) => return vm.binary_op(&base, &exp, BinOp::Pow),
        Some(m) => m.clone(),
    };
    if let (Some(b), Some(e), Some(m)) = (as_int(&base), as_int(&exp), as_int(&modulus)) {
        let r = int_pow_mod(vm, &b.to_big(), &e.to_big(), &m.to_big())?;
        return Ok(Value::from_bigint(r));
    }
    // `complex_pow` takes two numbers, one of them complex, and refuses a modulus.
    let is_complex = |v: &Value| matches!(v, Value::Complex(_));
    if (is_complex(&base) || is_complex(&exp)) && [&base, &exp].iter().all(|v| is_number(v)) {
        return Err(vm.value_error("complex modulo"));
    }
    if let Some(f) = vm.lookup_special(&base, &Str::intern("__pow__")) {
        let r = vm.call(&f, &[base.clone(), exp.clone(), modulus.clone()], &[])?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    if [&base, &exp, &modulus].iter().all(|v| is_number(v)) {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    Err(vm.type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        base.type_name(),
        exp.type_name(),
        modulus.type_name()
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_matches_cpython() {
        assert_eq!(round_float(0.125, 2), Some(0.12));
        assert_eq!(round_float(0.375, 2), Some(0.38));
        assert_eq!(round_float(2.675, 2), Some(2.67));
        assert_eq!(round_float(1234.5, -2), Some(1200.0));
        assert_eq!(round_float(1e300, -400), Some(0.0));
        assert_eq!(
            round_float(-0.001, 2).map(|f| f.is_sign_negative()),
            Some(true)
        );
        assert_eq!(round_float(5e-324, 400), Some(5e-324));
        assert_eq!(round_float(1.7976931348623157e308, -308), None);
        assert_eq!(round_int(&BigInt::from(12345), -2), BigInt::from(12300));
        assert_eq!(round_int(&BigInt::from(250), -2), BigInt::from(200));
        assert_eq!(round_int(&BigInt::from(-350), -2), BigInt::from(-400));
    }

    #[test]
    fn pow_mod() {
        let vm = Vm::new();
        let b = |i: i64| BigInt::from(i);
        assert_eq!(int_pow_mod(&vm, &b(2), &b(-1), &b(5)).ok(), Some(b(3)));
        assert_eq!(int_pow_mod(&vm, &b(2), &b(3), &b(-5)).ok(), Some(b(-2)));
        assert_eq!(int_pow_mod(&vm, &b(-2), &b(3), &b(5)).ok(), Some(b(2)));
        assert!(int_pow_mod(&vm, &b(2), &b(-1), &b(4)).is_err());
    }
}
