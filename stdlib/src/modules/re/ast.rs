//! The parsed form of a regular expression: CPython 3.11's `Lib/re/_parser.py`
//! `SubPattern` items, with the inline flags already resolved into each node
//! (case-insensitivity, `.` and `^`/`$` behaviour, ASCII or Unicode classes),
//! so the compiler never has to track scoped flags. Also `width`, the
//! `getwidth` that the look-behind check uses.

use std::rc::Rc;

/// `_sre.MAXREPEAT`: an open upper bound (`*`, `+`, `{m,}`).
pub const MAXREPEAT: u32 = u32::MAX;

/// How letters compare: exactly, by ASCII case, or by Unicode simple case.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Case {
    Exact,
    Ascii,
    Unicode,
}

/// `\d \D \s \S \w \W`, ASCII or Unicode flavoured (`CATEGORY_UNI_*`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Category {
    pub kind: CatKind,
    pub negate: bool,
    pub unicode: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CatKind {
    Digit,
    Space,
    Word,
}

/// One member of a character class.
#[derive(Clone, PartialEq, Debug)]
pub enum SetItem {
    Lit(u32),
    Range(u32, u32),
    Cat(Category),
}

/// `[...]` (or a lone category escape): the members, negation and case rule.
#[derive(Clone, PartialEq, Debug)]
pub struct Set {
    pub items: Vec<SetItem>,
    pub negate: bool,
    pub case: Case,
    /// An ASCII membership table, filled by the compiler for fast tests.
    pub ascii: [bool; 128],
}

/// Zero-width positions (`AT_*` codes).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum At {
    /// `^` without MULTILINE, and `\A`.
    Beginning,
    /// `^` with MULTILINE.
    BeginningLine,
    /// `$` without MULTILINE: the end, or before a final newline.
    End,
    /// `$` with MULTILINE.
    EndLine,
    /// `\Z`.
    EndString,
    Boundary {
        unicode: bool,
    },
    NonBoundary {
        unicode: bool,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum RepKind {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Clone, PartialEq, Debug)]
pub enum Node {
    Lit {
        c: u32,
        case: Case,
    },
    NotLit {
        c: u32,
        case: Case,
    },
    /// `.`; `dotall` when `S` is in effect.
    Any {
        dotall: bool,
    },
    Set(Rc<Set>),
    At(At),
    Seq(Vec<Node>),
    Alt(Vec<Node>),
    Repeat {
        min: u32,
        max: u32,
        kind: RepKind,
        body: Box<Node>,
    },
    Group {
        index: usize,
        body: Box<Node>,
    },
    Atomic(Box<Node>),
    Look {
        behind: bool,
        negate: bool,
        body: Box<Node>,
    },
    Ref {
        group: usize,
        case: Case,
    },
    Cond {
        group: usize,
        yes: Box<Node>,
        no: Box<Node>,
    },
}

/// `MAXWIDTH` stand-in: widths saturate here.
pub const MAXWIDTH: u64 = u64::MAX;

impl Node {
    /// `(min, max)` characters this node can match (`SubPattern.getwidth`);
    /// `groups` holds the widths of the closed groups for back-references.
    pub fn width(&self, groups: &[(u64, u64)]) -> (u64, u64) {
        match self {
            Node::Lit { .. } | Node::NotLit { .. } | Node::Any { .. } | Node::Set(_) => (1, 1),
            Node::At(_) | Node::Look { .. } => (0, 0),
            Node::Seq(items) => items.iter().fold((0, 0), |(lo, hi), n| {
                let (a, b) = n.width(groups);
                (lo.saturating_add(a), hi.saturating_add(b))
            }),
            Node::Alt(items) => {
                let mut lo = MAXWIDTH;
                let mut hi = 0;
                for n in items {
                    let (a, b) = n.width(groups);
                    lo = lo.min(a);
                    hi = hi.max(b);
                }
                (lo, hi)
            }
            Node::Repeat { min, max, body, .. } => {
                let (a, b) = body.width(groups);
                let hi = if *max == MAXREPEAT && b > 0 {
                    MAXWIDTH
                } else {
                    b.saturating_mul(*max as u64)
                };
                (a.saturating_mul(*min as u64), hi)
            }
            Node::Group { body, .. } | Node::Atomic(body) => body.width(groups),
            Node::Ref { group, .. } => groups.get(*group).copied().unwrap_or((0, MAXWIDTH)),
            Node::Cond { yes, no, .. } => {
                let (a, b) = yes.width(groups);
                let (c, d) = no.width(groups);
                (a.min(c), b.max(d))
            }
        }
    }
}
