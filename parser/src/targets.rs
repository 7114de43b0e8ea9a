//! Assignment, augmented-assignment, annotation and `del` targets. The grammar parses
//! targets as expressions; these checks accept what CPython accepts and produce its
//! messages (Parser/pegen.c `_PyPegen_get_expr_name`, Parser/action_helpers.c
//! `_PyPegen_get_invalid_target`, the `invalid_assignment`/`invalid_del_stmt` rules of
//! Grammar/python.gram, and Python/compile.c for the starred-expression checks).

use crate::ast::*;
use crate::nodes::span_error;
use coil_lexer::LexError;

/// CPython's name for an expression kind in "cannot assign to …" messages.
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::True) => "True",
        ExprKind::Constant(Constant::False) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// The first sub-expression that cannot be stored to, as `_PyPegen_get_invalid_target`.
fn invalid_target(e: &Expr, allow_starred: bool) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Tuple(items) | ExprKind::List(items) => items
            .iter()
            .find_map(|item| invalid_target(item, allow_starred)),
        ExprKind::Starred(inner) if allow_starred => invalid_target(inner, allow_starred),
        _ => Some(e),
    }
}

/// `True = 1` and `__debug__ = 1` name the constant instead of "literal"/"name".
fn name_error(e: &Expr) -> Option<LexError> {
    match &e.kind {
        ExprKind::Name(n) if n == "__debug__" => {
            Some(span_error("cannot assign to __debug__", e.span))
        }
        _ => None,
    }
}

fn find_debug(e: &Expr) -> Option<LexError> {
    match &e.kind {
        ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().find_map(find_debug),
        ExprKind::Starred(inner) => find_debug(inner),
        _ => name_error(e),
    }
}

/// Starred targets: at most one per tuple/list level, never bare.
fn check_starred(e: &Expr, nested: bool) -> Result<(), LexError> {
    match &e.kind {
        ExprKind::Starred(inner) => {
            if !nested {
                return Err(span_error(
                    "starred assignment target must be in a list or tuple",
                    e.span,
                ));
            }
            check_starred(inner, false)
        }
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            let stars = items
                .iter()
                .filter(|i| matches!(i.kind, ExprKind::Starred(_)))
                .count();
            if stars > 1 {
                return Err(span_error(
                    "multiple starred expressions in assignment",
                    e.span,
                ));
            }
            for item in items {
                check_starred(item, true)?;
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// A target of `for`, `with … as`, a comprehension's `for`, or a nested assignment.
pub fn check_assign(e: &Expr) -> Result<(), LexError> {
    if let Some(bad) = invalid_target(e, true) {
        return Err(span_error(
            format!("cannot assign to {}", expr_name(bad)),
            bad.span,
        ));
    }
    if let Some(err) = find_debug(e) {
        return Err(err);
    }
    check_starred(e, false)
}

/// One target of an assignment statement. With a single `=`, an invalid top-level
/// target gets CPython's hint (`invalid_named_expression`): "cannot assign to function
/// call here. Maybe you meant '==' instead of '='?".
pub fn check_assign_statement(e: &Expr, single: bool) -> Result<(), LexError> {
    if let ExprKind::Yield(_) | ExprKind::YieldFrom(_) = e.kind {
        if !single {
            return Err(span_error(
                "assignment to yield expression not possible",
                e.span,
            ));
        }
    }
    if let Some(bad) = invalid_target(e, true) {
        let top_level = std::ptr::eq(bad, e);
        let hinted = single
            && top_level
            && !matches!(
                e.kind,
                ExprKind::Constant(Constant::True | Constant::False | Constant::None)
                    | ExprKind::GeneratorExp { .. }
                    | ExprKind::Compare { .. }
                    | ExprKind::BoolOp { .. }
                    | ExprKind::Lambda { .. }
                    | ExprKind::IfExp { .. }
            )
            && !matches!(
                e.kind,
                ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    ..
                }
            );
        let message = if hinted {
            format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                expr_name(bad)
            )
        } else {
            format!("cannot assign to {}", expr_name(bad))
        };
        return Err(span_error(message, bad.span));
    }
    if let Some(err) = find_debug(e) {
        return Err(err);
    }
    check_starred(e, false)
}

/// A `del` target.
pub fn check_delete(e: &Expr) -> Result<(), LexError> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
        ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().try_for_each(check_delete),
        _ => Err(span_error(
            format!("cannot delete {}", expr_name(e)),
            e.span,
        )),
    }
}

/// The target of `+=` and friends.
pub fn check_augmented(e: &Expr) -> Result<(), LexError> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
            name_error(e).map_or(Ok(()), Err)
        }
        _ => Err(span_error(
            format!(
                "'{}' is an illegal expression for augmented assignment",
                expr_name(e)
            ),
            e.span,
        )),
    }
}

/// The target of `x: T`.
pub fn check_annotated(e: &Expr) -> Result<(), LexError> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
            name_error(e).map_or(Ok(()), Err)
        }
        ExprKind::Tuple(_) => Err(span_error(
            "only single target (not tuple) can be annotated",
            e.span,
        )),
        ExprKind::List(_) => Err(span_error(
            "only single target (not list) can be annotated",
            e.span,
        )),
        _ => Err(span_error("illegal target for annotation", e.span)),
    }
}

/// A bare `*x` where a value is expected (`x = *a`, `return *a`, `*a` as a statement).
pub fn check_not_starred(e: &Expr) -> Result<(), LexError> {
    if matches!(e.kind, ExprKind::Starred(_)) {
        return Err(span_error("can't use starred expression here", e.span));
    }
    Ok(())
}
