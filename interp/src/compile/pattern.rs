//! Match statements (PEP 634): `compiler_match` and the `compiler_pattern_*` family of
//! CPython 3.11's `Python/compile.c`, with the same instruction shapes
//! (`MATCH_SEQUENCE`, `MATCH_MAPPING`, `MATCH_KEYS`, `MATCH_CLASS`, `GET_LEN`, `COPY`,
//! `SWAP`) and the same compile-time errors.
//!
//! A pattern consumes the subject on top of the stack. On success it leaves the
//! captured values on the stack, in the order their names are listed in
//! `PatternContext::stores` (the case then stores them all); on failure it jumps to
//! `fail_pop[n]`, a chain of `POP_TOP`s that removes the `n` values it had pushed.

use super::compiler::{CResult, Compiler, Ctx};
use super::unit::Label;
use crate::bytecode::Instr;
use crate::object::Value;
use coil_parser::ast::*;

/// CPython's `pattern_context`.
struct PatternContext {
    /// Names captured so far, in stack order (the first is deepest).
    stores: Vec<String>,
    /// May an irrefutable pattern appear here (last case, guarded, or a sub-pattern)?
    allow_irrefutable: bool,
    /// `fail_pop[n]` pops `n` values and then fails.
    fail_pop: Vec<Label>,
    /// Values above the captures that belong to enclosing patterns.
    on_top: usize,
}

impl PatternContext {
    fn new(allow_irrefutable: bool) -> PatternContext {
        PatternContext {
            stores: Vec::new(),
            allow_irrefutable,
            fail_pop: Vec::new(),
            on_top: 0,
        }
    }
}

impl<'a> Compiler<'a> {
    /// `match subject: case …` (`compiler_match_inner`).
    pub fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> CResult {
        self.expr(subject)?;
        let end = self.new_label();
        let n = cases.len();
        // A trailing `case _:` needs no copy of the subject and no pattern code.
        let has_default = n > 1 && cases[n - 1].pattern.is_wildcard();
        let tested = n - has_default as usize;
        for (i, case) in cases[..tested].iter().enumerate() {
            let old = self.set_loc(case.pattern.span);
            let last = i + 1 == tested;
            if !last {
                self.emit(Instr::Copy(1));
            }
            let mut pc = PatternContext::new(case.guard.is_some() || i + 1 == n);
            self.pattern(&case.pattern, &mut pc)?;
            let stores = std::mem::take(&mut pc.stores);
            for name in &stores {
                self.name_op(name, Ctx::Store);
            }
            if let Some(guard) = &case.guard {
                let fail = self.ensure_fail_pop(&mut pc, 0);
                self.jump_if(guard, fail, false)?;
            }
            if !last {
                self.emit(Instr::PopTop);
            }
            self.restore_loc(old);
            self.stmts(&case.body)?;
            self.emit_jump(Instr::Jump, end);
            // A failed pattern's clean-up belongs to the pattern's line.
            let old = self.set_loc(case.pattern.span);
            self.emit_and_reset_fail_pop(&mut pc);
            self.restore_loc(old);
        }
        if has_default {
            let case = &cases[n - 1];
            let old = self.set_loc(case.pattern.span);
            if n == 1 {
                self.emit(Instr::PopTop);
            } else {
                self.emit(Instr::Nop);
            }
            if let Some(guard) = &case.guard {
                self.jump_if(guard, end, false)?;
            }
            self.restore_loc(old);
            self.stmts(&case.body)?;
        }
        self.bind(end);
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatternContext, n: usize) -> Label {
        while pc.fail_pop.len() <= n {
            let label = self.new_label();
            pc.fail_pop.push(label);
        }
        pc.fail_pop[n]
    }

