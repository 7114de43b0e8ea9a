//! float: CPython's repr (shortest round-trip digits, `1e+16`, `inf`, `nan`).

/// `repr(f)` as CPython's `float_repr` (`Python/pystrtod.c`, mode 'r').
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    // Rust's `{:e}` gives the shortest round-trip digits; place the point as
    // CPython does: scientific when the exponent is < -4 or >= 16.
    let sci = format!("{:e}", f);
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let negative = mantissa.starts_with('-');
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let (digits, exp) = tie_to_even(f, digits, exp);
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    if !(-4..16).contains(&exp) {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    } else if exp < 0 {
        out.push_str("0.");
        for _ in 0..(-exp - 1) {
            out.push('0');
        }
        out.push_str(&digits);
    } else {
        let point = exp as usize + 1;
        if digits.len() <= point {
            out.push_str(&digits);
            for _ in digits.len()..point {
                out.push('0');
            }
            out.push_str(".0");
        } else {
            out.push_str(&digits[..point]);
            out.push('.');
            out.push_str(&digits[point..]);
        }
    }
    out
}

/// Past this many fractional digits a double's exact decimal expansion has
/// only zeros left (its last nonzero digit is at most 1074 places after the
/// point, 767 significant digits), and Rust's formatter refuses precisions
/// above 65535: longer requests format this many and pad with zeros.
const EXACT_DIGITS: usize = 1100;

/// `format!("{:.prec$}", f)` for any `prec` (CPython's `%.{prec}f`).
pub fn fixed_digits(f: f64, prec: usize) -> Result<String, super::alloc::NoMemory> {
    if prec <= EXACT_DIGITS {
        return Ok(format!("{:.*}", prec, f));
    }
    let mut s = super::alloc::string_with_capacity(prec + 330)?;
    use std::fmt::Write;
    let _ = write!(s, "{:.*}", EXACT_DIGITS, f);
    super::alloc::push_repeated(&mut s, '0', prec - EXACT_DIGITS)?;
    Ok(s)
}

/// `format!("{:.prec$e}", f)` for any `prec` (mantissa digits, Rust's `e5`
/// exponent).
pub fn sci_digits(f: f64, prec: usize) -> Result<String, super::alloc::NoMemory> {
    if prec <= EXACT_DIGITS {
        return Ok(format!("{:.*e}", prec, f));
    }
    let short = format!("{:.*e}", EXACT_DIGITS, f);
    let (mant, exp) = short.split_once('e').unwrap_or((&short, "0"));
    let mut s = super::alloc::string_with_capacity(prec + 16)?;
    s.push_str(mant);
    super::alloc::push_repeated(&mut s, '0', prec - EXACT_DIGITS)?;
    s.push('e');
    s.push_str(exp);
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::float_repr;

    #[test]
    // The exact binary values matter: they are ties between two reprs.
    #[allow(clippy::excessive_precision)]
    fn reprs_match_cpython() {
        assert_eq!(float_repr(1.0), "1.0");
        assert_eq!(float_repr(0.1), "0.1");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(123456789012345.0), "123456789012345.0");
        assert_eq!(float_repr(1e-5), "1e-05");
        assert_eq!(float_repr(0.0001), "0.0001");
        assert_eq!(float_repr(-2.5), "-2.5");
        assert_eq!(float_repr(1.5e300), "1.5e+300");
        assert_eq!(float_repr(1006416650509232.25), "1006416650509232.2");
        assert_eq!(float_repr(-1977503052179993.25), "-1977503052179993.2");
    }
}

/// When `f` lies exactly halfway between two shortest candidates, dtoa (and so
/// CPython) keeps the one with an even last digit, where Rust's formatter rounds
/// up: `1006416650509232.25` is `1006416650509232.2` (golden floats/repr_ties.py).
fn tie_to_even(f: f64, digits: String, exp: i32) -> (String, i32) {
    let n = digits.len();
    // Forty more digits than needed show whether the expansion stops right
    // after a 5 (a double's expansion that long cannot resume after them).
    let long = format!("{:.*e}", n + 40, f.abs());
    let (mant, long_exp) = long.split_once('e').unwrap_or((&long, "0"));
    let all: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    let is_tie = all.len() > n && all[n] == b'5' && all[n + 1..].iter().all(|&b| b == b'0');
    if !is_tie || !(all[n - 1] - b'0').is_multiple_of(2) {
        return (digits, exp);
    }
    let trunc = String::from_utf8_lossy(&all[..n]).into_owned();
    let long_exp: i32 = long_exp.parse().unwrap_or(exp);
    let text = format!("{}.{}e{long_exp}", &trunc[..1], &trunc[1..]);
    match text.parse::<f64>() {
        Ok(v) if v == f.abs() => (trunc, long_exp),
        _ => (digits, exp),
    }
}

// Float identity. Floats are inline (no object to point at), yet CPython's
// containers compare by identity first, so `x in [x]` is True for one NaN object
// and `[nan1] == [nan2]` False for two (golden/floats/nan_identity.py). A NaN has
// 51 spare payload bits: each NaN "object" made by `float('nan')`, `math.nan` or an
// operation gets its own payload, and `is` compares bits. Payload 0 is the NaN the
// hardware makes, so re-minting it keeps two results of `inf - inf` distinct.

const QUIET_NAN: u64 = 0x7ff8_0000_0000_0000;
const PAYLOAD_MASK: u64 = (1 << 51) - 1;

thread_local! {
    static NEXT_NAN: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}

/// A NaN with a payload no other live NaN has (a new NaN object), keeping `sign`.
pub fn fresh_nan(negative: bool) -> f64 {
    let n = NEXT_NAN.with(|c| {
        let n = c.get();
        // Wrapping after 2**51 NaNs only makes very old NaNs share identities.
        c.set(if n >= PAYLOAD_MASK { 1 } else { n + 1 });
        n
    });
    let sign = if negative { 1u64 << 63 } else { 0 };
    f64::from_bits(sign | QUIET_NAN | n)
}

/// The result of an arithmetic operation as a new float object: a NaN result
/// gets its own identity (the operands' payload would otherwise carry over).
#[inline]
pub fn new_float(r: f64) -> f64 {
    if r.is_nan() {
        fresh_nan(r.is_sign_negative())
    } else {
        r
    }
}

/// The bits a NaN has in CPython (its sign, quiet, no payload): what `struct.pack`
/// writes. Other floats are unchanged.
pub fn canonical(f: f64) -> f64 {
    if f.is_nan() {
        f64::from_bits((f.to_bits() & (1 << 63)) | QUIET_NAN)
    } else {
        f
    }
}
