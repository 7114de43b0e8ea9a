//! Node construction for match statements (PEP 634): the pattern actions of CPython
//! 3.11's Grammar/python.gram (`patterns`, `as_pattern`, `class_pattern`,
//! `mapping_pattern`, `complex_number`) and the checks its `invalid_*` rules make.

use crate::ast::*;
use crate::nodes::{expr, span_error, stmt};
use coil_lexer::LexError;

pub fn pattern(kind: PatternKind, l: usize, r: usize) -> Pattern {
    Pattern {
        kind,
        span: Span::new(l, r),
    }
}

/// `match subject:` and its cases; the statement ends where its last case ends.
pub fn match_stmt(subject: Expr, cases: Vec<MatchCase>, l: usize) -> Stmt {
    let r = cases
        .last()
        .and_then(|c| c.body.last())
        .map_or(l, |s| s.span.end as usize);
    stmt(StmtKind::Match { subject, cases }, l, r)
}

/// The patterns of `case a, *b:` (a sequence when a comma was written).
pub fn open_sequence(
    (mut items, comma): (Vec<Pattern>, bool),
    l: usize,
    r: usize,
) -> Result<Pattern, LexError> {
    if !comma && items.len() == 1 {
        let single = items.pop().expect("one item");
        if matches!(single.kind, PatternKind::MatchStar(_)) {
            return Err(LexError::syntax("invalid syntax", r, r + 1));
        }
        return Ok(single);
    }
    sequence(items, l, r)
}

/// `[p, *q]` / `(p, q)`: at most one star.
pub fn sequence(items: Vec<Pattern>, l: usize, r: usize) -> Result<Pattern, LexError> {
    let stars = items
        .iter()
        .filter(|p| matches!(p.kind, PatternKind::MatchStar(_)))
        .count();
    if stars > 1 {
        return Err(LexError::syntax(
            "multiple starred names in sequence pattern",
            l,
            r,
        ));
    }
    Ok(pattern(PatternKind::MatchSequence(items), l, r))
}

/// A bare name: a capture, or the wildcard `_`.
pub fn capture(name: String, l: usize, r: usize) -> Pattern {
    let name = (name != "_").then(|| Ident {
        name,
        span: Span::new(l, r),
    });
    pattern(
        PatternKind::MatchAs {
            pattern: None,
            name,
        },
        l,
        r,
    )
}

/// `*name` / `*_`.
pub fn star(name: Ident, l: usize, r: usize) -> Pattern {
    let name = (name.name != "_").then_some(name);
    pattern(PatternKind::MatchStar(name), l, r)
}

/// `pattern as name`.
pub fn as_pattern(inner: Pattern, name: Ident, l: usize, r: usize) -> Result<Pattern, LexError> {
    if name.name == "_" {
        return Err(span_error("cannot use '_' as a target", name.span));
    }
    Ok(pattern(
        PatternKind::MatchAs {
            pattern: Some(Box::new(inner)),
            name: Some(name),
        },
        l,
        r,
    ))
}

/// `p | q | …`.
pub fn or_pattern(first: Pattern, rest: Vec<Pattern>, l: usize, r: usize) -> Pattern {
    let mut alts = vec![first];
    alts.extend(rest);
    pattern(PatternKind::MatchOr(alts), l, r)
}

/// A literal: `None`/`True`/`False` compare by identity, the rest by equality.
pub fn literal(e: Expr) -> Pattern {
    let span = e.span;
    let kind = match e.kind {
        ExprKind::Constant(c @ (Constant::None | Constant::True | Constant::False)) => {
            PatternKind::MatchSingleton(c)
        }
        kind => PatternKind::MatchValue(Expr { kind, span }),
    };
    Pattern { kind, span }
}

/// `-NUMBER`.
pub fn negative(number: Expr, l: usize, r: usize) -> Expr {
    expr(
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand: Box::new(number),
        },
        l,
        r,
    )
}

/// `real ± imaginary` (CPython's `complex_number` rule and its two checks).
pub fn complex(real: Expr, op: BinOp, imag: Expr, l: usize, r: usize) -> Result<Expr, LexError> {
    let is_imaginary = |e: &Expr| match &e.kind {
        ExprKind::Constant(Constant::Complex(_)) => true,
        ExprKind::UnaryOp { operand, .. } => {
            matches!(operand.kind, ExprKind::Constant(Constant::Complex(_)))
        }
        _ => false,
    };
    if is_imaginary(&real) {
        return Err(span_error(
            "real number required in complex literal",
            real.span,
        ));
    }
    if !is_imaginary(&imag) {
        return Err(span_error(
            "imaginary number required in complex literal",
            imag.span,
        ));
    }
    Ok(expr(
        ExprKind::BinOp {
            left: Box::new(real),
            op,
            right: Box::new(imag),
        },
        l,
        r,
    ))
}

/// One item between the braces of a mapping pattern.
pub enum MappingItem {
    Pair(Expr, Pattern),
    Rest(Ident, usize, usize),
}

/// `{k: p, **rest}`: `**rest` only last, and never `**_`.
pub fn mapping(items: Vec<MappingItem>, l: usize, r: usize) -> Result<Pattern, LexError> {
    let mut keys = Vec::new();
    let mut patterns = Vec::new();
    let mut rest = None;
    let count = items.len();
    for (i, item) in items.into_iter().enumerate() {
        match item {
            MappingItem::Pair(k, p) => {
                keys.push(k);
                patterns.push(p);
            }
            MappingItem::Rest(name, nl, nr) => {
                if i + 1 != count {
                    return Err(LexError::syntax("invalid syntax", nl, nr));
                }
                if name.name == "_" {
                    return Err(span_error("invalid syntax", name.span));
                }
                rest = Some(name);
            }
        }
    }
    Ok(pattern(
        PatternKind::MatchMapping {
            keys,
            patterns,
            rest,
        },
        l,
        r,
    ))
}

/// One argument of a class pattern.
pub enum ClassArg {
    Positional(Pattern),
    Keyword(Ident, Pattern),
}

/// `Cls(p, attr=q)`: positional sub-patterns first, each attribute once.
pub fn class(cls: Expr, args: Vec<ClassArg>, l: usize, r: usize) -> Result<Pattern, LexError> {
    let mut patterns = Vec::new();
    let mut kwd_attrs: Vec<Ident> = Vec::new();
    let mut kwd_patterns = Vec::new();
    for arg in args {
        match arg {
            ClassArg::Positional(p) => {
                if !kwd_attrs.is_empty() {
                    return Err(span_error(
                        "positional patterns follow keyword patterns",
                        p.span,
                    ));
                }
                patterns.push(p);
            }
            ClassArg::Keyword(name, p) => {
                if kwd_attrs.iter().any(|a| a.name == name.name) {
                    return Err(span_error(
                        format!("attribute name repeated in class pattern: {}", name.name),
                        name.span,
                    ));
                }
                kwd_attrs.push(name);
                kwd_patterns.push(p);
            }
        }
    }
    Ok(pattern(
        PatternKind::MatchClass {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        },
        l,
        r,
    ))
}
