//! str case mapping (upper, lower, casefold, title, capitalize, swapcase), the
//! `is…` predicates, and padding (center, ljust, rjust, zfill), after CPython 3.11
//! `Objects/unicodeobject.c` and `Objects/unicodectype.c`. Rust's char properties
//! stand in for CPython's Unicode database; `decimal_value` and `digit_value` carry
//! the numeric tables Rust lacks.

use super::args::{self, recv_str};
use super::install_methods;
use super::str::is_py_space;
use coil_interp::object::{alloc, Args};
use coil_interp::{RunResult, Value, Vm};

pub(crate) fn install(vm: &mut Vm) {
    let c = vm.types.str.clone();
    install_methods(
        &c,
        &[
            ("upper", upper),
            ("lower", lower),
            ("casefold", casefold),
            ("title", title),
            ("capitalize", capitalize),
            ("swapcase", swapcase),
            ("isdigit", isdigit),
            ("isdecimal", isdecimal),
            ("isnumeric", isnumeric),
            ("isalpha", isalpha),
            ("isalnum", isalnum),
            ("isspace", isspace),
            ("isupper", isupper),
            ("islower", islower),
            ("istitle", istitle),
            ("isidentifier", isidentifier),
            ("isprintable", isprintable),
            ("isascii", isascii),
            ("center", center),
            ("ljust", ljust),
            ("rjust", rjust),
            ("zfill", zfill),
        ],
    );
}

/// First code points of the Unicode Nd (decimal digit) runs of ten.
const DECIMAL_ZEROS: &[u32] = &[
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The value of a decimal digit (Unicode category Nd), as `unicodedata.decimal`.
pub(crate) fn decimal_value(c: char) -> Option<u32> {
    let n = c as u32;
    if c.is_ascii_digit() {
        return Some(n - 0x30);
    }
    if n < 0x660 {
        return None;
    }
    DECIMAL_ZEROS
        .iter()
        .find(|&&z| (z..z + 10).contains(&n))
        .map(|z| n - z)
}

/// The value of a digit (Numeric_Type Digit or Decimal): decimals plus
/// superscripts, subscripts and circled digits, as `unicodedata.digit`.
fn digit_value(c: char) -> Option<u32> {
    if let Some(d) = decimal_value(c) {
        return Some(d);
    }
    let n = c as u32;
    let runs: &[(u32, u32, u32)] = &[
        // (first, last, value of first)
        (0xB2, 0xB3, 2),
        (0xB9, 0xB9, 1),
        (0x2070, 0x2070, 0),
        (0x2074, 0x2079, 4),
        (0x2080, 0x2089, 0),
        (0x2460, 0x2468, 1),
        (0x2474, 0x247C, 1),
        (0x2488, 0x2490, 1),
        (0x24EA, 0x24EA, 0),
        (0x24F5, 0x24FD, 1),
        (0x24FF, 0x24FF, 0),
        (0x2776, 0x277E, 1),
        (0x2780, 0x2788, 1),
        (0x278A, 0x2792, 1),
        (0x1369, 0x1371, 1),
        (0x1F100, 0x1F100, 0),
        (0x1F101, 0x1F10A, 0),
    ];
    runs.iter()
        .find(|(lo, hi, _)| (*lo..=*hi).contains(&n))
        .map(|(lo, _, v)| v + (n - lo))
}

/// `str.isnumeric` for one char: Rust's numeric categories (Nd, Nl, No) plus the
/// CJK ideographs Unicode gives a numeric value.
fn is_numeric_char(c: char) -> bool {
    c.is_numeric()
        || matches!(
            c,
            '〇' | '一'
                | '二'
                | '三'
                | '四'
                | '五'
                | '六'
                | '七'
                | '八'
                | '九'
                | '十'
                | '百'
                | '千'
                | '万'
                | '億'
                | '兆'
                | '零'
                | '壹'
                | '贰'
                | '叁'
                | '肆'
                | '伍'
                | '陆'
                | '柒'
                | '捌'
                | '玖'
                | '拾'
                | '佰'
                | '仟'
        )
}

fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_title_char(c)
}

