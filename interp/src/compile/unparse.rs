//! Expression unparser for `from __future__ import annotations` (PEP 563): the
//! annotation is stored as the source text CPython 3.11 regenerates from its AST
//! (`Python/ast_unparse.c`), with that file's precedence levels, parentheses and
//! spacing, so `x: dict[str,int]` reads back as `'dict[str, int]'`.

use crate::object::bytes::bytes_repr;
use crate::object::float::float_repr;
use crate::object::str::str_repr;
use coil_parser::ast::{
    Arguments, BinOp, BoolOp, CmpOp, Comprehension, Constant, Expr, ExprKind, UnaryOp,
};

// Precedence levels, lowest first (`ast_unparse.c`'s enum; PR_BOR == PR_EXPR).
const TUPLE: u8 = 0;
const TEST: u8 = 1;
const OR: u8 = 2;
const AND: u8 = 3;
const NOT: u8 = 4;
const CMP: u8 = 5;
const EXPR: u8 = 6;
const BOR: u8 = EXPR;
const BXOR: u8 = 7;
const BAND: u8 = 8;
const SHIFT: u8 = 9;
const ARITH: u8 = 10;
const TERM: u8 = 11;
const FACTOR: u8 = 12;
const POWER: u8 = 13;
const AWAIT: u8 = 14;
const ATOM: u8 = 15;

/// The annotation text CPython stores for `e` (`_PyAST_ExprAsUnicode`).
pub fn unparse_annotation(e: &Expr) -> String {
    let mut out = String::new();
    expr(&mut out, e, TEST);
    out
}

fn paren_if(out: &mut String, cond: bool, f: impl FnOnce(&mut String)) {
    if cond {
        out.push('(');
    }
    f(out);
    if cond {
        out.push(')');
    }
}

fn join(out: &mut String, items: &[Expr], level: u8) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, item, level);
    }
}

fn binop(op: BinOp) -> (&'static str, u8) {
    match op {
        BinOp::Add => (" + ", ARITH),
        BinOp::Sub => (" - ", ARITH),
        BinOp::Mult => (" * ", TERM),
        BinOp::MatMult => (" @ ", TERM),
        BinOp::Div => (" / ", TERM),
        BinOp::Mod => (" % ", TERM),
        BinOp::FloorDiv => (" // ", TERM),
        BinOp::LShift => (" << ", SHIFT),
        BinOp::RShift => (" >> ", SHIFT),
        BinOp::BitOr => (" | ", BOR),
        BinOp::BitXor => (" ^ ", BXOR),
        BinOp::BitAnd => (" & ", BAND),
        BinOp::Pow => (" ** ", POWER),
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => " == ",
        CmpOp::NotEq => " != ",
        CmpOp::Lt => " < ",
        CmpOp::LtE => " <= ",
        CmpOp::Gt => " > ",
        CmpOp::GtE => " >= ",
        CmpOp::Is => " is ",
        CmpOp::IsNot => " is not ",
        CmpOp::In => " in ",
        CmpOp::NotIn => " not in ",
    }
}

/// A float as `ast_unparse.c` writes it: infinities become `1e309`, which
/// reads back as infinity.
fn float_text(f: f64) -> String {
    if f.is_infinite() {
        "1e309".to_string()
    } else {
        float_repr(f)
    }
}

fn constant(out: &mut String, c: &Constant) {
    match c {
        Constant::None => out.push_str("None"),
        Constant::True => out.push_str("True"),
        Constant::False => out.push_str("False"),
        Constant::Ellipsis => out.push_str("..."),
        Constant::Int(i) => out.push_str(&i.to_string()),
        Constant::Float(f) => out.push_str(&float_text(*f)),
        Constant::Complex(f) => {
            // complex's repr drops the `.0` of an integral part (`1j`).
            let text = float_text(*f);
            out.push_str(text.strip_suffix(".0").unwrap_or(&text));
            out.push('j');
        }
        Constant::Str(s) => out.push_str(&str_repr(s)),
        Constant::Bytes(b) => out.push_str(&bytes_repr(b)),
    }
}

fn comprehensions(out: &mut String, gens: &[Comprehension]) {
    for g in gens {
        out.push_str(if g.is_async { " async for " } else { " for " });
        expr(out, &g.target, TUPLE);
        out.push_str(" in ");
        expr(out, &g.iter, TEST + 1);
        for cond in &g.ifs {
            out.push_str(" if ");
            expr(out, cond, TEST + 1);
        }
    }
}