    /// Jumps (with `make`) to the fail block that pops everything pushed so far.
    fn jump_to_fail_pop(&mut self, pc: &mut PatternContext, make: fn(u32) -> Instr) {
        let pops = pc.on_top + pc.stores.len();
        let label = self.ensure_fail_pop(pc, pops);
        self.emit_jump(make, label);
    }

    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternContext) {
        if pc.fail_pop.is_empty() {
            return;
        }
        for i in (1..pc.fail_pop.len()).rev() {
            self.bind(pc.fail_pop[i]);
            self.emit(Instr::PopTop);
        }
        self.bind(pc.fail_pop[0]);
        pc.fail_pop.clear();
    }

    /// Moves the top of the stack `count - 1` places down.
    fn pattern_rotate(&mut self, mut count: usize) {
        while count > 1 {
            self.emit(Instr::Swap(count as u32));
            count -= 1;
        }
    }

    /// Captures the top of the stack as `name` (or pops it for `_`).
    fn pattern_store(&mut self, name: Option<&Ident>, pc: &mut PatternContext) -> CResult {
        let Some(name) = name else {
            self.emit(Instr::PopTop);
            return Ok(());
        };
        if name.name == "__debug__" {
            return Err(self.error("cannot assign to __debug__", name.span));
        }
        if pc.stores.contains(&name.name) {
            return Err(self.error(
                format!("multiple assignments to name '{}' in pattern", name.name),
                self.span,
            ));
        }
        // Below the values that enclosing patterns still need, above earlier captures.
        self.pattern_rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(name.name.clone());
        Ok(())
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
        let old = self.set_loc(p.span);
        let result = self.pattern_inner(p, pc);
        self.restore_loc(old);
        result
    }

    /// A sub-pattern: irrefutable ones are fine inside a bigger pattern.
    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
        let allow = std::mem::replace(&mut pc.allow_irrefutable, true);
        let result = self.pattern(p, pc);
        pc.allow_irrefutable = allow;
        result
    }

    fn pattern_inner(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
        match &p.kind {
            PatternKind::MatchValue(value) => {
                if !is_value_expr(value) {
                    return Err(self.error(
                        "patterns may only match literals and attribute lookups",
                        value.span,
                    ));
                }
                self.expr(value)?;
                self.emit(Instr::CompareOp(CmpOp::Eq));
                self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
                Ok(())
            }
            PatternKind::MatchSingleton(c) => {
                let v = self.constant(c, p.span)?;
                self.load_const(v);
                self.emit(Instr::IsOp(false));
                self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
                Ok(())
            }
            PatternKind::MatchAs { pattern, name } => match pattern {
                None => {
                    if !pc.allow_irrefutable {
                        let message = match name {
                            Some(n) => format!(
                                "name capture '{}' makes remaining patterns unreachable",
                                n.name
                            ),
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        return Err(self.error(message, p.span));
                    }
                    self.pattern_store(name.as_ref(), pc)
                }
                Some(inner) => {
                    // Keep a copy to store once the inner pattern matched.
                    pc.on_top += 1;
                    self.emit(Instr::Copy(1));
                    self.pattern(inner, pc)?;
                    pc.on_top -= 1;
                    self.pattern_store(name.as_ref(), pc)
                }
            },
            PatternKind::MatchStar(name) => self.pattern_store(name.as_ref(), pc),
            PatternKind::MatchSequence(items) => self.pattern_sequence(items, pc),
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => self.pattern_mapping(p, keys, patterns, rest.as_ref(), pc),
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.pattern_class(cls, patterns, kwd_attrs, kwd_patterns, pc),
            PatternKind::MatchOr(alts) => self.pattern_or(p, alts, pc),
        }
    }

    /// `compiler_pattern_sequence`.
    fn pattern_sequence(&mut self, items: &'a [Pattern], pc: &mut PatternContext) -> CResult {
        let size = items.len();
        let mut star = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, item) in items.iter().enumerate() {
            if let PatternKind::MatchStar(name) = &item.kind {
                star_wildcard = name.is_none();
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= item.is_wildcard();
        }
        // The subject stays on top during the type and length checks.
        pc.on_top += 1;
        self.emit(Instr::MatchSequence);
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        match star {
            None => {
                self.emit(Instr::GetLen);
                self.load_const(Value::Int(size as i64));
                self.emit(Instr::CompareOp(CmpOp::Eq));
                self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
            }
            Some(_) if size > 1 => {
                self.emit(Instr::GetLen);
                self.load_const(Value::Int(size as i64 - 1));
                self.emit(Instr::CompareOp(CmpOp::GtE));
                self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
            }
            Some(_) => {}
        }
        // What follows consumes the subject.
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(Instr::PopTop);
        } else if star_wildcard {
            self.pattern_sequence_subscr(items, star.unwrap_or(size), pc)?;
        } else {
            self.pattern_sequence_unpack(items, star, pc)?;
        }
        Ok(())
    }

    /// Unpacks the subject and matches each element.
    fn pattern_sequence_unpack(
        &mut self,
        items: &'a [Pattern],
        star: Option<usize>,
        pc: &mut PatternContext,
    ) -> CResult {
        let size = items.len();
        match star {
            None => self.emit(Instr::UnpackSequence(size as u32)),
            Some(s) => self.emit(Instr::UnpackEx(s as u16, (size - s - 1) as u16)),
        };
        pc.on_top += size;
        for item in items {
            pc.on_top -= 1;
            self.subpattern(item, pc)?;
        }
        Ok(())
    }

    /// `[a, *_, b]`: index the subject instead of unpacking the middle.
    fn pattern_sequence_subscr(
        &mut self,
        items: &'a [Pattern],
        star: usize,
        pc: &mut PatternContext,
    ) -> CResult {
        let size = items.len();
        // The subject stays for the indexing.
        pc.on_top += 1;
        for (i, item) in items.iter().enumerate() {
            if item.is_wildcard() || i == star {
                continue;
            }
            self.emit(Instr::Copy(1));
            if i < star {
                self.load_const(Value::Int(i as i64));
            } else {
                self.emit(Instr::GetLen);
                self.load_const(Value::Int((size - i) as i64));
                self.emit(Instr::BinaryOp(BinOp::Sub));
            }
            self.emit(Instr::BinarySubscr);
            self.subpattern(item, pc)?;
        }
        pc.on_top -= 1;
        self.emit(Instr::PopTop);
        Ok(())
    }

    /// `compiler_pattern_mapping`.
    fn pattern_mapping(
        &mut self,
        p: &'a Pattern,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&Ident>,
        pc: &mut PatternContext,
    ) -> CResult {
        let size = keys.len();
        pc.on_top += 1;
        self.emit(Instr::MatchMapping);
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        if size == 0 && rest.is_none() {
            // `{}` matches any mapping.
            pc.on_top -= 1;
            self.emit(Instr::PopTop);
            return Ok(());
        }
        if size > 0 {
            self.emit(Instr::GetLen);
            self.load_const(Value::Int(size as i64));
            self.emit(Instr::CompareOp(CmpOp::GtE));
            self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        }
        // Keys are literals (checked for duplicates here) or dotted names.
        let mut seen: Vec<String> = Vec::new();
        let mut key_values = Vec::new();
        for key in keys {
            if let Some(identity) = literal_key(key) {
                if seen.contains(&identity) {
                    let shown = self
                        .const_value(key)
                        .map(|v| v.debug_repr())
                        .unwrap_or_default();
                    return Err(self.error(
                        format!("mapping pattern checks duplicate key ({shown})"),
                        p.span,
                    ));
                }
                seen.push(identity);
            } else if !matches!(key.kind, ExprKind::Attribute { .. }) {
                return Err(self.error(
                    "mapping pattern keys may only match literals and attribute lookups",
                    p.span,
                ));
            }
            key_values.push(self.const_value(key));
        }
        // All-literal keys load as one tuple constant, as CPython's folding does.
        if let Some(values) = key_values.into_iter().collect::<Option<Vec<Value>>>() {
            self.load_const(Value::tuple(values));
        } else {
            for key in keys {
                self.expr(key)?;
            }
            self.emit(Instr::BuildTuple(size as u32));
        }
        self.emit(Instr::MatchKeys);
        // The keys tuple and the values tuple (or None) sit on the subject.
        pc.on_top += 2;
        self.emit(Instr::Copy(1));
        self.load_const(Value::None);
        self.emit(Instr::IsOp(true));
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        self.emit(Instr::UnpackSequence(size as u32));
        pc.on_top += size;
        pc.on_top -= 1;
        for sub in patterns {
            pc.on_top -= 1;
            self.subpattern(sub, pc)?;
        }
        // What follows consumes the keys tuple and the subject.
        pc.on_top -= 2;
        match rest {
            Some(name) => {
                // rest = dict(subject); del rest[key] for each key.
                self.emit(Instr::BuildMap(0));
                self.emit(Instr::Swap(3));
                self.emit(Instr::DictUpdate(2));
                self.emit(Instr::UnpackSequence(size as u32));
                let mut left = size;
                while left > 0 {
                    self.emit(Instr::Copy(1 + left as u32));
                    left -= 1;
                    self.emit(Instr::Swap(2));
                    self.emit(Instr::DeleteSubscr);
                }
                self.pattern_store(Some(name), pc)?;
            }
            None => {
                self.emit(Instr::PopTop);
                self.emit(Instr::PopTop);
            }
        }
        Ok(())
    }

    /// `compiler_pattern_class`.
    fn pattern_class(
        &mut self,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [Ident],
        kwd_patterns: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> CResult {
        for attr in kwd_attrs {
            if attr.name == "__debug__" {
                return Err(self.error("cannot assign to __debug__", attr.span));
            }
        }
        self.expr(cls)?;
        let names: Vec<Value> = kwd_attrs
            .iter()
            .map(|a| super::expr::str_const(&a.name))
            .collect();
        self.load_const(Value::tuple(names));
        let nargs = patterns.len();
        self.emit(Instr::MatchClass(nargs as u32));
        // A tuple of the sub-pattern subjects, or None.
        self.emit(Instr::Copy(1));
        self.load_const(Value::None);
        self.emit(Instr::IsOp(true));
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        let total = nargs + kwd_attrs.len();
        self.emit(Instr::UnpackSequence(total as u32));
        pc.on_top += total;
        pc.on_top -= 1;
        for sub in patterns.iter().chain(kwd_patterns) {
            pc.on_top -= 1;
            if sub.is_wildcard() {
                self.emit(Instr::PopTop);
                continue;
            }
            self.subpattern(sub, pc)?;
        }
        Ok(())
    }

    /// `compiler_pattern_or`: each alternative runs on a copy of the subject and must
    /// bind the same names; their values are brought into the first alternative's
    /// order.
    fn pattern_or(
        &mut self,
        p: &'a Pattern,
        alts: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> CResult {
        let end = self.new_label();
        let outer_allow = pc.allow_irrefutable;
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in alts.iter().enumerate() {
            let mut sub = PatternContext::new(i + 1 == alts.len() && outer_allow);
            self.emit(Instr::Copy(1));
            self.pattern(alt, &mut sub)?;
            match &control {
                None => control = Some(sub.stores.clone()),
                Some(ctl) => {
                    if sub.stores.len() != ctl.len() {
                        return Err(
                            self.error("alternative patterns bind different names", alt.span)
                        );
                    }
                    let mut icontrol = ctl.len();
                    while icontrol > 0 {
                        icontrol -= 1;
                        let name = &ctl[icontrol];
                        let Some(istores) = sub.stores.iter().position(|s| s == name) else {
                            return Err(
                                self.error("alternative patterns bind different names", alt.span)
                            );
                        };
                        if icontrol != istores {
                            // Move the first `istores + 1` names up to `icontrol`,
                            // on the stack as in the list.
                            let rotated: Vec<String> = sub.stores.drain(..=istores).collect();
                            let at = icontrol - istores;
                            for (k, n) in rotated.into_iter().enumerate() {
                                sub.stores.insert(at + k, n);
                            }
                            for _ in 0..=istores {
                                self.pattern_rotate(icontrol + 1);
                            }
                        }
                    }
                }
            }
            self.emit_jump(Instr::Jump, end);
            self.emit_and_reset_fail_pop(&mut sub);
        }
        // No alternative matched: drop the subject and fail.
        self.emit(Instr::PopTop);
        self.jump_to_fail_pop(pc, Instr::Jump);
        self.bind(end);
        let control = control.unwrap_or_default();
        let nstores = control.len();
        // Under the new captures: the subject's copy, the enclosing patterns' values
        // and the earlier captures.
        let nrots = nstores + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.pattern_rotate(nrots);
            if pc.stores.contains(&name) {
                return Err(self.error(
                    format!("multiple assignments to name '{name}' in pattern"),
                    p.span,
                ));
            }
            pc.stores.push(name);
        }
        self.emit(Instr::PopTop);
        Ok(())
    }
}

