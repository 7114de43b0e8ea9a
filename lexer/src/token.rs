//! Token: the raw tokens of Python 3.11 source as logos recognises them, plus the layout
//! tokens (`Newline`, `Indent`, `Dedent`) that `layout.rs` inserts. Token names follow
//! the lexeme; `Display` prints the spelling CPython uses in messages (`'('`, `':'`).
//! The token set is CPython's Grammar/Tokens and Lib/keyword.py (`match`/`case`/`_`
//! are soft keywords, hence plain names here).

use crate::error::RawError;
use crate::number::{lex_number, Number};
use crate::string::{lex_string, StringLit};
use logos::Logos;
use std::fmt;

/// One token. Spans are kept beside the token, as `(start, Token, end)` byte offsets.
#[derive(Logos, Debug, Clone, PartialEq)]
#[logos(error = RawError)]
#[logos(skip r"[ \t\x0C]+")]
#[logos(skip r"#[^\r\n]*")]
#[logos(skip r"\\(\r\n|\r|\n)")]
pub enum Token {
    /// An identifier (ASCII or any Unicode `XID_Start XID_Continue*`), or a soft keyword.
    #[regex(r"[A-Za-z_][A-Za-z0-9_]*", lex_name)]
    #[regex(r"[^\x00-\x7F]", lex_unicode_name)]
    Name(String),
    /// An integer, float or imaginary literal.
    #[regex(r"[0-9]", lex_number)]
    #[regex(r"\.[0-9]", lex_number)]
    Number(Number),
    /// A string, bytes or f-string literal (one token per literal; adjacent literals are
    /// joined by the parser).
    #[regex(r#"([rRuUbBfF]|[rR][bB]|[bB][rR]|[fF][rR]|[rR][fF])?['"]"#, lex_string)]
    String(StringLit),

    /// A physical line break (the layout layer turns it into a logical NEWLINE or drops it).
    #[regex(r"\r\n|\r|\n")]
    Newline,
    /// One more level of indentation (layout layer only).
    Indent,
    /// One level of indentation less (layout layer only).
    Dedent,
    /// Injected by the parser before an f-string replacement field's tokens, to select
    /// the expression entry of the grammar (never produced from source text).
    StartExpression,
    /// Injected by the parser in place of the `(` of `with (a as b, c):`, whose contents
    /// are with-items rather than a tuple (never produced from source text).
    LeftParenWithItems,
    /// The soft keyword `match` opening a match statement: a `Name("match")` that the
    /// parser's pre-pass re-marks (never produced from source text directly).
    Match,
    /// The soft keyword `case` opening a case block inside a match statement
    /// (re-marked by the parser's pre-pass, like `Match`).
    Case,

    #[token("(")]
    LeftParen,
    #[token(")")]
    RightParen,
    #[token("[")]
    LeftBracket,
    #[token("]")]
    RightBracket,
    #[token("{")]
    LeftBrace,
    #[token("}")]
    RightBrace,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(";")]
    Semicolon,
    #[token(".")]
    Dot,
    #[token("...")]
    Ellipsis,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("**")]
    DoubleStar,
    #[token("@")]
    At,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("&")]
    Ampersand,
    #[token("|")]
    Pipe,
    #[token("^")]
    Caret,
    #[token("~")]
    Tilde,
    #[token(":=")]
    ColonEqual,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("->")]
    Arrow,
    #[token("=")]
    Equal,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinusEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("@=")]
    AtEqual,
    #[token("&=")]
    AmpersandEqual,
    #[token("|=")]
    PipeEqual,
    #[token("^=")]
    CaretEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("**=")]
    DoubleStarEqual,

    #[token("False")]
    False,
    #[token("None")]
    None,
    #[token("True")]
    True,
    #[token("and")]
    And,
    #[token("as")]
    As,
    #[token("assert")]
    Assert,
    #[token("async")]
    Async,
    #[token("await")]
    Await,
    #[token("break")]
    Break,
    #[token("class")]
    Class,
    #[token("continue")]
    Continue,
    #[token("def")]
    Def,
    #[token("del")]
    Del,
    #[token("elif")]
    Elif,
    #[token("else")]
    Else,
    #[token("except")]
    Except,
    #[token("finally")]
    Finally,
    #[token("for")]
    For,
    #[token("from")]
    From,
    #[token("global")]
    Global,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("in")]
    In,
    #[token("is")]
    Is,
    #[token("lambda")]
    Lambda,
    #[token("nonlocal")]
    Nonlocal,
    #[token("not")]
    Not,
    #[token("or")]
    Or,
    #[token("pass")]
    Pass,
    #[token("raise")]
    Raise,
    #[token("return")]
    Return,
    #[token("try")]
    Try,
    #[token("while")]
    While,
    #[token("with")]
    With,
    #[token("yield")]
    Yield,
}

