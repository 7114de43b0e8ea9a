//! f-string bodies: literal text (with `{{`/`}}`) and replacement fields
//! `{expr=!conv:spec}`. Splitting and messages follow CPython 3.11
//! Parser/string_parser.c (`fstring_find_literal`, `fstring_find_expr`): an f-string is
//! one STRING token, and each field's expression is parsed afterwards from its source
//! range, so quotes inside a field must differ from the enclosing ones.

use crate::error::LexError;
use crate::string::decode_str;

/// One piece of an f-string body, with absolute byte offsets.
#[derive(Debug, Clone, PartialEq)]
pub enum FStringPiece {
    /// Literal text, escapes and doubled braces already decoded.
    Literal {
        value: String,
        start: usize,
        end: usize,
    },
    Field(FStringField),
}

/// A replacement field `{expr=!conv:spec}`.
#[derive(Debug, Clone, PartialEq)]
pub struct FStringField {
    /// Byte range of the expression's source text.
    pub expr_start: usize,
    pub expr_end: usize,
    /// For `{x = }`: the text `x = ` that CPython emits before the value.
    pub debug_text: Option<String>,
    /// `'s'`, `'r'` or `'a'`; `{x=}` without conversion or spec gets `'r'`.
    pub conversion: Option<char>,
    /// The pieces of the format spec after `:` (may itself contain fields).
    pub format_spec: Option<Vec<FStringPiece>>,
    /// From `{` to `}` inclusive.
    pub start: usize,
    pub end: usize,
}

/// Splits the body `source[start..end]` of an f-string into pieces. Errors are placed
/// at `error_pos` (CPython 3.11 puts the caret at the end of the literal).
pub fn parse_fstring(
    source: &str,
    start: usize,
    end: usize,
    raw: bool,
    error_pos: usize,
) -> Result<Vec<FStringPiece>, LexError> {
    let mut scanner = Scanner {
        src: source.as_bytes(),
        text: source,
        end,
        raw,
        error_pos,
    };
    let (pieces, stop) = scanner.pieces(start, 0)?;
    debug_assert!(stop == end);
    Ok(pieces)
}

struct Scanner<'a> {
    src: &'a [u8],
    text: &'a str,
    end: usize,
    raw: bool,
    error_pos: usize,
}