/// What a value pattern may be: a literal (signed, or complex) or a dotted name
/// (CPython's `MATCH_VALUE_EXPR`).
fn is_value_expr(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(_) | ExprKind::Attribute { .. } => true,
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => matches!(operand.kind, ExprKind::Constant(_)),
        ExprKind::BinOp { left, right, .. } => is_value_expr(left) && is_value_expr(right),
        _ => false,
    }
}

/// A literal key's identity for the duplicate check: equal numbers (`1`, `1.0`,
/// `True`) are the same key, as in a dict.
fn literal_key(e: &Expr) -> Option<String> {
    let (negative, c) = match &e.kind {
        ExprKind::Constant(c) => (false, c),
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => match &operand.kind {
            ExprKind::Constant(c) => (true, c),
            _ => return None,
        },
        ExprKind::BinOp { left, op, right } => {
            let (l, r) = (literal_key(left)?, literal_key(right)?);
            return Some(format!("({l}{}{r})", op.symbol()));
        }
        _ => return None,
    };
    let sign = if negative { "-" } else { "" };
    Some(match c {
        Constant::None => "None".into(),
        Constant::True => "n:1".into(),
        Constant::False => "n:0".into(),
        Constant::Int(i) if negative && i.sign() == num_bigint::Sign::NoSign => "n:0".into(),
        Constant::Int(i) => format!("n:{sign}{i}"),
        Constant::Float(f) if f.fract() == 0.0 && f.abs() < 1e18 => {
            if *f == 0.0 {
                "n:0".into()
            } else {
                format!("n:{sign}{}", *f as i64)
            }
        }
        Constant::Float(f) => format!("f:{sign}{f:?}"),
        Constant::Complex(f) => format!("j:{sign}{f:?}"),
        Constant::Str(s) => format!("s:{s}"),
        Constant::Bytes(b) => format!("b:{b:?}"),
        Constant::Ellipsis => "...".into(),
    })
}
