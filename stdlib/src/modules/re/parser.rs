//! The pattern parser: CPython 3.11 `Lib/re/_parser.py` (`Tokenizer`, `_parse_sub`,
//! `_parse`, `_escape`, `_class_escape`, `_parse_flags`, `fix_flags`) rewritten in
//! Rust, raising `re.error` with the same messages and positions. Inline flags
//! are resolved while parsing (global ones must come first in 3.11, so they are
//! known before any item they affect).

use super::ast::{At, Case, Node, RepKind, MAXREPEAT};
use super::escapes::{escape, parse_class};
use super::flags::*;
use std::collections::HashMap;

/// What went wrong, as the Python exception to raise.
#[derive(Debug)]
pub enum ParseError {
    /// `re.error(msg, pattern, pos)`; `pos` None for position-less errors.
    Re {
        msg: String,
        pos: Option<usize>,
        trace: Trace,
    },
    Overflow(String, Trace),
    Value(String),
}

/// Where in CPython's `_parser.py` an error was raised (`frames.rs`): the
/// lines of the calls it left, outermost first, and its raising line where
/// the message alone does not tell it.
#[derive(Debug, Default)]
pub struct Trace {
    pub calls: Vec<u32>,
    pub site: Option<u32>,
}

impl ParseError {
    fn trace_mut(&mut self) -> Option<&mut Trace> {
        match self {
            ParseError::Re { trace, .. } | ParseError::Overflow(_, trace) => Some(trace),
            ParseError::Value(_) => None,
        }
    }
}

/// Recording `_parser.py`'s frames on an error's way out.
pub(super) trait Traced {
    /// The error left a call at CPython's `line`.
    fn via(self, line: u32) -> Self;
    /// The error was raised at CPython's `line`.
    fn at(self, line: u32) -> Self;
}

impl<T> Traced for PResult<T> {
    fn via(self, line: u32) -> Self {
        self.map_err(|mut e| {
            if let Some(t) = e.trace_mut() {
                t.calls.insert(0, line);
            }
            e
        })
    }
    fn at(self, line: u32) -> Self {
        self.map_err(|mut e| {
            if let Some(t) = e.trace_mut() {
                t.site.get_or_insert(line);
            }
            e
        })
    }
}

pub(super) type PResult<T> = Result<T, ParseError>;

/// `MAXGROUPS` on a 64-bit build (`_sre.MAXGROUPS`).
const MAXGROUPS: usize = 2_147_483_647 / 2;

/// The parsed pattern and what `Pattern` exposes.
pub struct Parsed {
    pub node: Node,
    pub flags: u32,
    /// Number of groups plus one (`Pattern.groups + 1`).
    pub groups: usize,
    pub groupindex: Vec<(String, usize)>,
    pub group_widths: Vec<(u64, u64)>,
}

/// A token: one char, or a backslash escape (`\` and the next char).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Tok {
    Ch(char),
    Esc(char),
}

impl Tok {
    pub(super) fn len(self) -> usize {
        match self {
            Tok::Ch(_) => 1,
            Tok::Esc(_) => 2,
        }
    }
    pub(super) fn text(self) -> String {
        match self {
            Tok::Ch(c) => c.to_string(),
            Tok::Esc(c) => format!("\\{c}"),
        }
    }
}

pub(super) struct Source<'a> {
    chars: &'a [char],
    pub(super) istext: bool,
    index: usize,
    next: Option<Tok>,
}

