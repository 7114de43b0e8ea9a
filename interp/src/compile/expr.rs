//! Expressions (`compiler_visit_expr1` in CPython 3.11's `Python/compile.c`),
//! conditional jumps (`compiler_jump_if`), constants and their folding, and the
//! position rules CPython applies to attribute accesses. Calls and displays are
//! in `call.rs`, comprehensions in `comprehension.rs`, lambdas in `function.rs`.

use super::compiler::{CResult, Compiler, Ctx};
use super::unit::{Label, UnitKind};
use crate::bytecode::{Instr, Position};
use crate::object::Value;
use coil_parser::ast::*;

impl<'a> Compiler<'a> {
    pub fn expr(&mut self, e: &'a Expr) -> CResult {
        let old = self.set_loc(e.span);
        let result = self.expr_inner(e);
        self.restore_loc(old);
        result
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult {
        if let Some(v) = self.const_value(e) {
            self.load_const(v);
            return Ok(());
        }
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                let jump = match op {
                    BoolOp::And => Instr::JumpIfFalseOrPop,
                    BoolOp::Or => Instr::JumpIfTrueOrPop,
                };
                let (last, rest) = values.split_last().expect("a BoolOp has operands");
                for v in rest {
                    self.expr(v)?;
                    self.emit_jump(jump, end);
                }
                self.expr(last)?;
                self.bind(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Instr::Copy(1));
                self.store_target(target)?;
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Instr::BinaryOp(*op));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                self.emit(match op {
                    UnaryOp::Invert => Instr::UnaryInvert,
                    UnaryOp::Not => Instr::UnaryNot,
                    UnaryOp::UAdd => Instr::UnaryPositive,
                    UnaryOp::USub => Instr::UnaryNegative,
                });
            }
            ExprKind::Lambda { args, body } => self.lambda(e, args, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next = self.new_label();
                self.jump_if(test, next, false)?;
                self.expr(body)?;
                self.emit_jump(Instr::Jump, end);
                self.bind(next);
                self.expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Dict { keys, values } => self.dict_display(keys, values)?,
            ExprKind::Set(items) if items.len() > 2 && items.iter().all(folds_to_constant) => {
                // CPython folds these into a frozenset constant merged into a
                // new set (`BUILD_SET 0; SET_UPDATE`); the merge shapes the
                // table, so the iteration order.
                self.emit(Instr::BuildSet(0));
                self.folded_set(items)?;
                self.emit(Instr::SetUpdate(1));
            }
            ExprKind::Set(items) => self.starunpack(
                items,
                0,
                Instr::BuildSet,
                Instr::SetAdd,
                Instr::SetUpdate,
                false,
            )?,
            ExprKind::List(items) => self.starunpack(
                items,
                0,
                Instr::BuildList,
                Instr::ListAppend,
                Instr::ListExtend,
                false,
            )?,
            ExprKind::Tuple(items) => self.starunpack(
                items,
                0,
                Instr::BuildList,
                Instr::ListAppend,
                Instr::ListExtend,
                true,
            )?,
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, generators, elt, None)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, generators, key, Some(value))?,
            ExprKind::Await(value) => {
                if !self.is_top_level_await() {
                    let scope = &self.table.scopes[self.unit_ref().scope];
                    if !scope.is_function_like() {
                        return Err(self.error("'await' outside function", e.span));
                    }
                    if !matches!(
                        self.unit_ref().kind,
                        UnitKind::AsyncFunction | UnitKind::Comprehension
                    ) {
                        return Err(self.error("'await' outside async function", e.span));
                    }
                }
                self.expr(value)?;
                self.emit_await();
            }
            ExprKind::Yield(value) => {
                self.check_yield(e)?;
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.emit(Instr::YieldValue);
            }
            ExprKind::YieldFrom(value) => {
                self.check_yield(e)?;
                if self.unit_ref().kind == UnitKind::AsyncFunction {
                    return Err(self.error("'yield from' inside async function", e.span));
                }
                self.expr(value)?;
                self.emit(Instr::GetYieldFromIter);
                self.load_const(Value::None);
                self.emit(Instr::Send(0));
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.check_compare(e, left, ops, comparators);
                self.compare(left, ops, comparators)?
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.check_caller(e, func);
                self.call(e, func, args, keywords)?
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.expr(value)?;
                let mut flags = match conversion {
                    None => 0,
                    Some('s') => 1,
                    Some('r') => 2,
                    Some('a') => 3,
                    Some(c) => {
                        return Err(self.error(
                            format!("f-string: invalid conversion character '{c}': expected 's', 'r', or 'a'"),
                            e.span,
                        ))
                    }
                };
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                    flags |= 4;
                }
                self.emit(Instr::FormatValue(flags));
            }
            ExprKind::JoinedStr(parts) => {
                for p in parts {
                    self.expr(p)?;
                }
                if parts.len() != 1 {
                    self.emit(Instr::BuildString(parts.len() as u32));
                }
            }
            ExprKind::Constant(c) => {
                let v = self.constant(c, e.span)?;
                self.load_const(v);
            }
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let pos = self.attr_position(e.span, &attr.name);
                let i = self.attr_name(&attr.name);
                self.emit_at(Instr::LoadAttr(i), pos);
            }
            ExprKind::Subscript { value, slice } => {
                self.check_subscript(e, value, slice);
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Instr::BinarySubscr);
            }
            ExprKind::Starred(_) => {
                return Err(self.error("can't use starred expression here", e.span));
            }
            ExprKind::Name(name) => self.name_op(name, Ctx::Load),
            ExprKind::Slice { lower, upper, step } => {
                let mut n = 2;
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_const(Value::None),
                    }
                }
                if let Some(step) = step {
                    self.expr(step)?;
                    n = 3;
                }
                self.emit(Instr::BuildSlice(n));
            }
        }
        Ok(())
    }

    fn check_yield(&self, e: &Expr) -> CResult {
        if !self.table.scopes[self.unit_ref().scope].is_function_like() {
            return Err(self.error("'yield' outside function", e.span));
        }
        Ok(())
    }

    /// A literal as a value.
    pub fn constant(&self, c: &Constant, _span: Span) -> CResult<Value> {
        Ok(match c {
            Constant::None => Value::None,
            Constant::True => Value::Bool(true),
            Constant::False => Value::Bool(false),
            Constant::Ellipsis => Value::Ellipsis,
            Constant::Int(i) => Value::from_bigint(i.clone()),
            Constant::Float(f) => Value::Float(*f),
            Constant::Str(s) => str_const(s),
            Constant::Complex(im) => Value::complex(0.0, *im),
            Constant::Bytes(b) => Value::bytes(b.clone()),
        })
    }

    /// The frozenset constant CPython makes of a constant set display: built by
    /// adds of the items, then rebuilt by adds in that set's order
    /// (`merge_consts_recursive`). The same steps here, giving a `set`.
    pub fn folded_set(&mut self, items: &'a [Expr]) -> CResult {
        self.emit(Instr::BuildSet(0));
        self.emit(Instr::BuildList(0));
        for item in items {
            self.expr(item)?;
        }
        self.emit(Instr::BuildSet(items.len() as u32));
        self.emit(Instr::ListExtend(1));
        self.emit(Instr::SetUpdate(1));
        Ok(())
    }

    /// `for x in {1, 2, 3}`: CPython's `fold_iter` makes the display a frozenset
    /// constant, iterated as such (no merge).
    pub fn iterable(&mut self, iter: &'a Expr) -> CResult {
        match &iter.kind {
            ExprKind::Set(items) if items.iter().all(folds_to_constant) => self.folded_set(items),
            _ => self.expr(iter),
        }
    }

    /// The value of an expression known at compile time: literals, negated
    /// numbers and tuples of those (CPython's AST optimizer folds the same).
    pub fn const_value(&self, e: &Expr) -> Option<Value> {
        match &e.kind {
            ExprKind::Constant(c) => self.constant(c, e.span).ok(),
            ExprKind::UnaryOp {
                op: UnaryOp::USub,
                operand,
            } => match &operand.kind {
                ExprKind::Constant(Constant::Int(i)) => Some(Value::from_bigint(-i.clone())),
                ExprKind::Constant(Constant::Float(f)) => Some(Value::Float(-f)),
                _ => None,
            },
            ExprKind::Tuple(items) => {
                let values: Option<Vec<Value>> =
                    items.iter().map(|i| self.const_value(i)).collect();
                values.map(Value::tuple)
            }
            _ => None,
        }
    }

    /// The attribute name as stored: mangled inside a class.
    pub fn attr_name(&mut self, attr: &str) -> u32 {
        let name = self.mangle(attr);
        self.unit().add_name(&name)
    }

    /// CPython's `update_start_location_to_match_attr`: when an attribute
    /// expression spans lines, its instructions start where the attribute name is.
    pub fn attr_position(&self, attr_span: Span, attr: &str) -> Position {
        let base = self.loc;
        self.match_attr(base, attr_span, attr)
    }

    pub fn match_attr(&self, mut pos: Position, attr_span: Span, attr: &str) -> Position {
        let attr_pos = self.position(attr_span);
        if pos.line != attr_pos.end_line {
            pos.line = attr_pos.end_line;
            let len = attr.chars().count() as u32;
            if len <= attr_pos.end_col {
                pos.col = attr_pos.end_col - len;
            }
            pos.end_line = pos.end_line.max(pos.line);
            if pos.line == pos.end_line {
                pos.end_col = pos.end_col.max(pos.col);
            }
        }
        pos
    }

    /// Comparison, with CPython's Copy/Swap pattern for chains (`a < b < c`
    /// evaluates `b` once and stops at the first false link).
    fn compare(&mut self, left: &'a Expr, ops: &[CmpOp], comparators: &'a [Expr]) -> CResult {
        self.expr(left)?;
        let n = ops.len() - 1;
        if n == 0 {
            match (&ops[0], &comparators[0].kind) {
                // Membership in a constant display: its order is not seen, so
                // the plain display does (CPython tests a frozenset constant).
                (CmpOp::In | CmpOp::NotIn, ExprKind::Set(items))
                    if items.iter().all(folds_to_constant) =>
                {
                    for item in items {
                        self.expr(item)?;
                    }
                    self.emit(Instr::BuildSet(items.len() as u32));
                }
                _ => self.expr(&comparators[0])?,
            }
            self.emit(compare_instr(ops[0]));
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n {
            self.expr(&comparators[i])?;
            self.emit(Instr::Swap(2));
            self.emit(Instr::Copy(2));
            self.emit(compare_instr(ops[i]));
            self.emit_jump(Instr::JumpIfFalseOrPop, cleanup);
        }
        self.expr(&comparators[n])?;
        self.emit(compare_instr(ops[n]));
        self.emit_jump(Instr::Jump, end);
        self.bind(cleanup);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopTop);
        self.bind(end);
        Ok(())
    }

    /// Jumps to `target` if `e` is truthy (`cond`) or falsy (`!cond`), without
    /// materialising `not`, `and`/`or`, conditional expressions or comparison
    /// chains as values (`compiler_jump_if`).
    /// The jumps carry the location in effect (the statement's), as CPython 3.11's
    /// `compiler_jump_if` emits them, except that a comparison leaves its own
    /// location set for everything after it (see `jump_if_leaked_span`): so a
    /// Ctrl-C at the back-edge of `while flag:` shows no carets and one at
    /// `while x < n:` underlines the comparison, as CPython's do.
    pub fn jump_if(&mut self, e: &'a Expr, target: Label, cond: bool) -> CResult {
        if matches!(e.kind, ExprKind::Compare { .. }) {
            self.set_loc(e.span);
        }
        self.jump_if_inner(e, target, cond)
    }

    /// The location CPython 3.11's `compiler_jump_if` leaves set after jumping on `e`:
    /// its `Compare` case sets the location without restoring it, so the last
    /// comparison reached through `not`/`and`/`or`/`if-else` leaks into the code that
    /// follows (the `assert` statement's raise underlines it); `None` when nothing
    /// leaks and the statement's own location stays.
    pub fn jump_if_leaked_span(e: &Expr) -> Option<Span> {
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => Self::jump_if_leaked_span(operand),
            ExprKind::BoolOp { values, .. } => {
                values.iter().rev().find_map(Self::jump_if_leaked_span)
            }
            ExprKind::IfExp { test, body, orelse } => [orelse, body, test]
                .into_iter()
                .find_map(|x| Self::jump_if_leaked_span(x)),
            ExprKind::Compare { .. } => Some(e.span),
            _ => None,
        }
    }

    fn jump_if_inner(&mut self, e: &'a Expr, target: Label, cond: bool) -> CResult {
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, target, !cond),
            ExprKind::BoolOp { op, values } => {
                let cond2 = *op == BoolOp::Or;
                let next2 = if cond2 != cond {
                    self.new_label()
                } else {
                    target
                };
                let (last, rest) = values.split_last().expect("a BoolOp has operands");
                for v in rest {
                    self.jump_if(v, next2, cond2)?;
                }
                self.jump_if(last, target, cond)?;
                if next2 != target {
                    self.bind(next2);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next2 = self.new_label();
                self.jump_if(test, next2, false)?;
                self.jump_if(body, target, cond)?;
                self.emit_jump(Instr::Jump, end);
                self.bind(next2);
                self.jump_if(orelse, target, cond)?;
                self.bind(end);
                return Ok(());
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() > 1 => {
                self.check_compare(e, left, ops, comparators);
                let n = ops.len() - 1;
                let cleanup = self.new_label();
                self.expr(left)?;
                for i in 0..n {
                    self.expr(&comparators[i])?;
                    self.emit(Instr::Swap(2));
                    self.emit(Instr::Copy(2));
                    self.emit(compare_instr(ops[i]));
                    self.emit_jump(Instr::PopJumpIfFalse, cleanup);
                }
                self.expr(&comparators[n])?;
                self.emit(compare_instr(ops[n]));
                self.emit_jump(
                    if cond {
                        Instr::PopJumpIfTrue
                    } else {
                        Instr::PopJumpIfFalse
                    },
                    target,
                );
                let end = self.new_label();
                self.emit_jump(Instr::Jump, end);
                self.bind(cleanup);
                self.emit(Instr::PopTop);
                if !cond {
                    self.emit_jump(Instr::Jump, target);
                }
                self.bind(end);
                return Ok(());
            }
            _ => {}
        }
        // A test whose truth is known at compile time (`while True:`) needs no
        // test at all, as after CPython's constant-jump optimisation.
        if let Some(v) = self.const_value(e) {
            if let Some(truth) = const_truth(&v) {
                if truth == cond {
                    self.emit_jump(Instr::Jump, target);
                }
                return Ok(());
            }
        }
        self.expr(e)?;
        self.emit_jump(
            if cond {
                Instr::PopJumpIfTrue
            } else {
                Instr::PopJumpIfFalse
            },
            target,
        );
        Ok(())
    }
}

