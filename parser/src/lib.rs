//! coil-parser: Python source text to the AST in [`ast`], with CPython 3.11's syntax
//! error messages reported as `miette` diagnostics.
//!
//! The token stream comes from `coil-lexer` (logos plus the indentation layer); the
//! grammar is LALRPOP's (`grammar.lalrpop`); `error.rs` turns LALRPOP's errors into the
//! wording CPython uses.

pub mod ast;
pub mod error;
pub mod line_index;

pub use error::{SyntaxError, SyntaxErrorKind};
pub use line_index::LineIndex;

/// Parses a whole module (a script file, `-c` code, or one REPL input).
pub fn parse_module(source: &str, filename: &str) -> Result<ast::Module, SyntaxError> {
    let _ = (source, filename);
    Err(SyntaxError::new(
        SyntaxErrorKind::SyntaxError,
        "parser not implemented yet",
        filename,
        source,
        ast::Span::new(0, 0),
    ))
}