impl<'a> Source<'a> {
    fn new(chars: &'a [char], istext: bool) -> PResult<Source<'a>> {
        let mut s = Source {
            chars,
            istext,
            index: 0,
            next: None,
        };
        s.advance()?;
        Ok(s)
    }

    pub(super) fn advance(&mut self) -> PResult<()> {
        let Some(&c) = self.chars.get(self.index) else {
            self.next = None;
            return Ok(());
        };
        if c == '\\' {
            let Some(&d) = self.chars.get(self.index + 1) else {
                // Most often `_parse`'s `sourceget()` meets the trailing
                // backslash (golden re/error_frames_nested).
                return Err(ParseError::Re {
                    msg: "bad escape (end of pattern)".into(),
                    pos: Some(self.chars.len() - 1),
                    trace: Trace {
                        calls: vec![534, 263],
                        site: Some(252),
                    },
                });
            };
            self.index += 2;
            self.next = Some(Tok::Esc(d));
        } else {
            self.index += 1;
            self.next = Some(Tok::Ch(c));
        }
        Ok(())
    }

    pub(super) fn get(&mut self) -> PResult<Option<Tok>> {
        let t = self.next;
        self.advance()?;
        Ok(t)
    }

    pub(super) fn matches(&mut self, c: char) -> PResult<bool> {
        if self.next == Some(Tok::Ch(c)) {
            self.advance()?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    pub(super) fn next_is(&self, f: impl Fn(char) -> bool) -> Option<char> {
        match self.next {
            Some(Tok::Ch(c)) if f(c) => Some(c),
            _ => None,
        }
    }

    pub(super) fn tell(&self) -> usize {
        self.index - self.next.map_or(0, Tok::len)
    }

    fn seek(&mut self, index: usize) -> PResult<()> {
        self.index = index;
        self.advance()
    }

    pub(super) fn error(&self, msg: impl Into<String>, offset: usize) -> ParseError {
        let mut msg = msg.into();
        if !self.istext {
            msg = ascii_backslash(&msg);
        }
        ParseError::Re {
            msg,
            pos: Some(self.tell().saturating_sub(offset)),
            trace: Trace::default(),
        }
    }

    /// Up to `n` plain chars satisfying `f`.
    pub(super) fn getwhile(&mut self, n: usize, f: impl Fn(char) -> bool) -> PResult<String> {
        let mut out = String::new();
        for _ in 0..n {
            match self.next_is(&f) {
                Some(c) => {
                    out.push(c);
                    self.advance()?;
                }
                None => break,
            }
        }
        Ok(out)
    }

    /// Chars up to `term` (`Tokenizer.getuntil`); escapes count as their text.
    pub(super) fn getuntil(&mut self, term: char, name: &str) -> PResult<String> {
        let mut out = String::new();
        loop {
            let c = self.next;
            self.advance()?;
            match c {
                None => {
                    if out.is_empty() {
                        return Err(self.error(format!("missing {name}"), 0));
                    }
                    let n = out.chars().count();
                    return Err(self.error(format!("missing {term}, unterminated name"), n));
                }
                Some(Tok::Ch(c)) if c == term => {
                    if out.is_empty() {
                        return Err(self.error(format!("missing {name}"), 1)).at(286);
                    }
                    return Ok(out);
                }
                Some(t) => out.push_str(&t.text()),
            }
        }
    }

    fn checkgroupname(&self, name: &str, offset: usize) -> PResult<()> {
        if !is_identifier(name) {
            let n = name.chars().count();
            return Err(self.error(
                format!("bad character in group name {}", py_repr(name)),
                n + offset,
            ));
        }
        Ok(())
    }
}

/// `str.isidentifier` (close enough: Unicode letters, digits, `_`).
pub fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    cs.all(|c| c == '_' || c.is_alphanumeric())
}

/// `repr()` of a str, as the messages quote group names.
pub fn py_repr(s: &str) -> String {
    coil_interp::object::str::str_repr(s)
}

fn ascii_backslash(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

pub(super) struct State {
    flags: u32,
    istext: bool,
    groupdict: HashMap<String, usize>,
    group_order: Vec<(String, usize)>,
    /// Width of each group once closed (`None` while open); index 0 is the whole match.
    widths: Vec<Option<(u64, u64)>>,
    lookbehindgroups: Option<usize>,
    grouprefpos: Vec<(usize, usize)>,
    depth: usize,
}

impl State {
    pub(super) fn groups(&self) -> usize {
        self.widths.len()
    }
    pub(super) fn checkgroup(&self, gid: usize) -> bool {
        gid < self.groups() && self.widths[gid].is_some()
    }
    pub(super) fn checklookbehindgroup(&self, gid: usize, source: &Source) -> PResult<()> {
        if let Some(lb) = self.lookbehindgroups {
            if !self.checkgroup(gid) {
                return Err(source.error("cannot refer to an open group", 0));
            }
            if gid >= lb {
                return Err(source.error(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    0,
                ));
            }
        }
        Ok(())
    }
    /// The case rule for `flags`.
    pub(super) fn case(&self, flags: u32) -> Case {
        if flags & IGNORECASE == 0 {
            Case::Exact
        } else if self.unicode(flags) {
            Case::Unicode
        } else {
            Case::Ascii
        }
    }
    pub(super) fn unicode(&self, flags: u32) -> bool {
        self.istext && flags & ASCII == 0
    }
}

/// Nesting beyond this raises RecursionError rather than exhausting the stack
/// (CPython's recursive parser runs into its own recursion limit first).
const MAX_DEPTH: usize = 2000;

/// Parses `pattern` (a bytes pattern arrives as latin-1 chars) with `flags`.
pub fn parse(pattern: &[char], istext: bool, flags: u32) -> PResult<Parsed> {
    let mut source = Source::new(pattern, istext)?;
    let mut state = State {
        flags,
        istext,
        groupdict: HashMap::new(),
        group_order: Vec::new(),
        widths: vec![None],
        lookbehindgroups: None,
        grouprefpos: Vec::new(),
        depth: 0,
    };
    let verbose = flags & VERBOSE != 0;
    let node = parse_sub(&mut source, &mut state, verbose, 0, flags).via(989)?;
    let flags = fix_flags(istext, state.flags)?;
    if source.next.is_some() {
        return Err(source.error("unbalanced parenthesis", 0));
    }
    for &(g, pos) in &state.grouprefpos {
        if g >= state.groups() {
            return Err(ParseError::Re {
                msg: format!("invalid group reference {g}"),
                pos: Some(pos),
                trace: Trace::default(),
            });
        }
    }
    let group_widths = state.widths.iter().map(|w| w.unwrap_or((0, 0))).collect();
    Ok(Parsed {
        node,
        flags,
        groups: state.groups(),
        groupindex: state.group_order,
        group_widths,
    })
}

/// `fix_flags`: the type flags a str or bytes pattern allows.
pub fn fix_flags(istext: bool, mut flags: u32) -> PResult<u32> {
    if istext {
        if flags & LOCALE != 0 {
            return Err(ParseError::Value(
                "cannot use LOCALE flag with a str pattern".into(),
            ));
        }
        if flags & ASCII == 0 {
            flags |= UNICODE;
        } else if flags & UNICODE != 0 {
            return Err(ParseError::Value(
                "ASCII and UNICODE flags are incompatible".into(),
            ));
        }
    } else {
        if flags & UNICODE != 0 {
            return Err(ParseError::Value(
                "cannot use UNICODE flag with a bytes pattern".into(),
            ));
        }
        if flags & LOCALE != 0 && flags & ASCII != 0 {
            return Err(ParseError::Value(
                "ASCII and LOCALE flags are incompatible".into(),
            ));
        }
    }
    Ok(flags)
}

/// An alternation `a|b|c` (`_parse_sub`); `flags` are the scoped flags in effect.
fn parse_sub(
    source: &mut Source,
    state: &mut State,
    mut verbose: bool,
    nested: usize,
    flags: u32,
) -> PResult<Node> {
    state.depth += 1;
    if state.depth > MAX_DEPTH {
        return Err(ParseError::Value("\u{0}recursion".into()));
    }
    let mut items = Vec::new();
    loop {
        let first = nested == 0 && items.is_empty();
        items.push(parse_seq(source, state, verbose, nested + 1, first, flags).via(464)?);
        if !source.matches('|')? {
            break;
        }
        if nested == 0 {
            verbose = state.flags & VERBOSE != 0;
        }
    }
    state.depth -= 1;
    if items.len() == 1 {
        return Ok(items.pop().unwrap_or(Node::Seq(Vec::new())));
    }
    Ok(Node::Alt(items))
}

/// A sequence of items up to `|`, `)` or the end (`_parse`).
fn parse_seq(
    source: &mut Source,
    state: &mut State,
    mut verbose: bool,
    nested: usize,
    first: bool,
    flags_in: u32,
) -> PResult<Node> {
    let mut seq: Vec<Node> = Vec::new();
    // Items that `*` may not follow (AT codes) and whether the last item was a repeat.
    let mut last_kind: Vec<u8> = Vec::new();
    loop {
        // Global inline flags (only allowed first, at the top level) may have
        // been added since the last item; nested levels got them from their parent.
        let flags = if nested == 1 {
            flags_in | state.flags
        } else {
            flags_in
        };
        let Some(this) = source.next else { break };
        if this == Tok::Ch('|') || this == Tok::Ch(')') {
            break;
        }
        source.get()?;
        if verbose {
            if let Tok::Ch(c) = this {
                if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
                    continue;
                }
                if c == '#' {
                    loop {
                        match source.get()? {
                            None | Some(Tok::Ch('\n')) => break,
                            _ => {}
                        }
                    }
                    continue;
                }
            }
        }
        const ITEM: u8 = 0;
        const AT: u8 = 1;
        const REPEAT: u8 = 2;
        const PLAIN_GROUP: u8 = 3;
        match this {
            Tok::Esc(c) => {
                let node = escape(source, state, c, flags).via(548)?;
                last_kind.push(if matches!(node, Node::At(_)) {
                    AT
                } else {
                    ITEM
                });
                seq.push(node);
            }
            Tok::Ch('[') => {
                let node = parse_class(source, state, flags)?;
                seq.push(node);
                last_kind.push(ITEM);
            }
            Tok::Ch(c @ ('*' | '+' | '?' | '{')) => {
                let here = source.tell();
                let (min, max);
                if c == '?' {
                    (min, max) = (0, 1);
                } else if c == '*' {
                    (min, max) = (0, MAXREPEAT);
                } else if c == '+' {
                    (min, max) = (1, MAXREPEAT);
                } else {
                    if source.next == Some(Tok::Ch('}')) {
                        seq.push(lit(state, '{' as u32, flags));
                        last_kind.push(ITEM);
                        continue;
                    }
                    let lo = source.getwhile(usize::MAX, |c| c.is_ascii_digit())?;
                    let hi = if source.matches(',')? {
                        Some(source.getwhile(usize::MAX, |c| c.is_ascii_digit())?)
                    } else {
                        None
                    };
                    if !source.matches('}')? {
                        seq.push(lit(state, '{' as u32, flags));
                        last_kind.push(ITEM);
                        source.seek(here)?;
                        continue;
                    }
                    let hi = hi.unwrap_or_else(|| lo.clone());
                    let mut mn = 0u32;
                    let mut mx = MAXREPEAT;
                    let too_large = || {
                        ParseError::Overflow(
                            "the repetition number is too large".into(),
                            Trace::default(),
                        )
                    };
                    if !lo.is_empty() {
                        let v: u64 = lo.parse().unwrap_or(u64::MAX);
                        if v >= MAXREPEAT as u64 {
                            return Err(too_large());
                        }
                        mn = v as u32;
                    }
                    if !hi.is_empty() {
                        let v: u64 = hi.parse().unwrap_or(u64::MAX);
                        if v >= MAXREPEAT as u64 {
                            return Err(too_large());
                        }
                        mx = v as u32;
                        if mx < mn {
                            return Err(source.error(
                                "min repeat greater than max repeat",
                                source.tell() - here,
                            ));
                        }
                    }
                    (min, max) = (mn, mx);
                }
                let back = source.tell() - here + 1;
                match last_kind.last() {
                    None | Some(&AT) => return Err(source.error("nothing to repeat", back)),
                    Some(&REPEAT) => return Err(source.error("multiple repeat", back)),
                    _ => {}
                }
                let item = seq.pop().unwrap_or(Node::Seq(Vec::new()));
                let kind = if source.matches('?')? {
                    RepKind::Lazy
                } else if source.matches('+')? {
                    RepKind::Possessive
                } else {
                    RepKind::Greedy
                };
                seq.push(Node::Repeat {
                    min,
                    max,
                    kind,
                    body: Box::new(item),
                });
                last_kind.pop();
                last_kind.push(REPEAT);
            }
            Tok::Ch('.') => {
                seq.push(Node::Any {
                    dotall: flags & DOTALL != 0,
                });
                last_kind.push(ITEM);
            }
            Tok::Ch('(') => {
                let start = source.tell() - 1;
                match group(
                    source,
                    state,
                    verbose,
                    nested,
                    first && seq.is_empty(),
                    flags,
                    start,
                )? {
                    GroupResult::Node(n, plain) => {
                        seq.push(n);
                        last_kind.push(if plain { PLAIN_GROUP } else { ITEM });
                    }
                    GroupResult::GlobalFlags => {
                        verbose = state.flags & VERBOSE != 0;
                    }
                    GroupResult::Nothing => {}
                }
            }
            Tok::Ch('^') => {
                seq.push(Node::At(if flags & MULTILINE != 0 {
                    At::BeginningLine
                } else {
                    At::Beginning
                }));
                last_kind.push(AT);
            }
            Tok::Ch('$') => {
                seq.push(Node::At(if flags & MULTILINE != 0 {
                    At::EndLine
                } else {
                    At::End
                }));
                last_kind.push(AT);
            }
            Tok::Ch(c) => {
                seq.push(lit(state, c as u32, flags));
                last_kind.push(ITEM);
            }
        }
    }
    if seq.len() == 1 {
        return Ok(seq.pop().unwrap_or(Node::Seq(Vec::new())));
    }
    Ok(Node::Seq(seq))
}

pub(super) fn lit(state: &State, c: u32, flags: u32) -> Node {
    Node::Lit {
        c,
        case: state.case(flags),
    }
}

enum GroupResult {
    /// The item, and whether it is a plain `(?:…)` (repeating it repeats its body).
    Node(Node, bool),
    /// `(?i)` and friends at the start: only the state changed.
    GlobalFlags,
    /// A comment `(?#…)`.
    Nothing,
}

#[allow(clippy::too_many_arguments)]
fn group(
    source: &mut Source,
    state: &mut State,
    verbose: bool,
    nested: usize,
    first: bool,
    flags: u32,
    start: usize,
) -> PResult<GroupResult> {
    let mut capture = true;
    let mut atomic = false;
    let mut name: Option<String> = None;
    let (mut add, mut del) = (0u32, 0u32);
    if source.matches('?')? {
        let Some(ch) = source.get()? else {
            return Err(source.error("unexpected end of pattern", 0));
        };
        match ch {
            Tok::Ch('P') => {
                if source.matches('<')? {
                    let n = source.getuntil('>', "group name").via(729)?;
                    source.checkgroupname(&n, 1).via(730)?;
                    name = Some(n);
                } else if source.matches('=')? {
                    let n = source.getuntil(')', "group name").via(733)?;
                    source.checkgroupname(&n, 1).via(734)?;
                    let len = n.chars().count();
                    let Some(&gid) = state.groupdict.get(&n) else {
                        return Err(
                            source.error(format!("unknown group name {}", py_repr(&n)), len + 1)
                        );
                    };
                    if !state.checkgroup(gid) {
                        return Err(source.error("cannot refer to an open group", len + 1));
                    }
                    state.checklookbehindgroup(gid, source)?;
                    return Ok(GroupResult::Node(
                        Node::Ref {
                            group: gid,
                            case: state.case(flags),
                        },
                        false,
                    ));
                } else {
                    let Some(c) = source.get()? else {
                        return Err(source.error("unexpected end of pattern", 0)).at(749);
                    };
                    return Err(
                        source.error(format!("unknown extension ?P{}", c.text()), c.len() + 2)
                    );
                }
            }
            Tok::Ch(':') => capture = false,
            Tok::Ch('#') => loop {
                if source.next.is_none() {
                    return Err(
                        source.error("missing ), unterminated comment", source.tell() - start)
                    );
                }
                if source.get()? == Some(Tok::Ch(')')) {
                    return Ok(GroupResult::Nothing);
                }
            },
            Tok::Ch(c @ ('=' | '!' | '<')) => {
                let mut kind = c;
                let mut behind = false;
                let mut outer_lb = None;
                if c == '<' {
                    let Some(k) = source.get()? else {
                        return Err(source.error("unexpected end of pattern", 0)).at(771);
                    };
                    match k {
                        Tok::Ch(k @ ('=' | '!')) => kind = k,
                        other => {
                            return Err(source.error(
                                format!("unknown extension ?<{}", other.text()),
                                other.len() + 2,
                            ))
                        }
                    }
                    behind = true;
                    outer_lb = Some(state.lookbehindgroups);
                    if state.lookbehindgroups.is_none() {
                        state.lookbehindgroups = Some(state.groups());
                    }
                }
                let body = parse_sub(source, state, verbose, nested + 1, flags).via(779)?;
                if let Some(None) = outer_lb {
                    state.lookbehindgroups = None;
                }
                if !source.matches(')')? {
                    return Err(
                        source.error("missing ), unterminated subpattern", source.tell() - start)
                    )
                    .at(784);
                }
                return Ok(GroupResult::Node(
                    Node::Look {
                        behind,
                        negate: kind == '!',
                        body: Box::new(body),
                    },
                    false,
                ));
            }
            Tok::Ch('(') => return conditional(source, state, verbose, nested, flags, start),
            Tok::Ch('>') => {
                capture = false;
                atomic = true;
            }
            Tok::Ch(c) if c == '-' || flag_bit(c).is_some() => {
                match parse_flags(source, state, c).via(847)? {
                    None => {
                        if !first {
                            return Err(source.error(
                                "global flags not at the start of the expression",
                                source.tell() - start,
                            ));
                        }
                        return Ok(GroupResult::GlobalFlags);
                    }
                    Some((a, d)) => {
                        add = a;
                        del = d;
                        capture = false;
                    }
                }
            }
            other => {
                return Err(source.error(
                    format!("unknown extension ?{}", other.text()),
                    other.len() + 1,
                ))
            }
        }
    }
    let gid = if capture {
        let gid = state.groups();
        state.widths.push(None);
        if state.groups() > MAXGROUPS {
            return Err(source.error("too many groups", 0));
        }
        if let Some(n) = &name {
            if let Some(&old) = state.groupdict.get(n) {
                return Err(source.error(
                    format!(
                        "redefinition of group name {} as group {gid}; was group {old}",
                        py_repr(n)
                    ),
                    n.chars().count() + 1,
                ));
            }
            state.groupdict.insert(n.clone(), gid);
            state.group_order.push((n.clone(), gid));
        }
        Some(gid)
    } else {
        None
    };
    let sub_verbose = (verbose || add & VERBOSE != 0) && del & VERBOSE == 0;
    let sub_flags = (flags | add) & !del;
    let body = parse_sub(source, state, sub_verbose, nested + 1, sub_flags).via(872)?;
    if !source.matches(')')? {
        return Err(source.error("missing ), unterminated subpattern", source.tell() - start));
    }
    if let Some(gid) = gid {
        let w = body.width(&group_widths(state));
        state.widths[gid] = Some(w);
        return Ok(GroupResult::Node(
            Node::Group {
                index: gid,
                body: Box::new(body),
            },
            false,
        ));
    }
    if atomic {
        return Ok(GroupResult::Node(Node::Atomic(Box::new(body)), false));
    }
    Ok(GroupResult::Node(body, add == 0 && del == 0))
}

fn group_widths(state: &State) -> Vec<(u64, u64)> {
    state.widths.iter().map(|w| w.unwrap_or((0, 0))).collect()
}

/// `(?(id/name)yes|no)`.
fn conditional(
    source: &mut Source,
    state: &mut State,
    verbose: bool,
    nested: usize,
    flags: u32,
    start: usize,
) -> PResult<GroupResult> {
    let condname = source.getuntil(')', "group name").via(794)?;
    let len = condname.chars().count();
    let condgroup;
    if is_identifier(&condname) {
        match state.groupdict.get(&condname) {
            Some(&g) => condgroup = g,
            None => {
                return Err(source.error(
                    format!("unknown group name {}", py_repr(&condname)),
                    len + 1,
                ))
            }
        }
    } else {
        let parsed = if !condname.is_empty() && condname.chars().all(|c| c.is_ascii_digit()) {
            condname.parse::<usize>().ok()
        } else {
            None
        };
        let Some(g) = parsed else {
            return Err(source.error(
                format!("bad character in group name {}", py_repr(&condname)),
                len + 1,
            ));
        };
        if g == 0 {
            return Err(source.error("bad group number", len + 1));
        }
        if g >= MAXGROUPS {
            return Err(source.error(format!("invalid group reference {g}"), len + 1));
        }
        if !state.grouprefpos.iter().any(|&(x, _)| x == g) {
            state.grouprefpos.push((g, source.tell() - len - 1));
        }
        condgroup = g;
    }
    state.checklookbehindgroup(condgroup, source)?;
    let yes = parse_seq(source, state, verbose, nested + 1, false, flags).via(828)?;
    let no = if source.matches('|')? {
        let no = parse_seq(source, state, verbose, nested + 1, false, flags).via(830)?;
        if source.next == Some(Tok::Ch('|')) {
            return Err(source.error("conditional backref with more than two branches", 0));
        }
        no
    } else {
        Node::Seq(Vec::new())
    };
    if !source.matches(')')? {
        return Err(source.error("missing ), unterminated subpattern", source.tell() - start))
            .at(836);
    }
    Ok(GroupResult::Node(
        Node::Cond {
            group: condgroup,
            yes: Box::new(yes),
            no: Box::new(no),
        },
        false,
    ))
}

/// The error for `t` where a flag letter belongs: a letter that is no flag is
/// "unknown flag", anything else what the place expected (`otherwise`).
fn not_a_flag(source: &Source, t: Tok, otherwise: &str) -> ParseError {
    let alpha = matches!(t, Tok::Ch(c) if c.is_alphabetic());
    let msg = if alpha { "unknown flag" } else { otherwise };
    source.error(msg, t.len())
}

/// `_parse_flags`: `None` for global flags `(?i)`, else the scoped (add, del).
fn parse_flags(source: &mut Source, state: &mut State, first: char) -> PResult<Option<(u32, u32)>> {
    let mut add = 0u32;
    let mut del = 0u32;
    let mut ch = Some(Tok::Ch(first));
    if first != '-' {
        while let Some(Tok::Ch(c)) = ch {
            let flag = flag_bit(c).unwrap_or(0);
            if source.istext {
                if c == 'L' {
                    return Err(source.error(
                        "bad inline flags: cannot use 'L' flag with a str pattern",
                        0,
                    ));
                }
            } else if c == 'u' {
                return Err(source.error(
                    "bad inline flags: cannot use 'u' flag with a bytes pattern",
                    0,
                ));
            }
            add |= flag;
            if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                return Err(source.error(
                    "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                    0,
                ));
            }
            ch = source.get()?;
            match ch {
                None => return Err(source.error("missing -, : or )", 0)),
                Some(Tok::Ch(')' | '-' | ':')) => break,
                Some(Tok::Ch(c)) if flag_bit(c).is_some() => {}
                Some(t) => return Err(not_a_flag(source, t, "missing -, : or )")),
            }
        }
    }
    if ch == Some(Tok::Ch(')')) {
        state.flags |= add;
        return Ok(None);
    }
    if add & GLOBAL_FLAGS != 0 {
        return Err(source.error("bad inline flags: cannot turn on global flag", 1));
    }
    if ch == Some(Tok::Ch('-')) {
        ch = source.get()?;
        match ch {
            None => return Err(source.error("missing flag", 0)),
            Some(Tok::Ch(c)) if flag_bit(c).is_some() => {}
            Some(t) => return Err(not_a_flag(source, t, "missing flag")),
        }
        while let Some(Tok::Ch(c)) = ch {
            let flag = flag_bit(c).unwrap_or(0);
            if flag & TYPE_FLAGS != 0 {
                return Err(source.error(
                    "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                    0,
                ));
            }
            del |= flag;
            ch = source.get()?;
            match ch {
                None => return Err(source.error("missing :", 0)),
                Some(Tok::Ch(':')) => break,
                Some(Tok::Ch(c)) if flag_bit(c).is_some() => {}
                Some(t) => {
                    let alpha = matches!(t, Tok::Ch(c) if c.is_alphabetic());
                    let msg = if alpha { "unknown flag" } else { "missing :" };
                    return Err(source.error(msg, t.len()));
                }
            }
        }
    }
    if del & GLOBAL_FLAGS != 0 {
        return Err(source.error("bad inline flags: cannot turn off global flag", 1));
    }
    if add & del != 0 {
        return Err(source.error("bad inline flags: flag turned on and off", 1));
    }
    Ok(Some((add, del)))
}