/// Extends an ASCII identifier with any Unicode identifier characters that follow
/// (`naïve` is one name).
fn lex_name(lex: &mut logos::Lexer<Token>) -> String {
    let extra = unicode_continue_len(lex.remainder());
    lex.bump(extra);
    lex.slice().to_string()
}

/// An identifier starting with a non-ASCII character, or CPython's
/// `invalid character '€' (U+20AC)` / `invalid non-printable character U+00A0`.
fn lex_unicode_name(lex: &mut logos::Lexer<Token>) -> Result<String, RawError> {
    let c = lex.slice().chars().next().unwrap_or('\0');
    if unicode_ident::is_xid_start(c) {
        let extra = unicode_continue_len(lex.remainder());
        lex.bump(extra);
        return Ok(lex.slice().to_string());
    }
    Err(RawError::Message {
        message: invalid_character_message(c),
        offset: 0,
        len: 0,
        incomplete: false,
    })
}

/// CPython's wording for a character that cannot start any token
/// (Parser/tokenizer.c, `verify_identifier` and `tok_get`).
pub fn invalid_character_message(c: char) -> String {
    if is_printable(c) {
        format!("invalid character '{c}' (U+{:04X})", c as u32)
    } else {
        format!("invalid non-printable character U+{:04X}", c as u32)
    }
}

/// An approximation of Python's `str.isprintable` for one character.
fn is_printable(c: char) -> bool {
    !(c.is_control()
        || c.is_whitespace()
        || matches!(c as u32, 0x200B..=0x200F | 0x2028..=0x202E | 0xFEFF))
}

/// Byte length of the identifier-continue characters at the start of `rest`.
fn unicode_continue_len(rest: &str) -> usize {
    rest.char_indices()
        .find(|&(_, c)| {
            !(c == '_'
                || c.is_ascii_alphanumeric()
                || (!c.is_ascii() && unicode_ident::is_xid_continue(c)))
        })
        .map(|(i, _)| i)
        .unwrap_or(rest.len())
}

impl Token {
    /// True for `(`, `[`, `{` (and the parser's with-items parenthesis).
    pub fn is_open_bracket(&self) -> bool {
        matches!(
            self,
            Token::LeftParen | Token::LeftBracket | Token::LeftBrace | Token::LeftParenWithItems
        )
    }

    /// True for `)`, `]`, `}`.
    pub fn is_close_bracket(&self) -> bool {
        matches!(
            self,
            Token::RightParen | Token::RightBracket | Token::RightBrace
        )
    }

    /// True for a name, a literal, `...`, `True`, `False` or `None`: a whole
    /// expression in one token (the error heuristics build on it).
    pub fn is_atom(&self) -> bool {
        matches!(
            self,
            Token::Name(_)
                | Token::Number(_)
                | Token::String(_)
                | Token::Ellipsis
                | Token::False
                | Token::None
                | Token::True
        )
    }

