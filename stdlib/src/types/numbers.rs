//! int and float methods: `int.bit_length`, `bit_count`, `conjugate`,
//! `as_integer_ratio`, `__index__`, `to_bytes`, `int.from_bytes`; `float.is_integer`, `as_integer_ratio`,
//! `conjugate`, `hex` and `float.fromhex`, after CPython 3.11
//! `Objects/longobject.c` and `Objects/floatobject.c` (`float_hex`,
//! `float_fromhex`, `float_as_integer_ratio_impl`). Bools use int's methods.

use super::add_function;
use super::args::{self, wrong_receiver};
use super::install_methods;
use coil_interp::object::{alloc, Args};
use coil_interp::{RunResult, Value, Vm};
use num_bigint::BigInt;
use num_traits::{One, ToPrimitive, Zero};

pub(crate) fn install(vm: &mut Vm) {
    let i = vm.types.int.clone();
    install_methods(
        &i,
        &[
            ("bit_length", bit_length),
            ("bit_count", bit_count),
            ("conjugate", int_conjugate),
            ("as_integer_ratio", int_as_integer_ratio),
            ("__index__", int_index),
            ("to_bytes", to_bytes),
        ],
    );
    add_function(&i, "from_bytes", from_bytes);
    let f = vm.types.float.clone();
    install_methods(
        &f,
        &[
            ("is_integer", is_integer),
            ("as_integer_ratio", float_as_integer_ratio),
            ("conjugate", float_conjugate),
            ("hex", hex),
        ],
    );
    add_function(&f, "fromhex", fromhex);
}

/// The receiver of an int method as a big integer (bools are ints).
fn recv_int(vm: &Vm, name: &str, recv: &Value) -> RunResult<BigInt> {
    match recv {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(*b as i64)),
        Value::BigInt(b) => Ok((**b).clone()),
        other => Err(wrong_receiver(vm, "int", name, other)),
    }
}

/// `int(self)`: bools become plain ints.
fn as_plain_int(vm: &Vm, name: &str, recv: &Value) -> RunResult<Value> {
    match recv {
        Value::Int(_) | Value::BigInt(_) => Ok(recv.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        other => Err(wrong_receiver(vm, "int", name, other)),
    }
}

fn bit_length(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    args::no_args(vm, ("int", "bit_length"), &a)?;
    if let Value::Int(i) = recv {
        return Ok(Value::Int(64 - i.unsigned_abs().leading_zeros() as i64));
    }
    let n = recv_int(vm, "bit_length", recv)?;
    Ok(Value::Int(n.bits() as i64))
}

fn bit_count(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    args::no_args(vm, ("int", "bit_count"), &a)?;
    if let Value::Int(i) = recv {
        return Ok(Value::Int(i.unsigned_abs().count_ones() as i64));
    }
    let n = recv_int(vm, "bit_count", recv)?;
    let ones: u64 = n
        .magnitude()
        .iter_u64_digits()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(Value::Int(ones as i64))
}

fn int_conjugate(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    args::no_args(vm, ("int", "conjugate"), &a)?;
    as_plain_int(vm, "conjugate", recv)
}

fn int_index(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    args::no_args(vm, ("int", "__index__"), &a)?;
    as_plain_int(vm, "__index__", recv)
}

fn int_as_integer_ratio(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    args::no_args(vm, ("int", "as_integer_ratio"), &a)?;
    let n = as_plain_int(vm, "as_integer_ratio", recv)?;
    Ok(Value::tuple(vec![n, Value::Int(1)]))
}

fn recv_float(vm: &Vm, name: &str, recv: &Value) -> RunResult<f64> {
    match recv {
        Value::Float(f) => Ok(*f),
        other => Err(wrong_receiver(vm, "float", name, other)),
    }
}

fn is_integer(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let f = recv_float(vm, "is_integer", recv)?;
    args::no_args(vm, ("float", "is_integer"), &a)?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_conjugate(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let f = recv_float(vm, "conjugate", recv)?;
    args::no_args(vm, ("float", "conjugate"), &a)?;
    Ok(Value::Float(f))
}

/// The mantissa, as an integer, and binary exponent of a finite float: f = m * 2**e.
fn decompose(f: f64) -> (i64, i32) {
    let bits = f.to_bits();
    let negative = bits >> 63 == 1;
    let exp_bits = ((bits >> 52) & 0x7ff) as i32;
    let frac = (bits & ((1 << 52) - 1)) as i64;
    let (m, e) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp_bits - 1075)
    };
    (if negative { -m } else { m }, e)
}

