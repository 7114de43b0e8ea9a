//! coil-lexer: Python 3.11 source text to tokens. `token.rs` holds the logos-derived
//! [`Token`]; `layout.rs` turns the raw tokens into logical lines (NEWLINE, INDENT,
//! DEDENT) and reports the tokenizer's errors with CPython's wording; `string.rs`,
//! `number.rs` and `fstring.rs` decode literals.

pub mod char_names;
pub mod error;
pub mod fstring;
pub mod layout;
pub mod number;
pub mod string;
pub mod token;

pub use error::{ErrorClass, LexError};
pub use fstring::{parse_fstring, FStringField, FStringPiece};
pub use layout::{Layout, Spanned, MAX_BRACKET_DEPTH, MAX_INDENT_DEPTH};
pub use number::Number;
pub use string::StringLit;
pub use token::Token;

/// The logical-line tokens of a module, each `Ok((start, token, end))`, stopping after
/// the first error.
pub fn tokenize(source: &str) -> Layout<'_> {
    Layout::new(source)
}
