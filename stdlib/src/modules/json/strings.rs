//! JSON strings (CPython 3.11 `Modules/_json.c`: `scanstring_unicode`,
//! `ascii_escape_unicode`, `escape_unicode`): reading a quoted string with its
//! escapes, and writing a str as a quoted JSON string.

use super::{decode_error, Text};
use crate::builtins::args::{clinic, one_arg, to_index};
use coil_interp::object::{alloc, Args};
use coil_interp::{RunResult, Value, Vm};
use std::fmt::Write;

/// Why a string could not be read: the message and the byte offset
/// `JSONDecodeError` reports.
pub struct StrError {
    pub msg: &'static str,
    pub at: usize,
}

fn hex4(b: &[u8], at: usize) -> Option<u32> {
    let digits = b.get(at..at + 4)?;
    let mut n = 0;
    for &d in digits {
        n = n * 16 + (d as char).to_digit(16)?;
    }
    Some(n)
}

/// Reads the string whose opening quote is just before byte `start`; returns
/// the text and the byte offset after the closing quote. `out` is reused.
pub fn scan_str(s: &str, start: usize, strict: bool, out: &mut String) -> Result<usize, StrError> {
    let b = s.as_bytes();
    let begin = start.saturating_sub(1);
    let unterminated = StrError {
        msg: "Unterminated string starting at",
        at: begin,
    };
    out.clear();
    let mut pos = start;
    loop {
        let chunk_start = pos;
        while pos < b.len() {
            let c = b[pos];
            if c == b'"' || c == b'\\' {
                break;
            }
            if c <= 0x1f && strict {
                return Err(StrError {
                    msg: "Invalid control character at",
                    at: pos,
                });
            }
            pos += 1;
        }
        out.push_str(&s[chunk_start..pos]);
        if pos >= b.len() {
            return Err(unterminated);
        }
        if b[pos] == b'"' {
            return Ok(pos + 1);
        }
        // A backslash: what follows it decides.
        pos += 1;
        let Some(&esc) = b.get(pos) else {
            return Err(unterminated);
        };
        if esc != b'u' {
            let c = match esc {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                _ => {
                    return Err(StrError {
                        msg: "Invalid \\escape",
                        at: pos - 1,
                    })
                }
            };
            out.push(c);
            pos += 1;
            continue;
        }
        // `\uXXXX`: CPython wants the four digits and one more character.
        let digits = pos + 1;
        let bad_u = StrError {
            msg: "Invalid \\uXXXX escape",
            at: pos,
        };
        if digits + 4 >= b.len() {
            return Err(bad_u);
        }
        let Some(mut c) = hex4(b, digits) else {
            return Err(bad_u);
        };
        pos = digits + 4;
        if (0xd800..0xdc00).contains(&c)
            && pos + 6 < b.len()
            && b[pos] == b'\\'
            && b[pos + 1] == b'u'
        {
            let Some(low) = hex4(b, pos + 2) else {
                return Err(StrError {
                    msg: "Invalid \\uXXXX escape",
                    at: pos + 1,
                });
            };
            if (0xdc00..0xe000).contains(&low) {
                c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
                pos += 6;
            }
        }
        match char::from_u32(c) {
            Some(ch) => out.push(ch),
            None => {
                return Err(StrError {
                    msg: "lone surrogate escape, which Coil strings cannot hold, at",
                    at: digits - 2,
                })
            }
        }
    }
}

