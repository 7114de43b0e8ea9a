//! LALRPOP's errors in CPython 3.11's words. LALRPOP reports the unexpected token and
//! the set of tokens it expected; a small table keyed on those (and on the tokens just
//! before) picks the message CPython's `invalid_*` rules would give
//! (Grammar/python.gram: `invalid_expression`, `invalid_legacy_expression`, the
//! `expected ':'` rules) and falls back to `invalid syntax`, as
//! Parser/pegen_errors.c `_PyPegen_set_syntax_error` does. The expected-token list itself
//! is never shown.

use coil_lexer::{ErrorClass, LexError, Spanned, Token};
use lalrpop_util::ParseError;

/// The error to report for a LALRPOP failure over `tokens`.
pub fn from_parse_error(error: ParseError<usize, Token, LexError>, tokens: &[Spanned]) -> LexError {
    match error {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => {
            LexError::syntax("invalid syntax", location, location)
        }
        ParseError::UnrecognizedEof { location, expected } => {
            if expected.iter().any(|e| e == "\"except\"")
                && expected.iter().any(|e| e == "\"finally\"")
            {
                // CPython puts the caret at the end of the `try` body's last line.
                let at = tokens
                    .iter()
                    .rev()
                    .find(|t| !matches!(t.1, Token::Newline | Token::Dedent))
                    .map_or(location, |t| t.2);
                return LexError::syntax("expected 'except' or 'finally' block", at, at);
            }
            LexError::syntax("invalid syntax", location, location).incomplete()
        }
        ParseError::ExtraToken { token } => LexError::syntax("invalid syntax", token.0, token.2),
        ParseError::UnrecognizedToken { token, expected } => unexpected(token, &expected, tokens),
    }
}

fn unexpected(token: Spanned, expected: &[String], tokens: &[Spanned]) -> LexError {
    let (start, tok, end) = token;
    if tok == Token::Indent {
        return LexError::with_class(ErrorClass::IndentationError, "unexpected indent", end, end);
    }
    let index = tokens.partition_point(|t| t.0 < start);
    let index = (index..tokens.len())
        .find(|&i| tokens[i].0 == start && tokens[i].1 == tok)
        .unwrap_or(index);
    let expects = |t: &str| expected.iter().any(|e| e == t);
    let head = line_head(tokens, index);
    if expects("\":\"")
        && (head == Some(&Token::Def)
            || (tok == Token::Newline && head.is_some_and(is_block_keyword)))
    {
        return LexError::syntax("expected ':'", start, start.max(end));
    }
    if expects("\"except\"") && expects("\"finally\"") {
        return LexError::syntax("expected 'except' or 'finally' block", start, start);
    }
    let prev_is_name = index > 0 && matches!(tokens[index - 1].1, Token::Name(_));
    if tok == Token::Equal && prev_is_name && expects("\":=\"") {
        return LexError::syntax(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            tokens[index - 1].0,
            end,
        );
    }
    if tok == Token::ColonEqual && index > 0 {
        if let Some(what) = walrus_target(tokens, index - 1) {
            let first = primary_start(tokens, index - 1);
            return LexError::syntax(
                format!("cannot use assignment expressions with {what}"),
                tokens[first].0,
                tokens[index - 1].2,
            );
        }
    }
    let prev = index.checked_sub(1).and_then(|i| tokens.get(i));
    if let Some((pstart, Token::Name(name), _)) = prev {
        if (name == "print" || name == "exec") && legacy_argument(&tok) {
            let stop = line_end(tokens, index);
            return LexError::syntax(
                format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
                *pstart,
                stop,
            );
        }
    }
    if let Some((_, prev_tok, _)) = prev {
        let name_then_string =
            matches!(prev_tok, Token::Name(_)) && matches!(tok, Token::String(_));
        let soft_keyword =
            matches!(prev_tok, Token::Name(n) if n == "match" || n == "case" || n == "_");
        if prev_tok.ends_expression()
            && comma_candidate(&tok)
            && !name_then_string
            && !soft_keyword
            && bracket_depth(tokens, index) > 0
        {
            let first = primary_start(tokens, index - 1);
            return LexError::syntax(
                "invalid syntax. Perhaps you forgot a comma?",
                tokens[first].0,
                end,
            );
        }
    }
    if tok == Token::Newline || tok == Token::Dedent {
        return LexError::syntax("invalid syntax", start, start);
    }
    LexError::syntax("invalid syntax", start, end)
}