fn float_as_integer_ratio(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let f = recv_float(vm, "as_integer_ratio", recv)?;
    args::no_args(vm, ("float", "as_integer_ratio"), &a)?;
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    let (m, e) = decompose(f);
    if m == 0 {
        return Ok(Value::tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    let (num, den) = if e >= 0 {
        (BigInt::from(m) << e as usize, BigInt::one())
    } else {
        let shift = (m.trailing_zeros() as i32).min(-e);
        (
            BigInt::from(m >> shift),
            BigInt::one() << (-e - shift) as usize,
        )
    };
    Ok(Value::tuple(vec![
        Value::from_bigint(num),
        Value::from_bigint(den),
    ]))
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>`, `0x0.…p-1022` for subnormals.
pub(crate) fn float_hex(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = f.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (lead, exp) = if exp_bits == 0 {
        (0, -1022)
    } else {
        (1, exp_bits - 1023)
    };
    format!("{sign}0x{lead}.{frac:013x}p{exp:+}")
}

fn hex(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let f = recv_float(vm, "hex", recv)?;
    args::no_args(vm, ("float", "hex"), &a)?;
    Ok(Value::string(float_hex(f)))
}

/// `float.fromhex(s)`; callable on the class or an instance.
fn fromhex(vm: &mut Vm, _recv: &Value, a: Args) -> RunResult<Value> {
    let s = args::one_arg(vm, ("float", "fromhex"), &a)?;
    let Value::Str(s) = s else {
        return Err(vm.type_error("bad argument type for built-in operation"));
    };
    match parse_hex_float(s.as_str()) {
        Ok(f) => Ok(Value::Float(f)),
        Err(HexError::Invalid) => Err(vm.value_error("invalid hexadecimal floating-point string")),
        Err(HexError::TooLarge) => {
            Err(vm.overflow_error("hexadecimal value too large to represent as a float"))
        }
    }
}

#[derive(Debug, PartialEq)]
pub(crate) enum HexError {
    Invalid,
    TooLarge,
}

/// `[sign] ['0x'] hexdigits ['.' hexdigits] ['p' [sign] digits]`, or inf/nan,
/// rounded half-to-even to the nearest float.
pub(crate) fn parse_hex_float(s: &str) -> Result<f64, HexError> {
    let t = s.trim();
    let (negative, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let signed = |f: f64| if negative { -f } else { f };
    match t.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => return Ok(signed(f64::INFINITY)),
        "nan" => return Ok(coil_interp::object::float::fresh_nan(negative)),
        _ => {}
    }
    let t = match t.get(..2) {
        Some(p) if p.eq_ignore_ascii_case("0x") => &t[2..],
        _ => t,
    };
    let (mant, exp) = match t.find(['p', 'P']) {
        Some(i) => (&t[..i], Some(&t[i + 1..])),
        None => (t, None),
    };
    let (int_part, frac_part) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(HexError::Invalid);
    }
    let mut n = BigInt::zero();
    for c in int_part.chars().chain(frac_part.chars()) {
        let d = c.to_digit(16).ok_or(HexError::Invalid)?;
        n = (n << 4) + d;
    }
    let mut e: i64 = match exp {
        None => 0,
        Some(x) => {
            let digits = x.strip_prefix(['+', '-']).unwrap_or(x);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(HexError::Invalid);
            }
            // Absurd exponents only matter as "huge": clamp while parsing.
            let v = digits
                .bytes()
                .fold(0i64, |acc, b| (acc * 10 + (b - b'0') as i64).min(1 << 40));
            if x.starts_with('-') {
                -v
            } else {
                v
            }
        }
    };
    e -= 4 * frac_part.len() as i64;
    if n.is_zero() {
        return Ok(signed(0.0));
    }
    // value = n * 2**e; keep 53 significant bits (fewer for subnormals).
    let bits = n.bits() as i64;
    let top = bits - 1 + e;
    if top > 1023 {
        return Err(HexError::TooLarge);
    }
    let precision = if top >= -1022 { 53 } else { 53 - (-1022 - top) };
    let shift = bits - precision;
    let (mut q, mut e) = (n.clone(), e);
    if shift > 0 {
        q = &n >> shift as usize;
        let rem = &n - (&q << shift as usize);
        let half = BigInt::one() << (shift - 1) as usize;
        if rem > half || (rem == half && (&q & BigInt::one()).is_one()) {
            q += 1;
        }
        e += shift;
    }
    let q = q.to_f64().unwrap_or(f64::INFINITY);
    // Scale in two steps so no intermediate leaves the normal range needlessly.
    let half = (e / 2) as i32;
    let f = q * 2f64.powi(half) * 2f64.powi(e as i32 - half);
    if f.is_infinite() {
        return Err(HexError::TooLarge);
    }
    Ok(signed(f))
}

const TO_BYTES: args::Signature =
    args::Signature::new("to_bytes", &["length", "byteorder", "signed"])
        .required(0)
        .kw_only_from(2);

const FROM_BYTES: args::Signature =
    args::Signature::new("from_bytes", &["bytes", "byteorder", "signed"])
        .required(1)
        .kw_only_from(2);

/// `byteorder` (3.11: defaults to 'big'): true for little-endian.
fn little_endian(vm: &Vm, v: Option<&Value>) -> RunResult<bool> {
    match v {
        None => Ok(false),
        Some(Value::Str(s)) => match s.as_str() {
            "little" => Ok(true),
            "big" => Ok(false),
            _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        },
        Some(other) => Err(vm.type_error(format!(
            "to_bytes() argument 'byteorder' must be str, not {}",
            other.type_name()
        ))),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)` (`int_to_bytes_impl`).
fn to_bytes(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let n = recv_int(vm, "to_bytes", recv)?;
    let bound = TO_BYTES.bind(vm, &a)?;
    let length = bound.i64_or(vm, 0, 1)?;
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let little = little_endian(vm, bound[1].as_ref())?;
    let signed = match &bound[2] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if !signed && n.sign() == num_bigint::Sign::Minus {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let length = length as usize;
    // Big-endian two's complement (or magnitude), then padded to `length`.
    let mut raw = if signed {
        n.to_signed_bytes_be()
    } else {
        n.to_bytes_be().1
    };
    if n.is_zero() {
        raw.clear();
    }
    if raw.len() > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let fill = if signed && n.sign() == num_bigint::Sign::Minus {
        0xff
    } else {
        0
    };
    let mut out = vm.alloc(alloc::filled(fill, length - raw.len()))?;
    vm.alloc(
        out.try_reserve_exact(raw.len())
            .map_err(|_| alloc::NoMemory),
    )?;
    out.extend(raw);
    if little {
        out.reverse();
    }
    Ok(Value::bytes(out))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`: `bytes` is a
/// bytes-like object or any iterable of ints in range(256).
fn from_bytes(vm: &mut Vm, _recv: &Value, a: Args) -> RunResult<Value> {
    let bound = FROM_BYTES.bind(vm, &a)?;
    let src = bound[0].clone().unwrap_or(Value::None);
    let data: Vec<u8> = match &src {
        Value::Bytes(b) => b.as_bytes().to_vec(),
        Value::Str(_) => {
            return Err(vm.type_error("cannot convert 'str' object to bytes"));
        }
        // `PyObject_Bytes`: a buffer (bytearray, memoryview, array) is read as is.
        other => match super::bytes::buffer_of(other) {
            Some(d) => d,
            None => items_as_bytes(vm, other)?,
        },
    };
    let little = little_endian(vm, bound[1].as_ref())?;
    let signed = match &bound[2] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let n = match (signed, little) {
        (true, true) => BigInt::from_signed_bytes_le(&data),
        (true, false) => BigInt::from_signed_bytes_be(&data),
        (false, true) => BigInt::from_bytes_le(num_bigint::Sign::Plus, &data),
        (false, false) => BigInt::from_bytes_be(num_bigint::Sign::Plus, &data),
    };
    Ok(Value::from_bigint(n))
}

/// The bytes an iterable of ints stands for (`bytes(iterable)`'s rule).
fn items_as_bytes(vm: &mut Vm, other: &Value) -> RunResult<Vec<u8>> {
    let items = vm.collect(other)?;
    let mut out = Vec::with_capacity(items.len());
    for v in &items {
        let i = args::index_i64(vm, v)?;
        out.push(u8::try_from(i).map_err(|_| vm.value_error("bytes must be in range(0, 256)"))?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::testing::{call, r};

    #[test]
    fn int_methods() {
        let mut vm = Vm::new();
        assert_eq!(r(&call(&mut vm, bit_length, Value::Int(-255), &[])), "8");
        assert_eq!(r(&call(&mut vm, bit_length, Value::Int(0), &[])), "0");
        assert_eq!(r(&call(&mut vm, bit_count, Value::Int(-7), &[])), "3");
        assert_eq!(
            r(&call(&mut vm, int_as_integer_ratio, Value::Bool(true), &[])),
            "(1, 1)"
        );
        assert_eq!(
            r(&call(&mut vm, bit_length, Value::Int(1), &[Value::Int(1)])),
            "TypeError: int.bit_length() takes no arguments (1 given)"
        );
    }

    #[test]
    fn float_methods() {
        let mut vm = Vm::new();
        assert_eq!(
            r(&call(
                &mut vm,
                float_as_integer_ratio,
                Value::Float(0.75),
                &[]
            )),
            "(3, 4)"
        );
        assert_eq!(
            r(&call(
                &mut vm,
                float_as_integer_ratio,
                Value::Float(-2.0),
                &[]
            )),
            "(-2, 1)"
        );
        assert_eq!(
            r(&call(
                &mut vm,
                float_as_integer_ratio,
                Value::Float(f64::INFINITY),
                &[]
            )),
            "OverflowError: cannot convert Infinity to integer ratio"
        );
        assert_eq!(
            r(&call(&mut vm, is_integer, Value::Float(2.0), &[])),
            "True"
        );
        assert_eq!(float_hex(1.5), "0x1.8000000000000p+0");
        assert_eq!(float_hex(0.1), "0x1.999999999999ap-4");
        assert_eq!(float_hex(-0.0), "-0x0.0p+0");
        assert_eq!(float_hex(1e-320), "0x0.00000000007e8p-1022");
        for f in [
            1.5,
            0.1,
            1e-320,
            5e-324,
            f64::MAX,
            123.456,
            1e300,
            2.2250738585072014e-308,
        ] {
            assert_eq!(parse_hex_float(&float_hex(f)), Ok(f));
        }
        assert_eq!(parse_hex_float("0x1.8p1"), Ok(3.0));
        assert_eq!(parse_hex_float("  -0X.8 "), Ok(-0.5));
        assert_eq!(parse_hex_float("x"), Err(HexError::Invalid));
        assert_eq!(parse_hex_float("0x1p2000"), Err(HexError::TooLarge));
        assert_eq!(parse_hex_float("0x1p-2000"), Ok(0.0));
        assert_eq!(parse_hex_float("0x1.00000000000008p0"), Ok(1.0));
        assert_eq!(
            parse_hex_float("0x1.00000000000018p0"),
            Ok(1.0000000000000004)
        );
    }
}
