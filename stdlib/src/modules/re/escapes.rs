//! Escapes and character classes of the pattern parser: CPython 3.11
//! `Lib/re/_parser.py` `_escape`, `_class_escape` and the `[...]` branch of
//! `_parse`, with the same messages and positions.

use super::ast::{At, Case, CatKind, Category, Node, Set, SetItem};
use super::parser::{lit, py_repr, PResult, Source, State, Tok, Traced};
use std::rc::Rc;

fn category(c: char, unicode: bool) -> Option<Category> {
    let (kind, negate) = match c {
        'd' => (CatKind::Digit, false),
        'D' => (CatKind::Digit, true),
        's' => (CatKind::Space, false),
        'S' => (CatKind::Space, true),
        'w' => (CatKind::Word, false),
        'W' => (CatKind::Word, true),
        _ => return None,
    };
    Some(Category {
        kind,
        negate,
        unicode,
    })
}

fn simple_escape(c: char) -> Option<u32> {
    Some(match c {
        'a' => 7,
        'b' => 8,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        '\\' => 92,
        _ => return None,
    })
}

/// The numeric escapes shared by classes and patterns: `\x`, `\u`, `\U`, `\N`.
fn numeric_escape(source: &mut Source, c: char) -> PResult<Option<u32>> {
    let digits = match c {
        'x' => 2,
        'u' if source.istext => 4,
        'U' if source.istext => 8,
        'N' if source.istext => {
            if !source.matches('{')? {
                return Err(source.error("missing {", 0));
            }
            let name = source.getuntil('}', "character name")?;
            return match coil_lexer::char_names::lookup(&name) {
                Some(ch) => Ok(Some(ch as u32)),
                None => Err(source.error(
                    format!("undefined character name {}", py_repr(&name)),
                    name.chars().count() + 4,
                )),
            };
        }
        _ => return Ok(None),
    };
    let hex = source.getwhile(digits, |c| c.is_ascii_hexdigit())?;
    let esc = format!("\\{c}{hex}");
    if hex.len() != digits {
        let n = esc.chars().count();
        return Err(source.error(format!("incomplete escape {esc}"), n));
    }
    let v = u32::from_str_radix(&hex, 16).unwrap_or(u32::MAX);
    if c == 'U' && char::from_u32(v).is_none() && v > 0x10FFFF {
        let n = esc.chars().count();
        return Err(source.error(format!("bad escape {esc}"), n));
    }
    Ok(Some(v))
}

/// An escape inside `[...]` (`_class_escape`): a literal code or a category.
fn class_escape(source: &mut Source, c: char, unicode: bool) -> PResult<SetItem> {
    if let Some(v) = simple_escape(c) {
        return Ok(SetItem::Lit(v));
    }
    if let Some(cat) = category(c, unicode) {
        return Ok(SetItem::Cat(cat));
    }
    if let Some(v) = numeric_escape(source, c)? {
        return Ok(SetItem::Lit(v));
    }
    if ('0'..='7').contains(&c) {
        let more = source.getwhile(2, |c| ('0'..='7').contains(&c))?;
        let esc = format!("\\{c}{more}");
        let v = u32::from_str_radix(&format!("{c}{more}"), 8).unwrap_or(0);
        if v > 0o377 {
            return Err(source.error(
                format!("octal escape value {esc} outside of range 0-0o377"),
                esc.len(),
            ));
        }
        return Ok(SetItem::Lit(v));
    }
    if c.is_ascii_digit() || c.is_ascii_alphabetic() {
        return Err(source.error(format!("bad escape \\{c}"), 2));
    }
    Ok(SetItem::Lit(c as u32))
}

