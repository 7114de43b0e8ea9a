//! Token-level passes between the lexer and the grammar: marking the parenthesis of
//! `with (a as b, c):` (whose contents are with-items, not a tuple — an LR(1) grammar
//! cannot tell before the `)`), marking the soft keywords `match` and `case` (CPython's
//! PEG parser tries the match statement first and backtracks; an LR(1) grammar needs
//! the decision made before it sees the name), and capping expression nesting.
//!
//! The cap exists because the AST is recursive and the compiler and `Drop` recurse on
//! it. CPython 3.11 parses deep input but fails in the compiler with
//! `RecursionError: maximum recursion depth exceeded during compilation` (checked:
//! 3,000 nested unary minus, or 100,000 `a+a+…` terms). Coil estimates the nesting
//! depth from the tokens and reports the same error before building the tree, so no
//! tree deeper than [`MAX_EXPRESSION_DEPTH`] ever exists.

use coil_lexer::{ErrorClass, LexError, Spanned, Token};

/// Deepest expression nesting accepted (an upper estimate of the AST depth).
/// CPython 3.11's compiler allows `recursion limit × COMPILER_STACK_FRAME_SCALE` =
/// 3,000 levels of AST, counting the module and the statement: `x = -…-1` compiles
/// with 2,998 minus signs and fails with 2,999, as here. Coil's compiler recurses on
/// the interpreter thread's 256 MiB stack, which holds that depth with room to spare.
pub const MAX_EXPRESSION_DEPTH: usize = 2998;

/// Marks the `(` of parenthesised with-items: `with (` … `)` `:` where the parentheses
/// hold a top-level `as` or `,`.
pub fn mark_with_items(tokens: &mut [Spanned]) {
    let mut i = 0;
    while i + 1 < tokens.len() {
        if tokens[i].1 == Token::With && tokens[i + 1].1 == Token::LeftParen {
            let open = i + 1;
            let mut depth = 0usize;
            let mut has_items = false;
            let mut close = None;
            for (j, token) in tokens.iter().enumerate().skip(open) {
                match &token.1 {
                    t if t.is_open_bracket() => depth += 1,
                    t if t.is_close_bracket() => {
                        depth -= 1;
                        if depth == 0 {
                            close = Some(j);
                            break;
                        }
                    }
                    Token::As | Token::Comma if depth == 1 => has_items = true,
                    Token::Newline => break,
                    _ => {}
                }
            }
            if let Some(close) = close {
                if has_items && tokens.get(close + 1).map(|t| &t.1) == Some(&Token::Colon) {
                    tokens[open].1 = Token::LeftParenWithItems;
                }
            }
        }
        i += 1;
    }
}

/// Marks the soft keywords of match statements. A `match` name starting a logical line
/// opens a match statement when the line's first colon outside brackets ends the line
/// (no simple statement ends with `:`, so `match = re.match(...)`, `match.group()` and
/// `match: int = 1` stay names). A `case` name starting a line directly inside a match
/// statement's block is the case keyword.
pub fn mark_soft_keywords(tokens: &mut [Spanned]) {
    let mut depth = 0usize;
    // Indentation depths of the blocks that belong to match statements.
    let mut match_blocks: Vec<usize> = Vec::new();
    let mut line_start = true;
    for i in 0..tokens.len() {
        match tokens[i].1 {
            Token::Indent => {
                depth += 1;
                continue;
            }
            Token::Dedent => {
                depth = depth.saturating_sub(1);
                while match_blocks.last().is_some_and(|&d| d > depth) {
                    match_blocks.pop();
                }
                continue;
            }
            Token::Newline => {
                line_start = true;
                continue;
            }
            _ => {}
        }
        if !line_start {
            continue;
        }
        line_start = false;
        let Token::Name(name) = &tokens[i].1 else {
            continue;
        };
        if name == "match" && opens_block(&tokens[i + 1..]) {
            tokens[i].1 = Token::Match;
            match_blocks.push(depth + 1);
        } else if name == "case" && match_blocks.last() == Some(&depth) {
            tokens[i].1 = Token::Case;
        }
    }
}

/// True when the logical line starting at `rest` has a subject and its first colon
/// outside brackets is followed by the line's end.
fn opens_block(rest: &[Spanned]) -> bool {
    let mut brackets = 0usize;
    for (j, token) in rest.iter().enumerate() {
        match &token.1 {
            t if t.is_open_bracket() => brackets += 1,
            t if t.is_close_bracket() => brackets = brackets.saturating_sub(1),
            Token::Colon if brackets == 0 => {
                return j > 0 && matches!(rest.get(j + 1).map(|t| &t.1), Some(Token::Newline));
            }
            Token::Newline => return false,
            Token::Equal | Token::Semicolon if brackets == 0 => return false,
            _ => {}
        }
    }
    false
}

/// Does `token` add a level of nesting to the expression it appears in? Names,
/// literals, separators and brackets (counted separately) do not.
fn nests(token: &Token) -> bool {
    !token.is_atom()
        && !matches!(
            token,
            Token::Comma
                | Token::Semicolon
                | Token::Equal
                | Token::Newline
                | Token::Indent
                | Token::Dedent
        )
        && !token.is_open_bracket()
        && !token.is_close_bracket()
}

/// Returns the index of the first token at which the estimated nesting depth exceeds
/// the limit. Within a bracket level, each comma-separated segment counts its nesting
/// operators; a closed bracket adds one plus its own depth to the enclosing segment.
pub fn depth_overflow(tokens: &[Spanned], limit: usize) -> Option<usize> {
    // (current segment count, deepest segment so far) per open bracket.
    let mut frames: Vec<(usize, usize)> = vec![(0, 0)];
    let mut total = 0usize;
    for (i, (_, token, _)) in tokens.iter().enumerate() {
        if token.is_open_bracket() {
            frames.push((0, 0));
            total += 1;
        } else if token.is_close_bracket() {
            if frames.len() > 1 {
                let (cur, max) = frames.pop().expect("more than one frame");
                total -= cur + 1;
                let inner = cur.max(max) + 1;
                let top = frames.last_mut().expect("root frame");
                top.0 += inner;
                total += inner;
            }
        } else if matches!(token, Token::Comma | Token::Semicolon | Token::Equal) {
            let top = frames.last_mut().expect("root frame");
            top.1 = top.1.max(top.0);
            total -= top.0;
            top.0 = 0;
        } else if matches!(token, Token::Newline) {
            frames.truncate(1);
            frames[0] = (0, 0);
            total = 0;
        } else if nests(token) {
            frames.last_mut().expect("root frame").0 += 1;
            total += 1;
        }
        if total > limit {
            return Some(i);
        }
    }
    None
}

/// The error reported for input nested too deeply.
pub fn depth_error(at: &Spanned) -> LexError {
    LexError::with_class(
        ErrorClass::RecursionError,
        "maximum recursion depth exceeded during compilation",
        at.0,
        at.2,
    )
}
