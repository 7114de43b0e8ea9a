//! Numeric literals: decimal, hexadecimal, octal and binary integers, floats and
//! imaginary numbers, with `_` separators. Scanning and error wording follow CPython 3.11
//! Parser/tokenizer.c (`tok_get`'s number branch, `tok_decimal_tail`,
//! `verify_end_of_number`).

use crate::error::RawError;
use crate::token::Token;

/// The value of a numeric literal.
#[derive(Debug, Clone, PartialEq)]
pub enum Number {
    /// An integer: its digits without `_` or prefix, in `radix` (2, 8, 10 or 16).
    /// Kept as text so the parser can build a big integer of any size.
    Int {
        digits: String,
        radix: u32,
    },
    Float(f64),
    /// `1j`, `2.5e3J`: the imaginary part.
    Imaginary(f64),
}

/// logos callback: scans a whole number starting at the matched first character(s).
pub(crate) fn lex_number(lex: &mut logos::Lexer<Token>) -> Result<Number, RawError> {
    let matched = lex.slice().len();
    let start = lex.span().start;
    let text = &lex.source()[start..];
    let (len, number) = scan_number(text)?;
    lex.bump(len - matched);
    Ok(number)
}

/// Scans a number at the start of `text`; returns its byte length and value.
/// Error offsets are relative to the start of `text`.
pub fn scan_number(text: &str) -> Result<(usize, Number), RawError> {
    let b = text.as_bytes();
    if b.len() >= 2 && b[0] == b'0' && b[1].is_ascii_alphabetic() {
        let (radix, kind) = match b[1] {
            b'x' | b'X' => (16, "hexadecimal"),
            b'o' | b'O' => (8, "octal"),
            b'b' | b'B' => (2, "binary"),
            _ => return scan_decimal(text),
        };
        return scan_radix(text, radix, kind);
    }
    scan_decimal(text)
}

fn scan_radix(text: &str, radix: u32, kind: &str) -> Result<(usize, Number), RawError> {
    let b = text.as_bytes();
    let mut i = 2;
    let mut digits = String::new();
    loop {
        if i < b.len() && b[i] == b'_' {
            i += 1;
        }
        match b.get(i) {
            Some(&c) if (c as char).is_digit(radix) => {
                digits.push(c as char);
                i += 1;
            }
            Some(&c) if c.is_ascii_digit() => {
                return Err(RawError::at(
                    format!("invalid digit '{}' in {kind} literal", c as char),
                    i,
                ));
            }
            _ => {
                if digits.is_empty() || b.get(i - 1) == Some(&b'_') {
                    // CPython's caret sits on the last character read.
                    let at = if digits.is_empty() { i - 1 } else { i };
                    return Err(RawError::at(format!("invalid {kind} literal"), at));
                }
                break;
            }
        }
    }
    verify_end(text, i, kind)?;
    Ok((i, Number::Int { digits, radix }))
}

/// Digits with single `_` separators from `i`; returns the new index and whether any
/// digit was seen. A `_` not followed by a digit is an error at the `_`.
fn decimal_tail(b: &[u8], mut i: usize, out: &mut String) -> Result<(usize, bool), RawError> {
    let mut any = false;
    loop {
        match b.get(i) {
            Some(c) if c.is_ascii_digit() => {
                out.push(*c as char);
                any = true;
                i += 1;
            }
            Some(b'_') if any => {
                if b.get(i + 1).is_some_and(|c| c.is_ascii_digit()) {
                    i += 1;
                } else {
                    return Err(RawError::at("invalid decimal literal", i));
                }
            }
            _ => return Ok((i, any)),
        }
    }
}