impl Scanner<'_> {
    fn error(&self, message: &str) -> LexError {
        LexError::syntax(message, self.error_pos, self.error_pos)
    }

    /// Pieces from `i` up to the end of the body (level 0) or the `}` closing a format
    /// spec (level 1); returns them and where scanning stopped.
    fn pieces(&mut self, mut i: usize, level: u32) -> Result<(Vec<FStringPiece>, usize), LexError> {
        let mut pieces = Vec::new();
        loop {
            let (literal_end, resume, at_brace) = self.literal(i, level)?;
            if literal_end > i {
                let raw_text = &self.text[i..literal_end];
                let value = if self.raw {
                    raw_text.to_string()
                } else {
                    decode_str(raw_text).map_err(|m| self.error(&m))?
                };
                push_literal(&mut pieces, value, i, literal_end);
            }
            i = resume;
            if !at_brace {
                if i >= self.end {
                    return Ok((pieces, i));
                }
                continue;
            }
            // At a `{` (a field) or, inside a format spec, the closing `}`.
            if self.src[i] == b'}' {
                return Ok((pieces, i));
            }
            let (field, next) = self.field(i, level)?;
            if let Some(text) = &field.debug_text {
                push_literal(&mut pieces, text.clone(), field.expr_start, field.expr_end);
            }
            pieces.push(FStringPiece::Field(field));
            i = next;
        }
    }

    /// Scans literal text from `i`. Returns (end of the literal text, where to resume,
    /// whether scanning stopped at a brace that starts a field or ends a spec).
    fn literal(&self, start: usize, level: u32) -> Result<(usize, usize, bool), LexError> {
        let mut s = start;
        while s < self.end {
            let mut ch = self.src[s];
            s += 1;
            if !self.raw && ch == b'\\' && s < self.end {
                ch = self.src[s];
                s += 1;
                if ch == b'N' {
                    // `\N{NAME}` is an escape, not a field.
                    if s < self.end && self.src[s] == b'{' {
                        while s < self.end && self.src[s] != b'}' {
                            s += 1;
                        }
                        s = (s + 1).min(self.end);
                    }
                    continue;
                }
            }
            if ch == b'{' || ch == b'}' {
                // Doubled braces are only an escape at the top level, so `f'{0:{3}}'`
                // still closes two fields.
                if level == 0 {
                    if s < self.end && self.src[s] == ch {
                        return Ok((s, s + 1, false));
                    }
                    if ch == b'}' {
                        return Err(self.error("f-string: single '}' is not allowed"));
                    }
                }
                return Ok((s - 1, s - 1, true));
            }
        }
        Ok((self.end, self.end, false))
    }

    /// Scans a field starting at its `{`; returns it and the index after its `}`.
    fn field(&mut self, open: usize, level: u32) -> Result<(FStringField, usize), LexError> {
        if level >= 2 {
            return Err(self.error("f-string: expressions nested too deeply"));
        }
        let expr_start = open + 1;
        let mut i = expr_start;
        let mut quote: Option<(u8, bool)> = None;
        let mut stack: Vec<u8> = Vec::new();
        while i < self.end {
            let ch = self.src[i];
            if ch == b'\\' {
                return Err(self.error("f-string expression part cannot include a backslash"));
            }
            if let Some((q, triple)) = quote {
                if ch == q {
                    if !triple {
                        quote = None;
                    } else if i + 2 < self.end && self.src[i + 1] == q && self.src[i + 2] == q {
                        quote = None;
                        i += 2;
                    }
                }
                i += 1;
                continue;
            }
            match ch {
                b'\'' | b'"' => {
                    let triple = i + 2 < self.end && self.src[i + 1] == ch && self.src[i + 2] == ch;
                    quote = Some((ch, triple));
                    if triple {
                        i += 2;
                    }
                }
                b'[' | b'(' | b'{' => {
                    if stack.len() >= 200 {
                        return Err(self.error("f-string: too many nested parenthesis"));
                    }
                    stack.push(ch);
                }
                b'#' => return Err(self.error("f-string expression part cannot include '#'")),
                b'!' | b':' | b'}' | b'=' | b'<' | b'>' if stack.is_empty() => {
                    let next = self.src.get(i + 1).copied().filter(|_| i + 1 < self.end);
                    if next == Some(b'=') && matches!(ch, b'!' | b'=' | b'<' | b'>') {
                        i += 2;
                        continue;
                    }
                    if ch != b'<' && ch != b'>' {
                        break;
                    }
                }
                b']' | b')' | b'}' => {
                    let Some(opening) = stack.pop() else {
                        return Err(self.error(&format!("f-string: unmatched '{}'", ch as char)));
                    };
                    let expected = match opening {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if ch != expected {
                        return Err(self.error(&format!(
                            "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                            ch as char, opening as char
                        )));
                    }
                }
                _ => {}
            }
            i += 1;
        }
        if quote.is_some() {
            return Err(self.error("f-string: unterminated string"));
        }
        if let Some(&opening) = stack.last() {
            return Err(self.error(&format!("f-string: unmatched '{}'", opening as char)));
        }
        if i >= self.end {
            return Err(self.error("f-string: expecting '}'"));
        }
        let expr_end = i;
        if self.text[expr_start..expr_end].trim().is_empty() {
            return Err(self.error("f-string: empty expression not allowed"));
        }
        let mut debug_text = None;
        if self.src[i] == b'=' {
            i += 1;
            while i < self.end && self.src[i].is_ascii_whitespace() {
                i += 1;
            }
            if i >= self.end {
                return Err(self.error("f-string: expecting '}'"));
            }
            debug_text = Some(self.text[expr_start..i].to_string());
        }
        let mut conversion = None;
        if self.src[i] == b'!' {
            i += 1;
            if i >= self.end {
                return Err(self.error("f-string: expecting '}'"));
            }
            let c = self.text[i..].chars().next().unwrap_or('}');
            if !matches!(c, 's' | 'r' | 'a') {
                return Err(
                    self.error("f-string: invalid conversion character: expected 's', 'r', or 'a'")
                );
            }
            conversion = Some(c);
            i += 1;
        }
        let mut format_spec = None;
        if i < self.end && self.src[i] == b':' {
            let (spec, stop) = self.pieces(i + 1, level + 1)?;
            format_spec = Some(spec);
            i = stop;
        }
        if i >= self.end || self.src[i] != b'}' {
            return Err(self.error("f-string: expecting '}'"));
        }
        if debug_text.is_some() && conversion.is_none() && format_spec.is_none() {
            conversion = Some('r');
        }
        let field = FStringField {
            expr_start,
            expr_end,
            debug_text,
            conversion,
            format_spec,
            start: open,
            end: i + 1,
        };
        Ok((field, i + 1))
    }
}

