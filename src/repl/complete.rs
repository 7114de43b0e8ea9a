//! Tab completion and the line editor's helper (CPython's `rlcompleter`): names
//! in scope, keywords and builtins, and attributes after a dot. The completer
//! runs in the input thread, so it reads a snapshot of names the interpreter
//! refreshes after each input (values never leave the interpreter thread).

use rustyline::completion::{Completer, Pair};
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::Context;
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Python's keywords (`keyword.kwlist`).
pub const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// The names the completer offers: globals and builtins, and the attributes of
/// the modules and classes bound to global names.
#[derive(Default)]
pub struct Completions {
    pub names: Vec<String>,
    pub attrs: HashMap<String, Vec<String>>,
}

pub struct Helper {
    names: Arc<Mutex<Completions>>,
    color: bool,
}

impl Helper {
    pub fn new(names: Arc<Mutex<Completions>>) -> Helper {
        let color = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            && std::env::var("TERM").map_or(true, |t| t != "dumb");
        Helper { names, color }
    }
}

impl Completer for Helper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let before = &line[..pos];
        // Tab in leading whitespace indents (rlcompleter inserts a tab there):
        // the prompt pre-fills no indentation, and a pasted tab must survive.
        if before.trim().is_empty() {
            let tab = Pair {
                display: "\t".into(),
                replacement: "\t".into(),
            };
            return Ok((pos, vec![tab]));
        }
        let start = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphanumeric() || *c == '_' || *c == '.')
            .last()
            .map_or(pos, |(i, _)| i);
        let word = &before[start..];
        let Ok(snapshot) = self.names.lock() else {
            return Ok((pos, Vec::new()));
        };
        let (offset, prefix, pool): (usize, &str, Vec<&str>) = match word.rfind('.') {
            Some(dot) => {
                let base = &word[..dot];
                let attrs = snapshot
                    .attrs
                    .get(base)
                    .map(|v| v.iter().map(String::as_str));
                (
                    start + dot + 1,
                    &word[dot + 1..],
                    attrs.into_iter().flatten().collect(),
                )
            }
            None => {
                let mut pool: Vec<&str> = snapshot.names.iter().map(String::as_str).collect();
                pool.extend(KEYWORDS);
                (start, word, pool)
            }
        };
        // Private names only when asked for, as rlcompleter does.
        let mut found: Vec<&str> = pool
            .into_iter()
            .filter(|n| n.starts_with(prefix) && (prefix.starts_with('_') || !n.starts_with('_')))
            .collect();
        found.sort_unstable();
        found.dedup();
        let pairs = found
            .into_iter()
            .map(|n| Pair {
                display: n.to_string(),
                replacement: n.to_string(),
            })
            .collect();
        Ok((offset, pairs))
    }
}

impl Highlighter for Helper {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        if !self.color {
            return Cow::Borrowed(line);
        }
        Cow::Owned(super::highlight::highlight(line))
    }

    fn highlight_char(&self, _line: &str, _pos: usize, _forced: bool) -> bool {
        self.color
    }
}

impl Hinter for Helper {
    type Hint = String;
}

impl Validator for Helper {}

impl rustyline::Helper for Helper {}
