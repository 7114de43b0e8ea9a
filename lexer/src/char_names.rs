//! `\N{NAME}` escapes, in string literals and in `re` patterns: a small table of
//! the character names scripts use most, with a few of their aliases (`LF`,
//! `TAB`), and the computed `CJK UNIFIED IDEOGRAPH-XXXX` names. CPython
//! consults the whole Unicode name database (`Objects/unicodeobject.c`,
//! `_PyUnicode_Name_CAPI`); a name missing here is an unknown name, as an
//! unknown one is in CPython.

/// The character called `name` (case-insensitive), if the table knows it.
pub fn lookup(name: &str) -> Option<char> {
    let upper = name.to_ascii_uppercase();
    Some(match upper.as_str() {
        "SPACE" => ' ',
        "NO-BREAK SPACE" => '\u{a0}',
        "EM DASH" => '\u{2014}',
        "EN DASH" => '\u{2013}',
        "HYPHEN-MINUS" => '-',
        "BULLET" => '\u{2022}',
        "HORIZONTAL ELLIPSIS" => '\u{2026}',
        "DEGREE SIGN" => '\u{b0}',
        "EURO SIGN" => '\u{20ac}',
        "POUND SIGN" => '\u{a3}',
        "YEN SIGN" => '\u{a5}',
        "DOLLAR SIGN" => '$',
        "COPYRIGHT SIGN" => '\u{a9}',
        "REGISTERED SIGN" => '\u{ae}',
        "LEFT DOUBLE QUOTATION MARK" => '\u{201c}',
        "RIGHT DOUBLE QUOTATION MARK" => '\u{201d}',
        "LEFT SINGLE QUOTATION MARK" => '\u{2018}',
        "RIGHT SINGLE QUOTATION MARK" => '\u{2019}',
        "GREEK SMALL LETTER ALPHA" => '\u{3b1}',
        "GREEK SMALL LETTER BETA" => '\u{3b2}',
        "GREEK SMALL LETTER PI" => '\u{3c0}',
        "GREEK CAPITAL LETTER DELTA" => '\u{394}',
        "GREEK CAPITAL LETTER OMEGA" => '\u{3a9}',
        "LATIN SMALL LETTER E WITH ACUTE" => '\u{e9}',
        "LATIN CAPITAL LETTER E WITH ACUTE" => '\u{c9}',
        "LATIN SMALL LETTER SHARP S" => '\u{df}',
        "CHECK MARK" => '\u{2713}',
        "BLACK STAR" => '\u{2605}',
        "SNOWMAN" => '\u{2603}',
        "ZERO WIDTH SPACE" => '\u{200b}',
        "LINE FEED" | "LF" => '\n',
        "CHARACTER TABULATION" | "TAB" => '\t',
        "CARRIAGE RETURN" | "CR" => '\r',
        "RIGHTWARDS ARROW" => '\u{2192}',
        "LEFTWARDS ARROW" => '\u{2190}',
        "MULTIPLICATION SIGN" => '\u{d7}',
        "DIVISION SIGN" => '\u{f7}',
        "LEFT-POINTING DOUBLE ANGLE QUOTATION MARK" => '\u{ab}',
        "RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK" => '\u{bb}',
        "INFINITY" => '\u{221e}',
        "NULL" => '\0',
        "HEAVY BLACK HEART" => '\u{2764}',
        _ => {
            let hex = upper.strip_prefix("CJK UNIFIED IDEOGRAPH-")?;
            char::from_u32(u32::from_str_radix(hex, 16).ok()?)?
        }
    })
}
