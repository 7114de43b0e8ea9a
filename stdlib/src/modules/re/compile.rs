//! Parsed pattern → program for the backtracking matcher. Follows the shape of
//! CPython 3.11 `Lib/re/_compiler.py` (`_compile`): single-character repeats
//! become one `RepeatOne` instruction (sre's `REPEAT_ONE`/`MIN_REPEAT_ONE`), other
//! repeats a counter loop (`REPEAT` + `MAX_UNTIL`/`MIN_UNTIL`, with the same
//! "an empty iteration ends the loop" rule), atomic groups and lookarounds a
//! sub-match (`ATOMIC_GROUP`, `ASSERT`, `ASSERT_NOT`), and a look-behind must be
//! fixed-width, with CPython's message.

use super::ast::{At, Case, Node, RepKind, Set, SetItem, MAXREPEAT};
use super::charclass::{fill_ascii, lower, same, set_contains, upper};
use std::rc::Rc;

/// A test of one character.
#[derive(Clone, Debug)]
pub enum Single {
    Lit(u32),
    /// Case-insensitive literal: its case partners (lowercase, uppercase, and
    /// their other cases: `k`, `K` for the Kelvin sign), and the rule.
    LitI([u32; 4], Case),
    NotLit(u32),
    NotLitI([u32; 4], Case),
    /// `.` without DOTALL: anything but `\n`.
    Any,
    AnyAll,
    Set(Rc<Set>),
}

impl Single {
    #[inline]
    pub fn matches(&self, c: u32) -> bool {
        match self {
            Single::Lit(l) => c == *l,
            Single::LitI(p, case) => folds_to(c, p, *case),
            Single::NotLit(l) => c != *l,
            Single::NotLitI(p, case) => !folds_to(c, p, *case),
            Single::Any => c != '\n' as u32,
            Single::AnyAll => true,
            Single::Set(s) => set_contains(s, c),
        }
    }
}

#[inline]
fn folds_to(c: u32, partners: &[u32; 4], case: Case) -> bool {
    partners.contains(&c) || (c >= 128 && partners.iter().any(|&p| same(c, p, case)))
}

/// What a sub-match is for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SubKind {
    Atomic,
    Look {
        behind: bool,
        negate: bool,
        width: usize,
    },
}

#[derive(Clone, Debug)]
pub enum Inst {
    One(Single),
    At(At),
    /// Try `pc + 1` first, then `alt`.
    Split(usize),
    /// Try `target` first, then `pc + 1` (a lazy choice).
    SplitLazy(usize),
    Jmp(usize),
    /// Set capture slot (2 × group, +1 for the end).
    Save(usize),
    Ref {
        group: usize,
        case: Case,
    },
    /// `single{min,max}` (greedy, lazy or possessive).
    RepeatOne {
        single: Single,
        min: u32,
        max: u32,
        kind: RepKind,
    },
    /// Start a counted loop: counter `r` := 0.
    RepInit {
        r: usize,
    },
    /// Loop head of counter `r`: iterate (body at `pc + 1`) or leave (`exit`).
    RepCheck {
        r: usize,
        min: u32,
        max: u32,
        lazy: bool,
        exit: usize,
    },
    /// End of a loop body: count the iteration and go back to the head.
    RepNext {
        r: usize,
        head: usize,
    },
    /// Run the body at `pc + 1` (ending in `SubEnd`) as a sub-match; continue at `next`.
    Sub {
        kind: SubKind,
        next: usize,
    },
    SubEnd,
    /// `(?(group)yes|no)`: `yes` at `pc + 1`, `no` at `no`.
    Cond {
        group: usize,
        no: usize,
    },
    Match,
}

/// A compiled pattern.
pub struct Program {
    pub insts: Vec<Inst>,
    pub counters: usize,
    /// A test every match start must pass (used to skip positions in `search`).
    pub first: Option<Single>,
    /// The pattern can only match at the start of the string.
    pub anchored: bool,
}

/// CPython's compile-time errors (no position).
pub struct CompileError(pub String);

struct Compiler<'a> {
    insts: Vec<Inst>,
    counters: usize,
    widths: &'a [(u64, u64)],
}