/// Appends literal text, merging it with a literal just before (as CPython does for
/// `f"a{x=}"`, whose first constant is `ax=`).
fn push_literal(pieces: &mut Vec<FStringPiece>, value: String, start: usize, end: usize) {
    if let Some(FStringPiece::Literal {
        value: prev,
        end: prev_end,
        ..
    }) = pieces.last_mut()
    {
        prev.push_str(&value);
        *prev_end = end;
        return;
    }
    pieces.push(FStringPiece::Literal { value, start, end });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(body: &str) -> Result<Vec<FStringPiece>, String> {
        parse_fstring(body, 0, body.len(), false, body.len()).map_err(|e| e.message)
    }

    fn shape(body: &str) -> String {
        let pieces = parse(body).unwrap();
        render(body, &pieces)
    }

    fn render(body: &str, pieces: &[FStringPiece]) -> String {
        let mut out = String::new();
        for p in pieces {
            match p {
                FStringPiece::Literal { value, .. } => out.push_str(&format!("L({value})")),
                FStringPiece::Field(f) => {
                    out.push_str(&format!("F({}", &body[f.expr_start..f.expr_end]));
                    if let Some(c) = f.conversion {
                        out.push_str(&format!("!{c}"));
                    }
                    if let Some(spec) = &f.format_spec {
                        out.push_str(&format!(":{}", render(body, spec)));
                    }
                    out.push(')');
                }
            }
        }
        out
    }

    #[test]
    fn pieces() {
        assert_eq!(shape("a{{b}}c"), "L(a{b}c)");
        assert_eq!(shape("x={x!r:>{w}}"), "L(x=)F(x!r:L(>)F(w))");
        assert_eq!(shape("{x=}"), "L(x=)F(x!r)");
        assert_eq!(shape("a{x = :>4}"), "L(ax = )F(x :L(>4))");
        assert_eq!(shape("{a['b']}"), "F(a['b'])");
        assert_eq!(shape("{x:{w}.{p}f}"), "F(x:F(w)L(.)F(p)L(f))");
        assert_eq!(shape("{a!=b}"), "F(a!=b)");
        assert_eq!(shape("{x:=10}"), "F(x:L(=10))");
        assert_eq!(shape(r"\N{BULLET} {x}\n"), "L(• )F(x)L(\n)");
    }

    #[test]
    fn errors() {
        assert_eq!(parse("{").unwrap_err(), "f-string: expecting '}'");
        assert_eq!(
            parse("{}").unwrap_err(),
            "f-string: empty expression not allowed"
        );
        assert_eq!(
            parse("}").unwrap_err(),
            "f-string: single '}' is not allowed"
        );
        assert_eq!(
            parse("{x!z}").unwrap_err(),
            "f-string: invalid conversion character: expected 's', 'r', or 'a'"
        );
        assert_eq!(parse("{x!rr}").unwrap_err(), "f-string: expecting '}'");
        assert_eq!(
            parse("{x:{y:{z}}}").unwrap_err(),
            "f-string: expressions nested too deeply"
        );
        assert_eq!(
            parse("{a#}").unwrap_err(),
            "f-string expression part cannot include '#'"
        );
        assert_eq!(
            parse(r"{\n}").unwrap_err(),
            "f-string expression part cannot include a backslash"
        );
        assert_eq!(parse("{)}").unwrap_err(), "f-string: unmatched ')'");
        assert_eq!(
            parse("{(a]}").unwrap_err(),
            "f-string: closing parenthesis ']' does not match opening parenthesis '('"
        );
        assert_eq!(parse("{\"a}").unwrap_err(), "f-string: unterminated string");
    }
}
