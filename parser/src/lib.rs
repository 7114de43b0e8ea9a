//! coil-parser: Python source text to the AST in [`ast`], with CPython 3.11's syntax
//! error messages reported as `miette` diagnostics.
//!
//! Pipeline: `coil-lexer` produces logical-line tokens (and the tokenizer's errors);
//! `prepass.rs` marks parenthesised with-items and caps nesting depth; the LALRPOP
//! grammar (`grammar.lalrpop`) builds the tree with help from `nodes.rs`,
//! `arguments.rs`, `strings.rs` and `targets.rs`; `messages.rs` words LALRPOP's errors
//! as CPython does.

pub mod arguments;
pub mod ast;
pub mod error;
pub mod line_index;
pub mod messages;
pub mod nodes;
pub mod patterns;
pub mod prepass;
pub mod strings;
pub mod targets;

#[allow(clippy::all, clippy::pedantic, unused_qualifications, unused_parens)]
mod grammar {
    include!(concat!(env!("OUT_DIR"), "/grammar.rs"));
}

use coil_lexer::{ErrorClass, Layout, LexError, Spanned, Token};
pub use error::{SyntaxError, SyntaxErrorKind};
pub use line_index::LineIndex;
pub use prepass::MAX_EXPRESSION_DEPTH;

/// Source text with CPython's universal newlines: `\r\n` and a lone `\r` read as
/// `\n` (the tokenizer's `translate_newlines`), so a string literal spanning lines
/// of a Windows-style file holds `\n`. Borrowed when there is no `\r`.
pub fn universal_newlines(source: &str) -> std::borrow::Cow<'_, str> {
    if !source.contains('\r') {
        return std::borrow::Cow::Borrowed(source);
    }
    std::borrow::Cow::Owned(source.replace("\r\n", "\n").replace('\r', "\n"))
}

/// Parses a whole module (a script file or `-c` code).
pub fn parse_module(source: &str, filename: &str) -> Result<ast::Module, SyntaxError> {
    parse_tokens(source, Layout::new(source), false)
        .map(|body| ast::Module { body })
        .map_err(|e| to_syntax_error(e, source, filename))
}

/// Parses one REPL input (the same grammar as a module).
pub fn parse_interactive(source: &str, filename: &str) -> Result<ast::Module, SyntaxError> {
    parse_module(source, filename)
}

/// True when `source` is a prefix of valid input that needs more lines before it can
/// run: an unclosed bracket, a trailing backslash, an unterminated triple-quoted
/// string, a block header without its body, or a compound statement not yet ended by
/// a blank line (CPython's interactive console keeps reading `...` lines then too).
pub fn is_incomplete(source: &str) -> bool {
    match parse_tokens(source, Layout::new(source), false) {
        Err(e) => e.incomplete,
        Ok(body) => {
            let compound = body.last().is_some_and(|s| {
                matches!(
                    s.kind,
                    ast::StmtKind::If { .. }
                        | ast::StmtKind::For { .. }
                        | ast::StmtKind::While { .. }
                        | ast::StmtKind::With { .. }
                        | ast::StmtKind::Try { .. }
                        | ast::StmtKind::FunctionDef(_)
                        | ast::StmtKind::ClassDef(_)
                        | ast::StmtKind::Match { .. }
                )
            });
            let ended = source.trim_end_matches([' ', '\t']).ends_with("\n\n")
                || source.lines().last().is_some_and(|l| l.trim().is_empty());
            compound && !ended && source.contains('\n')
        }
    }
}

/// Parses with the grammar's module entry, or its expression entry when `expression`.
fn parse_tokens(
    source: &str,
    layout: Layout<'_>,
    expression: bool,
) -> Result<Vec<ast::Stmt>, LexError> {
    let mut tokens: Vec<Spanned> = Vec::new();
    let mut lex_error = None;
    if expression {
        tokens.push((0, Token::StartExpression, 0));
    }
    for item in layout {
        match item {
            Ok(t) => tokens.push(t),
            Err(e) => {
                lex_error = Some(e);
                break;
            }
        }
    }
    prepass::mark_with_items(&mut tokens);
    prepass::mark_soft_keywords(&mut tokens);
    if let Some(at) = prepass::depth_overflow(&tokens, MAX_EXPRESSION_DEPTH) {
        lex_error = Some(prepass::depth_error(&tokens[at]));
        tokens.truncate(at);
    }
    let stream = tokens
        .iter()
        .cloned()
        .map(Ok)
        .chain(lex_error.clone().map(Err));
    grammar::TopParser::new()
        .parse(source, stream)
        .map_err(|e| {
            let failed_at = match &e {
                lalrpop_util::ParseError::UnrecognizedToken { token, .. } => Some(token.0),
                _ => None,
            };
            // Did the parser stop at the last token, needing one more to decide?
            let at_last = failed_at.is_some_and(|at| tokens.last().is_some_and(|t| at >= t.0));
            let error = messages::from_parse_error(e, &tokens);
            let failed_at = failed_at.unwrap_or(error.start);
            prefer_tokenizer_error(source, error, lex_error, at_last, failed_at)
        })
}

/// CPython re-tokenizes the rest of the source after a parser error and reports a
/// tokenizer error found there instead (Parser/pegen_errors.c,
/// `_PyPegen_tokenize_full_source_to_check_for_errors`); an unclosed bracket wins only
/// from an earlier line, or when the parser needed the token after the last one.
fn prefer_tokenizer_error(
    source: &str,
    error: LexError,
    pending: Option<LexError>,
    at_last: bool,
    failed_at: usize,
) -> LexError {
    let Some(pending) = pending else {
        return error;
    };
    if pending == error
        || pending.class != ErrorClass::SyntaxError
        || pending.message.starts_with("expected an indented block")
    {
        return error;
    }
    if pending.message.ends_with("was never closed") {
        let lines = LineIndex::new(source);
        if at_last || lines.line(failed_at as u32) > lines.line(pending.start as u32) {
            return pending;
        }
        return error;
    }
    pending
}

/// Parses the expression of an f-string replacement field, `source[start..end]`.
pub(crate) fn parse_field(source: &str, start: usize, end: usize) -> Result<ast::Expr, LexError> {
    let body =
        parse_tokens(source, Layout::expression(source, start, end), true).map_err(|mut e| {
            if e.class == ErrorClass::SyntaxError && !e.message.starts_with("f-string") {
                e.message = format!("f-string: {}", e.message);
            }
            e
        })?;
    match body.into_iter().next().map(|s| s.kind) {
        Some(ast::StmtKind::Expr(e)) => {
            targets::check_not_starred(&e)?;
            Ok(e)
        }
        _ => Err(LexError::syntax("f-string: invalid syntax", start, end)),
    }
}

fn to_syntax_error(e: LexError, source: &str, filename: &str) -> SyntaxError {
    let kind = match e.class {
        ErrorClass::SyntaxError => SyntaxErrorKind::SyntaxError,
        ErrorClass::IndentationError => SyntaxErrorKind::IndentationError,
        ErrorClass::TabError => SyntaxErrorKind::TabError,
        ErrorClass::RecursionError => SyntaxErrorKind::RecursionError,
    };
    SyntaxError::new(
        kind,
        e.message,
        filename,
        source,
        ast::Span::new(e.start, e.end),
    )
}
