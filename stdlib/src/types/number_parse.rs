//! Text to numbers for `int(s, base)` and `float(s)`: CPython 3.11's accepted syntax
//! (surrounding whitespace, a sign, base prefixes, single underscores between
//! digits, Unicode decimal digits, `inf`/`nan`), after `Objects/longobject.c`
//! (`PyLong_FromString`, `_PyUnicode_TransformDecimalAndSpaceToASCII`) and
//! `Python/pystrtod.c` / `Objects/floatobject.c` (`_Py_string_to_number_with_underscores`).

use super::str::is_py_space;
use super::str_case::decimal_value;
use coil_interp::object::int;
use coil_interp::Value;
use num_bigint::BigInt;

/// What parsing an int literal gave.
#[derive(Debug)]
pub(crate) enum IntParse {
    Ok(Value),
    /// Not a valid literal in that base.
    Invalid,
    /// Valid, but longer than `sys.get_int_max_str_digits()` decimal digits (the count).
    TooManyDigits(usize),
}

/// Unicode decimal digits to ASCII and Unicode whitespace to spaces; None when
/// another non-ASCII char makes the text invalid anyway.
pub(crate) fn to_ascii(s: &str) -> Option<String> {
    if s.is_ascii() {
        return Some(s.to_string());
    }
    s.chars()
        .map(|c| {
            if c.is_ascii() {
                Some(c)
            } else if let Some(d) = decimal_value(c) {
                char::from_digit(d, 10)
            } else if is_py_space(c) {
                Some(' ')
            } else {
                None
            }
        })
        .collect()
}

/// The digits of `body` with single underscores between digits removed; None if an
/// underscore is leading, trailing, doubled, or a char is not a digit in `base`.
/// `leading_underscore_ok` allows one right after a base prefix (`0x_1f`).
fn clean_digits(body: &str, base: u32, leading_underscore_ok: bool) -> Option<String> {
    let mut out = String::with_capacity(body.len());
    let mut prev_underscore = false;
    for (i, c) in body.chars().enumerate() {
        if c == '_' {
            if prev_underscore || (i == 0 && !leading_underscore_ok) {
                return None;
            }
            prev_underscore = true;
            continue;
        }
        c.to_digit(base)?;
        prev_underscore = false;
        out.push(c);
    }
    if prev_underscore || out.is_empty() {
        return None;
    }
    Some(out)
}

/// `int(s, base)` for `base` 0 or 2..=36.
pub(crate) fn parse_int(s: &str, base: u32) -> IntParse {
    // The commonest text, a short run of decimal digits with an optional minus
    // (`int(fields[0])`), read in one pass: at most 18 digits fit an i64.
    if base == 10 {
        let b = s.as_bytes();
        let (negative, digits) = match b.first() {
            Some(b'-') => (true, &b[1..]),
            _ => (false, b),
        };
        if (1..=18).contains(&digits.len()) && digits.iter().all(u8::is_ascii_digit) {
            let n = digits
                .iter()
                .fold(0i64, |n, d| n * 10 + i64::from(d - b'0'));
            return IntParse::Ok(Value::Int(if negative { -n } else { n }));
        }
    }
    let Some(ascii) = to_ascii(s) else {
        return IntParse::Invalid;
    };
    let text = ascii.trim_matches(|c: char| is_py_space(c));
    let (negative, text) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let lower = text.get(..2).map(|p| p.to_ascii_lowercase());
    let prefix_base = match lower.as_deref() {
        Some("0x") => Some(16),
        Some("0o") => Some(8),
        Some("0b") => Some(2),
        _ => None,
    };
    let (base, body, after_prefix) = match (base, prefix_base) {
        (0, Some(b)) => (b, &text[2..], true),
        (0, None) => {
            // Base 0 reads decimals, where a leading zero is only allowed for 0 itself.
            if text.starts_with('0') && text.chars().any(|c| c != '0' && c != '_') {
                return IntParse::Invalid;
            }
            (10, text, false)
        }
        (b, Some(p)) if b == p => (b, &text[2..], true),
        (b, _) => (b, text, false),
    };
    let Some(digits) = clean_digits(body, base, after_prefix) else {
        return IntParse::Invalid;
    };
    if !base.is_power_of_two() && int::exceeds_str_digits(digits.len()) {
        return IntParse::TooManyDigits(digits.len());
    }
    if let Ok(n) = i64::from_str_radix(&digits, base) {
        return IntParse::Ok(Value::Int(if negative { -n } else { n }));
    }
    match BigInt::parse_bytes(digits.as_bytes(), base) {
        Some(n) => IntParse::Ok(Value::from_bigint(if negative { -n } else { n })),
        None => IntParse::Invalid,
    }
}

