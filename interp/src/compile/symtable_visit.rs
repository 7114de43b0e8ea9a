//! The first pass of scope analysis: walks the AST, opens a scope for every
//! def, class, lambda and comprehension, and records how each scope uses each name
//! (CPython 3.11's `symtable_visit_stmt`/`symtable_visit_expr` in
//! `Python/symtable.c`, including its compile-time errors about `global`,
//! `nonlocal`, `yield` in comprehensions and walrus targets).

use super::symtable::*;
use coil_parser::ast::*;

/// Builds the symbol table of a module and analyses it.
pub fn build(module: &Module) -> Result<SymbolTable, ScopeError> {
    let mut v = Visitor {
        table: SymbolTable {
            scopes: vec![Scope::new(ScopeKind::Module, "top", Span::default(), None)],
            by_node: Default::default(),
        },
        stack: vec![0],
        private: vec![None],
        comp_iter_target: false,
        comp_iter_expr: 0,
    };
    for s in &module.body {
        v.stmt(s)?;
    }
    v.table.analyze()?;
    Ok(v.table)
}

type R = Result<(), ScopeError>;

fn err(message: impl Into<String>, span: Span) -> ScopeError {
    ScopeError {
        message: message.into(),
        span,
    }
}

struct Visitor {
    table: SymbolTable,
    /// Open scopes, innermost last.
    stack: Vec<ScopeId>,
    /// Class name for private-name mangling, per open scope.
    private: Vec<Option<String>>,
    /// Visiting a comprehension's target (`ste_comp_iter_target`).
    comp_iter_target: bool,
    /// Depth inside a comprehension's iterable expression (`ste_comp_iter_expr`).
    comp_iter_expr: u32,
}

impl Visitor {
    fn cur(&self) -> ScopeId {
        *self.stack.last().expect("the module scope is never popped")
    }

    fn scope(&mut self) -> &mut Scope {
        let id = self.cur();
        &mut self.table.scopes[id]
    }

    fn mangled(&self, name: &str) -> String {
        mangle(self.private.last().and_then(|p| p.as_deref()), name)
    }

    /// `symtable_add_def`: records a use or binding in the current scope.
    fn add_def(&mut self, name: &str, flag: u16, span: Span) -> R {
        let id = self.cur();
        self.add_def_in(id, name, flag, span)
    }

