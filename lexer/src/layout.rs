//! Layout: turns logos' raw tokens into Python's logical-line token stream. It owns
//! NEWLINE/INDENT/DEDENT, the bracket stack (implicit line joining, unmatched and
//! mismatched brackets, the 200-level nesting cap) and the indentation errors, worded
//! as CPython 3.11's Parser/tokenizer.c words them (`tok_get`, the indentation block at
//! its top, and `MAXLEVEL`/`MAXINDENT`). Errors are produced lazily, when the parser
//! pulls the token that reveals them, so an earlier syntax error is reported first.

use crate::error::{ErrorClass, LexError, RawError};
use crate::string::line_at;
use crate::token::{invalid_character_message, Token};
use logos::Logos;
use std::collections::VecDeque;

/// CPython's `MAXLEVEL`: deepest bracket nesting the tokenizer accepts.
pub const MAX_BRACKET_DEPTH: usize = 200;
/// CPython's `MAXINDENT`: deepest indentation the tokenizer accepts.
pub const MAX_INDENT_DEPTH: usize = 100;

/// A token with its byte span, as LALRPOP consumes it.
pub type Spanned = (usize, Token, usize);

/// An indentation level, measured twice as CPython does: `col` with tabs to the next
/// multiple of 8, `altcol` with tabs counting 1. Disagreeing comparisons are a TabError.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Indentation {
    col: usize,
    altcol: usize,
}

/// A block header waiting for its indented body: what to call it in the message and
/// where it starts (its line is counted only if the error is reported: counting
/// it for every header made lexing quadratic in the number of lines).
#[derive(Debug, Clone)]
struct PendingBlock {
    what: String,
    head_at: usize,
    newline_at: usize,
}

/// The logical-line token stream over one source text.
pub struct Layout<'a> {
    source: &'a str,
    raw: logos::Lexer<'a, Token>,
    pending: VecDeque<Spanned>,
    indents: Vec<Indentation>,
    /// Open brackets: the token and where it is.
    brackets: Vec<(Token, usize, usize)>,
    /// Offset just after the last physical newline outside brackets.
    line_start: usize,
    /// Whether the current logical line has produced a token yet.
    line_has_tokens: bool,
    /// The first two tokens of the current logical line (to name block headers).
    line_head: Vec<(Token, usize)>,
    last_token: Option<Token>,
    block: Option<PendingBlock>,
    /// Tokenizing an f-string field's expression: no NEWLINE/INDENT/DEDENT at all.
    expression_mode: bool,
    done: bool,
}