/// `_json.scanstring(s, end, strict=True)`: the string starting after the
/// quote at index `end - 1`, and the index after its closing quote.
pub fn scanstring(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let slots = clinic(vm, "scanstring", &args, &["s", "end", "strict"], 2, 3)?;
    let doc = slots[0].clone().unwrap_or(Value::None);
    let Value::Str(s) = &doc else {
        return Err(vm.type_error(format!(
            "first argument must be a string, not {}",
            doc.type_name()
        )));
    };
    let end = to_index(vm, slots[1].as_ref().unwrap_or(&Value::None))?;
    let strict = match &slots[2] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let text = Text::new(s);
    let start = match end.to_i64() {
        Some(i) if i >= 0 => text.byte_of(i as usize),
        _ => None,
    };
    let Some(start) = start else {
        return Err(vm.value_error("end is out of bounds"));
    };
    let mut out = String::new();
    match scan_str(text.s, start, strict, &mut out) {
        Ok(after) => Ok(Value::tuple(vec![
            Value::string(out),
            Value::Int(text.index_of(after) as i64),
        ])),
        Err(e) => {
            let at = text.index_of(e.at);
            Err(decode_error(vm, e.msg, &doc, at))
        }
    }
}

/// Whether byte `c` is JSON whitespace.
pub fn is_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r')
}

/// `_json.skip_whitespace(s, idx)`: the first index at or after `idx` that is
/// not JSON whitespace (the `WHITESPACE.match(s, idx).end()` of decoder.py).
pub fn skip_whitespace(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = crate::builtins::args::positional(vm, "skip_whitespace", &args, 2, 2)?;
    let Value::Str(s) = &pos[0] else {
        return Err(vm.type_error(format!(
            "expected string or bytes-like object, got '{}'",
            pos[0].type_name()
        )));
    };
    let idx = to_index(vm, &pos[1])?.to_i64().unwrap_or(i64::MAX).max(0) as usize;
    let text = Text::new(s);
    let Some(mut b) = text.byte_of(idx) else {
        return Ok(Value::Int(idx as i64));
    };
    let bytes = text.s.as_bytes();
    let from = b;
    while b < bytes.len() && is_ws(bytes[b]) {
        b += 1;
    }
    Ok(Value::Int((idx + (b - from)) as i64))
}

/// Appends `s` as a JSON string literal; `ascii` escapes every non-ASCII
/// character as `\uXXXX` (astral ones as a surrogate pair).
/// The text grows fallibly: a document too large to hold is MemoryError.
pub fn write_json_str(out: &mut String, s: &str, ascii: bool) -> Result<(), alloc::NoMemory> {
    alloc::reserve(out, s.len().saturating_add(2))?;
    out.push('"');
    let mut plain = 0;
    for (i, c) in s.char_indices() {
        let esc: &str = match c {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '\u{8}' => "\\b",
            '\u{c}' => "\\f",
            c if (c as u32) < 0x20 || (ascii && (c as u32) > 0x7e) => "",
            _ => continue,
        };
        out.push_str(&s[plain..i]);
        plain = i + c.len_utf8();
        // The reservation counted this char's bytes; an escape takes at most 12.
        alloc::reserve(out, 12)?;
        if !esc.is_empty() {
            out.push_str(esc);
            continue;
        }
        let n = c as u32;
        if n >= 0x10000 {
            let v = n - 0x10000;
            let _ = write!(
                out,
                "\\u{:04x}\\u{:04x}",
                0xd800 | (v >> 10),
                0xdc00 | (v & 0x3ff)
            );
        } else {
            let _ = write!(out, "\\u{n:04x}");
        }
    }
    out.push_str(&s[plain..]);
    out.push('"');
    Ok(())
}

fn encode_with(vm: &mut Vm, name: &str, args: Args, ascii: bool) -> RunResult<Value> {
    let v = one_arg(vm, name, &args)?;
    let Value::Str(s) = vm.builtin_base(v) else {
        return Err(vm.type_error(format!(
            "first argument must be a string, not {}",
            v.type_name()
        )));
    };
    let mut out = String::new();
    vm.alloc(write_json_str(&mut out, s.as_str(), ascii))?;
    Ok(Value::string(out))
}

/// `_json.encode_basestring_ascii(s)`.
pub fn encode_basestring_ascii(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    encode_with(vm, "encode_basestring_ascii", args, true)
}

/// `_json.encode_basestring(s)`.
pub fn encode_basestring(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    encode_with(vm, "encode_basestring", args, false)
}
