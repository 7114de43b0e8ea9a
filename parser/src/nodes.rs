//! Node construction for the grammar's actions: spans, tuples versus parenthesised
//! expressions, assignment statements, `if`/`elif` chains, `try` clauses. Shapes follow
//! CPython 3.11 Parser/action_helpers.c and the actions in Grammar/python.gram.

use crate::ast::*;
use crate::targets;
use coil_lexer::{LexError, Number, Token};
use lalrpop_util::ParseError;
use num_bigint::BigInt;

/// A LALRPOP user error from one of ours.
pub fn user(error: LexError) -> ParseError<usize, Token, LexError> {
    ParseError::User { error }
}

pub fn expr(kind: ExprKind, l: usize, r: usize) -> Expr {
    Expr {
        kind,
        span: Span::new(l, r),
    }
}

pub fn stmt(kind: StmtKind, l: usize, r: usize) -> Stmt {
    Stmt {
        kind,
        span: Span::new(l, r),
    }
}

pub fn binop(left: Expr, op: BinOp, right: Expr, l: usize, r: usize) -> Expr {
    expr(
        ExprKind::BinOp {
            left: Box::new(left),
            op,
            right: Box::new(right),
        },
        l,
        r,
    )
}

pub fn unary(op: UnaryOp, operand: Expr, l: usize, r: usize) -> Expr {
    expr(
        ExprKind::UnaryOp {
            op,
            operand: Box::new(operand),
        },
        l,
        r,
    )
}

pub fn bool_op(op: BoolOp, first: Expr, rest: Vec<Expr>, l: usize, r: usize) -> Expr {
    let mut values = Vec::with_capacity(rest.len() + 1);
    values.push(first);
    values.extend(rest);
    expr(ExprKind::BoolOp { op, values }, l, r)
}

pub fn compare(left: Expr, rest: Vec<(CmpOp, Expr)>, l: usize, r: usize) -> Expr {
    let (ops, comparators) = rest.into_iter().unzip();
    expr(
        ExprKind::Compare {
            left: Box::new(left),
            ops,
            comparators,
        },
        l,
        r,
    )
}

/// `a, b` is a tuple spanning its elements; a lone `a` is itself.
pub fn tuple_or_single((mut items, comma): (Vec<Expr>, bool), l: usize, r: usize) -> Expr {
    if !comma && items.len() == 1 {
        return items.pop().expect("one item");
    }
    expr(ExprKind::Tuple(items), l, r)
}

/// `( … )`: a tuple including its parentheses, or the inner expression unchanged (its
/// span excludes the parentheses, as in CPython).
pub fn parenthesized(
    (mut items, comma): (Vec<Expr>, bool),
    l: usize,
    r: usize,
) -> Result<Expr, LexError> {
    if !comma && items.len() == 1 {
        let inner = items.pop().expect("one item");
        if matches!(inner.kind, ExprKind::Starred(_)) {
            return Err(span_error("cannot use starred expression here", inner.span));
        }
        return Ok(inner);
    }
    Ok(expr(ExprKind::Tuple(items), l, r))
}

/// The slice of `a[…]`: `a[1:2, ::3]` and `a[*b]` are tuples (without the brackets).
pub fn subscript_slice((mut items, comma): (Vec<Expr>, bool), l: usize, r: usize) -> Expr {
    let starred = items.iter().any(|e| matches!(e.kind, ExprKind::Starred(_)));
    if !comma && !starred && items.len() == 1 {
        return items.pop().expect("one item");
    }
    expr(ExprKind::Tuple(items), l, r)
}

pub fn dict(items: Vec<(Option<Expr>, Expr)>, l: usize, r: usize) -> Expr {
    let (keys, values) = items.into_iter().unzip();
    expr(ExprKind::Dict { keys, values }, l, r)
}

pub fn number_constant(n: Number, l: usize, r: usize) -> Result<Expr, LexError> {
    let constant = match n {
        Number::Int { digits, radix } => {
            let value = BigInt::parse_bytes(digits.as_bytes(), radix)
                .ok_or_else(|| LexError::syntax("invalid decimal literal", l, r))?;
            Constant::Int(value)
        }
        Number::Float(f) => Constant::Float(f),
        Number::Imaginary(f) => Constant::Complex(f),
    };
    Ok(expr(ExprKind::Constant(constant), l, r))
}