/// `float(s)`: None when the text is not a float literal.
pub(crate) fn parse_float(s: &str) -> Option<f64> {
    let ascii = to_ascii(s)?;
    let text = ascii.trim_matches(|c: char| is_py_space(c));
    let (negative, body) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let lower = body.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(coil_interp::object::float::fresh_nan(false)),
        _ => None,
    };
    if let Some(v) = special {
        return Some(if negative { -v } else { v });
    }
    let cleaned = clean_float_body(body)?;
    let v: f64 = cleaned.parse().ok()?;
    Some(if negative { -v } else { v })
}

/// Checks `digits [. digits] [e [sign] digits]` (either side of the point may be
/// empty, not both) and drops the underscores, which must sit between digits.
fn clean_float_body(body: &str) -> Option<String> {
    let (mantissa, exponent) = match body.find(['e', 'E']) {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (int_part, frac_part) = match mantissa.find('.') {
        Some(i) => (&mantissa[..i], Some(&mantissa[i + 1..])),
        None => (mantissa, None),
    };
    let digits = |part: &str| -> Option<String> {
        if part.is_empty() {
            Some(String::new())
        } else {
            clean_digits(part, 10, false)
        }
    };
    let int_digits = digits(int_part)?;
    let frac_digits = frac_part.map(digits).unwrap_or(Some(String::new()))?;
    if int_digits.is_empty() && frac_digits.is_empty() {
        return None;
    }
    let mut out = int_digits;
    if frac_part.is_some() {
        out.push('.');
        out.push_str(&frac_digits);
    }
    if let Some(exp) = exponent {
        let (sign, exp_digits) = match exp.as_bytes().first() {
            Some(b'-') => ("-", &exp[1..]),
            Some(b'+') => ("", &exp[1..]),
            _ => ("", exp),
        };
        let exp_digits = clean_digits(exp_digits, 10, false)?;
        out.push('e');
        out.push_str(sign);
        out.push_str(&exp_digits);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(s: &str, base: u32) -> String {
        match parse_int(s, base) {
            IntParse::Ok(v) => v.debug_repr(),
            IntParse::Invalid => "invalid".into(),
            IntParse::TooManyDigits(n) => format!("too many: {n}"),
        }
    }

    #[test]
    fn ints_follow_cpython_syntax() {
        assert_eq!(int(" 12 ", 10), "12");
        assert_eq!(int("-0", 10), "0");
        assert_eq!(int("+ 1", 10), "invalid");
        assert_eq!(int("0b101", 0), "5");
        assert_eq!(int("0B1", 2), "1");
        assert_eq!(int("0b1", 16), "177");
        assert_eq!(int("1e5", 10), "invalid");
        assert_eq!(int("0_0", 0), "0");
        assert_eq!(int("010", 0), "invalid");
        assert_eq!(int("0x", 16), "invalid");
        assert_eq!(int("0x_1f", 0), "31");
        assert_eq!(int("z", 36), "35");
        assert_eq!(int("  -0x1F  ", 16), "-31");
        assert_eq!(int("١٢", 10), "12");
        assert_eq!(int("1_", 10), "invalid");
        assert_eq!(int("_1", 10), "invalid");
        assert_eq!(int("1__0", 10), "invalid");
        assert_eq!(int("1_000", 10), "1000");
        assert_eq!(int("", 10), "invalid");
        assert_eq!(
            int("999999999999999999999999999999", 10),
            "999999999999999999999999999999"
        );
        assert_eq!(int(&"1".repeat(5000), 10), "too many: 5000");
    }

    #[test]
    fn floats_follow_cpython_syntax() {
        assert_eq!(parse_float("\n1.5\t"), Some(1.5));
        assert_eq!(parse_float("١.٥"), Some(1.5));
        assert_eq!(parse_float("1_000.5"), Some(1000.5));
        for bad in [
            "1__0", "_1", "1_", "1._5", "1_.5", ".e5", "e5", "1e", "1e_5", "in f", ".", "0x10",
            "1,5", " ", "",
        ] {
            assert_eq!(parse_float(bad), None, "{bad:?}");
        }
        assert_eq!(parse_float("1e5_0"), Some(1e50));
        assert_eq!(parse_float("-iNF"), Some(f64::NEG_INFINITY));
        assert_eq!(parse_float("Infinity"), Some(f64::INFINITY));
        assert!(parse_float("-nan").is_some_and(f64::is_nan));
        assert_eq!(parse_float(".5"), Some(0.5));
        assert_eq!(parse_float("5."), Some(5.0));
        assert_eq!(parse_float("1e500"), Some(f64::INFINITY));
    }
}
