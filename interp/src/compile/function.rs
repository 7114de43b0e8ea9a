//! `def`, `lambda` and `class` (CPython 3.11's `compiler_function`,
//! `compiler_lambda` and `compiler_class` in `Python/compile.c`): defaults,
//! keyword-only defaults and annotations are evaluated at definition time,
//! decorators are evaluated first and applied innermost first, closures are
//! built from the enclosing frame's cells, and class bodies run as functions
//! called by `__build_class__`.

use super::compiler::{CResult, Compiler, Ctx};
use super::expr::str_const;
use super::unit::UnitKind;
use crate::bytecode::Instr;
use crate::object::{Str, Value};
use coil_parser::ast::*;
use std::rc::Rc;

/// The docstring of a body: its first statement, when that is a string literal.
pub fn docstring(body: &[Stmt]) -> Option<&str> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(s)),
            ..
        })) => Some(s),
        _ => None,
    }
}

impl<'a> Compiler<'a> {
    pub fn function_def(&mut self, s: &'a Stmt, f: &'a FunctionDef) -> CResult {
        for d in &f.decorators {
            self.expr(d)?;
        }
        let first_line = self.line_of(f.decorators.first().map_or(s.span, |d| d.span));
        let mut flags = self.defaults(&f.args)?;
        if self.annotations(&f.args, f.returns.as_ref())? {
            flags |= 4;
        }
        let scope = self.table.scope_for(f);
        let kind = if f.is_async {
            UnitKind::AsyncFunction
        } else {
            UnitKind::Function
        };
        self.enter_scope(kind, scope, &f.name.name, first_line);
        self.set_arg_counts(&f.args);
        self.unit().docstring = docstring(&f.body).map(|d| Rc::new(Str::new(d)));
        self.stmts(&f.body)?;
        if let Some(last) = f.body.last() {
            self.set_loc(last.span);
        }
        self.implicit_return();
        let code = self.exit_scope();
        self.set_loc(s.span);
        self.make_closure(code, flags);
        self.apply_decorators(&f.decorators);
        self.name_op(&f.name.name, Ctx::Store);
        Ok(())
    }

    pub fn lambda(&mut self, e: &'a Expr, args: &'a Arguments, body: &'a Expr) -> CResult {
        let flags = self.defaults(args)?;
        let scope = self.table.scope_for(e);
        let first_line = self.line_of(e.span);
        self.enter_scope(UnitKind::Lambda, scope, "<lambda>", first_line);
        self.set_arg_counts(args);
        self.expr(body)?;
        // A generator lambda (`lambda: (yield)`) returns its body's value too,
        // as CPython's does.
        self.emit(Instr::ReturnValue);
        let code = self.exit_scope();
        self.make_closure(code, flags);
        Ok(())
    }

