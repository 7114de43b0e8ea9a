//! Character tests of the matcher: categories (`SRE_CATEGORY_*` in CPython 3.11
//! `Modules/_sre/sre.c`), case folding (`sre_lower_unicode`/`sre_upper_unicode`
//! plus the `_casefix` equivalences, which amount to "same simple uppercase"),
//! and class membership (`SRE(charset)`, where an ignore-case class also tries
//! the lower- and uppercase forms of the character).

use super::ast::{Case, CatKind, Category, Set, SetItem};

/// Python's simple lowercase of `c` (`str.lower` of one char when it stays one char).
#[inline]
pub fn lower(c: u32, case: Case) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_lowercase() as u32;
    }
    if case != Case::Unicode {
        return c;
    }
    match char::from_u32(c) {
        Some(ch) => ch.to_lowercase().next().map_or(c, |l| l as u32),
        None => c,
    }
}

/// The simple uppercase of `c` (a multi-char full mapping such as `ß` keeps `c`).
#[inline]
pub fn upper(c: u32, case: Case) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_uppercase() as u32;
    }
    if case != Case::Unicode {
        return c;
    }
    match char::from_u32(c) {
        Some(ch) => {
            let mut it = ch.to_uppercase();
            match (it.next(), it.next()) {
                (Some(u), None) => u as u32,
                _ => c,
            }
        }
        None => c,
    }
}

/// Whether `a` and `b` match each other under `case`.
#[inline]
pub fn same(a: u32, b: u32, case: Case) -> bool {
    a == b
        || (case != Case::Exact
            && (lower(a, case) == lower(b, case) || upper(a, case) == upper(b, case)))
}

fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// `\w` for one char: alphanumeric or underscore (ASCII-only unless `unicode`).
#[inline]
pub fn is_word(c: u32, unicode: bool) -> bool {
    if c < 128 {
        let b = c as u8;
        return b.is_ascii_alphanumeric() || b == b'_';
    }
    unicode && char::from_u32(c).is_some_and(|ch| ch.is_alphanumeric())
}

fn is_digit(c: u32, unicode: bool) -> bool {
    if c < 128 {
        return (b'0' as u32..=b'9' as u32).contains(&c);
    }
    unicode
        && char::from_u32(c).is_some_and(|ch| crate::types::str_case::decimal_value(ch).is_some())
}

fn is_space(c: u32, unicode: bool) -> bool {
    if c < 128 {
        return matches!(c, 9..=13 | 32) || (unicode && (0x1c..=0x1f).contains(&c));
    }
    unicode && char::from_u32(c).is_some_and(is_py_space)
}

/// Membership in a category.
pub fn in_category(cat: Category, c: u32) -> bool {
    let hit = match cat.kind {
        CatKind::Digit => is_digit(c, cat.unicode),
        CatKind::Space => is_space(c, cat.unicode),
        CatKind::Word => is_word(c, cat.unicode),
    };
    hit != cat.negate
}

fn raw_contains(items: &[SetItem], c: u32) -> bool {
    items.iter().any(|item| match *item {
        SetItem::Lit(l) => l == c,
        SetItem::Range(lo, hi) => lo <= c && c <= hi,
        SetItem::Cat(cat) => in_category(cat, c),
    })
}

/// Whether `c` is in the class, ignoring the ASCII table.
pub fn set_contains_slow(set: &Set, c: u32) -> bool {
    let hit = raw_contains(&set.items, c)
        || (set.case != Case::Exact && {
            let lo = lower(c, set.case);
            let up = upper(c, set.case);
            (lo != c && raw_contains(&set.items, lo))
                || (up != c && raw_contains(&set.items, up))
                || (up != lo && {
                    // `ſ` and `s`, `µ` and `μ`: chars whose uppercase matches.
                    let ul = lower(up, set.case);
                    ul != c && ul != lo && raw_contains(&set.items, ul)
                })
        });
    hit != set.negate
}

/// Whether `c` is in the class.
#[inline]
pub fn set_contains(set: &Set, c: u32) -> bool {
    if c < 128 {
        set.ascii[c as usize]
    } else {
        set_contains_slow(set, c)
    }
}

/// Fills the class's ASCII table.
pub fn fill_ascii(set: &mut Set) {
    for c in 0..128u32 {
        set.ascii[c as usize] = set_contains_slow(set, c);
    }
}