/// Compiles `node` (whose groups are `1..groups`) into a program.
pub fn compile(node: &Node, widths: &[(u64, u64)]) -> Result<Program, CompileError> {
    let mut c = Compiler {
        insts: Vec::new(),
        counters: 0,
        widths,
    };
    c.emit(node)?;
    c.insts.push(Inst::Match);
    let first = first_test(&c.insts);
    let anchored = matches!(c.insts.first(), Some(Inst::At(At::Beginning)));
    Ok(Program {
        insts: c.insts,
        counters: c.counters,
        first,
        anchored,
    })
}

fn single_of(node: &Node) -> Option<Single> {
    Some(match node {
        Node::Lit { c, case } => literal(*c, *case, false),
        Node::NotLit { c, case } => literal(*c, *case, true),
        Node::Any { dotall } => {
            if *dotall {
                Single::AnyAll
            } else {
                Single::Any
            }
        }
        Node::Set(s) => {
            let mut s = (**s).clone();
            if s.case != Case::Exact {
                // Add each literal's case partners (`K` for the Kelvin sign, `s` and `S`
                // for `ſ`), as `_compile_charset` adds the `_casefix` equivalents.
                let mut extra = Vec::new();
                for item in &s.items {
                    if let super::ast::SetItem::Lit(c) = *item {
                        let (lo, up) = (lower(c, s.case), upper(c, s.case));
                        for x in [lo, up, lower(up, s.case), upper(lo, s.case)] {
                            let lit = super::ast::SetItem::Lit(x);
                            if x != c && !s.items.contains(&lit) && !extra.contains(&lit) {
                                extra.push(lit);
                            }
                        }
                    }
                }
                s.items.extend(extra);
            }
            fill_ascii(&mut s);
            Single::Set(Rc::new(s))
        }
        _ => return None,
    })
}

fn literal(c: u32, case: Case, negate: bool) -> Single {
    let folds = case != Case::Exact && (lower(c, case) != c || upper(c, case) != c || c >= 128);
    let (lo, up) = (lower(c, case), upper(c, case));
    let partners = [lo, up, lower(up, case), upper(lo, case)];
    match (folds, negate) {
        (false, false) => Single::Lit(c),
        (false, true) => Single::NotLit(c),
        (true, false) => Single::LitI(partners, case),
        (true, true) => Single::NotLitI(partners, case),
    }
}

