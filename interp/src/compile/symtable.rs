//! Scope analysis: for every name in every scope, decide whether it is a fast
//! local, a cell, a free variable, an implicit or explicit global, or a namespace
//! name. Mirrors CPython 3.11's `Python/symtable.c`: a first pass
//! (`symtable_visit.rs`) records how each scope uses each name (the `DEF_*` flags);
//! `analyze` then resolves scopes bottom-up exactly as `analyze_block` does, so
//! closures, `global`/`nonlocal`, class bodies and comprehensions behave as in
//! CPython.

use coil_parser::ast::Span;
use indexmap::IndexMap;
use std::collections::{HashMap, HashSet};

/// Index of a scope in `SymbolTable::scopes`; the module is scope 0.
pub type ScopeId = usize;

/// Name assigned to in the scope (`DEF_LOCAL`).
pub const DEF_LOCAL: u16 = 1;
/// Declared `global` (`DEF_GLOBAL`).
pub const DEF_GLOBAL: u16 = 1 << 1;
/// Declared `nonlocal` (`DEF_NONLOCAL`).
pub const DEF_NONLOCAL: u16 = 1 << 2;
/// A parameter (`DEF_PARAM`).
pub const DEF_PARAM: u16 = 1 << 3;
/// Read in the scope (`USE`).
pub const USE: u16 = 1 << 4;
/// Free in a method while also bound in the class body (`DEF_FREE_CLASS`).
pub const DEF_FREE_CLASS: u16 = 1 << 5;
/// Bound by an import (`DEF_IMPORT`).
pub const DEF_IMPORT: u16 = 1 << 6;
/// Annotated (`DEF_ANNOT`).
pub const DEF_ANNOT: u16 = 1 << 7;
/// A comprehension's iteration variable (`DEF_COMP_ITER`).
pub const DEF_COMP_ITER: u16 = 1 << 8;
/// Any binding that makes a name local (`DEF_BOUND`).
pub const DEF_BOUND: u16 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/// Where a name lives, once analysed (CPython's `LOCAL`, `CELL`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameScope {
    /// Bound in this scope: a fast local in functions, a namespace name in module
    /// and class bodies.
    Local,
    /// A local of a function that inner scopes capture: it lives in a cell.
    Cell,
    /// Captured from an enclosing function: read through the closure.
    Free,
    /// Not bound anywhere enclosing: globals, then builtins.
    GlobalImplicit,
    /// Declared `global`.
    GlobalExplicit,
}

/// What kind of block a scope is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    /// `def` or `async def`.
    Function,
    Lambda,
    Comprehension(CompKind),
}

/// The four comprehension forms (CPython's `_Py_comprehension_ty`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

impl CompKind {
    /// `co_name` of the comprehension's code object.
    pub fn code_name(self) -> &'static str {
        match self {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Generator => "<genexpr>",
        }
    }

    /// How CPython names it in "'yield' inside …" errors.
    pub fn description(self) -> &'static str {
        match self {
            CompKind::List => "list comprehension",
            CompKind::Set => "set comprehension",
            CompKind::Dict => "dict comprehension",
            CompKind::Generator => "generator expression",
        }
    }
}

/// One name in one scope: how it is used and, after analysis, where it lives.
#[derive(Debug, Clone, Copy)]
pub struct Symbol {
    pub flags: u16,
    pub scope: NameScope,
}

/// One scope (CPython's `PySTEntryObject`).
#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    /// The def/class name, `lambda`, `listcomp`, …, or `top`.
    pub name: String,
    pub span: Span,
    pub parent: Option<ScopeId>,
    /// Names in order of first appearance.
    pub symbols: IndexMap<String, Symbol>,
    /// Parameters in CPython's order: positional-only, positional, keyword-only,
    /// `*args`, `**kwargs` (a comprehension's only parameter is `.0`).
    pub params: Vec<String>,
    pub children: Vec<ScopeId>,
    /// Contains `yield` (or is a generator expression).
    pub is_generator: bool,
    /// `async def`, or contains `await`/`async for`/an async comprehension.
    pub is_coroutine: bool,
    /// The scope was an `async def` (CPython's COMPILER_SCOPE_ASYNC_FUNCTION).
    pub is_async_def: bool,
    pub has_varargs: bool,
    pub has_varkeywords: bool,
    /// A class body whose methods use `super` or `__class__`: it creates the
    /// implicit `__class__` cell.
    pub needs_class_closure: bool,
    /// Where each `global`/`nonlocal` (or walrus-implied) declaration is, for errors.
    pub directives: HashMap<String, Span>,
    /// Has free variables itself (`ste_free`).
    pub has_free: bool,
    /// Some child scope has free variables (`ste_child_free`).
    pub child_free: bool,
}