fn compare_instr(op: CmpOp) -> Instr {
    match op {
        CmpOp::Is => Instr::IsOp(false),
        CmpOp::IsNot => Instr::IsOp(true),
        CmpOp::In => Instr::ContainsOp(false),
        CmpOp::NotIn => Instr::ContainsOp(true),
        other => Instr::CompareOp(other),
    }
}

/// Whether CPython's AST optimizer turns `e` into a constant: literals, tuples
/// of constants and arithmetic on constants (`Python/ast_opt.c`; powers and
/// shifts only while the result stays small, as its `safe_power` allows).
fn folds_to_constant(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(_) => true,
        ExprKind::UnaryOp { op, operand } => {
            !matches!(op, UnaryOp::Not) && folds_to_constant(operand)
        }
        ExprKind::Tuple(items) => items.iter().all(folds_to_constant),
        ExprKind::BinOp { left, op, right } => {
            let small_int = |x: &Expr| match &x.kind {
                ExprKind::Constant(Constant::Int(i)) => Some(i.bits()),
                _ => None,
            };
            match op {
                BinOp::Pow | BinOp::LShift => match (small_int(left), &right.kind) {
                    (Some(bits), ExprKind::Constant(Constant::Int(n))) => {
                        let n = u64::try_from(n).unwrap_or(u64::MAX);
                        if *op == BinOp::Pow {
                            bits.saturating_mul(n) <= 128
                        } else {
                            bits.saturating_add(n) <= 128
                        }
                    }
                    _ => false,
                },
                BinOp::Add | BinOp::Sub | BinOp::Mult | BinOp::FloorDiv | BinOp::Mod => {
                    small_int(left).is_some() && small_int(right).is_some()
                }
                _ => false,
            }
        }
        _ => false,
    }
}

/// Truthiness of a folded constant.
fn const_truth(v: &Value) -> Option<bool> {
    Some(match v {
        Value::None => false,
        Value::Bool(b) => *b,
        Value::Int(i) => *i != 0,
        Value::BigInt(_) | Value::Ellipsis => true,
        Value::Float(f) => *f != 0.0,
        Value::Str(s) => !s.as_str().is_empty(),
        Value::Tuple(t) => !t.items.is_empty(),
        _ => return None,
    })
}

/// A string constant; identifier-like ones are interned, as CPython interns
/// constants made only of name characters.
pub fn str_const(s: &str) -> Value {
    if s.len() <= 40 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
        Value::interned(s)
    } else {
        Value::str(s)
    }
}