/// Titlecase letters (category Lt), which Rust has no predicate for.
fn is_title_char(c: char) -> bool {
    matches!(
        c as u32,
        0x1C5 | 0x1C8 | 0x1CB | 0x1F2 | 0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF
            | 0x1FBC | 0x1FCC | 0x1FFC
    )
}

/// The titlecase form of a char: its uppercase, except the digraphs that have a
/// distinct titlecase letter.
fn to_title(c: char, out: &mut String) {
    match c {
        'Ǆ' | 'ǅ' | 'ǆ' => out.push('ǅ'),
        'Ǉ' | 'ǈ' | 'ǉ' => out.push('ǈ'),
        'Ǌ' | 'ǋ' | 'ǌ' => out.push('ǋ'),
        'Ǳ' | 'ǲ' | 'ǳ' => out.push('ǲ'),
        'ß' => out.push_str("Ss"),
        c => out.extend(c.to_uppercase()),
    }
}

fn map_str(
    vm: &mut Vm,
    recv: &Value,
    a: Args,
    name: &str,
    f: fn(&str) -> String,
) -> RunResult<Value> {
    let s = recv_str(vm, name, recv)?;
    args::no_args(vm, ("str", name), &a)?;
    Ok(Value::string(f(s.as_str())))
}

fn upper(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    map_str(vm, recv, a, "upper", |s| s.to_uppercase())
}

fn lower(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    map_str(vm, recv, a, "lower", |s| s.to_lowercase())
}

fn casefold(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    map_str(vm, recv, a, "casefold", casefold_str)
}

/// Full case folding for the common cases: lowercase, with the characters whose
/// fold differs from their lowercase expanded.
pub(crate) fn casefold_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'ß' | 'ẞ' => out.push_str("ss"),
            'ſ' => out.push('s'),
            'ς' => out.push('σ'),
            'ﬀ' => out.push_str("ff"),
            'ﬁ' => out.push_str("fi"),
            'ﬂ' => out.push_str("fl"),
            'ﬃ' => out.push_str("ffi"),
            'ﬄ' => out.push_str("ffl"),
            'ﬅ' | 'ﬆ' => out.push_str("st"),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

fn title(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    map_str(vm, recv, a, "title", title_str)
}

/// `str.title`: a cased char after an uncased one starts a word.
pub(crate) fn title_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            to_title(c, &mut out);
        }
        prev_cased = is_cased(c);
    }
    out
}

fn capitalize(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    map_str(vm, recv, a, "capitalize", |s| {
        let mut out = String::with_capacity(s.len());
        let mut chars = s.chars();
        if let Some(first) = chars.next() {
            to_title(first, &mut out);
        }
        for c in chars {
            out.extend(c.to_lowercase());
        }
        out
    })
}

fn swapcase(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    map_str(vm, recv, a, "swapcase", |s| {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            if c.is_uppercase() {
                out.extend(c.to_lowercase());
            } else if c.is_lowercase() {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
        }
        out
    })
}

fn predicate(
    vm: &mut Vm,
    recv: &Value,
    a: Args,
    name: &str,
    f: fn(&str) -> bool,
) -> RunResult<Value> {
    let s = recv_str(vm, name, recv)?;
    args::no_args(vm, ("str", name), &a)?;
    Ok(Value::Bool(f(s.as_str())))
}

