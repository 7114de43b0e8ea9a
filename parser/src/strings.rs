//! Adjacent string literals: concatenation of `str`, `bytes` and f-strings into one
//! `Constant` or `JoinedStr`, as CPython 3.11 Parser/action_helpers.c
//! (`_PyPegen_concatenate_strings`) and Parser/string_parser.c (`FstringParser_*`) do.
//! Each f-string field's expression is parsed from its own source range, so its spans
//! point into the real source.

use crate::ast::*;
use crate::nodes::expr;
use coil_lexer::{parse_fstring, FStringPiece, LexError, StringLit};

/// One `JoinedStr` under construction: literal text is merged until a field arrives.
struct Joined {
    values: Vec<Expr>,
    text: String,
    span: Span,
}

impl Joined {
    fn flush(&mut self) {
        if !self.text.is_empty() {
            let text = std::mem::take(&mut self.text);
            self.values.push(Expr {
                kind: ExprKind::Constant(Constant::Str(text)),
                span: self.span,
            });
        }
    }

    /// `token_end` is the end of the f-string literal holding the pieces: CPython 3.11
    /// ends a format spec's `JoinedStr` there.
    fn pieces(
        &mut self,
        source: &str,
        pieces: Vec<FStringPiece>,
        token_end: usize,
    ) -> Result<(), LexError> {
        for piece in pieces {
            match piece {
                FStringPiece::Literal { value, .. } => self.text.push_str(&value),
                FStringPiece::Field(field) => {
                    self.flush();
                    let value = crate::parse_field(source, field.expr_start, field.expr_end)?;
                    let format_spec = match field.format_spec {
                        Some(spec) => {
                            let mut inner = Joined {
                                values: Vec::new(),
                                text: String::new(),
                                span: self.span,
                            };
                            inner.pieces(source, spec, token_end)?;
                            inner.flush();
                            Some(Box::new(Expr {
                                kind: ExprKind::JoinedStr(inner.values),
                                span: Span::new(self.span.start as usize, token_end),
                            }))
                        }
                        None => None,
                    };
                    self.values.push(Expr {
                        kind: ExprKind::FormattedValue {
                            value: Box::new(value),
                            conversion: field.conversion,
                            format_spec,
                        },
                        span: self.span,
                    });
                }
            }
        }
        Ok(())
    }
}

/// Joins the literals `parts` (each with its span) written next to each other.
pub fn concat_strings(
    source: &str,
    parts: Vec<(usize, StringLit, usize)>,
    l: usize,
    r: usize,
) -> Result<Expr, LexError> {
    let bytes = parts
        .iter()
        .filter(|p| matches!(p.1, StringLit::Bytes(_)))
        .count();
    if bytes > 0 && bytes < parts.len() {
        return Err(LexError::syntax(
            "cannot mix bytes and nonbytes literals",
            l,
            l,
        ));
    }
    if bytes > 0 {
        let mut out = Vec::new();
        for (_, part, _) in parts {
            if let StringLit::Bytes(b) = part {
                out.extend(b);
            }
        }
        return Ok(expr(ExprKind::Constant(Constant::Bytes(out)), l, r));
    }
    let has_fstring = parts
        .iter()
        .any(|p| matches!(p.1, StringLit::FString { .. }));
    if !has_fstring {
        let mut out = String::new();
        for (_, part, _) in parts {
            if let StringLit::Str(s) = part {
                out.push_str(&s);
            }
        }
        return Ok(expr(ExprKind::Constant(Constant::Str(out)), l, r));
    }
    let mut joined = Joined {
        values: Vec::new(),
        text: String::new(),
        span: Span::new(l, r),
    };
    for (_, part, end) in parts {
        match part {
            StringLit::Str(s) => joined.text.push_str(&s),
            StringLit::Bytes(_) => {}
            StringLit::FString {
                raw,
                content_start,
                content_end,
            } => {
                let pieces = parse_fstring(source, content_start, content_end, raw, end)?;
                joined.pieces(source, pieces, end)?;
            }
        }
    }
    joined.flush();
    Ok(expr(ExprKind::JoinedStr(joined.values), l, r))
}
