//! LexError: one error found while tokenizing, already worded as CPython 3.11's
//! tokenizer words it (Parser/tokenizer.c, Parser/pegen_errors.c). The parser reuses the
//! same type for its own errors, so LALRPOP sees a single error type.

use std::fmt;

/// Which Python exception class the error is reported as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ErrorClass {
    #[default]
    SyntaxError,
    IndentationError,
    TabError,
    /// Input nested deeper than Coil's recursive passes accept; CPython reports these as
    /// `RecursionError: maximum recursion depth exceeded during compilation`.
    RecursionError,
}

/// A tokenizer (or parser) error with CPython's message and the byte span CPython's
/// caret points at.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LexError {
    pub class: ErrorClass,
    pub message: String,
    pub start: usize,
    pub end: usize,
    /// True when more input could make the source valid (an unclosed bracket, an
    /// unterminated triple-quoted string, a trailing backslash, a block header at the
    /// end of input): the REPL then keeps reading `...` lines.
    pub incomplete: bool,
}

impl LexError {
    /// A `SyntaxError` at `start..end`.
    pub fn syntax(message: impl Into<String>, start: usize, end: usize) -> LexError {
        LexError {
            class: ErrorClass::SyntaxError,
            message: message.into(),
            start,
            end,
            incomplete: false,
        }
    }

    /// An error of another class at `start..end`.
    pub fn with_class(
        class: ErrorClass,
        message: impl Into<String>,
        start: usize,
        end: usize,
    ) -> LexError {
        LexError {
            class,
            message: message.into(),
            start,
            end,
            incomplete: false,
        }
    }

    /// Marks the error as "more input may fix it".
    pub fn incomplete(mut self) -> LexError {
        self.incomplete = true;
        self
    }
}

impl fmt::Display for LexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {}", self.class, self.message)
    }
}

impl std::error::Error for LexError {}

/// What a logos callback reports; turned into a [`LexError`] with the token's span by
/// the layout layer. `Default` is logos' "no token matches here".
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum RawError {
    /// No token starts with this character.
    #[default]
    Unrecognized,
    /// A fully worded error; `offset` is relative to the token start, `len` its width.
    Message {
        message: String,
        offset: usize,
        len: usize,
        incomplete: bool,
    },
}

impl RawError {
    pub(crate) fn at(message: impl Into<String>, offset: usize) -> RawError {
        RawError::Message {
            message: message.into(),
            offset,
            len: 0,
            incomplete: false,
        }
    }
}