fn arguments(out: &mut String, a: &Arguments) {
    let mut first = true;
    let mut sep = |out: &mut String| {
        if !first {
            out.push_str(", ");
        }
        first = false;
    };
    let positional: Vec<_> = a.posonlyargs.iter().chain(&a.args).collect();
    let n_defaults = a.defaults.len();
    let first_default = positional.len().saturating_sub(n_defaults);
    for (i, arg) in positional.iter().enumerate() {
        sep(out);
        out.push_str(&arg.name.name);
        if i >= first_default {
            out.push('=');
            expr(out, &a.defaults[i - first_default], TEST);
        }
        if i + 1 == a.posonlyargs.len() {
            out.push_str(", /");
        }
    }
    if a.vararg.is_some() || !a.kwonlyargs.is_empty() {
        sep(out);
        out.push('*');
        if let Some(v) = &a.vararg {
            out.push_str(&v.name.name);
        }
    }
    for (i, arg) in a.kwonlyargs.iter().enumerate() {
        sep(out);
        out.push_str(&arg.name.name);
        if let Some(Some(d)) = a.kw_defaults.get(i) {
            out.push('=');
            expr(out, d, TEST);
        }
    }
    if let Some(k) = &a.kwarg {
        sep(out);
        out.push_str("**");
        out.push_str(&k.name.name);
    }
}

/// The inside of an f-string: literal text with braces doubled, fields as
/// `{expr!c:spec}` (`append_joinedstr`).
fn fstring_body(out: &mut String, parts: &[Expr]) {
    for part in parts {
        match &part.kind {
            ExprKind::Constant(Constant::Str(s)) => {
                out.push_str(&s.replace('{', "{{").replace('}', "}}"));
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                let mut inner = String::new();
                expr(&mut inner, value, TEST + 1);
                out.push('{');
                if inner.starts_with('{') {
                    out.push(' ');
                }
                out.push_str(&inner);
                if let Some(c) = conversion {
                    out.push('!');
                    out.push(*c);
                }
                if let Some(spec) = format_spec {
                    out.push(':');
                    match &spec.kind {
                        ExprKind::JoinedStr(p) => fstring_body(out, p),
                        _ => expr(out, spec, TEST),
                    }
                }
                out.push('}');
            }
            _ => expr(out, part, TEST),
        }
    }
}