impl Scope {
    pub fn new(kind: ScopeKind, name: &str, span: Span, parent: Option<ScopeId>) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            span,
            parent,
            symbols: IndexMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            is_async_def: false,
            has_varargs: false,
            has_varkeywords: false,
            needs_class_closure: false,
            directives: HashMap::new(),
            has_free: false,
            child_free: false,
        }
    }

    /// Function-like scopes use fast locals (CPython's FunctionBlock).
    pub fn is_function_like(&self) -> bool {
        matches!(
            self.kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension(_)
        )
    }

    pub fn comprehension(&self) -> Option<CompKind> {
        match self.kind {
            ScopeKind::Comprehension(k) => Some(k),
            _ => None,
        }
    }

    pub fn flags(&self, name: &str) -> u16 {
        self.symbols.get(name).map_or(0, |s| s.flags)
    }

    /// The analysed scope of a name; names the scope never mentions (such as
    /// `__module__` stored by a class body) are namespace names, i.e. `Local`.
    pub fn scope_of(&self, name: &str) -> Option<NameScope> {
        self.symbols.get(name).map(|s| s.scope)
    }

    /// `co_cellvars`: cells sorted by name, with the implicit `__class__` first.
    pub fn cellvars(&self) -> Vec<String> {
        let mut cells: Vec<String> = self
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == NameScope::Cell)
            .map(|(n, _)| n.clone())
            .collect();
        cells.sort();
        if self.needs_class_closure {
            cells.insert(0, "__class__".to_string());
        }
        cells
    }

    /// `co_freevars`: free names sorted, including class-bound names that methods
    /// capture from an enclosing function (`DEF_FREE_CLASS`).
    pub fn freevars(&self) -> Vec<String> {
        let mut free: Vec<String> = self
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == NameScope::Free || s.flags & DEF_FREE_CLASS != 0)
            .map(|(n, _)| n.clone())
            .collect();
        free.sort();
        free
    }
}

/// A failure found during analysis: CPython's message and the offending span.
#[derive(Debug, Clone)]
pub struct ScopeError {
    pub message: String,
    pub span: Span,
}

/// Every scope of one module, and which AST node opened each.
#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// AST node address (the `FunctionDef`/`ClassDef` box, or the `Expr` of a
    /// lambda or comprehension) to its scope. Addresses are stable because the
    /// compiler walks the very tree the table was built from.
    pub by_node: HashMap<usize, ScopeId>,
}

impl SymbolTable {
    /// The scope opened by an AST node.
    pub fn scope_for<T>(&self, node: &T) -> ScopeId {
        *self
            .by_node
            .get(&(node as *const T as usize))
            .expect("symtable visited every scope-opening node the compiler visits")
    }

    /// Resolves every name of every scope (`symtable_analyze`).
    pub fn analyze(&mut self) -> Result<(), ScopeError> {
        let mut free = HashSet::new();
        let global = HashSet::new();
        self.analyze_block(0, None, &mut free, &global)
    }

