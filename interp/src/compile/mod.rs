//! The compiler: AST to `CodeObject`s. Mirrors CPython 3.11's `Python/compile.c`
//! and `Python/symtable.c`:
//!
//! - `symtable_visit.rs` walks the tree and records every scope's names;
//!   `symtable.rs` resolves each to a fast local, cell, free variable, global or
//!   namespace name (the module is scope 0).
//! - `compiler.rs` holds the code generator's state (a stack of `unit.rs` units,
//!   one per code object being built), name resolution to instructions and the
//!   block stack that `break`/`continue`/`return` unwind.
//! - `stmt.rs`, `exceptions.rs` (try/with), `expr.rs`, `call.rs` (calls and
//!   displays), `target.rs` (assignment targets), `function.rs` (def, lambda,
//!   class), `comprehension.rs` and `pattern.rs` (match statements) emit the
//!   instructions.
//!
//! Every instruction carries the position of the AST node CPython would blame in
//! a traceback. Compile-time errors are `SyntaxError`s with CPython's wording and
//! the offending node's span.

mod call;
mod compiler;
mod comprehension;
mod except_star;
mod exceptions;
mod expr;
mod function;
mod pattern;
mod peephole;
mod stmt;
pub mod symtable;
mod symtable_visit;
mod target;
mod unit;
mod unparse;
pub mod warnings;

#[cfg(test)]
mod tests;

pub use symtable::{NameScope, ScopeKind};

use crate::bytecode::CodeObject;
use coil_parser::ast;
use coil_parser::{SyntaxError, SyntaxErrorKind};
use compiler::Compiler;
use std::rc::Rc;
use unit::UnitKind;

/// How the module's top-level statements are compiled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A script or module file.
    Exec,
    /// One REPL input: expression statements print their repr (`PrintExpr`), there
    /// is no module docstring, and `await`, `async for` and `async with` are
    /// allowed at top level: a module code object using them has the
    /// `coroutine` flag, and the REPL must run it as a coroutine (drive it on the
    /// event loop until it returns), as CPython's PyCF_ALLOW_TOP_LEVEL_AWAIT.
    Interactive,
    /// `eval()`'s input: the module must be one expression statement, whose value
    /// the code object returns (CPython's `Expression` mode; other input is
    /// `SyntaxError: invalid syntax`).
    Eval,
}

/// Whether the module's future statements (after an optional docstring) include
/// `annotations`.
fn has_future_annotations(body: &[ast::Stmt]) -> bool {
    let rest = match function::docstring(body) {
        Some(_) => &body[1..],
        None => body,
    };
    rest.iter()
        .map_while(|s| match &s.kind {
            ast::StmtKind::ImportFrom {
                module: Some(m),
                names,
                level: 0,
            } if m == "__future__" => Some(names),
            _ => None,
        })
        .flatten()
        .any(|a| a.name == "annotations")
}

/// Compiles a parsed module. `source` is the text it came from (for positions);
/// `filename` becomes every code object's `co_filename`.
pub fn compile_module(
    module: &ast::Module,
    source: &str,
    filename: &str,
    mode: Mode,
) -> Result<Rc<CodeObject>, SyntaxError> {
    let table = symtable_visit::build(module).map_err(|e| {
        SyntaxError::new(
            SyntaxErrorKind::SyntaxError,
            e.message,
            filename,
            source,
            e.span,
        )
    })?;
    let mut c = Compiler::new(table, source, filename, mode);
    c.future_annotations = has_future_annotations(&module.body);
    c.enter_scope(UnitKind::Module, 0, "<module>", 1);
    if mode == Mode::Eval {
        let expr = match module.body.as_slice() {
            [ast::Stmt {
                kind: ast::StmtKind::Expr(e),
                ..
            }] => e,
            _ => {
                let span = module
                    .body
                    .get(1)
                    .or(module.body.first())
                    .map_or_else(|| ast::Span::new(source.len(), source.len()), |s| s.span);
                return Err(SyntaxError::new(
                    SyntaxErrorKind::SyntaxError,
                    "invalid syntax",
                    filename,
                    source,
                    span,
                ));
            }
        };
        c.set_loc(expr.span);
        c.expr(expr)?;
        c.emit(crate::bytecode::Instr::ReturnValue);
        return Ok(c.exit_scope());
    }
    match mode {
        Mode::Exec | Mode::Eval => c.body(&module.body)?,
        Mode::Interactive => {
            c.setup_annotations(&module.body);
            c.stmts(&module.body)?
        }
    }
    if let Some(last) = module.body.last() {
        c.set_loc(last.span);
    }
    // A module always ends with `return None`, even after a `raise`, so the
    // REPL's value and the end of the code are uniform.
    c.load_const(crate::object::Value::None);
    c.emit(crate::bytecode::Instr::ReturnValue);
    Ok(c.exit_scope())
}
