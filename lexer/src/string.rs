//! String literals: prefixes (`r`, `b`, `u`, `f`, `rb`, `fr` in any case and order),
//! single and triple quotes, and escape decoding. Follows CPython 3.11
//! Parser/tokenizer.c (`tok_get`, the string branch: where a literal ends and the
//! "unterminated … (detected at line N)" errors) and Parser/string_parser.c
//! (`decode_unicode_with_escapes`, `_PyBytes_DecodeEscape`). f-string bodies are kept
//! as source ranges and split by `fstring.rs`.

use crate::error::RawError;
use crate::token::Token;

/// A literal's value. Adjacent literals are concatenated by the parser.
#[derive(Debug, Clone, PartialEq)]
pub enum StringLit {
    /// A `str` literal, escapes already decoded.
    Str(String),
    /// A `bytes` literal, escapes already decoded.
    Bytes(Vec<u8>),
    /// An f-string: the byte range of the text between the quotes (absolute offsets into
    /// the source), split into pieces later by [`crate::fstring::parse_fstring`].
    FString {
        raw: bool,
        content_start: usize,
        content_end: usize,
    },
}

/// 1-based line of byte offset `pos`, counted as CPython's tokenizer counts (a final
/// newline does not start a new line).
pub(crate) fn line_at(source: &str, pos: usize) -> usize {
    let before = &source.as_bytes()[..pos.min(source.len())];
    let newlines = before.iter().filter(|&&c| c == b'\n').count();
    if pos >= source.len() && before.last() == Some(&b'\n') {
        newlines.max(1)
    } else {
        newlines + 1
    }
}

/// logos callback: the prefix and opening quote have matched; find the closing quote
/// and decode the body.
pub(crate) fn lex_string(lex: &mut logos::Lexer<Token>) -> Result<StringLit, RawError> {
    let slice = lex.slice();
    let start = lex.span().start;
    let quote = slice.as_bytes()[slice.len() - 1];
    let prefix = slice[..slice.len() - 1].to_ascii_lowercase();
    let source = lex.source();
    let rest = source.as_bytes();
    let mut i = lex.span().end;
    let triple = rest.get(i) == Some(&quote) && rest.get(i + 1) == Some(&quote);
    if triple {
        i += 2;
    }
    let content_start = i;
    let content_end;
    loop {
        match rest.get(i) {
            None => {
                let line = line_at(source, source.len());
                let message = if triple {
                    format!("unterminated triple-quoted string literal (detected at line {line})")
                } else {
                    format!("unterminated string literal (detected at line {line})")
                };
                return Err(RawError::Message {
                    message,
                    offset: 0,
                    len: 0,
                    incomplete: triple,
                });
            }
            Some(b'\\') => {
                // An escaped character never closes the literal, even in a raw string;
                // a backslash before a newline continues a single-quoted literal.
                i += 1;
                if rest.get(i) == Some(&b'\r') && rest.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                if i < rest.len() {
                    i += 1;
                }
            }
            Some(b'\n' | b'\r') if !triple => {
                let line = line_at(source, i);
                return Err(RawError::at(
                    format!("unterminated string literal (detected at line {line})"),
                    0,
                ));
            }
            Some(&c) if c == quote => {
                if !triple {
                    content_end = i;
                    i += 1;
                    break;
                }
                if rest.get(i + 1) == Some(&quote) && rest.get(i + 2) == Some(&quote) {
                    content_end = i;
                    i += 3;
                    break;
                }
                i += 1;
            }
            Some(_) => i += 1,
        }
    }
    lex.bump(i - lex.span().end);
    let token_len = i - start;
    let raw = prefix.contains('r');
    let body = &source[content_start..content_end];
    if prefix.contains('f') {
        return Ok(StringLit::FString {
            raw,
            content_start,
            content_end,
        });
    }
    if prefix.contains('b') {
        if !body.is_ascii() {
            return Err(RawError::at(
                "bytes can only contain ASCII literal characters",
                0,
            ));
        }
        if raw {
            return Ok(StringLit::Bytes(body.as_bytes().to_vec()));
        }
        return decode_bytes(body)
            .map(StringLit::Bytes)
            .map_err(|m| RawError::at(m, token_len));
    }
    if raw {
        return Ok(StringLit::Str(body.to_string()));
    }
    decode_str(body)
        .map(StringLit::Str)
        .map_err(|m| RawError::at(m, token_len))
}