    fn analyze_block(
        &mut self,
        id: ScopeId,
        mut bound: Option<HashSet<String>>,
        free: &mut HashSet<String>,
        global: &HashSet<String>,
    ) -> Result<(), ScopeError> {
        let mut global = global.clone();
        let mut local = HashSet::new();
        let mut scopes: HashMap<String, NameScope> = HashMap::new();
        let kind = self.scopes[id].kind;
        let is_class = kind == ScopeKind::Class;
        let mut newglobal = HashSet::new();
        let mut newbound = HashSet::new();
        let mut newfree = HashSet::new();
        if is_class {
            newglobal = global.clone();
            if let Some(b) = &bound {
                newbound = b.clone();
            }
        }
        let names: Vec<(String, u16)> = self.scopes[id]
            .symbols
            .iter()
            .map(|(n, s)| (n.clone(), s.flags))
            .collect();
        for (name, flags) in &names {
            let scope = self.analyze_name(
                id,
                name,
                *flags,
                bound.as_mut(),
                &mut local,
                free,
                &mut global,
            )?;
            scopes.insert(name.clone(), scope);
        }
        if !is_class {
            if self.scopes[id].is_function_like() {
                newbound.extend(local.iter().cloned());
            }
            if let Some(b) = &bound {
                newbound.extend(b.iter().cloned());
            }
            newglobal.extend(global.iter().cloned());
        } else {
            // Methods can see the implicit `__class__` cell of their class.
            newbound.insert("__class__".to_string());
        }
        let mut allfree = HashSet::new();
        for child in self.scopes[id].children.clone() {
            let mut child_free = newfree.clone();
            self.analyze_block(child, Some(newbound.clone()), &mut child_free, &newglobal)?;
            allfree.extend(child_free);
            if self.scopes[child].has_free || self.scopes[child].child_free {
                self.scopes[id].child_free = true;
            }
        }
        newfree.extend(allfree);
        if self.scopes[id].is_function_like() {
            // Locals that inner scopes capture become cells (`analyze_cells`).
            for (name, scope) in scopes.iter_mut() {
                if *scope == NameScope::Local && newfree.remove(name) {
                    *scope = NameScope::Cell;
                }
            }
        } else if is_class && newfree.remove("__class__") {
            self.scopes[id].needs_class_closure = true;
        }
        self.update_symbols(id, &scopes, bound.as_ref(), &newfree, is_class);
        free.extend(newfree);
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn analyze_name(
        &mut self,
        id: ScopeId,
        name: &str,
        flags: u16,
        bound: Option<&mut HashSet<String>>,
        local: &mut HashSet<String>,
        free: &mut HashSet<String>,
        global: &mut HashSet<String>,
    ) -> Result<NameScope, ScopeError> {
        let directive = |this: &Self| {
            this.scopes[id]
                .directives
                .get(name)
                .copied()
                .unwrap_or(this.scopes[id].span)
        };
        if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                return Err(ScopeError {
                    message: format!("name '{name}' is nonlocal and global"),
                    span: directive(self),
                });
            }
            global.insert(name.to_string());
            if let Some(b) = bound {
                b.remove(name);
            }
            return Ok(NameScope::GlobalExplicit);
        }
        if flags & DEF_NONLOCAL != 0 {
            let Some(b) = bound else {
                return Err(ScopeError {
                    message: "nonlocal declaration not allowed at module level".into(),
                    span: directive(self),
                });
            };
            if !b.contains(name) {
                return Err(ScopeError {
                    message: format!("no binding for nonlocal '{name}' found"),
                    span: directive(self),
                });
            }
            self.scopes[id].has_free = true;
            free.insert(name.to_string());
            return Ok(NameScope::Free);
        }
        if flags & DEF_BOUND != 0 {
            local.insert(name.to_string());
            global.remove(name);
            return Ok(NameScope::Local);
        }
        if bound.is_some_and(|b| b.contains(name)) {
            self.scopes[id].has_free = true;
            free.insert(name.to_string());
            return Ok(NameScope::Free);
        }
        Ok(NameScope::GlobalImplicit)
    }

    fn update_symbols(
        &mut self,
        id: ScopeId,
        scopes: &HashMap<String, NameScope>,
        bound: Option<&HashSet<String>>,
        free: &HashSet<String>,
        is_class: bool,
    ) {
        let scope = &mut self.scopes[id];
        for (name, sym) in scope.symbols.iter_mut() {
            if let Some(s) = scopes.get(name) {
                sym.scope = *s;
            }
        }
        // Free names of children pass through this scope on their way to the
        // function that binds them; sorted so the result does not depend on
        // hash order.
        let mut pending: Vec<&String> = free.iter().collect();
        pending.sort();
        for name in pending {
            if let Some(sym) = scope.symbols.get_mut(name) {
                if is_class && sym.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                    sym.flags |= DEF_FREE_CLASS;
                }
                continue;
            }
            if bound.is_some_and(|b| !b.contains(name)) {
                continue;
            }
            scope.symbols.insert(
                name.clone(),
                Symbol {
                    flags: 0,
                    scope: NameScope::Free,
                },
            );
        }
    }
}

/// CPython's private name mangling (`_Py_Mangle`): inside class `C`, `__x`
/// becomes `_C__x` unless it ends with `__` or contains a dot.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}
