//! The backtracking matcher: CPython 3.11 `Modules/_sre/sre_lib.h` (`SRE(match)`,
//! `SRE(search)`, `SRE(at)`) semantics on an explicit stack instead of sre's
//! context stack, so no pattern or input can overflow the Rust stack (only
//! atomic groups and lookarounds recurse, as deep as the pattern nests them).
//!
//! The stack holds choice points (`Branch`, the repeat entries) and undo records
//! (capture slots, `lastindex`, loop counters): failing pops back to the latest
//! choice point, restoring state on the way, which gives Python's leftmost,
//! first-alternative-first results with the groups of the successful path.
//! `search` tries each start position in turn (skipping those the first test
//! rules out); `must_advance` rejects an empty match at the first start (the
//! 3.7+ rule that `finditer`/`sub`/`split` use after an empty match).

use super::ast::{At, Case, RepKind, MAXREPEAT};
use super::charclass::{is_word, same};
use super::compile::{Inst, Program, Single, SubKind};
use std::sync::atomic::{AtomicBool, Ordering};

/// No position (an unset capture slot, a loop that has not started an iteration).
pub const NONE: usize = usize::MAX;

/// How the pattern must meet the text.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Match,
    FullMatch,
    Search,
}

/// Ctrl-C was pressed during a long match.
pub struct Interrupted;

enum Bt {
    Branch {
        pc: usize,
        pos: usize,
    },
    Slot {
        idx: usize,
        old: usize,
    },
    Last(usize),
    Counter {
        r: usize,
        cnt: u32,
        start: usize,
    },
    RepGreedy {
        pc: usize,
        base: usize,
        count: usize,
    },
    RepLazy {
        pc: usize,
        base: usize,
        count: usize,
    },
    /// A deferred iteration of lazy loop `r` starting at `pos` (body at `pc`).
    LazyIter {
        r: usize,
        pc: usize,
        pos: usize,
    },
}

impl Bt {
    fn is_undo(&self) -> bool {
        matches!(self, Bt::Slot { .. } | Bt::Last(_) | Bt::Counter { .. })
    }
}

pub struct Matcher<'a, T> {
    prog: &'a Program,
    text: &'a [T],
    end: usize,
    pub slots: Vec<usize>,
    /// The group whose end was set last (0: none), `Match.lastindex`.
    pub lastindex: usize,
    counters: Vec<(u32, usize)>,
    stack: Vec<Bt>,
    start: usize,
    must_advance: bool,
    full: bool,
    steps: u32,
    interrupt: Option<&'static AtomicBool>,
}