    /// The class statement. The body becomes a function taking no arguments
    /// whose frame namespace is the class namespace; it stores `__module__`,
    /// `__qualname__` (and `__doc__`), runs the body, and returns the
    /// `__class__` cell when methods need it, else None.
    pub fn class_def(&mut self, s: &'a Stmt, c: &'a ClassDef) -> CResult {
        for d in &c.decorators {
            self.expr(d)?;
        }
        let first_line = self.line_of(c.decorators.first().map_or(s.span, |d| d.span));
        self.emit(Instr::LoadBuildClass);
        let scope = self.table.scope_for(c);
        self.enter_scope(UnitKind::Class, scope, &c.name.name, first_line);
        self.name_op("__name__", Ctx::Load);
        self.name_op("__module__", Ctx::Store);
        let qualname = self.unit_ref().qualname.clone();
        self.load_const(Value::str(&qualname));
        self.name_op("__qualname__", Ctx::Store);
        self.body(&c.body)?;
        if let Some(last) = c.body.last() {
            self.set_loc(last.span);
        }
        if self.table.scopes[scope].needs_class_closure {
            let i = self
                .unit_ref()
                .cell_index("__class__")
                .expect("a class needing __class__ has the cell");
            self.emit(Instr::LoadClosure(i));
        } else {
            self.load_const(Value::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.exit_scope();
        self.set_loc(s.span);
        self.make_closure(code, 0);
        self.load_const(str_const(&c.name.name));
        self.call_helper(2, &c.bases, &c.keywords)?;
        self.apply_decorators(&c.decorators);
        self.name_op(&c.name.name, Ctx::Store);
        Ok(())
    }

    /// A module or class body: a leading string literal becomes `__doc__`.
    pub fn body(&mut self, body: &'a [Stmt]) -> CResult {
        self.setup_annotations(body);
        let rest = match docstring(body) {
            Some(doc) => {
                let old = self.set_loc(body[0].span);
                self.load_const(Value::str(doc));
                self.name_op("__doc__", Ctx::Store);
                self.restore_loc(old);
                &body[1..]
            }
            None => body,
        };
        self.stmts(rest)
    }

    /// `SetupAnnotations` first when the body annotates names (CPython's
    /// `compiler_body`), at the location of its first statement.
    pub fn setup_annotations(&mut self, body: &'a [Stmt]) {
        if super::stmt::has_annotations(body) {
            let old = self.set_loc(body[0].span);
            self.emit(Instr::SetupAnnotations);
            self.restore_loc(old);
        }
    }

    fn apply_decorators(&mut self, decorators: &'a [Expr]) {
        for d in decorators.iter().rev() {
            let old = self.set_loc(d.span);
            self.emit(Instr::Call(1));
            self.restore_loc(old);
        }
    }

    fn set_arg_counts(&mut self, args: &Arguments) {
        let unit = self.unit();
        unit.posonlyargcount = args.posonlyargs.len() as u32;
        unit.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        unit.kwonlyargcount = args.kwonlyargs.len() as u32;
    }

    /// Pushes the defaults tuple and the keyword-only defaults dict; returns the
    /// `MakeFunction` flag bits for what was pushed.
    fn defaults(&mut self, args: &'a Arguments) -> CResult<u8> {
        let mut flags = 0;
        if args.defaults.len() > args.posonlyargs.len() + args.args.len() {
            return Err(self.error(
                "non-default argument follows default argument",
                args.defaults[0].span,
            ));
        }
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(Instr::BuildTuple(args.defaults.len() as u32));
            flags |= 1;
        }
        let mut n = 0;
        for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(d) = default {
                let name = self.mangle(&arg.name.name);
                self.load_const(Value::interned(&name));
                self.expr(d)?;
                n += 1;
            }
        }
        if n > 0 {
            self.emit(Instr::BuildMap(n));
            flags |= 2;
        }
        Ok(flags)
    }

    /// Pushes one annotation's value: the expression, or under
    /// `from __future__ import annotations` its unparsed text.
    pub fn annotation(&mut self, ann: &'a Expr) -> CResult {
        if self.future_annotations {
            let text = super::unparse::unparse_annotation(ann);
            self.load_const(Value::str(&text));
            Ok(())
        } else {
            self.expr(ann)
        }
    }

    /// Evaluates annotations into a `(name, value, …)` tuple as CPython 3.11
    /// does; returns whether one was pushed.
    fn annotations(&mut self, args: &'a Arguments, returns: Option<&'a Expr>) -> CResult<bool> {
        let mut n = 0;
        let all = args
            .args
            .iter()
            .chain(&args.posonlyargs)
            .chain(args.vararg.as_ref())
            .chain(&args.kwonlyargs)
            .chain(args.kwarg.as_ref());
        for a in all {
            if let Some(ann) = &a.annotation {
                let name = self.mangle(&a.name.name);
                self.load_const(Value::interned(&name));
                self.annotation(ann)?;
                n += 2;
            }
        }
        if let Some(r) = returns {
            self.load_const(Value::interned("return"));
            self.annotation(r)?;
            n += 2;
        }
        if n > 0 {
            self.emit(Instr::BuildTuple(n));
        }
        Ok(n > 0)
    }
}