/// Non-empty and every char satisfies `f`.
fn all_chars(s: &str, f: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

fn isdigit(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    predicate(vm, recv, a, "isdigit", |s| {
        all_chars(s, |c| digit_value(c).is_some())
    })
}

fn isdecimal(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    predicate(vm, recv, a, "isdecimal", |s| {
        all_chars(s, |c| decimal_value(c).is_some())
    })
}

fn isnumeric(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    predicate(vm, recv, a, "isnumeric", |s| all_chars(s, is_numeric_char))
}

fn is_alpha_char(c: char) -> bool {
    c.is_alphabetic() && !c.is_numeric()
}

fn isalpha(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    predicate(vm, recv, a, "isalpha", |s| all_chars(s, is_alpha_char))
}

fn isalnum(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    predicate(vm, recv, a, "isalnum", |s| {
        all_chars(s, |c| {
            is_alpha_char(c) || digit_value(c).is_some() || is_numeric_char(c)
        })
    })
}

fn isspace(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    predicate(vm, recv, a, "isspace", |s| all_chars(s, is_py_space))
}

fn isupper(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    predicate(vm, recv, a, "isupper", |s| {
        all_cased_as(s, char::is_uppercase, char::is_lowercase)
    })
}

fn islower(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    predicate(vm, recv, a, "islower", |s| {
        all_cased_as(s, char::is_lowercase, char::is_uppercase)
    })
}

/// `isupper` / `islower`: at least one cased char, every one of them `case`
/// (none `other`, none titlecase).
fn all_cased_as(s: &str, case: fn(char) -> bool, other: fn(char) -> bool) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if other(c) || is_title_char(c) {
            return false;
        }
        cased |= case(c);
    }
    cased
}

/// `str.istitle`: upper/titlecase only after uncased chars, lowercase only after
/// cased ones, and at least one cased char.
pub(crate) fn istitle_str(s: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_title_char(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

fn istitle(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    predicate(vm, recv, a, "istitle", istitle_str)
}

/// `str.isidentifier`, approximating XID_Start/XID_Continue with Rust's
/// alphabetic/alphanumeric properties.
pub(crate) fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    chars.all(|c| c == '_' || c.is_alphanumeric() || is_mark(c))
}

/// Combining marks that may continue an identifier (common blocks only).
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF)
}

fn isidentifier(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    predicate(vm, recv, a, "isidentifier", is_identifier)
}

fn isprintable(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    predicate(vm, recv, a, "isprintable", |s| {
        s.chars().all(coil_interp::object::str::is_printable)
    })
}

fn isascii(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    predicate(vm, recv, a, "isascii", |s| s.is_ascii())
}

#[derive(Clone, Copy)]
enum Align {
    Left,
    Right,
    Center,
}

fn pad(vm: &mut Vm, recv: &Value, a: Args, name: &str, align: Align) -> RunResult<Value> {
    let s = recv_str(vm, name, recv)?;
    let pos = args::positional(vm, ("str", name), &a, 1, 2)?;
    let width = args::index_i64(vm, &pos[0])?;
    let fill = match pos.get(1) {
        None => ' ',
        Some(Value::Str(f)) if f.char_len() == 1 => f.as_str().chars().next().unwrap_or(' '),
        Some(Value::Str(_)) => {
            return Err(vm.type_error("The fill character must be exactly one character long"))
        }
        Some(other) => {
            return Err(vm.type_error(format!(
                "The fill character must be a unicode character, not {}",
                other.type_name()
            )))
        }
    };
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(recv.clone());
    }
    let marg = width - len;
    let left = match align {
        Align::Left => 0,
        Align::Right => marg,
        // CPython's `unicode_center_impl`: odd margins favour the left when the
        // width is odd.
        Align::Center => marg / 2 + (marg & width & 1),
    };
    let size = (marg as usize)
        .checked_mul(fill.len_utf8())
        .and_then(|n| n.checked_add(s.as_str().len()));
    let mut out = vm.alloc(alloc::string_with_capacity(size.unwrap_or(usize::MAX)))?;
    vm.alloc(alloc::push_repeated(&mut out, fill, left as usize))?;
    out.push_str(s.as_str());
    vm.alloc(alloc::push_repeated(&mut out, fill, (marg - left) as usize))?;
    Ok(Value::string(out))
}

forward! {
    center => pad("center", Align::Center);
    ljust => pad("ljust", Align::Left);
    rjust => pad("rjust", Align::Right);
}

