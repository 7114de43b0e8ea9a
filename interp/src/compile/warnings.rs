//! Compile-time SyntaxWarnings (CPython 3.11 `Python/compile.c`
//! `check_is_arg`/`check_compare`, `check_caller`, `check_subscripter`,
//! `check_index`, `infer_type`): `x is 1`, `(1, 2)(3)`, `[1, 2]["a"]` are
//! almost always a missing comma or `==`. The compiler records them here; the
//! VM hands them to `warnings.warn_explicit` once compilation succeeded
//! (`Vm::emit_compile_warnings`), so filters apply and `error` makes them
//! SyntaxErrors, as CPython's `compiler_warn` does.

use super::compiler::Compiler;
use coil_parser::ast::{CmpOp, Constant, Expr, ExprKind, UnaryOp};
use std::cell::RefCell;

/// One warning: file name, line, message.
#[derive(Debug, Clone, PartialEq)]
pub struct CompileWarning {
    pub filename: String,
    pub line: u32,
    pub message: String,
}

thread_local! {
    static PENDING: RefCell<Vec<CompileWarning>> = const { RefCell::new(Vec::new()) };
}

/// The warnings recorded since the last call (by the compilations of this thread).
pub fn take() -> Vec<CompileWarning> {
    PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()))
}

/// Whether any warning is waiting to be reported.
pub fn pending() -> bool {
    PENDING.with(|p| !p.borrow().is_empty())
}

/// Forgets recorded warnings (a compilation that failed reports only its error).
pub fn clear() {
    PENDING.with(|p| p.borrow_mut().clear());
}

/// What CPython's AST optimiser folds into a constant: literals, tuples of
/// them, and signed numbers.
fn folded(e: &Expr) -> Option<&'static str> {
    match &e.kind {
        ExprKind::Constant(c) => Some(constant_type(c)),
        ExprKind::Tuple(items) if items.iter().all(|i| folded(i).is_some()) => Some("tuple"),
        ExprKind::UnaryOp {
            op: UnaryOp::USub | UnaryOp::UAdd | UnaryOp::Invert,
            operand,
        } => match &operand.kind {
            ExprKind::Constant(Constant::Int(_)) => Some("int"),
            ExprKind::Constant(Constant::Float(_)) => Some("float"),
            ExprKind::Constant(Constant::Complex(_)) => Some("complex"),
            _ => None,
        },
        _ => None,
    }
}

fn constant_type(c: &Constant) -> &'static str {
    match c {
        Constant::None => "NoneType",
        Constant::True | Constant::False => "bool",
        Constant::Ellipsis => "ellipsis",
        Constant::Int(_) => "int",
        Constant::Float(_) => "float",
        Constant::Complex(_) => "complex",
        Constant::Str(_) => "str",
        Constant::Bytes(_) => "bytes",
    }
}

/// `infer_type`: the type an expression certainly has, if known.
fn infer_type(e: &Expr) -> Option<&'static str> {
    if let Some(t) = folded(e) {
        return Some(t);
    }
    Some(match &e.kind {
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) | ExprKind::ListComp { .. } => "list",
        ExprKind::Dict { .. } | ExprKind::DictComp { .. } => "dict",
        ExprKind::Set(_) | ExprKind::SetComp { .. } => "set",
        ExprKind::GeneratorExp { .. } => "generator",
        ExprKind::Lambda { .. } => "function",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "str",
        ExprKind::Slice { .. } => "slice",
        _ => return None,
    })
}

/// `check_is_arg`: false for a literal other than None, True, False, `...`.
fn is_arg_ok(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(
            Constant::None | Constant::True | Constant::False | Constant::Ellipsis,
        ) => true,
        _ => folded(e).is_none(),
    }
}

impl Compiler<'_> {
    fn warn(&self, e: &Expr, message: String) {
        let w = CompileWarning {
            filename: self.filename.as_str().to_string(),
            line: self.line_of(e.span),
            message,
        };
        PENDING.with(|p| p.borrow_mut().push(w));
    }

    /// `check_compare`: `is` / `is not` with a literal on either side.
    pub(super) fn check_compare(&self, e: &Expr, left: &Expr, ops: &[CmpOp], rights: &[Expr]) {
        let mut left_ok = is_arg_ok(left);
        for (op, right) in ops.iter().zip(rights) {
            let right_ok = is_arg_ok(right);
            let (word, instead) = match op {
                CmpOp::Is => ("is", "=="),
                CmpOp::IsNot => ("is not", "!="),
                _ => {
                    left_ok = right_ok;
                    continue;
                }
            };
            if !left_ok || !right_ok {
                self.warn(
                    e,
                    format!("\"{word}\" with a literal. Did you mean \"{instead}\"?"),
                );
            }
            left_ok = right_ok;
        }
    }

    /// `check_caller`: calling a literal or a display.
    pub(super) fn check_caller(&self, e: &Expr, func: &Expr) {
        let callable_kind = matches!(
            func.kind,
            ExprKind::Constant(_)
                | ExprKind::Tuple(_)
                | ExprKind::List(_)
                | ExprKind::ListComp { .. }
                | ExprKind::Dict { .. }
                | ExprKind::DictComp { .. }
                | ExprKind::Set(_)
                | ExprKind::SetComp { .. }
                | ExprKind::GeneratorExp { .. }
                | ExprKind::JoinedStr(_)
                | ExprKind::FormattedValue { .. }
        ) || folded(func).is_some();
        if let (true, Some(t)) = (callable_kind, infer_type(func)) {
            self.warn(
                e,
                format!("'{t}' object is not callable; perhaps you missed a comma?"),
            );
        }
    }

    /// `check_subscripter` and `check_index` for `value[index]` (loads only).
    pub(super) fn check_subscript(&self, e: &Expr, value: &Expr, index: &Expr) {
        let value_type = infer_type(value);
        let not_subscriptable = match &value.kind {
            ExprKind::Set(_)
            | ExprKind::SetComp { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Lambda { .. } => true,
            _ => matches!(
                folded(value),
                Some("NoneType" | "ellipsis" | "int" | "float" | "complex" | "bool")
            ),
        };
        if let (true, Some(t)) = (not_subscriptable, value_type) {
            self.warn(
                e,
                format!("'{t}' object is not subscriptable; perhaps you missed a comma?"),
            );
            return;
        }
        let Some(index_type) = infer_type(index) else {
            return;
        };
        if matches!(index_type, "int" | "bool" | "slice") {
            return;
        }
        let sequence = match &value.kind {
            ExprKind::List(_)
            | ExprKind::ListComp { .. }
            | ExprKind::JoinedStr(_)
            | ExprKind::FormattedValue { .. } => true,
            _ => {
                matches!(folded(value), Some("str" | "bytes" | "tuple"))
                    || matches!(value.kind, ExprKind::Tuple(_))
            }
        };
        if let (true, Some(t)) = (sequence, value_type) {
            self.warn(
                e,
                format!(
                    "{t} indices must be integers or slices, not {index_type}; perhaps you missed a comma?"
                ),
            );
        }
    }
}
