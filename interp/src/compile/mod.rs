//! The compiler: AST to `CodeObject`s. Scope analysis (`symtable.rs`) decides for
//! every name whether it is a fast local, a cell, a free variable, a global or a
//! namespace name; the code generator then emits `Instr`s with a position per
//! instruction. Mirrors CPython 3.11's `Python/compile.c` and `Python/symtable.c`.

use crate::bytecode::CodeObject;
use coil_parser::ast;
use coil_parser::SyntaxError;
use std::rc::Rc;

/// How the module's top-level statements are compiled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A script or module file.
    Exec,
    /// One REPL input: expression statements print their repr (`PrintExpr`).
    Interactive,
}

/// Compiles a parsed module. `source` is the text it came from (for positions);
/// `filename` becomes every code object's `co_filename`.
pub fn compile_module(
    module: &ast::Module,
    source: &str,
    filename: &str,
    mode: Mode,
) -> Result<Rc<CodeObject>, SyntaxError> {
    let _ = (module, mode);
    Err(SyntaxError::new(
        coil_parser::SyntaxErrorKind::SyntaxError,
        "compiler not implemented yet",
        filename,
        source,
        ast::Span::default(),
    ))
}