/// An escape outside a class (`_escape`).
pub(super) fn escape(source: &mut Source, state: &mut State, c: char, flags: u32) -> PResult<Node> {
    let unicode = state.unicode(flags);
    match c {
        'A' => return Ok(Node::At(At::Beginning)),
        'Z' => return Ok(Node::At(At::EndString)),
        'b' => return Ok(Node::At(At::Boundary { unicode })),
        'B' => return Ok(Node::At(At::NonBoundary { unicode })),
        _ => {}
    }
    if let Some(cat) = category(c, unicode) {
        return Ok(Node::Set(Rc::new(Set {
            items: vec![SetItem::Cat(cat)],
            negate: false,
            case: Case::Exact,
            ascii: [false; 128],
        })));
    }
    if let Some(v) = simple_escape(c) {
        return Ok(lit(state, v, flags));
    }
    if let Some(v) = numeric_escape(source, c)? {
        return Ok(lit(state, v, flags));
    }
    if c == '0' {
        let more = source.getwhile(2, |c| ('0'..='7').contains(&c))?;
        let v = u32::from_str_radix(&format!("0{more}"), 8).unwrap_or(0);
        return Ok(lit(state, v, flags));
    }
    if c.is_ascii_digit() {
        let mut esc = format!("\\{c}");
        if let Some(d) = source.next_is(|c| c.is_ascii_digit()) {
            source.advance()?;
            esc.push(d);
            let octal = |c: char| ('0'..='7').contains(&c);
            if octal(c) && octal(d) {
                if let Some(e) = source.next_is(octal) {
                    source.advance()?;
                    esc.push(e);
                    let v = u32::from_str_radix(&esc[1..], 8).unwrap_or(0);
                    if v > 0o377 {
                        return Err(source.error(
                            format!("octal escape value {esc} outside of range 0-0o377"),
                            esc.len(),
                        ));
                    }
                    return Ok(lit(state, v, flags));
                }
            }
        }
        let group: usize = esc[1..].parse().unwrap_or(usize::MAX);
        if group < state.groups() {
            if !state.checkgroup(group) {
                return Err(source.error("cannot refer to an open group", esc.len()));
            }
            state.checklookbehindgroup(group, source)?;
            return Ok(Node::Ref {
                group,
                case: state.case(flags),
            });
        }
        return Err(source.error(format!("invalid group reference {group}"), esc.len() - 1));
    }
    if c.is_ascii_alphabetic() {
        return Err(source.error(format!("bad escape \\{c}"), 2));
    }
    Ok(lit(state, c as u32, flags))
}

/// `[...]`: members, ranges, negation (after the `[`).
pub(super) fn parse_class(source: &mut Source, state: &mut State, flags: u32) -> PResult<Node> {
    let here = source.tell() - 1;
    let unicode = state.unicode(flags);
    let mut set: Vec<SetItem> = Vec::new();
    let negate = source.matches('^')?;
    let unterminated = |s: &Source| s.error("unterminated character set", s.tell() - here);
    loop {
        let Some(this) = source.get()? else {
            return Err(unterminated(source));
        };
        if this == Tok::Ch(']') && !set.is_empty() {
            break;
        }
        let code1 = match this {
            Tok::Esc(c) => class_escape(source, c, unicode).via(577)?,
            Tok::Ch(c) => SetItem::Lit(c as u32),
        };
        if source.matches('-')? {
            let Some(that) = source.get()? else {
                return Err(unterminated(source)).at(595);
            };
            if that == Tok::Ch(']') {
                set.push(code1);
                set.push(SetItem::Lit('-' as u32));
                break;
            }
            let code2 = match that {
                Tok::Esc(c) => class_escape(source, c, unicode).via(604)?,
                Tok::Ch(c) => SetItem::Lit(c as u32),
            };
            let msg = format!("bad character range {}-{}", this.text(), that.text());
            let back = this.text().chars().count() + 1 + that.text().chars().count();
            match (code1, code2) {
                (SetItem::Lit(lo), SetItem::Lit(hi)) => {
                    if hi < lo {
                        return Err(source.error(msg, back));
                    }
                    set.push(SetItem::Range(lo, hi));
                }
                _ => return Err(source.error(msg, back)).at(616),
            }
        } else {
            set.push(code1);
        }
    }
    let mut uniq: Vec<SetItem> = Vec::new();
    for item in set {
        if !uniq.contains(&item) {
            uniq.push(item);
        }
    }
    let case = state.case(flags);
    if uniq.len() == 1 {
        if let SetItem::Lit(c) = uniq[0] {
            return Ok(if negate {
                Node::NotLit { c, case }
            } else {
                Node::Lit { c, case }
            });
        }
    }
    Ok(Node::Set(Rc::new(Set {
        items: uniq,
        negate,
        case,
        ascii: [false; 128],
    })))
}