    fn add_def_in(&mut self, id: ScopeId, name: &str, flag: u16, span: Span) -> R {
        let mangled = self.mangled(name);
        let comp_iter_target = self.comp_iter_target && id == self.cur();
        let scope = &mut self.table.scopes[id];
        let mut val = flag;
        if let Some(sym) = scope.symbols.get(&mangled) {
            if flag & DEF_PARAM != 0 && sym.flags & DEF_PARAM != 0 {
                return Err(err(
                    format!("duplicate argument '{name}' in function definition"),
                    span,
                ));
            }
            val |= sym.flags;
        }
        if comp_iter_target {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(err(
                    format!(
                        "comprehension inner loop cannot rebind assignment expression target '{name}'"
                    ),
                    span,
                ));
            }
            val |= DEF_COMP_ITER;
        }
        scope.symbols.insert(
            mangled.clone(),
            Symbol {
                flags: val,
                scope: NameScope::GlobalImplicit,
            },
        );
        if flag & DEF_PARAM != 0 {
            scope.params.push(mangled);
        } else if flag & DEF_GLOBAL != 0 {
            let module = &mut self.table.scopes[0];
            let prev = module.flags(&mangled);
            module.symbols.insert(
                mangled,
                Symbol {
                    flags: prev | flag,
                    scope: NameScope::GlobalImplicit,
                },
            );
        }
        Ok(())
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, span: Span, node: usize) {
        let parent = self.cur();
        let id = self.table.scopes.len();
        self.table
            .scopes
            .push(Scope::new(kind, name, span, Some(parent)));
        self.table.scopes[parent].children.push(id);
        self.table.by_node.insert(node, id);
        self.stack.push(id);
        let private = match kind {
            ScopeKind::Class => Some(name.to_string()),
            _ => self.private.last().cloned().flatten(),
        };
        self.private.push(private);
    }

    fn exit(&mut self) {
        self.stack.pop();
        self.private.pop();
    }

    fn stmts(&mut self, body: &[Stmt]) -> R {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &Stmt) -> R {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                self.add_def(&f.name.name, DEF_LOCAL, f.name.span)?;
                self.defaults(&f.args)?;
                self.annotations(&f.args, f.returns.as_ref())?;
                self.exprs(&f.decorators)?;
                self.enter(
                    ScopeKind::Function,
                    &f.name.name,
                    s.span,
                    &**f as *const FunctionDef as usize,
                );
                if f.is_async {
                    self.scope().is_coroutine = true;
                    self.scope().is_async_def = true;
                }
                self.params(&f.args)?;
                self.stmts(&f.body)?;
                self.exit();
            }
            StmtKind::ClassDef(c) => {
                self.add_def(&c.name.name, DEF_LOCAL, c.name.span)?;
                self.exprs(&c.bases)?;
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.exprs(&c.decorators)?;
                self.enter(
                    ScopeKind::Class,
                    &c.name.name,
                    s.span,
                    &**c as *const ClassDef as usize,
                );
                self.stmts(&c.body)?;
                self.exit();
            }
            StmtKind::Return(v) => self.opt(v.as_ref())?,
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                for t in targets {
                    self.target(t)?;
                }
                self.expr(value)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.target(target)?;
                self.expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let ExprKind::Name(name) = &target.kind {
                    let mangled = self.mangled(name);
                    let cur = self.scope().flags(&mangled);
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.cur() != 0 && *simple {
                        let what = if cur & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(err(
                            format!("annotated name '{name}' can't be {what}"),
                            s.span,
                        ));
                    }
                    if *simple {
                        self.add_def(name, DEF_ANNOT | DEF_LOCAL, target.span)?;
                    } else if value.is_some() {
                        self.add_def(name, DEF_LOCAL, target.span)?;
                    }
                } else {
                    self.target(target)?;
                }
                self.expr(annotation)?;
                self.opt(value.as_ref())?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.target(target)?;
                self.expr(iter)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::With { items, body, .. } => {
                for item in items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.target(v)?;
                    }
                }
                self.stmts(body)?;
            }
            StmtKind::Raise { exc, cause } => {
                self.opt(exc.as_ref())?;
                self.opt(cause.as_ref())?;
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.stmts(body)?;
                self.stmts(orelse)?;
                for h in handlers {
                    self.opt(h.typ.as_ref())?;
                    if let Some(n) = &h.name {
                        self.add_def(&n.name, DEF_LOCAL, n.span)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                self.opt(msg.as_ref())?;
            }
            StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
                for alias in names {
                    self.import_alias(alias)?;
                }
            }
            StmtKind::Global(names) => self.declaration(names, true, s.span)?,
            // At module level CPython first checks earlier uses like any scope
            // (`name 'x' is assigned to before nonlocal declaration`) and only the
            // analysis pass says "not allowed at module level" (`symtable.c`
            // `analyze_name`), which `symtable.rs` mirrors.
            StmtKind::Nonlocal(names) => self.declaration(names, false, s.span)?,
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for case in cases {
                    self.pattern(&case.pattern)?;
                    self.opt(case.guard.as_ref())?;
                    self.stmts(&case.body)?;
                }
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn import_alias(&mut self, alias: &Alias) -> R {
        if alias.name == "*" {
            if self.cur() != 0 {
                return Err(err("import * only allowed at module level", alias.span));
            }
            return Ok(());
        }
        let (name, span) = match &alias.asname {
            Some(a) => (a.name.as_str(), a.span),
            None => (
                alias.name.split('.').next().unwrap_or(&alias.name),
                alias.span,
            ),
        };
        self.add_def(name, DEF_IMPORT, span)
    }

    /// `global`/`nonlocal` statements, with CPython's checks against earlier uses.
    fn declaration(&mut self, names: &[Ident], global: bool, span: Span) -> R {
        for ident in names {
            let name = &ident.name;
            let mangled = self.mangled(name);
            let cur = self.scope().flags(&mangled);
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                let kw = if global { "global" } else { "nonlocal" };
                let message = if cur & DEF_PARAM != 0 {
                    format!("name '{name}' is parameter and {kw}")
                } else if cur & USE != 0 {
                    format!("name '{name}' is used prior to {kw} declaration")
                } else if cur & DEF_ANNOT != 0 {
                    format!("annotated name '{name}' can't be {kw}")
                } else {
                    format!("name '{name}' is assigned to before {kw} declaration")
                };
                return Err(err(message, span));
            }
            let flag = if global { DEF_GLOBAL } else { DEF_NONLOCAL };
            self.add_def(name, flag, span)?;
            let mangled = self.mangled(name);
            self.scope().directives.entry(mangled).or_insert(span);
        }
        Ok(())
    }

    fn defaults(&mut self, args: &Arguments) -> R {
        self.exprs(&args.defaults)?;
        for d in args.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        Ok(())
    }

    fn annotations(&mut self, args: &Arguments, returns: Option<&Expr>) -> R {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(args.vararg.as_ref())
            .chain(&args.kwonlyargs)
            .chain(args.kwarg.as_ref());
        for a in all {
            self.opt(a.annotation.as_ref())?;
        }
        self.opt(returns)
    }

    fn params(&mut self, args: &Arguments) -> R {
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            self.add_def(&a.name.name, DEF_PARAM, a.name.span)?;
        }
        if let Some(a) = &args.vararg {
            self.add_def(&a.name.name, DEF_PARAM, a.name.span)?;
            self.scope().has_varargs = true;
        }
        if let Some(a) = &args.kwarg {
            self.add_def(&a.name.name, DEF_PARAM, a.name.span)?;
            self.scope().has_varkeywords = true;
        }
        Ok(())
    }

    fn opt(&mut self, e: Option<&Expr>) -> R {
        e.map_or(Ok(()), |e| self.expr(e))
    }

    fn exprs(&mut self, es: &[Expr]) -> R {
        es.iter().try_for_each(|e| self.expr(e))
    }

    /// A pattern: captures are assignments, values and classes are uses.
    fn pattern(&mut self, p: &Pattern) -> R {
        match &p.kind {
            PatternKind::MatchValue(e) => self.expr(e),
            PatternKind::MatchSingleton(_) => Ok(()),
            PatternKind::MatchSequence(items) | PatternKind::MatchOr(items) => {
                items.iter().try_for_each(|q| self.pattern(q))
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.exprs(keys)?;
                patterns.iter().try_for_each(|q| self.pattern(q))?;
                match rest {
                    Some(n) => self.add_def(&n.name, DEF_LOCAL, n.span),
                    None => Ok(()),
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls)?;
                patterns.iter().try_for_each(|q| self.pattern(q))?;
                kwd_patterns.iter().try_for_each(|q| self.pattern(q))
            }
            PatternKind::MatchStar(name) => match name {
                Some(n) => self.add_def(&n.name, DEF_LOCAL, n.span),
                None => Ok(()),
            },
            PatternKind::MatchAs { pattern, name } => {
                if let Some(q) = pattern {
                    self.pattern(q)?;
                }
                match name {
                    Some(n) => self.add_def(&n.name, DEF_LOCAL, n.span),
                    None => Ok(()),
                }
            }
        }
    }

    /// An assignment or `del` target.
    fn target(&mut self, e: &Expr) -> R {
        match &e.kind {
            ExprKind::Name(name) => self.add_def(name, DEF_LOCAL, e.span),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                items.iter().try_for_each(|t| self.target(t))
            }
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.expr(e),
        }
    }

    fn expr(&mut self, e: &Expr) -> R {
        match &e.kind {
            ExprKind::Name(name) => {
                self.add_def(name, USE, e.span)?;
                // A method that names `super` gets the class's `__class__` cell,
                // so zero-argument `super()` works (symtable.c, Name_kind).
                if name == "super" && self.table.scopes[self.cur()].is_function_like() {
                    self.add_def("__class__", USE, e.span)?;
                }
            }
            ExprKind::NamedExpr { target, value } => {
                if self.comp_iter_expr > 0 {
                    return Err(err(
                        "assignment expression cannot be used in a comprehension iterable expression",
                        e.span,
                    ));
                }
                if self.table.scopes[self.cur()].comprehension().is_some() {
                    self.extend_namedexpr_scope(target)?;
                }
                self.expr(value)?;
                self.target(target)?;
            }
            ExprKind::BoolOp { values, .. } => self.exprs(values)?,
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.defaults(args)?;
                self.enter(
                    ScopeKind::Lambda,
                    "lambda",
                    e.span,
                    e as *const Expr as usize,
                );
                self.params(args)?;
                self.expr(body)?;
                self.exit();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for (k, v) in keys.iter().zip(values) {
                    self.opt(k.as_ref())?;
                    self.expr(v)?;
                }
            }
            ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) => {
                self.exprs(items)?
            }
            ExprKind::JoinedStr(items) => self.exprs(items)?,
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, CompKind::List, generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, CompKind::Set, generators, elt, None)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, CompKind::Generator, generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, CompKind::Dict, generators, key, Some(value))?,
            ExprKind::Await(v) => {
                self.expr(v)?;
                self.scope().is_coroutine = true;
            }
            ExprKind::Yield(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
                self.yield_here(e.span)?;
            }
            ExprKind::YieldFrom(v) => {
                self.expr(v)?;
                self.yield_here(e.span)?;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                self.exprs(comparators)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                self.exprs(args)?;
                for k in keywords {
                    self.expr(&k.value)?;
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value)?;
                if let Some(s) = format_spec {
                    self.expr(s)?;
                }
            }
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Starred(v) => self.expr(v)?,
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.expr(part)?;
                }
            }
        }
        Ok(())
    }

    fn yield_here(&mut self, span: Span) -> R {
        let scope = self.scope();
        scope.is_generator = true;
        if let Some(kind) = scope.comprehension() {
            return Err(err(format!("'yield' inside {}", kind.description()), span));
        }
        Ok(())
    }

    /// `symtable_handle_comprehension`: the first iterable is evaluated in the
    /// enclosing scope, everything else in the comprehension's own scope.
    fn comprehension(
        &mut self,
        e: &Expr,
        kind: CompKind,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> R {
        let Some(outermost) = generators.first() else {
            return Ok(());
        };
        self.comp_iter_expr += 1;
        self.expr(&outermost.iter)?;
        self.comp_iter_expr -= 1;
        let saved = (self.comp_iter_target, self.comp_iter_expr);
        self.comp_iter_target = false;
        self.comp_iter_expr = 0;
        let name = &kind.code_name()[1..kind.code_name().len() - 1];
        self.enter(
            ScopeKind::Comprehension(kind),
            name,
            e.span,
            e as *const Expr as usize,
        );
        if outermost.is_async {
            self.scope().is_coroutine = true;
        }
        self.add_def(".0", DEF_PARAM, e.span)?;
        self.comp_iter_target = true;
        self.target(&outermost.target)?;
        self.comp_iter_target = false;
        self.exprs(&outermost.ifs)?;
        for g in &generators[1..] {
            self.comp_iter_target = true;
            self.target(&g.target)?;
            self.comp_iter_target = false;
            self.comp_iter_expr += 1;
            self.expr(&g.iter)?;
            self.comp_iter_expr -= 1;
            self.exprs(&g.ifs)?;
            if g.is_async {
                self.scope().is_coroutine = true;
            }
        }
        if let Some(v) = value {
            self.expr(elt)?;
            self.expr(v)?;
        } else {
            self.expr(elt)?;
        }
        let is_generator = kind == CompKind::Generator;
        if is_generator {
            self.scope().is_generator = true;
        }
        let is_async = self.scope().is_coroutine && !is_generator;
        self.exit();
        (self.comp_iter_target, self.comp_iter_expr) = saved;
        // Awaiting an async list/set/dict comprehension makes the enclosing
        // scope a coroutine too.
        if is_async {
            self.scope().is_coroutine = true;
        }
        Ok(())
    }

    /// A walrus inside a comprehension binds in the nearest enclosing
    /// function or module scope (`symtable_extend_namedexpr_scope`).
    fn extend_namedexpr_scope(&mut self, target: &Expr) -> R {
        let ExprKind::Name(name) = &target.kind else {
            return Ok(());
        };
        let span = target.span;
        for &id in self.stack.clone().iter().rev() {
            let scope = &self.table.scopes[id];
            if scope.comprehension().is_some() {
                if scope.flags(name) & DEF_COMP_ITER != 0 {
                    return Err(err(
                        format!(
                            "assignment expression cannot rebind comprehension iteration variable '{name}'"
                        ),
                        span,
                    ));
                }
                continue;
            }
            match scope.kind {
                ScopeKind::Function | ScopeKind::Lambda => {
                    let flag = if scope.flags(name) & DEF_GLOBAL != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    self.add_def(name, flag, span)?;
                    self.scope().directives.entry(name.clone()).or_insert(span);
                    return self.add_def_in(id, name, DEF_LOCAL, span);
                }
                ScopeKind::Module => {
                    self.add_def(name, DEF_GLOBAL, span)?;
                    self.scope().directives.entry(name.clone()).or_insert(span);
                    return self.add_def_in(id, name, DEF_GLOBAL, span);
                }
                ScopeKind::Class => {
                    return Err(err(
                        "assignment expression within a comprehension cannot be used in a class body",
                        span,
                    ));
                }
                ScopeKind::Comprehension(_) => unreachable!("skipped above"),
            }
        }
        Ok(())
    }
}