fn expr(out: &mut String, e: &Expr, level: u8) {
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            let (text, pr) = match op {
                BoolOp::And => (" and ", AND),
                BoolOp::Or => (" or ", OR),
            };
            paren_if(out, level > pr, |out| {
                for (i, v) in values.iter().enumerate() {
                    if i > 0 {
                        out.push_str(text);
                    }
                    expr(out, v, pr + 1);
                }
            });
        }
        ExprKind::NamedExpr { target, value } => paren_if(out, level > TUPLE, |out| {
            expr(out, target, ATOM);
            out.push_str(" := ");
            expr(out, value, ATOM);
        }),
        ExprKind::BinOp { left, op, right } => {
            let (text, pr) = binop(*op);
            let rassoc = u8::from(*op == BinOp::Pow);
            paren_if(out, level > pr, |out| {
                expr(out, left, pr + rassoc);
                out.push_str(text);
                expr(out, right, pr + 1 - rassoc);
            });
        }
        ExprKind::UnaryOp { op, operand } => {
            let (text, pr) = match op {
                UnaryOp::Invert => ("~", FACTOR),
                UnaryOp::Not => ("not ", NOT),
                UnaryOp::UAdd => ("+", FACTOR),
                UnaryOp::USub => ("-", FACTOR),
            };
            paren_if(out, level > pr, |out| {
                out.push_str(text);
                expr(out, operand, pr);
            });
        }
        ExprKind::Lambda { args, body } => paren_if(out, level > TEST, |out| {
            out.push_str("lambda");
            let mut a = String::new();
            arguments(&mut a, args);
            if !a.is_empty() {
                out.push(' ');
                out.push_str(&a);
            }
            out.push_str(": ");
            expr(out, body, TEST);
        }),
        ExprKind::IfExp { test, body, orelse } => paren_if(out, level > TEST, |out| {
            expr(out, body, TEST + 1);
            out.push_str(" if ");
            expr(out, test, TEST + 1);
            out.push_str(" else ");
            expr(out, orelse, TEST);
        }),
        ExprKind::Dict { keys, values } => {
            out.push('{');
            for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => {
                        expr(out, k, TEST);
                        out.push_str(": ");
                        expr(out, v, TEST);
                    }
                    None => {
                        out.push_str("**");
                        expr(out, v, EXPR);
                    }
                }
            }
            out.push('}');
        }
        ExprKind::Set(items) => {
            out.push('{');
            join(out, items, TEST);
            out.push('}');
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            let (open, close) = match e.kind {
                ExprKind::ListComp { .. } => ('[', ']'),
                ExprKind::SetComp { .. } => ('{', '}'),
                _ => ('(', ')'),
            };
            out.push(open);
            expr(out, elt, TEST);
            comprehensions(out, generators);
            out.push(close);
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            out.push('{');
            expr(out, key, TEST);
            out.push_str(": ");
            expr(out, value, TEST);
            comprehensions(out, generators);
            out.push('}');
        }
        ExprKind::Await(v) => paren_if(out, level > AWAIT, |out| {
            out.push_str("await ");
            expr(out, v, ATOM);
        }),
        ExprKind::Yield(v) => paren_if(out, level > TUPLE, |out| {
            out.push_str("yield");
            if let Some(v) = v {
                out.push(' ');
                expr(out, v, TEST);
            }
        }),
        ExprKind::YieldFrom(v) => paren_if(out, level > TUPLE, |out| {
            out.push_str("yield from ");
            expr(out, v, TEST);
        }),
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => paren_if(out, level > CMP, |out| {
            expr(out, left, CMP + 1);
            for (op, c) in ops.iter().zip(comparators) {
                out.push_str(cmpop(*op));
                expr(out, c, CMP + 1);
            }
        }),
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            expr(out, func, ATOM);
            // A lone generator argument keeps only its own parentheses.
            if let ([only], true) = (args.as_slice(), keywords.is_empty()) {
                if matches!(only.kind, ExprKind::GeneratorExp { .. }) {
                    expr(out, only, TEST);
                    return;
                }
            }
            out.push('(');
            join(out, args, TEST);
            for (i, k) in keywords.iter().enumerate() {
                if i > 0 || !args.is_empty() {
                    out.push_str(", ");
                }
                match &k.arg {
                    Some(name) => {
                        out.push_str(&name.name);
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                expr(out, &k.value, TEST);
            }
            out.push(')');
        }
        ExprKind::FormattedValue { .. } => fstring_body(out, std::slice::from_ref(e)),
        ExprKind::JoinedStr(parts) => {
            let mut body = String::new();
            fstring_body(&mut body, parts);
            out.push('f');
            out.push_str(&str_repr(&body));
        }
        ExprKind::Constant(c) => constant(out, c),
        ExprKind::Attribute { value, attr } => {
            expr(out, value, ATOM);
            // `1 .real`: a bare int followed by '.' would read as a float.
            if matches!(value.kind, ExprKind::Constant(Constant::Int(_))) {
                out.push(' ');
            }
            out.push('.');
            out.push_str(&attr.name);
        }
        ExprKind::Subscript { value, slice } => {
            expr(out, value, ATOM);
            out.push('[');
            expr(out, slice, TUPLE);
            out.push(']');
        }
        ExprKind::Starred(v) => {
            out.push('*');
            expr(out, v, EXPR);
        }
        ExprKind::Name(n) => out.push_str(n),
        ExprKind::List(items) => {
            out.push('[');
            join(out, items, TEST);
            out.push(']');
        }
        ExprKind::Tuple(items) => {
            if items.is_empty() {
                out.push_str("()");
                return;
            }
            paren_if(out, level > TUPLE, |out| {
                join(out, items, TEST);
                if items.len() == 1 {
                    out.push(',');
                }
            });
        }
        ExprKind::Slice { lower, upper, step } => {
            if let Some(l) = lower {
                expr(out, l, TEST);
            }
            out.push(':');
            if let Some(u) = upper {
                expr(out, u, TEST);
            }
            if let Some(s) = step {
                out.push(':');
                expr(out, s, TEST);
            }
        }
    }
}