fn zfill(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let s = recv_str(vm, "zfill", recv)?;
    let arg = args::one_arg(vm, ("str", "zfill"), &a)?;
    let width = args::index_i64(vm, arg)?;
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(recv.clone());
    }
    let text = s.as_str();
    let zeros = (width - len) as usize;
    let mut out = vm.alloc(alloc::string_with_capacity(
        zeros.saturating_add(text.len()),
    ))?;
    let rest = match text.chars().next() {
        Some(sign @ ('+' | '-')) => {
            out.push(sign);
            &text[1..]
        }
        _ => text,
    };
    vm.alloc(alloc::push_repeated(&mut out, '0', zeros))?;
    out.push_str(rest);
    Ok(Value::string(out))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::testing::{call, r, s};

    #[test]
    fn case_mapping() {
        assert_eq!(title_str("they're bill's 1st"), "They'Re Bill'S 1St");
        assert_eq!(casefold_str("Straße"), "strasse");
        let mut vm = Vm::new();
        assert_eq!(r(&call(&mut vm, upper, s("aß"), &[])), "'ASS'");
        assert_eq!(
            r(&call(&mut vm, capitalize, s("hELLO wORLD"), &[])),
            "'Hello world'"
        );
        assert_eq!(r(&call(&mut vm, swapcase, s("aBc"), &[])), "'AbC'");
        assert_eq!(
            r(&call(&mut vm, upper, s("a"), &[Value::Int(1)])),
            "TypeError: str.upper() takes no arguments (1 given)"
        );
        assert_eq!(
            r(&call(&mut vm, upper, Value::Int(5), &[])),
            "TypeError: descriptor 'upper' for 'str' objects doesn't apply to a 'int' object"
        );
    }

    #[test]
    fn predicates() {
        let mut vm = Vm::new();
        let mut p = |f, v: &str| r(&call(&mut vm, f, s(v), &[]));
        assert_eq!(p(isdigit, "12²"), "True");
        assert_eq!(p(isdecimal, "12²"), "False");
        assert_eq!(p(isdecimal, "١٢"), "True");
        assert_eq!(p(isnumeric, "½一"), "True");
        assert_eq!(p(isalpha, ""), "False");
        assert_eq!(p(isalnum, "ab1"), "True");
        assert_eq!(p(isspace, " \t\x1c"), "True");
        assert_eq!(p(isupper, "AB1"), "True");
        assert_eq!(p(islower, "1"), "False");
        assert_eq!(p(istitle, "Hello World"), "True");
        assert_eq!(p(istitle, "Hello world"), "False");
        assert_eq!(p(isidentifier, "_a1"), "True");
        assert_eq!(p(isidentifier, "1a"), "False");
        assert_eq!(p(isprintable, "a\n"), "False");
        assert_eq!(p(isascii, ""), "True");
    }

    #[test]
    fn padding() {
        let mut vm = Vm::new();
        assert_eq!(
            r(&call(&mut vm, center, s("ab"), &[Value::Int(5), s("*")])),
            "'**ab*'"
        );
        assert_eq!(
            r(&call(&mut vm, center, s("abc"), &[Value::Int(6)])),
            "' abc  '"
        );
        assert_eq!(
            r(&call(&mut vm, center, s("a"), &[Value::Int(4)])),
            "' a  '"
        );
        assert_eq!(
            r(&call(&mut vm, ljust, s("a"), &[Value::Int(3), s("-")])),
            "'a--'"
        );
        assert_eq!(r(&call(&mut vm, rjust, s("a"), &[Value::Int(3)])), "'  a'");
        assert_eq!(
            r(&call(&mut vm, zfill, s("-42"), &[Value::Int(5)])),
            "'-0042'"
        );
        assert_eq!(
            r(&call(&mut vm, center, s("a"), &[Value::Int(3), s("ab")])),
            "TypeError: The fill character must be exactly one character long"
        );
        assert_eq!(
            r(&call(&mut vm, center, s("a"), &[s("x")])),
            "TypeError: 'str' object cannot be interpreted as an integer"
        );
    }
}