impl<'a> Layout<'a> {
    /// The tokens of a whole module.
    pub fn new(source: &'a str) -> Layout<'a> {
        Layout {
            source,
            raw: Token::lexer(source),
            pending: VecDeque::new(),
            indents: vec![Indentation { col: 0, altcol: 0 }],
            brackets: Vec::new(),
            line_start: 0,
            line_has_tokens: false,
            line_head: Vec::new(),
            last_token: None,
            block: None,
            expression_mode: false,
            done: false,
        }
    }

    /// The tokens of `source[start..end]` read as one parenthesised expression (an
    /// f-string replacement field): spans stay absolute, line breaks are ignored.
    pub fn expression(source: &'a str, start: usize, end: usize) -> Layout<'a> {
        let mut raw = Token::lexer(&source[..end]);
        raw.bump(start);
        let mut layout = Layout::new(source);
        layout.raw = raw;
        layout.expression_mode = true;
        layout
    }

    fn fail(&mut self, error: LexError) -> Option<Result<Spanned, LexError>> {
        self.done = true;
        self.pending.clear();
        Some(Err(error))
    }

    /// Converts a logos error at `start..end` into CPython's message.
    fn raw_error(&self, error: RawError, start: usize, end: usize) -> LexError {
        match error {
            RawError::Message {
                message,
                offset,
                len,
                incomplete,
            } => {
                let at = start + offset;
                LexError {
                    class: ErrorClass::SyntaxError,
                    message,
                    start: at,
                    end: at + len,
                    incomplete,
                }
            }
            RawError::Unrecognized => {
                let c = self.source[start..].chars().next().unwrap_or('\0');
                if c == '\\' {
                    let rest = &self.source[start + 1..];
                    if rest.trim_matches([' ', '\t', '\x0c']).is_empty() {
                        let len = self.source.len();
                        return LexError::syntax("unexpected EOF while parsing", len, len)
                            .incomplete();
                    }
                    return LexError::syntax(
                        "unexpected character after line continuation character",
                        start + 1,
                        start + 1,
                    );
                }
                if c == '\0' {
                    return LexError::syntax("source code cannot contain null bytes", start, end);
                }
                if c.is_ascii_graphic() {
                    return LexError::syntax("invalid syntax", start, end);
                }
                LexError::syntax(invalid_character_message(c), start, end)
            }
        }
    }

    /// The indentation of the logical line starting at `self.line_start`.
    fn measure(&self, upto: usize) -> Indentation {
        let mut ind = Indentation { col: 0, altcol: 0 };
        for c in self.source[self.line_start..upto].bytes() {
            match c {
                b' ' => {
                    ind.col += 1;
                    ind.altcol += 1;
                }
                b'\t' => {
                    ind.col = (ind.col / 8 + 1) * 8;
                    ind.altcol += 1;
                }
                b'\x0c' => ind = Indentation { col: 0, altcol: 0 },
                _ => break,
            }
        }
        ind
    }

    /// Called on the first token of a logical line: INDENT/DEDENT or an error.
    fn indentation(&mut self, start: usize, end: usize) -> Result<(), LexError> {
        let ind = self.measure(start);
        let top = *self
            .indents
            .last()
            .expect("indent stack always holds level 0");
        let tab_error = || {
            LexError::with_class(
                ErrorClass::TabError,
                "inconsistent use of tabs and spaces in indentation",
                self.line_start,
                self.line_start,
            )
        };
        if let Some(block) = self.block.take() {
            if ind.col <= top.col {
                return Err(expected_block(self.source, &block, start, end));
            }
        }
        if ind.col == top.col {
            if ind.altcol != top.altcol {
                return Err(tab_error());
            }
        } else if ind.col > top.col {
            if ind.altcol <= top.altcol {
                return Err(tab_error());
            }
            if self.indents.len() >= MAX_INDENT_DEPTH {
                return Err(LexError::with_class(
                    ErrorClass::IndentationError,
                    "too many levels of indentation",
                    start,
                    end,
                ));
            }
            self.indents.push(ind);
            self.pending
                .push_back((self.line_start, Token::Indent, start));
        } else {
            while self.indents.len() > 1 && ind.col < self.indents[self.indents.len() - 1].col {
                self.indents.pop();
                self.pending.push_back((start, Token::Dedent, start));
            }
            let top = self.indents[self.indents.len() - 1];
            if ind.col != top.col {
                // CPython's caret for this one is at the end of the offending line.
                let line_end = self.source[start..]
                    .find(['\n', '\r'])
                    .map_or(self.source.len(), |i| start + i);
                return Err(LexError::with_class(
                    ErrorClass::IndentationError,
                    "unindent does not match any outer indentation level",
                    line_end,
                    line_end,
                ));
            }
            if ind.altcol != top.altcol {
                return Err(tab_error());
            }
        }
        Ok(())
    }

    fn open_bracket(&mut self, token: &Token, start: usize, end: usize) -> Result<(), LexError> {
        if self.brackets.len() >= MAX_BRACKET_DEPTH {
            return Err(LexError::syntax("too many nested parentheses", start, end));
        }
        self.brackets.push((token.clone(), start, end));
        Ok(())
    }

    fn close_bracket(&mut self, token: &Token, start: usize, end: usize) -> Result<(), LexError> {
        let close = token.operator().unwrap_or("?");
        let Some((open, open_start, _)) = self.brackets.pop() else {
            return Err(LexError::syntax(format!("unmatched '{close}'"), start, end));
        };
        let matches = matches!(
            (&open, token),
            (
                Token::LeftParen | Token::LeftParenWithItems,
                Token::RightParen
            ) | (Token::LeftBracket, Token::RightBracket)
                | (Token::LeftBrace, Token::RightBrace)
        );
        if !matches {
            let open_text = open.operator().unwrap_or("?");
            let open_line = line_at(self.source, open_start);
            let message = if open_line == line_at(self.source, start) {
                format!("closing parenthesis '{close}' does not match opening parenthesis '{open_text}'")
            } else {
                format!(
                    "closing parenthesis '{close}' does not match opening parenthesis '{open_text}' on line {open_line}"
                )
            };
            return Err(LexError::syntax(message, start, end));
        }
        Ok(())
    }

    /// End of input: NEWLINE, DEDENTs, or the error an unfinished construct deserves.
    fn finish(&mut self) -> Option<Result<Spanned, LexError>> {
        self.done = true;
        let len = self.source.len();
        if self.expression_mode {
            return None;
        }
        if let Some((open, start, end)) = self.brackets.first().cloned() {
            let text = open.operator().unwrap_or("(");
            return self.fail(
                LexError::syntax(format!("'{text}' was never closed"), start, end).incomplete(),
            );
        }
        if self.line_has_tokens {
            self.end_line(len, len);
        }
        if let Some(block) = self.block.take() {
            let error = expected_block(self.source, &block, block.newline_at, block.newline_at)
                .incomplete();
            return self.fail(error);
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.pending.push_back((len, Token::Dedent, len));
        }
        self.pending.pop_front().map(Ok)
    }

    /// Emits the NEWLINE ending a logical line and notes a block header.
    fn end_line(&mut self, start: usize, end: usize) {
        self.pending.push_back((start, Token::Newline, end));
        if self.last_token == Some(Token::Colon) {
            if let Some(what) = header_name(&self.line_head) {
                self.block = Some(PendingBlock {
                    what,
                    head_at: self.line_head[0].1,
                    newline_at: start,
                });
            }
        }
        self.line_has_tokens = false;
        self.line_head.clear();
        self.last_token = None;
    }
}

fn expected_block(source: &str, block: &PendingBlock, start: usize, end: usize) -> LexError {
    LexError::with_class(
        ErrorClass::IndentationError,
        format!(
            "expected an indented block after {} on line {}",
            block.what,
            line_at(source, block.head_at)
        ),
        start,
        end,
    )
}

/// How CPython names a block header in "expected an indented block after …".
fn header_name(head: &[(Token, usize)]) -> Option<String> {
    let first = &head.first()?.0;
    let second = head.get(1).map(|(t, _)| t);
    let first = if *first == Token::Async {
        second?
    } else {
        first
    };
    Some(match first {
        Token::Def => "function definition".to_string(),
        Token::Class => "class definition".to_string(),
        Token::Except if second == Some(&Token::Star) => "'except*' statement".to_string(),
        Token::If
        | Token::Elif
        | Token::Else
        | Token::While
        | Token::For
        | Token::Try
        | Token::Except
        | Token::Finally
        | Token::With => format!("{first} statement"),
        _ => return None,
    })
}

impl Iterator for Layout<'_> {
    type Item = Result<Spanned, LexError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(token) = self.pending.pop_front() {
                return Some(Ok(token));
            }
            if self.done {
                return None;
            }
            let Some(result) = self.raw.next() else {
                return self.finish();
            };
            let span = self.raw.span();
            let (start, end) = (span.start, span.end);
            let token = match result {
                Ok(token) => token,
                Err(error) => {
                    let error = self.raw_error(error, start, end);
                    return self.fail(error);
                }
            };
            if token == Token::Newline {
                if self.expression_mode || !self.brackets.is_empty() {
                    continue;
                }
                self.line_start = end;
                if self.line_has_tokens {
                    self.end_line(start, end);
                }
                continue;
            }
            if !self.line_has_tokens && !self.expression_mode {
                if let Err(error) = self.indentation(start, end) {
                    return self.fail(error);
                }
                self.line_has_tokens = true;
            }
            if self.line_head.len() < 2 {
                self.line_head.push((token.clone(), start));
            }
            let bracket = if token.is_open_bracket() {
                self.open_bracket(&token, start, end)
            } else if token.is_close_bracket() {
                self.close_bracket(&token, start, end)
            } else {
                Ok(())
            };
            if let Err(error) = bracket {
                return self.fail(error);
            }
            self.last_token = Some(token.clone());
            self.pending.push_back((start, token, end));
        }
    }
}
