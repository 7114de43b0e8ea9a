//! Calls and displays: `LoadMethod`/`CallMethod` for `obj.meth(args)`, `Call`/`CallKw` for
//! plain calls, `CallEx` once `*`/`**` appear, and list/tuple/set/dict displays
//! with unpacking. Mirrors CPython 3.11's `compiler_call`,
//! `maybe_optimize_method_call`, `compiler_call_helper`, `starunpack_helper` and
//! `compiler_dict` in `Python/compile.c`.

use super::compiler::{CResult, Compiler};
use crate::bytecode::Instr;
use crate::object::Value;
use coil_parser::ast::*;

/// Above this many stack items, displays and calls are built incrementally
/// (CPython's STACK_USE_GUIDELINE).
const STACK_USE_GUIDELINE: usize = 30;

impl<'a> Compiler<'a> {
    pub fn call(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult {
        self.check_keywords(keywords)?;
        if let ExprKind::Attribute { value, attr } = &func.kind {
            let plain = keywords.is_empty()
                && args.len() < STACK_USE_GUIDELINE
                && !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)));
            let name = self.mangle(&attr.name);
            let index = if plain {
                self.unit().add_name(&name)
            } else {
                u32::MAX
            };
            if index <= u16::MAX as u32 {
                self.expr(value)?;
                // The method is looked up before the arguments run, as CPython's
                // LOAD_METHOD (positioned at the attribute: `x.push` underlined).
                let attr_pos = self.match_attr(self.position(func.span), func.span, &attr.name);
                self.emit_at(Instr::LoadMethod(index), attr_pos);
                for a in args {
                    self.expr(a)?;
                }
                // Positioned like CPython's CALL after LOAD_METHOD: the whole call,
                // starting on the attribute's line when the receiver is above it.
                let pos = self.match_attr(self.position(e.span), func.span, &attr.name);
                self.emit_at(Instr::CallMethod(args.len() as u16), pos);
                return Ok(());
            }
        }
        self.expr(func)?;
        self.call_helper(0, args, keywords)
    }

    /// "keyword argument repeated" (CPython's `validate_keywords`).
    fn check_keywords(&self, keywords: &[Keyword]) -> CResult {
        for (i, k) in keywords.iter().enumerate() {
            let Some(name) = &k.arg else { continue };
            if keywords[i + 1..]
                .iter()
                .any(|other| other.arg.as_ref().is_some_and(|o| o.name == name.name))
            {
                let dup = keywords[i + 1..]
                    .iter()
                    .find(|other| other.arg.as_ref().is_some_and(|o| o.name == name.name))
                    .expect("found above");
                return Err(self.error(
                    format!("keyword argument repeated: {}", name.name),
                    dup.span,
                ));
            }
        }
        Ok(())
    }

    /// Arguments and the call, with `pushed` positional values already on the
    /// stack above the callable (a class body function and the class name).
    pub fn call_helper(
        &mut self,
        pushed: usize,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult {
        let star = args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)));
        let dstar = keywords.iter().any(|k| k.arg.is_none());
        let big = pushed + args.len() + keywords.len() > STACK_USE_GUIDELINE;
        if !star && !dstar && !big {
            for a in args {
                self.expr(a)?;
            }
            let n = (pushed + args.len() + keywords.len()) as u32;
            if keywords.is_empty() {
                self.emit(Instr::Call(n));
            } else {
                for k in keywords {
                    self.expr(&k.value)?;
                }
                let names = keywords
                    .iter()
                    .map(|k| Value::interned(&k.arg.as_ref().expect("no ** here").name))
                    .collect();
                self.load_const(Value::tuple(names));
                self.emit(Instr::CallKw(n));
            }
            return Ok(());
        }
        // The general form: a positional tuple and a keyword dict.
        if pushed == 0 && args.len() == 1 {
            if let ExprKind::Starred(inner) = &args[0].kind {
                self.expr(inner)?;
            } else {
                self.starunpack(
                    args,
                    0,
                    Instr::BuildList,
                    Instr::ListAppend,
                    Instr::ListExtend,
                    true,
                )?;
            }
        } else {
            self.starunpack(
                args,
                pushed,
                Instr::BuildList,
                Instr::ListAppend,
                Instr::ListExtend,
                true,
            )?;
        }
        if !keywords.is_empty() {
            let mut have_dict = false;
            let mut nseen = 0;
            for (i, k) in keywords.iter().enumerate() {
                if k.arg.is_none() {
                    if nseen > 0 {
                        self.subkwargs(&keywords[i - nseen..i])?;
                        if have_dict {
                            self.emit(Instr::DictMerge(1));
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.emit(Instr::BuildMap(0));
                        have_dict = true;
                    }
                    self.expr(&k.value)?;
                    self.emit(Instr::DictMerge(1));
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.subkwargs(&keywords[keywords.len() - nseen..])?;
                if have_dict {
                    self.emit(Instr::DictMerge(1));
                }
            }
        }
        self.emit(Instr::CallEx(!keywords.is_empty()));
        Ok(())
    }

    /// `name=value` keywords as one dict.
    fn subkwargs(&mut self, keywords: &'a [Keyword]) -> CResult {
        for k in keywords {
            let name = &k.arg.as_ref().expect("only named keywords here").name;
            self.load_const(Value::interned(name));
            self.expr(&k.value)?;
        }
        self.emit(Instr::BuildMap(keywords.len() as u32));
        Ok(())
    }

    /// List, set and tuple displays (`starunpack_helper`): built in one
    /// instruction when there is no `*x`, else built incrementally.
    pub fn starunpack(
        &mut self,
        elts: &'a [Expr],
        pushed: usize,
        build: fn(u32) -> Instr,
        add: fn(u32) -> Instr,
        extend: fn(u32) -> Instr,
        tuple: bool,
    ) -> CResult {
        let n = elts.len();
        let big = n + pushed > STACK_USE_GUIDELINE;
        let seen_star = elts.iter().any(|e| matches!(e.kind, ExprKind::Starred(_)));
        if !seen_star && !big {
            for e in elts {
                self.expr(e)?;
            }
            let count = (n + pushed) as u32;
            self.emit(if tuple {
                Instr::BuildTuple(count)
            } else {
                build(count)
            });
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit(build(pushed as u32));
            built = true;
        }
        for (i, e) in elts.iter().enumerate() {
            if let ExprKind::Starred(inner) = &e.kind {
                if !built {
                    self.emit(build((i + pushed) as u32));
                    built = true;
                }
                self.expr(inner)?;
                self.emit(extend(1));
            } else {
                self.expr(e)?;
                if built {
                    self.emit(add(1));
                }
            }
        }
        if tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    /// `{k: v, **m}` (`compiler_dict`).
    pub fn dict_display(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult {
        let mut have_dict = false;
        let mut elements = 0;
        for (i, (k, v)) in keys.iter().zip(values).enumerate() {
            if k.is_none() {
                if elements > 0 {
                    self.subdict(&keys[i - elements..i], &values[i - elements..i])?;
                    if have_dict {
                        self.emit(Instr::DictUpdate(1));
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.emit(Instr::BuildMap(0));
                    have_dict = true;
                }
                self.expr(v)?;
                self.emit(Instr::DictUpdate(1));
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(&keys[i - elements..=i], &values[i - elements..=i])?;
                if have_dict {
                    self.emit(Instr::DictUpdate(1));
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            let n = keys.len();
            self.subdict(&keys[n - elements..], &values[n - elements..])?;
            if have_dict {
                self.emit(Instr::DictUpdate(1));
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Instr::BuildMap(0));
        }
        Ok(())
    }

    fn subdict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult {
        for (k, v) in keys.iter().zip(values) {
            self.expr(k.as_ref().expect("no ** in a subdict"))?;
            self.expr(v)?;
        }
        self.emit(Instr::BuildMap(keys.len() as u32));
        Ok(())
    }
}
