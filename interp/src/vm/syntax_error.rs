//! The SyntaxError exception for a `coil_parser::SyntaxError` raised by
//! `compile()`, `exec()`, `eval()` or an import: `msg`, `filename`, `lineno`,
//! `offset`, `text`, `end_lineno`, `end_offset` and `args` as CPython 3.11 sets
//! them (`Parser/pegen_errors.c` `_PyPegen_raise_error_known_location`,
//! `Parser/tokenizer.c` `syntaxerror`, `Python/symtable.c`'s
//! `PyErr_RangedSyntaxLocationObject`, `Python/compile.c` `compiler_error`).

use crate::object::Value;
use crate::vm::Vm;
use crate::Exc;

/// Where in CPython the error is found, which decides the text and args.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Origin {
    /// The tokenizer's own errors on a literal: the line without its newline.
    Tokenizer,
    /// The parser: the line as the parser saw it, with a newline.
    Parser,
    /// The symbol table: `args` is just the message.
    Symtable,
    /// The code generator: the text is read from the file (None for `<string>`).
    Compiler,
}

const TOKENIZER: &[&str] = &[
    "unterminated string literal",
    "unterminated triple-quoted string literal",
    "invalid decimal literal",
    "invalid hexadecimal literal",
    "invalid octal literal",
    "invalid binary literal",
    "invalid digit",
    "leading zeros in decimal integer literals",
];

const SYMTABLE: &[&str] = &[
    "no binding for nonlocal",
    "is parameter and global",
    "is parameter and nonlocal",
    "is nonlocal and global",
    "before global declaration",
    "before nonlocal declaration",
    "prior to global declaration",
    "prior to nonlocal declaration",
    "nonlocal declaration not allowed at module level",
    "annotated name",
];

fn origin(e: &coil_parser::SyntaxError, compiling: bool) -> Origin {
    let m = e.message.as_str();
    if TOKENIZER.iter().any(|p| m.starts_with(p)) {
        Origin::Tokenizer
    } else if SYMTABLE.iter().any(|p| m.contains(p)) {
        Origin::Symtable
    } else if compiling {
        Origin::Compiler
    } else {
        Origin::Parser
    }
}

/// The 1-based line and 0-based character column of byte `pos`.
fn line_col(source: &str, pos: usize) -> (i64, i64) {
    let pos = pos.min(source.len());
    let pos = (0..=pos)
        .rev()
        .find(|&p| source.is_char_boundary(p))
        .unwrap_or(0);
    let before = &source[..pos];
    let line = before.matches('\n').count() as i64 + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[start..].chars().count() as i64)
}

impl Vm {
    /// The exception `compile()` raises for `e`; `compiling` says the parse
    /// succeeded and the compiler (or its symbol table) found the error.
    pub(crate) fn syntax_error_exception(
        &self,
        e: &coil_parser::SyntaxError,
        source: &str,
        exec_input: bool,
        compiling: bool,
    ) -> Exc {
        let t = &self.types.exc;
        let class = match e.kind {
            coil_parser::SyntaxErrorKind::SyntaxError => t.syntax_error.clone(),
            coil_parser::SyntaxErrorKind::IndentationError => t.indentation_error.clone(),
            coil_parser::SyntaxErrorKind::TabError => t.tab_error.clone(),
            coil_parser::SyntaxErrorKind::RecursionError => t.recursion_error.clone(),
        };
        let exc = self.new_error(&class, e.message.clone());
        if e.kind == coil_parser::SyntaxErrorKind::RecursionError {
            return exc;
        }
        let origin = origin(e, compiling);
        let lineno = e.line as i64;
        let line = source
            .split_inclusive('\n')
            .nth((e.line as usize).saturating_sub(1));
        let (_, col) = line_col(source, e.span.start as usize);
        let (end_line, end_col) = line_col(source, e.span.end as usize);
        let mut offset = col + 1;
        let (mut end_lineno, mut end_offset) = (end_line, end_col + 1);
        let m = e.message.as_str();
        if m == "unexpected indent" {
            // The INDENT token's start, one short of the first character.
            offset = col;
            end_offset = -1;
            end_lineno = lineno;
        } else if m.starts_with("unindent does not match") {
            end_offset = -1;
            end_lineno = lineno;
        } else if m == "expected ':'" {
            // Reported at the end of the header, an empty range.
            (end_lineno, end_offset) = (lineno, offset);
        } else if m.ends_with("was never closed") {
            end_lineno = lineno;
            end_offset = 0;
        } else if origin == Origin::Tokenizer {
            end_lineno = lineno;
            end_offset = if m.starts_with("leading zeros") {
                offset + 1
            } else {
                offset
            };
        }
        let text = match (origin, line) {
            (_, None) => Value::None,
            (Origin::Tokenizer, Some(l)) => Value::str(l.strip_suffix('\n').unwrap_or(l)),
            (Origin::Compiler | Origin::Symtable, Some(l)) => {
                if e.filename.starts_with('<') {
                    Value::None
                } else {
                    Value::str(l)
                }
            }
            // The tokenizer gives exec input a final newline.
            (Origin::Parser, Some(l)) if exec_input && !l.ends_with('\n') => {
                Value::string(format!("{l}\n"))
            }
            (Origin::Parser, Some(l)) => Value::str(l),
        };
        let filename = Value::str(&e.filename);
        exc.dict.set_str("msg", Value::str(&e.message));
        exc.dict.set_str("filename", filename.clone());
        exc.dict.set_str("lineno", Value::Int(lineno));
        exc.dict.set_str("offset", Value::Int(offset));
        exc.dict.set_str("text", text.clone());
        exc.dict.set_str("end_lineno", Value::Int(end_lineno));
        exc.dict.set_str("end_offset", Value::Int(end_offset));
        if let Some(data) = exc.exc() {
            let mut args = vec![Value::str(&e.message)];
            if origin != Origin::Symtable {
                let details = vec![
                    filename,
                    Value::Int(lineno),
                    Value::Int(offset),
                    text,
                    Value::Int(end_lineno),
                    Value::Int(end_offset),
                ];
                args.push(Value::tuple(details));
            }
            data.borrow_mut().args = args;
        }
        exc
    }
}