pub fn span_error(message: impl Into<String>, span: Span) -> LexError {
    LexError::syntax(message, span.start as usize, span.end as usize)
}

/// An expression statement or `t1 = t2 = value`.
pub fn build_assign(first: Expr, rest: Vec<Expr>, l: usize, r: usize) -> Result<Stmt, LexError> {
    if rest.is_empty() {
        targets::check_not_starred(&first)?;
        return Ok(stmt(StmtKind::Expr(first), l, r));
    }
    let mut targets_list = Vec::with_capacity(rest.len());
    targets_list.push(first);
    targets_list.extend(rest);
    let value = targets_list.pop().expect("at least two parts");
    let single = targets_list.len() == 1;
    for target in &targets_list {
        targets::check_assign_statement(target, single)?;
    }
    targets::check_not_starred(&value)?;
    Ok(stmt(
        StmtKind::Assign {
            targets: targets_list,
            value,
        },
        l,
        r,
    ))
}

/// Where a compound statement ends: the end of its last nested statement.
pub fn block_end(l: usize, body: &[Stmt], orelse: &[Stmt]) -> usize {
    orelse
        .last()
        .or(body.last())
        .map(|s| s.span.end as usize)
        .unwrap_or(l)
}

/// `if`/`elif`/`else`: each `elif` becomes a nested `If` alone in `orelse`.
pub fn build_if(
    l: usize,
    test: Expr,
    body: Vec<Stmt>,
    elifs: Vec<(usize, Expr, Vec<Stmt>)>,
    orelse: Option<Vec<Stmt>>,
) -> Stmt {
    let mut orelse = orelse.unwrap_or_default();
    for (el, t, b) in elifs.into_iter().rev() {
        let r = block_end(el, &b, &orelse);
        orelse = vec![stmt(
            StmtKind::If {
                test: t,
                body: b,
                orelse,
            },
            el,
            r,
        )];
    }
    let r = block_end(l, &body, &orelse);
    stmt(StmtKind::If { test, body, orelse }, l, r)
}

pub fn except_handler(
    l: usize,
    typ: Option<Expr>,
    name: Option<Ident>,
    body: Vec<Stmt>,
    star: bool,
) -> (ExceptHandler, bool) {
    let r = block_end(l, &body, &[]);
    (
        ExceptHandler {
            typ,
            name,
            body,
            span: Span::new(l, r),
        },
        star,
    )
}

/// `try`, with CPython's checks on the mix of handlers.
pub fn build_try(
    l: usize,
    body: Vec<Stmt>,
    handlers: Vec<(ExceptHandler, bool)>,
    orelse: Vec<Stmt>,
    finalbody: Vec<Stmt>,
) -> Result<Stmt, LexError> {
    let is_star = handlers.first().is_some_and(|h| h.1);
    for (i, (handler, star)) in handlers.iter().enumerate() {
        if *star != is_star {
            return Err(span_error(
                "cannot have both 'except' and 'except*' on the same 'try'",
                handler.span,
            ));
        }
        if handler.typ.is_none() && i + 1 < handlers.len() {
            return Err(span_error("default 'except:' must be last", handler.span));
        }
    }
    let handlers: Vec<ExceptHandler> = handlers.into_iter().map(|h| h.0).collect();
    let mut r = block_end(l, &body, &orelse);
    if let Some(h) = handlers.last() {
        r = r.max(h.span.end as usize);
    }
    r = block_end(r, &[], &finalbody).max(r);
    Ok(stmt(
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            is_star,
        },
        l,
        r,
    ))
}

/// Attaches decorators to a `def` or `class` statement.
pub fn decorate(decorators: Vec<Expr>, mut s: Stmt) -> Stmt {
    match &mut s.kind {
        StmtKind::FunctionDef(f) => f.decorators = decorators,
        StmtKind::ClassDef(c) => c.decorators = decorators,
        _ => {}
    }
    s
}