impl<'a, T: Copy + Into<u32>> Matcher<'a, T> {
    /// A matcher over `text[..end]` (the part before `endpos`; lookbehinds and
    /// `\b` may still look before `pos`).
    pub fn new(
        prog: &'a Program,
        groups: usize,
        text: &'a [T],
        end: usize,
        interrupt: Option<&'static AtomicBool>,
    ) -> Matcher<'a, T> {
        Matcher {
            prog,
            text,
            end: end.min(text.len()),
            slots: vec![NONE; 2 * groups],
            lastindex: 0,
            counters: vec![(0, NONE); prog.counters],
            stack: Vec::new(),
            start: 0,
            must_advance: false,
            full: false,
            steps: 0,
            interrupt,
        }
    }

    #[inline]
    fn ch(&self, i: usize) -> u32 {
        self.text[i].into()
    }

    /// The successive matches of a search from `pos`, as `findall`, `split`
    /// and `sub` walk them: each starts where the last ended, and an empty one
    /// may not stand where the last one ended. `each` sees the matcher at each
    /// match and says whether to go on; at most `limit` matches (0: no limit).
    pub fn each_match(
        &mut self,
        mut pos: usize,
        limit: i64,
        mut each: impl FnMut(&Self) -> bool,
    ) -> Result<(), Interrupted> {
        let mut must_advance = false;
        let mut n = 0i64;
        while limit == 0 || n < limit {
            if !self.search(pos, Mode::Search, must_advance)? || !each(self) {
                break;
            }
            n += 1;
            must_advance = self.slots[1] == self.slots[0];
            pos = self.slots[1];
        }
        Ok(())
    }

    /// Finds a match starting at `pos` (or after it, for `Search`); on success
    /// the slots hold the groups (slot 0 and 1: the whole match).
    pub fn search(
        &mut self,
        pos: usize,
        mode: Mode,
        must_advance: bool,
    ) -> Result<bool, Interrupted> {
        self.full = mode == Mode::FullMatch;
        self.slots.fill(NONE);
        let mut start = pos;
        if start > self.end {
            return Ok(false);
        }
        loop {
            let candidate = match &self.prog.first {
                Some(f) if mode == Mode::Search => {
                    while start < self.end && !f.matches(self.ch(start)) {
                        start += 1;
                    }
                    start < self.end
                }
                Some(_) => start < self.end,
                None => true,
            };
            if !candidate {
                return Ok(false);
            }
            self.start = start;
            self.must_advance = must_advance && start == pos;
            self.stack.clear();
            self.lastindex = 0;
            if let Some(e) = self.run(0, start, 0)? {
                self.slots[0] = start;
                self.slots[1] = e;
                return Ok(true);
            }
            if mode != Mode::Search || start >= self.end || self.prog.anchored {
                return Ok(false);
            }
            start += 1;
        }
    }

    fn at(&self, a: At, pos: usize) -> bool {
        let end = self.end;
        let nl = '\n' as u32;
        match a {
            At::Beginning => pos == 0,
            At::BeginningLine => pos == 0 || self.ch(pos - 1) == nl,
            At::End => pos == end || (pos + 1 == end && self.ch(pos) == nl),
            At::EndLine => pos == end || self.ch(pos) == nl,
            At::EndString => pos == end,
            At::Boundary { unicode } | At::NonBoundary { unicode } => {
                if end == 0 {
                    return false;
                }
                let that = pos > 0 && is_word(self.ch(pos - 1), unicode);
                let this = pos < end && is_word(self.ch(pos), unicode);
                (this != that) == matches!(a, At::Boundary { .. })
            }
        }
    }

    /// Keeps the undo records above `h` and drops its choice points (an atomic
    /// group or a positive lookaround committed to its first solution).
    fn cut(&mut self, h: usize) {
        let mut w = h;
        for i in h..self.stack.len() {
            if self.stack[i].is_undo() {
                self.stack.swap(w, i);
                w += 1;
            }
        }
        self.stack.truncate(w);
    }

    /// Restores everything recorded above `h` (a negative lookaround that matched).
    fn unwind(&mut self, h: usize) {
        while self.stack.len() > h {
            match self.stack.pop() {
                Some(Bt::Slot { idx, old }) => self.slots[idx] = old,
                Some(Bt::Last(old)) => self.lastindex = old,
                Some(Bt::Counter { r, cnt, start }) => self.counters[r] = (cnt, start),
                _ => {}
            }
        }
    }

    fn set_counter(&mut self, r: usize, cnt: u32, start: usize) {
        let (ocnt, ostart) = self.counters[r];
        self.stack.push(Bt::Counter {
            r,
            cnt: ocnt,
            start: ostart,
        });
        self.counters[r] = (cnt, start);
    }

    fn group_span(&self, g: usize) -> Option<(usize, usize)> {
        let (s, e) = (*self.slots.get(2 * g)?, *self.slots.get(2 * g + 1)?);
        (s != NONE && e != NONE && s <= e).then_some((s, e))
    }

    /// Runs the program from `pc` at `pos`; choice points below `base` belong to
    /// an enclosing run. Returns the end position of the first success.
    fn run(
        &mut self,
        mut pc: usize,
        mut pos: usize,
        base: usize,
    ) -> Result<Option<usize>, Interrupted> {
        let prog = self.prog;
        let end = self.end;
        loop {
            let ok = match &prog.insts[pc] {
                Inst::One(s) => {
                    if pos < end && s.matches(self.ch(pos)) {
                        pos += 1;
                        pc += 1;
                        continue;
                    }
                    false
                }
                Inst::At(a) => {
                    if self.at(*a, pos) {
                        pc += 1;
                        continue;
                    }
                    false
                }
                Inst::Split(alt) => {
                    self.stack.push(Bt::Branch { pc: *alt, pos });
                    pc += 1;
                    continue;
                }
                Inst::SplitLazy(target) => {
                    self.stack.push(Bt::Branch { pc: pc + 1, pos });
                    pc = *target;
                    continue;
                }
                Inst::Jmp(t) => {
                    pc = *t;
                    continue;
                }
                Inst::Save(i) => {
                    let i = *i;
                    self.stack.push(Bt::Slot {
                        idx: i,
                        old: self.slots[i],
                    });
                    self.slots[i] = pos;
                    if i & 1 == 1 {
                        self.stack.push(Bt::Last(self.lastindex));
                        self.lastindex = i / 2;
                    }
                    pc += 1;
                    continue;
                }
                Inst::Ref { group, case } => match self.group_span(*group) {
                    Some((s, e)) => {
                        let n = e - s;
                        if pos + n <= end && self.equal_at(s, pos, n, *case) {
                            pos += n;
                            pc += 1;
                            continue;
                        }
                        false
                    }
                    None => false,
                },
                Inst::RepeatOne {
                    single,
                    min,
                    max,
                    kind,
                } => {
                    let (min, max) = (*min as usize, *max);
                    let limit = if max == MAXREPEAT {
                        end - pos
                    } else {
                        (max as usize).min(end - pos)
                    };
                    if *kind == RepKind::Lazy {
                        if min > limit || !(pos..pos + min).all(|i| single.matches(self.ch(i))) {
                            false
                        } else {
                            if min < limit {
                                self.stack.push(Bt::RepLazy {
                                    pc,
                                    base: pos,
                                    count: min,
                                });
                            }
                            pos += min;
                            pc += 1;
                            continue;
                        }
                    } else {
                        let n = self.count(single, pos, limit);
                        if n < min {
                            false
                        } else {
                            if *kind == RepKind::Greedy && n > min {
                                self.stack.push(Bt::RepGreedy {
                                    pc,
                                    base: pos,
                                    count: n,
                                });
                            }
                            pos += n;
                            pc += 1;
                            continue;
                        }
                    }
                }
                Inst::RepInit { r } => {
                    self.set_counter(*r, 0, NONE);
                    pc += 1;
                    continue;
                }
                Inst::RepCheck {
                    r,
                    min,
                    max,
                    lazy,
                    exit,
                } => {
                    let (cnt, last) = self.counters[*r];
                    if cnt < *min {
                        self.set_counter(*r, cnt, pos);
                        pc += 1;
                    } else if (*max != MAXREPEAT && cnt >= *max) || pos == last {
                        pc = *exit;
                    } else if *lazy {
                        self.stack.push(Bt::LazyIter {
                            r: *r,
                            pc: pc + 1,
                            pos,
                        });
                        pc = *exit;
                    } else {
                        self.stack.push(Bt::Branch { pc: *exit, pos });
                        self.set_counter(*r, cnt, pos);
                        pc += 1;
                    }
                    continue;
                }
                Inst::RepNext { r, head } => {
                    let (cnt, last) = self.counters[*r];
                    self.set_counter(*r, cnt.saturating_add(1), last);
                    pc = *head;
                    continue;
                }
                Inst::Sub { kind, next } => {
                    let (kind, next) = (*kind, *next);
                    let h = self.stack.len();
                    match kind {
                        SubKind::Atomic => match self.run(pc + 1, pos, h)? {
                            Some(e) => {
                                self.cut(h);
                                pos = e;
                                pc = next;
                                continue;
                            }
                            None => false,
                        },
                        SubKind::Look {
                            behind,
                            negate,
                            width,
                        } => {
                            let from = if behind {
                                pos.checked_sub(width)
                            } else {
                                Some(pos)
                            };
                            let found = match from {
                                Some(from) => self.run(pc + 1, from, h)?.is_some(),
                                None => false,
                            };
                            if found && !negate {
                                self.cut(h);
                            } else if found {
                                self.unwind(h);
                            }
                            if found != negate {
                                pc = next;
                                continue;
                            }
                            false
                        }
                    }
                }
                Inst::SubEnd => return Ok(Some(pos)),
                Inst::Cond { group, no } => {
                    pc = if self.group_span(*group).is_some() {
                        pc + 1
                    } else {
                        *no
                    };
                    continue;
                }
                Inst::Match => {
                    if (self.full && pos != end) || (self.must_advance && pos == self.start) {
                        false
                    } else {
                        return Ok(Some(pos));
                    }
                }
            };
            debug_assert!(!ok);
            // Backtrack to the latest choice point above `base`.
            match self.backtrack(base)? {
                Some((p, q)) => {
                    pc = p;
                    pos = q;
                }
                None => return Ok(None),
            }
        }
    }

    /// Number of chars from `pos` (at most `limit`) that `single` matches.
    #[inline]
    fn count(&self, single: &Single, pos: usize, limit: usize) -> usize {
        let mut n = 0;
        match single {
            Single::AnyAll => return limit,
            Single::Set(s) => {
                while n < limit && super::charclass::set_contains(s, self.ch(pos + n)) {
                    n += 1;
                }
            }
            _ => {
                while n < limit && single.matches(self.ch(pos + n)) {
                    n += 1;
                }
            }
        }
        n
    }

    fn equal_at(&self, a: usize, b: usize, n: usize, case: Case) -> bool {
        (0..n).all(|i| {
            let (x, y) = (self.ch(a + i), self.ch(b + i));
            x == y || (case != Case::Exact && same(x, y, case))
        })
    }

    fn backtrack(&mut self, base: usize) -> Result<Option<(usize, usize)>, Interrupted> {
        self.steps = self.steps.wrapping_add(1);
        if self.steps & 0xFFFF == 0 && self.interrupt.is_some_and(|f| f.load(Ordering::Relaxed)) {
            return Err(Interrupted);
        }
        while self.stack.len() > base {
            let Some(entry) = self.stack.pop() else { break };
            match entry {
                Bt::Slot { idx, old } => self.slots[idx] = old,
                Bt::Last(old) => self.lastindex = old,
                Bt::Counter { r, cnt, start } => self.counters[r] = (cnt, start),
                Bt::Branch { pc, pos } => return Ok(Some((pc, pos))),
                Bt::RepGreedy { pc, base: b, count } => {
                    let Inst::RepeatOne { min, .. } = &self.prog.insts[pc] else {
                        continue;
                    };
                    let min = *min as usize;
                    let mut n = count - 1;
                    // Give back chars until the next literal could match (sre's
                    // REPEAT_ONE shortcut), without changing which match wins.
                    if let Some(Inst::One(Single::Lit(c))) = self.prog.insts.get(pc + 1) {
                        while n > min && (b + n >= self.end || self.ch(b + n) != *c) {
                            n -= 1;
                        }
                    }
                    if n > min {
                        self.stack.push(Bt::RepGreedy {
                            pc,
                            base: b,
                            count: n,
                        });
                    }
                    return Ok(Some((pc + 1, b + n)));
                }
                Bt::RepLazy { pc, base: b, count } => {
                    let Inst::RepeatOne { single, max, .. } = &self.prog.insts[pc] else {
                        continue;
                    };
                    let p = b + count;
                    if p < self.end && single.matches(self.ch(p)) {
                        let n = count + 1;
                        if *max == MAXREPEAT || n < *max as usize {
                            self.stack.push(Bt::RepLazy {
                                pc,
                                base: b,
                                count: n,
                            });
                        }
                        return Ok(Some((pc + 1, p + 1)));
                    }
                }
                Bt::LazyIter { r, pc, pos } => {
                    let (cnt, _) = self.counters[r];
                    self.set_counter(r, cnt, pos);
                    return Ok(Some((pc, pos)));
                }
            }
        }
        Ok(None)
    }
}
