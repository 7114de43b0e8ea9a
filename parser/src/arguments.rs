//! Call arguments and parameter lists. The grammar reads both as flat comma-separated
//! items; the order rules and their messages are checked here, as CPython 3.11 does in
//! Grammar/python.gram (`invalid_arguments`, `invalid_parameters`,
//! `invalid_star_etc`) and Python/symtable.c (duplicate parameters).

use crate::ast::*;
use crate::nodes::{expr, span_error};
use coil_lexer::LexError;

/// One item of a call's argument list, in source order.
#[derive(Debug)]
pub enum ArgItem {
    Positional(Expr),
    /// An unparenthesised generator expression (`f(x for x in y)`).
    Generator(Expr),
    Keyword(Ident, Expr, Span),
    /// `*iterable`
    Star(Expr, Span),
    /// `**mapping`
    DoubleStar(Expr, Span),
}

/// One item of a `def` or `lambda` parameter list, in source order.
#[derive(Debug)]
pub enum ParamItem {
    Plain {
        arg: Arg,
        default: Option<Expr>,
        span: Span,
    },
    /// `/`
    Slash(Span),
    /// A bare `*` (the `Option` is always `None`; kept for symmetry with `VarArgs`).
    Star(Option<Arg>, Span),
    /// `*args`
    VarArgs {
        arg: Arg,
        default: Option<Expr>,
        span: Span,
    },
    /// `**kwargs`
    KwArgs {
        arg: Arg,
        default: Option<Expr>,
        span: Span,
    },
}

/// Splits arguments into positional ones and keywords, checking their order.
fn split_arguments(items: Vec<ArgItem>) -> Result<(Vec<Expr>, Vec<Keyword>), LexError> {
    let mut args = Vec::new();
    let mut keywords = Vec::new();
    let mut seen_keyword = false;
    let mut seen_double_star = false;
    for item in items {
        match item {
            ArgItem::Positional(e) | ArgItem::Generator(e) => {
                if seen_double_star {
                    return Err(span_error(
                        "positional argument follows keyword argument unpacking",
                        e.span,
                    ));
                }
                if seen_keyword {
                    return Err(span_error(
                        "positional argument follows keyword argument",
                        e.span,
                    ));
                }
                args.push(e);
            }
            ArgItem::Star(e, span) => {
                if seen_double_star {
                    return Err(span_error(
                        "iterable argument unpacking follows keyword argument unpacking",
                        span,
                    ));
                }
                let starred = expr(
                    ExprKind::Starred(Box::new(e)),
                    span.start as usize,
                    span.end as usize,
                );
                args.push(starred);
            }
            ArgItem::Keyword(name, value, span) => {
                seen_keyword = true;
                if keywords
                    .iter()
                    .any(|k: &Keyword| k.arg.as_ref().is_some_and(|a| a.name == name.name))
                {
                    return Err(span_error(
                        format!("keyword argument repeated: {}", name.name),
                        span,
                    ));
                }
                keywords.push(Keyword {
                    arg: Some(name),
                    value,
                    span,
                });
            }
            ArgItem::DoubleStar(value, span) => {
                seen_double_star = true;
                keywords.push(Keyword {
                    arg: None,
                    value,
                    span,
                });
            }
        }
    }
    Ok((args, keywords))
}

/// `func(args)`: `paren` is where the `(` is, `l..r` the whole call.
pub fn build_call(
    func: Expr,
    mut items: Vec<ArgItem>,
    paren: usize,
    l: usize,
    r: usize,
) -> Result<Expr, LexError> {
    let generators = items
        .iter()
        .filter(|i| matches!(i, ArgItem::Generator(_)))
        .count();
    if generators > 0 && items.len() > 1 {
        let span = items
            .iter()
            .find_map(|i| match i {
                ArgItem::Generator(e) => Some(e.span),
                _ => None,
            })
            .unwrap_or_default();
        return Err(span_error(
            "Generator expression must be parenthesized",
            span,
        ));
    }
    if let Some(ArgItem::Generator(g)) = items.first_mut() {
        // CPython gives a sole generator argument the call's parentheses.
        g.span = Span::new(paren, r);
    }
    let (args, keywords) = split_arguments(items)?;
    Ok(expr(
        ExprKind::Call {
            func: Box::new(func),
            args,
            keywords,
        },
        l,
        r,
    ))
}