    /// True for tokens that can end an expression.
    pub fn ends_expression(&self) -> bool {
        self.is_atom() || self.is_close_bracket()
    }

    /// The keyword's spelling, if this token is a hard keyword.
    pub fn keyword(&self) -> Option<&'static str> {
        Some(match self {
            Token::False => "False",
            Token::None => "None",
            Token::True => "True",
            Token::And => "and",
            Token::As => "as",
            Token::Assert => "assert",
            Token::Async => "async",
            Token::Await => "await",
            Token::Break => "break",
            Token::Class => "class",
            Token::Continue => "continue",
            Token::Def => "def",
            Token::Del => "del",
            Token::Elif => "elif",
            Token::Else => "else",
            Token::Except => "except",
            Token::Finally => "finally",
            Token::For => "for",
            Token::From => "from",
            Token::Global => "global",
            Token::If => "if",
            Token::Import => "import",
            Token::In => "in",
            Token::Is => "is",
            Token::Lambda => "lambda",
            Token::Nonlocal => "nonlocal",
            Token::Not => "not",
            Token::Or => "or",
            Token::Pass => "pass",
            Token::Raise => "raise",
            Token::Return => "return",
            Token::Try => "try",
            Token::While => "while",
            Token::With => "with",
            Token::Yield => "yield",
            _ => return None,
        })
    }

    /// The operator or delimiter's spelling, if this token is one.
    pub fn operator(&self) -> Option<&'static str> {
        Some(match self {
            Token::LeftParen | Token::LeftParenWithItems => "(",
            Token::RightParen => ")",
            Token::LeftBracket => "[",
            Token::RightBracket => "]",
            Token::LeftBrace => "{",
            Token::RightBrace => "}",
            Token::Colon => ":",
            Token::Comma => ",",
            Token::Semicolon => ";",
            Token::Dot => ".",
            Token::Ellipsis => "...",
            Token::Plus => "+",
            Token::Minus => "-",
            Token::Star => "*",
            Token::Slash => "/",
            Token::DoubleSlash => "//",
            Token::Percent => "%",
            Token::DoubleStar => "**",
            Token::At => "@",
            Token::LeftShift => "<<",
            Token::RightShift => ">>",
            Token::Ampersand => "&",
            Token::Pipe => "|",
            Token::Caret => "^",
            Token::Tilde => "~",
            Token::ColonEqual => ":=",
            Token::Less => "<",
            Token::Greater => ">",
            Token::LessEqual => "<=",
            Token::GreaterEqual => ">=",
            Token::EqEqual => "==",
            Token::NotEqual => "!=",
            Token::Arrow => "->",
            Token::Equal => "=",
            Token::PlusEqual => "+=",
            Token::MinusEqual => "-=",
            Token::StarEqual => "*=",
            Token::SlashEqual => "/=",
            Token::DoubleSlashEqual => "//=",
            Token::PercentEqual => "%=",
            Token::AtEqual => "@=",
            Token::AmpersandEqual => "&=",
            Token::PipeEqual => "|=",
            Token::CaretEqual => "^=",
            Token::LeftShiftEqual => "<<=",
            Token::RightShiftEqual => ">>=",
            Token::DoubleStarEqual => "**=",
            _ => return None,
        })
    }
}

impl fmt::Display for Token {
    /// CPython's spelling in messages: `'('`, `'def'`, `NAME`, `NEWLINE`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(k) = self.keyword() {
            return write!(f, "'{k}'");
        }
        if let Some(op) = self.operator() {
            return write!(f, "'{op}'");
        }
        let name = match self {
            Token::Name(_) => "NAME",
            Token::Number(_) => "NUMBER",
            Token::String(_) => "STRING",
            Token::Newline => "NEWLINE",
            Token::Indent => "INDENT",
            Token::Dedent => "DEDENT",
            Token::Match => "'match'",
            Token::Case => "'case'",
            _ => "<token>",
        };
        f.write_str(name)
    }
}