fn scan_decimal(text: &str) -> Result<(usize, Number), RawError> {
    let b = text.as_bytes();
    let mut clean = String::new();
    let (mut i, int_digits) = decimal_tail(b, 0, &mut clean)?;
    let int_part = clean.clone();
    let mut is_float = false;
    if b.get(i) == Some(&b'.') {
        is_float = true;
        clean.push('.');
        let (j, _) = decimal_tail(b, i + 1, &mut clean)?;
        i = j;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        let mut exp = String::from("e");
        if matches!(b.get(j), Some(b'+' | b'-')) {
            exp.push(b[j] as char);
            j += 1;
        }
        let (k, any) = decimal_tail(b, j, &mut exp)?;
        if any {
            is_float = true;
            clean.push_str(&exp);
            i = k;
        } else {
            return Err(RawError::at("invalid decimal literal", 0));
        }
    }
    if matches!(b.get(i), Some(b'j' | b'J')) {
        i += 1;
        verify_end(text, i, "imaginary")?;
        let value = clean.parse::<f64>().unwrap_or(f64::INFINITY);
        return Ok((i, Number::Imaginary(value)));
    }
    if is_float {
        verify_end(text, i, "decimal")?;
        let value = clean.parse::<f64>().unwrap_or(f64::INFINITY);
        return Ok((i, Number::Float(value)));
    }
    // CPython: "0000" is fine, "0777" is not (only a float or imaginary may start so).
    if int_digits
        && int_part.len() > 1
        && int_part.starts_with('0')
        && int_part.bytes().any(|c| c != b'0')
    {
        return Err(RawError::at(
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            0,
        ));
    }
    verify_end(text, i, "decimal")?;
    Ok((
        i,
        Number::Int {
            digits: int_part,
            radix: 10,
        },
    ))
}

/// CPython's `verify_end_of_number`: a number directly followed by an identifier
/// character is an error, except before the keywords CPython tolerates (`1if x else y`).
fn verify_end(text: &str, i: usize, kind: &str) -> Result<(), RawError> {
    let rest = &text[i..];
    let Some(c) = rest.chars().next() else {
        return Ok(());
    };
    if !(c == '_' || c.is_alphanumeric()) {
        return Ok(());
    }
    for kw in ["and", "else", "for", "if", "in", "is", "not", "or"] {
        if rest.starts_with(kw) {
            return Ok(());
        }
    }
    Err(RawError::at(format!("invalid {kind} literal"), 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(s: &str) -> Number {
        let (len, n) = scan_number(s).unwrap();
        assert_eq!(len, s.len(), "{s}");
        n
    }

    fn err(s: &str) -> String {
        match scan_number(s) {
            Err(RawError::Message { message, .. }) => message,
            other => panic!("{s}: {other:?}"),
        }
    }

    #[test]
    fn literals() {
        assert_eq!(
            ok("0x_fF"),
            Number::Int {
                digits: "fF".into(),
                radix: 16
            }
        );
        assert_eq!(
            ok("1_000"),
            Number::Int {
                digits: "1000".into(),
                radix: 10
            }
        );
        assert_eq!(
            ok("0o17"),
            Number::Int {
                digits: "17".into(),
                radix: 8
            }
        );
        assert_eq!(
            ok("0b1_0"),
            Number::Int {
                digits: "10".into(),
                radix: 2
            }
        );
        assert_eq!(
            ok("000"),
            Number::Int {
                digits: "000".into(),
                radix: 10
            }
        );
        assert_eq!(ok("1.5"), Number::Float(1.5));
        assert_eq!(ok("1."), Number::Float(1.0));
        assert_eq!(ok(".5e-3"), Number::Float(0.0005));
        assert_eq!(ok("1e10"), Number::Float(1e10));
        assert_eq!(ok("1.e5j"), Number::Imaginary(1e5));
        assert_eq!(ok("3j"), Number::Imaginary(3.0));
        assert_eq!(ok("0777.5"), Number::Float(777.5));
    }

    #[test]
    fn errors() {
        assert_eq!(err("1abc"), "invalid decimal literal");
        assert_eq!(err("1_"), "invalid decimal literal");
        assert_eq!(err("1__0"), "invalid decimal literal");
        assert_eq!(err("1e"), "invalid decimal literal");
        assert_eq!(err("0x"), "invalid hexadecimal literal");
        assert_eq!(err("0b102"), "invalid digit '2' in binary literal");
        assert_eq!(err("0o8"), "invalid digit '8' in octal literal");
        assert!(err("0777").starts_with("leading zeros"));
        assert_eq!(scan_number("1if").unwrap().0, 1);
    }
}