/// The first token of the logical line holding `index` (after `async`).
fn line_head(tokens: &[Spanned], index: usize) -> Option<&Token> {
    let mut i = index.min(tokens.len().saturating_sub(1));
    while i > 0
        && !matches!(
            tokens[i - 1].1,
            Token::Newline | Token::Indent | Token::Dedent
        )
    {
        i -= 1;
    }
    match tokens.get(i).map(|t| &t.1) {
        Some(Token::Async) => tokens.get(i + 1).map(|t| &t.1),
        other => other,
    }
}

/// Keywords whose statements end their header with `:` (CPython's `expected ':'`).
fn is_block_keyword(tok: &Token) -> bool {
    matches!(
        tok,
        Token::If
            | Token::Elif
            | Token::Else
            | Token::While
            | Token::For
            | Token::With
            | Token::Try
            | Token::Except
            | Token::Finally
            | Token::Def
            | Token::Class
    )
}

/// What CPython calls the expression before a misplaced `:=`, when it can tell.
fn walrus_target(tokens: &[Spanned], last: usize) -> Option<&'static str> {
    let first = primary_start(tokens, last);
    match &tokens[last].1 {
        Token::RightParen if first < last && tokens[first].1 != Token::LeftParen => {
            Some("function call")
        }
        Token::RightBracket if first < last && tokens[first].1 != Token::LeftBracket => {
            Some("subscript")
        }
        Token::Name(_) if last >= 2 && tokens[last - 1].1 == Token::Dot => Some("attribute"),
        Token::Number(_) | Token::String(_) => Some("literal"),
        Token::True => Some("True"),
        Token::False => Some("False"),
        Token::None => Some("None"),
        _ => None,
    }
}

/// Tokens that begin the argument of a Python 2 `print x` (not `(`, which makes a
/// call, nor `-`/`[`, which continue an expression).
fn legacy_argument(tok: &Token) -> bool {
    tok.is_atom()
        || matches!(
            tok,
            Token::LeftBrace | Token::Tilde | Token::Not | Token::Lambda | Token::Await
        )
}

/// Tokens that start an expression but cannot continue one: two expressions in a row.
fn comma_candidate(tok: &Token) -> bool {
    legacy_argument(tok) && !matches!(tok, Token::Not)
}

/// Where the logical line containing `index` ends (the end of its last token).
fn line_end(tokens: &[Spanned], index: usize) -> usize {
    let mut last = tokens[index.min(tokens.len() - 1)].2;
    for t in &tokens[index..] {
        if t.1 == Token::Newline {
            break;
        }
        last = t.2;
    }
    last
}

/// Bracket nesting just before `index`.
fn bracket_depth(tokens: &[Spanned], index: usize) -> usize {
    let mut depth = 0usize;
    for t in &tokens[..index] {
        // A field's expression is parsed as if parenthesised, as CPython does.
        if t.1.is_open_bracket() || t.1 == Token::StartExpression {
            depth += 1;
        } else if t.1.is_close_bracket() {
            depth = depth.saturating_sub(1);
        } else if t.1 == Token::Newline {
            depth = 0;
        }
    }
    depth
}

/// The first token of the primary expression (`a.b(c)[d]`) ending at `index`.
fn primary_start(tokens: &[Spanned], mut index: usize) -> usize {
    loop {
        if tokens[index].1.is_close_bracket() {
            let mut depth = 0usize;
            let mut j = index;
            loop {
                if tokens[j].1.is_close_bracket() {
                    depth += 1;
                } else if tokens[j].1.is_open_bracket() {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                if j == 0 {
                    return 0;
                }
                j -= 1;
            }
            index = j;
            // `f(x)` / `a[i]`: the call or subscript target comes first.
            if index > 0
                && tokens[index - 1].1.ends_expression()
                && tokens[index].1 != Token::LeftBrace
            {
                index -= 1;
                continue;
            }
            return index;
        }
        if index >= 2 && tokens[index - 1].1 == Token::Dot {
            index -= 2;
            continue;
        }
        return index;
    }
}