/// `class C(bases, keywords)`.
pub fn build_class(items: Vec<ArgItem>) -> Result<(Vec<Expr>, Vec<Keyword>), LexError> {
    if let Some(ArgItem::Generator(g)) = items.iter().find(|i| matches!(i, ArgItem::Generator(_))) {
        return Err(span_error("invalid syntax", g.span));
    }
    split_arguments(items)
}

/// Builds `Arguments` from a parameter list, with CPython's order checks.
pub fn build_parameters(items: Vec<ParamItem>, _is_lambda: bool) -> Result<Arguments, LexError> {
    let mut out = Arguments::default();
    let mut seen_slash = false;
    let mut seen_star = false;
    let mut bare_star: Option<Span> = None;
    let mut seen_kwargs = false;
    let mut seen_default = false;
    let mut names: Vec<String> = Vec::new();
    let mut check_name = |arg: &Arg| -> Result<(), LexError> {
        if names.contains(&arg.name.name) {
            // CPython words it the same for `lambda`.
            let message = format!(
                "duplicate argument '{}' in function definition",
                arg.name.name
            );
            return Err(span_error(message, arg.name.span));
        }
        names.push(arg.name.name.clone());
        Ok(())
    };
    for item in items {
        if seen_kwargs {
            let span = match &item {
                ParamItem::Plain { span, .. }
                | ParamItem::VarArgs { span, .. }
                | ParamItem::KwArgs { span, .. }
                | ParamItem::Slash(span)
                | ParamItem::Star(_, span) => *span,
            };
            return Err(span_error(
                "arguments cannot follow var-keyword argument",
                span,
            ));
        }
        match item {
            ParamItem::Plain { arg, default, span } => {
                check_name(&arg)?;
                if seen_star {
                    bare_star = None;
                    out.kwonlyargs.push(arg);
                    out.kw_defaults.push(default);
                } else {
                    match default {
                        Some(d) => {
                            seen_default = true;
                            out.defaults.push(d);
                        }
                        None if seen_default => {
                            return Err(span_error(
                                "non-default argument follows default argument",
                                span,
                            ));
                        }
                        None => {}
                    }
                    out.args.push(arg);
                }
            }
            ParamItem::Slash(span) => {
                if seen_slash {
                    return Err(span_error("/ may appear only once", span));
                }
                if seen_star {
                    return Err(span_error("/ must be ahead of *", span));
                }
                if out.args.is_empty() {
                    // CPython 3.11 has no dedicated message for a leading `/`.
                    return Err(span_error("invalid syntax", span));
                }
                seen_slash = true;
                out.posonlyargs = std::mem::take(&mut out.args);
            }
            ParamItem::Star(_, span) => {
                if seen_star {
                    return Err(span_error("* argument may appear only once", span));
                }
                seen_star = true;
                bare_star = Some(span);
            }
            ParamItem::VarArgs { arg, default, span } => {
                if seen_star {
                    return Err(span_error("* argument may appear only once", span));
                }
                if default.is_some() {
                    return Err(span_error(
                        "var-positional argument cannot have default value",
                        span,
                    ));
                }
                check_name(&arg)?;
                seen_star = true;
                out.vararg = Some(arg);
            }
            ParamItem::KwArgs { arg, default, span } => {
                if default.is_some() {
                    return Err(span_error(
                        "var-keyword argument cannot have default value",
                        span,
                    ));
                }
                if let Some(star) = bare_star {
                    return Err(span_error("named arguments must follow bare *", star));
                }
                check_name(&arg)?;
                seen_kwargs = true;
                out.kwarg = Some(arg);
            }
        }
    }
    if let Some(star) = bare_star {
        return Err(span_error("named arguments must follow bare *", star));
    }
    Ok(out)
}