fn unicode_error(start: usize, end: usize, what: &str) -> String {
    format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {what}"
    )
}

/// Decodes the escapes of a non-raw `str` literal body (or an f-string literal piece).
pub fn decode_str(body: &str) -> Result<String, String> {
    if !body.contains('\\') {
        return Ok(body.to_string());
    }
    let mut out = String::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    while let Some((pos, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, e)) = chars.next() else {
            return Err(unicode_error(pos, pos, "\\ at end of string"));
        };
        match e {
            '\n' => {}
            '\r' => {
                if chars.peek().map(|&(_, c)| c) == Some('\n') {
                    chars.next();
                }
            }
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut value = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match chars.peek() {
                        Some(&(_, d @ '0'..='7')) => {
                            value = value * 8 + d.to_digit(8).unwrap_or(0);
                            chars.next();
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(value).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' => {
                let (n, name) = match e {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut value = 0u32;
                let mut last = pos + 1;
                for _ in 0..n {
                    match chars.peek() {
                        Some(&(p, d)) if d.is_ascii_hexdigit() => {
                            value = value * 16 + d.to_digit(16).unwrap_or(0);
                            last = p;
                            chars.next();
                        }
                        Some(&(p, _)) => {
                            return Err(unicode_error(pos, p.saturating_sub(1).max(last), name))
                        }
                        None => return Err(unicode_error(pos, body.len() - 1, name)),
                    }
                }
                match char::from_u32(value) {
                    Some(ch) => out.push(ch),
                    None if value <= 0x10FFFF => out.push('\u{fffd}'),
                    None => return Err(unicode_error(pos, last, "illegal Unicode character")),
                }
            }
            'N' => {
                let rest = &body[pos + 2..];
                let end = rest.find('}');
                let named = match (rest.starts_with('{'), end) {
                    (true, Some(end)) => crate::char_names::lookup(&rest[1..end]).map(|c| (c, end)),
                    _ => None,
                };
                match named {
                    Some((ch, end)) => {
                        out.push(ch);
                        while chars.peek().is_some_and(|&(p, _)| p <= pos + 2 + end) {
                            chars.next();
                        }
                    }
                    None => {
                        let stop = end.map(|e| pos + 2 + e).unwrap_or(body.len() - 1);
                        let what = if end.is_some() && rest.starts_with('{') {
                            "unknown Unicode character name"
                        } else {
                            "malformed \\N character escape"
                        };
                        return Err(unicode_error(pos, stop, what));
                    }
                }
            }
            other => {
                // CPython keeps unknown escapes as written (with a DeprecationWarning).
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// Decodes the escapes of a non-raw bytes literal body (ASCII already checked).
pub fn decode_bytes(body: &str) -> Result<Vec<u8>, String> {
    let b = body.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        i += 1;
        if c != b'\\' {
            out.push(c);
            continue;
        }
        let Some(&e) = b.get(i) else {
            return Err("(value error) Trailing \\ in string".to_string());
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' | b'\'' | b'"' => out.push(e),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut value = (e - b'0') as u32;
                for _ in 0..2 {
                    match b.get(i) {
                        Some(d @ b'0'..=b'7') => {
                            value = value * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push((value & 0xFF) as u8);
            }
            b'x' => {
                let hex = body
                    .get(i..i + 2)
                    .filter(|h| h.bytes().all(|d| d.is_ascii_hexdigit()));
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(v) => {
                        out.push(v);
                        i += 2;
                    }
                    None => {
                        return Err(format!(
                            "(value error) invalid \\x escape at position {}",
                            i - 2
                        ))
                    }
                }
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(
            decode_str(r"a\n\t\\\'\x41\u00e9\U0001F600\101\0").unwrap(),
            "a\n\t\\'Aé😀A\0"
        );
        assert_eq!(decode_str(r"\N{BULLET}\d").unwrap(), "•\\d");
        assert_eq!(
            decode_str(r"\xz").unwrap_err(),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape"
        );
        assert_eq!(decode_bytes(r"\x41\n\u").unwrap(), b"A\n\\u");
    }

    #[test]
    fn lines() {
        assert_eq!(line_at("a\n\n", 3), 2);
        assert_eq!(line_at("abc", 3), 1);
        assert_eq!(line_at("a\nb", 2), 2);
    }
}