impl Compiler<'_> {
    fn pc(&self) -> usize {
        self.insts.len()
    }

    fn emit(&mut self, node: &Node) -> Result<(), CompileError> {
        if let Some(s) = single_of(node) {
            self.insts.push(Inst::One(s));
            return Ok(());
        }
        match node {
            Node::At(a) => self.insts.push(Inst::At(*a)),
            Node::Seq(items) => {
                for n in items {
                    self.emit(n)?;
                }
            }
            Node::Alt(items) => {
                // Split L1; a; Jmp end; L1: Split L2; b; Jmp end; L2: c; end:
                let mut jumps = Vec::new();
                for (i, n) in items.iter().enumerate() {
                    if i + 1 < items.len() {
                        let split = self.pc();
                        self.insts.push(Inst::Split(0));
                        self.emit(n)?;
                        jumps.push(self.pc());
                        self.insts.push(Inst::Jmp(0));
                        let here = self.pc();
                        self.insts[split] = Inst::Split(here);
                    } else {
                        self.emit(n)?;
                    }
                }
                let end = self.pc();
                for j in jumps {
                    self.insts[j] = Inst::Jmp(end);
                }
            }
            Node::Group { index, body } => {
                self.insts.push(Inst::Save(2 * index));
                self.emit(body)?;
                self.insts.push(Inst::Save(2 * index + 1));
            }
            Node::Repeat {
                min,
                max,
                kind,
                body,
            } => self.repeat(*min, *max, *kind, body)?,
            Node::Atomic(body) => self.sub(SubKind::Atomic, body)?,
            Node::Look {
                behind,
                negate,
                body,
            } => {
                let mut width = 0;
                if *behind {
                    let (lo, hi) = body.width(self.widths);
                    if lo != hi {
                        return Err(CompileError(
                            "look-behind requires fixed-width pattern".into(),
                        ));
                    }
                    width = lo as usize;
                }
                self.sub(
                    SubKind::Look {
                        behind: *behind,
                        negate: *negate,
                        width,
                    },
                    body,
                )?;
            }
            Node::Ref { group, case } => self.insts.push(Inst::Ref {
                group: *group,
                case: *case,
            }),
            Node::Cond { group, yes, no } => {
                let at = self.pc();
                self.insts.push(Inst::Cond {
                    group: *group,
                    no: 0,
                });
                self.emit(yes)?;
                let jmp = self.pc();
                self.insts.push(Inst::Jmp(0));
                let no_pc = self.pc();
                self.emit(no)?;
                let end = self.pc();
                self.insts[at] = Inst::Cond {
                    group: *group,
                    no: no_pc,
                };
                self.insts[jmp] = Inst::Jmp(end);
            }
            Node::Lit { .. } | Node::NotLit { .. } | Node::Any { .. } | Node::Set(_) => {}
        }
        Ok(())
    }

    fn sub(&mut self, kind: SubKind, body: &Node) -> Result<(), CompileError> {
        let at = self.pc();
        self.insts.push(Inst::Sub { kind, next: 0 });
        self.emit(body)?;
        self.insts.push(Inst::SubEnd);
        let next = self.pc();
        self.insts[at] = Inst::Sub { kind, next };
        Ok(())
    }

    fn repeat(
        &mut self,
        min: u32,
        max: u32,
        kind: RepKind,
        body: &Node,
    ) -> Result<(), CompileError> {
        if let Some(single) = single_of(body) {
            self.insts.push(Inst::RepeatOne {
                single,
                min,
                max,
                kind,
            });
            return Ok(());
        }
        if kind == RepKind::Possessive {
            let inner = Node::Repeat {
                min,
                max,
                kind: RepKind::Greedy,
                body: Box::new(body.clone()),
            };
            return self.sub(SubKind::Atomic, &inner);
        }
        if min == 0 && max == 1 {
            // `x?` / `x??` need no counter (sre compiles them as a repeat, with the
            // same outcome: one optional iteration).
            let split = self.pc();
            self.insts.push(Inst::Split(0));
            self.emit(body)?;
            let end = self.pc();
            self.insts[split] = if kind == RepKind::Lazy {
                Inst::SplitLazy(end)
            } else {
                Inst::Split(end)
            };
            return Ok(());
        }
        let r = self.counters;
        self.counters += 1;
        self.insts.push(Inst::RepInit { r });
        let head = self.pc();
        self.insts.push(Inst::RepCheck {
            r,
            min,
            max,
            lazy: kind == RepKind::Lazy,
            exit: 0,
        });
        self.emit(body)?;
        self.insts.push(Inst::RepNext { r, head });
        let exit = self.pc();
        self.insts[head] = Inst::RepCheck {
            r,
            min,
            max,
            lazy: kind == RepKind::Lazy,
            exit,
        };
        let _ = MAXREPEAT;
        Ok(())
    }
}

/// The test every match must start with, when the program begins with one (or
/// with an alternation whose branches all begin with plain characters or classes).
fn first_test(insts: &[Inst]) -> Option<Single> {
    let mut pc = 0;
    loop {
        match insts.get(pc)? {
            Inst::Save(_) => pc += 1,
            Inst::One(s) => return Some(s.clone()),
            Inst::RepeatOne { single, min, .. } if *min > 0 => return Some(single.clone()),
            Inst::Split(_) => {
                let mut items = Vec::new();
                first_chars(insts, pc, &mut items, 0)?;
                let mut set = Set {
                    items,
                    negate: false,
                    case: Case::Exact,
                    ascii: [false; 128],
                };
                fill_ascii(&mut set);
                return Some(Single::Set(Rc::new(set)));
            }
            _ => return None,
        }
    }
}

/// Adds the chars a match from `pc` can start with to `out`; `None` when that is
/// not a plain set of chars (an assertion, an empty branch, a folded letter, …).
fn first_chars(insts: &[Inst], pc: usize, out: &mut Vec<SetItem>, depth: usize) -> Option<()> {
    if depth > 32 {
        return None;
    }
    let single = match insts.get(pc)? {
        Inst::Save(_) => return first_chars(insts, pc + 1, out, depth + 1),
        Inst::Split(alt) => {
            first_chars(insts, pc + 1, out, depth + 1)?;
            return first_chars(insts, *alt, out, depth + 1);
        }
        Inst::One(s) => s,
        Inst::RepeatOne { single, min, .. } if *min > 0 => single,
        _ => return None,
    };
    match single {
        Single::Lit(c) => out.push(SetItem::Lit(*c)),
        Single::LitI(p, Case::Ascii) => out.extend(p.iter().map(|&c| SetItem::Lit(c))),
        Single::Set(s) if !s.negate && s.case == Case::Exact => out.extend(s.items.iter().cloned()),
        _ => return None,
    }
    Some(())
}
