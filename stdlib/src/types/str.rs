//! str methods that cut and rebuild text: split/rsplit, join, strip, replace,
//! partition, splitlines, expandtabs, removeprefix/removesuffix, maketrans and
//! translate (CPython 3.11 `Objects/unicodeobject.c`, `Objects/stringlib/split.h`).

use super::add_function;
use super::args::{self, recv_str, Signature};
use super::install_methods;
use coil_interp::object::{alloc, Args, Str};
use coil_interp::{RunResult, Value, Vm};
use std::rc::Rc;

pub(crate) fn install(vm: &mut Vm) {
    let c = vm.types.str.clone();
    install_methods(
        &c,
        &[
            ("split", split),
            ("rsplit", rsplit),
            ("join", join),
            ("strip", strip),
            ("lstrip", lstrip),
            ("rstrip", rstrip),
            ("replace", replace),
            ("partition", partition),
            ("rpartition", rpartition),
            ("splitlines", splitlines),
            ("expandtabs", expandtabs),
            ("removeprefix", removeprefix),
            ("removesuffix", removesuffix),
            ("translate", translate),
        ],
    );
    add_function(&c, "maketrans", maketrans);
}

/// `Py_UNICODE_ISSPACE`: Unicode whitespace plus the ASCII separators 0x1c–0x1f,
/// which Python counts as whitespace and Rust does not.
pub(crate) fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// Line boundaries for `splitlines` (`Py_UNICODE_ISLINEBREAK`).
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn strs(vm: &Vm, parts: Vec<&str>) -> RunResult<Value> {
    let mut items = vm.alloc(alloc::vec_with_capacity(parts.len()))?;
    items.extend(parts.into_iter().map(Value::str));
    Ok(Value::list(items))
}

/// `sep` for split-like methods: a non-empty str, or None for whitespace.
fn sep_arg<'a>(vm: &Vm, v: &'a Option<Value>) -> RunResult<Option<&'a str>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(s)) if s.as_str().is_empty() => Err(vm.value_error("empty separator")),
        Some(Value::Str(s)) => Ok(Some(s.as_str())),
        Some(other) => {
            Err(vm.type_error(format!("must be str or None, not {}", other.type_name())))
        }
    }
}

const SPLIT: Signature = Signature::new("split", &["sep", "maxsplit"]).required(0);
const RSPLIT: Signature = Signature {
    name: "rsplit",
    ..SPLIT
};

/// The receiver, the bound `(sep, maxsplit)` and maxsplit as an int.
type SplitArgs<'a> = (&'a Rc<Str>, Vec<Option<Value>>, i64);

fn split_args<'a>(
    vm: &mut Vm,
    sig: &Signature,
    recv: &'a Value,
    a: &Args,
) -> RunResult<SplitArgs<'a>> {
    let s = recv_str(vm, sig.name, recv)?;
    let bound = sig.bind(vm, a)?;
    let maxsplit = bound.i64_or(vm, 1, -1)?;
    Ok((s, bound.into_vec(), maxsplit))
}

fn split(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let (s, bound, maxsplit) = split_args(vm, &SPLIT, recv, &a)?;
    let parts = match sep_arg(vm, &bound[0])? {
        None => vm.alloc(split_whitespace(s.as_str(), maxsplit))?,
        Some(sep) => split_sep(s.as_str(), sep, maxsplit),
    };
    strs(vm, parts)
}

fn rsplit(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let (s, bound, maxsplit) = split_args(vm, &RSPLIT, recv, &a)?;
    let parts = match sep_arg(vm, &bound[0])? {
        None => vm.alloc(rsplit_whitespace(s.as_str(), maxsplit))?,
        Some(sep) => rsplit_sep(s.as_str(), sep, maxsplit),
    };
    strs(vm, parts)
}

/// `split()` with no separator: runs of whitespace separate, ends are dropped;
/// once `maxsplit` splits are made the rest (leading space skipped) is one item.
pub(crate) fn split_whitespace(s: &str, maxsplit: i64) -> Result<Vec<&str>, alloc::NoMemory> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(is_py_space);
    let mut left = if maxsplit < 0 { i64::MAX } else { maxsplit };
    while !rest.is_empty() {
        if left == 0 {
            alloc::push(&mut out, rest)?;
            break;
        }
        match rest.find(is_py_space) {
            Some(end) => {
                alloc::push(&mut out, &rest[..end])?;
                rest = rest[end..].trim_start_matches(is_py_space);
                left -= 1;
            }
            None => {
                alloc::push(&mut out, rest)?;
                break;
            }
        }
    }
    Ok(out)
}

fn rsplit_whitespace(s: &str, maxsplit: i64) -> Result<Vec<&str>, alloc::NoMemory> {
    let mut out = Vec::new();
    let mut rest = s.trim_end_matches(is_py_space);
    let mut left = if maxsplit < 0 { i64::MAX } else { maxsplit };
    while !rest.is_empty() {
        if left == 0 {
            alloc::push(&mut out, rest)?;
            break;
        }
        match rest.rfind(is_py_space) {
            Some(pos) => {
                let ch = rest[pos..].chars().next().map_or(1, char::len_utf8);
                alloc::push(&mut out, &rest[pos + ch..])?;
                rest = rest[..pos].trim_end_matches(is_py_space);
                left -= 1;
            }
            None => {
                alloc::push(&mut out, rest)?;
                break;
            }
        }
    }
    out.reverse();
    Ok(out)
}

pub(crate) fn split_sep<'a>(s: &'a str, sep: &str, maxsplit: i64) -> Vec<&'a str> {
    // A one-char separator (`","`, `"\n"`, the commonest) searches with memchr;
    // a `&str` pattern sets up a two-way searcher per call and per match.
    match (one_char(sep), maxsplit < 0) {
        (Some(c), true) => s.split(c).collect(),
        (Some(c), false) => s.splitn(maxsplit.saturating_add(1) as usize, c).collect(),
        (None, true) => s.split(sep).collect(),
        (None, false) => s.splitn(maxsplit.saturating_add(1) as usize, sep).collect(),
    }
}

/// The separator's only char, when it has exactly one.
fn one_char(sep: &str) -> Option<char> {
    let mut chars = sep.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    }
}

fn rsplit_sep<'a>(s: &'a str, sep: &str, maxsplit: i64) -> Vec<&'a str> {
    let n = maxsplit.saturating_add(1) as usize;
    let mut out: Vec<&str> = match (one_char(sep), maxsplit < 0) {
        (Some(c), true) => s.rsplit(c).collect(),
        (Some(c), false) => s.rsplitn(n, c).collect(),
        (None, true) => s.rsplit(sep).collect(),
        (None, false) => s.rsplitn(n, sep).collect(),
    };
    out.reverse();
    out
}

/// `sep.join(iterable)`; lists and tuples are read without an iterator.
fn join(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let sep = recv_str(vm, "join", recv)?;
    let arg = args::one_arg(vm, ("str", "join"), &a)?;
    let items: Vec<Value> = match arg {
        Value::List(l) => l.items.borrow().clone(),
        Value::Tuple(t) => t.items.to_vec(),
        other => {
            // PySequence_Fast: only iter()'s TypeError becomes this message.
            let it = match vm.get_iter(other) {
                Ok(it) => it,
                Err(e) if e.class().is_subclass(&vm.types.exc.type_error) => {
                    return Err(vm.type_error("can only join an iterable"))
                }
                Err(e) => return Err(e),
            };
            let mut items = Vec::new();
            while let Some(v) = vm.next(&it)? {
                vm.alloc(alloc::push(&mut items, v))?;
            }
            items
        }
    };
    // Two passes, as CPython's `_PyUnicode_JoinArray`: check every item and sum
    // the lengths, then allocate the result once (fallibly: MemoryError).
    let mut parts = Vec::with_capacity(items.len());
    let mut total = Some(
        sep.as_str()
            .len()
            .saturating_mul(items.len().saturating_sub(1)),
    );
    for (i, item) in items.iter().enumerate() {
        // A str subclass joins as its str value.
        let base = match item {
            Value::Instance(_) => vm.builtin_base(item),
            _ => item.clone(),
        };
        match base {
            Value::Str(s) => {
                total = total.and_then(|t| t.checked_add(s.as_str().len()));
                parts.push(s);
            }
            _ => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    item.type_name()
                )))
            }
        }
    }
    let total = total.ok_or(alloc::NoMemory);
    let mut out = vm.alloc(total.and_then(alloc::string_with_capacity))?;
    for (i, s) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_str());
        }
        out.push_str(s.as_str());
    }
    Ok(Value::string(out))
}

#[derive(Clone, Copy)]
enum Side {
    Left,
    Right,
    Both,
}

fn strip_impl(vm: &mut Vm, recv: &Value, a: Args, name: &str, side: Side) -> RunResult<Value> {
    let s = recv_str(vm, name, recv)?;
    let pos = args::positional(vm, ("str", name), &a, 0, 1)?;
    let text = s.as_str();
    let out = match pos.first() {
        None | Some(Value::None) => match side {
            Side::Left => text.trim_start_matches(is_py_space),
            Side::Right => text.trim_end_matches(is_py_space),
            Side::Both => text.trim_matches(is_py_space),
        },
        Some(Value::Str(chars)) => {
            let set: Vec<char> = chars.as_str().chars().collect();
            let pred = |c: char| set.contains(&c);
            match side {
                Side::Left => text.trim_start_matches(pred),
                Side::Right => text.trim_end_matches(pred),
                Side::Both => text.trim_matches(pred),
            }
        }
        Some(_) => return Err(vm.type_error(format!("{name} arg must be None or str"))),
    };
    if out.len() == text.len() {
        return Ok(recv.clone());
    }
    Ok(Value::str(out))
}

forward! {
    strip => strip_impl("strip", Side::Both);
    lstrip => strip_impl("lstrip", Side::Left);
    rstrip => strip_impl("rstrip", Side::Right);
}

/// A str argument of a positional-only method: `replace() argument 1 must be str, not int`.
pub(crate) fn str_arg<'a>(vm: &Vm, func: &str, n: usize, v: &'a Value) -> RunResult<&'a str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(vm.type_error(format!(
            "{func}() argument {n} must be str, not {}",
            other.type_name()
        ))),
    }
}

fn replace(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let s = recv_str(vm, "replace", recv)?;
    let pos = args::positional(vm, ("str", "replace"), &a, 2, 3)?;
    let old = str_arg(vm, "replace", 1, &pos[0])?;
    let new = str_arg(vm, "replace", 2, &pos[1])?;
    let count = match pos.get(2) {
        Some(v) => args::index_i64(vm, v)?,
        None => -1,
    };
    let out = vm.alloc(replace_str(s.as_str(), old, new, count))?;
    Ok(Value::string(out))
}

/// `str.replace`; an empty `old` matches before every char and at the end.
/// The result is sized first and allocated once, so a huge one is MemoryError.
pub(crate) fn replace_str(
    s: &str,
    old: &str,
    new: &str,
    count: i64,
) -> Result<String, alloc::NoMemory> {
    let limit = usize::try_from(count).unwrap_or(usize::MAX);
    let hits = if old.is_empty() {
        s.chars().count() + 1
    } else {
        s.matches(old).count()
    }
    .min(limit);
    let size = if new.len() >= old.len() {
        (new.len() - old.len())
            .checked_mul(hits)
            .and_then(|n| n.checked_add(s.len()))
    } else {
        Some(s.len() - (old.len() - new.len()) * hits)
    };
    let mut out = alloc::string_with_capacity(size.ok_or(alloc::NoMemory)?)?;
    if old.is_empty() {
        let mut done = 0;
        for c in s.chars() {
            if done < hits {
                out.push_str(new);
                done += 1;
            }
            out.push(c);
        }
        if done < hits {
            out.push_str(new);
        }
        return Ok(out);
    }
    let mut last = 0;
    for (at, _) in s.match_indices(old).take(hits) {
        out.push_str(&s[last..at]);
        out.push_str(new);
        last = at + old.len();
    }
    out.push_str(&s[last..]);
    Ok(out)
}

fn partition_impl(vm: &mut Vm, recv: &Value, a: Args, name: &str, right: bool) -> RunResult<Value> {
    let s = recv_str(vm, name, recv)?;
    let sep = match args::one_arg(vm, ("str", name), &a)? {
        Value::Str(sep) if sep.as_str().is_empty() => return Err(vm.value_error("empty separator")),
        Value::Str(sep) => sep.clone(),
        other => return Err(vm.type_error(format!("must be str, not {}", other.type_name()))),
    };
    let text = s.as_str();
    let found = if right {
        text.rfind(sep.as_str())
    } else {
        text.find(sep.as_str())
    };
    let empty = || Value::str("");
    Ok(match found {
        Some(i) => Value::tuple(vec![
            Value::str(&text[..i]),
            Value::Str(sep.clone()),
            Value::str(&text[i + sep.as_str().len()..]),
        ]),
        None if right => Value::tuple(vec![empty(), empty(), recv.clone()]),
        None => Value::tuple(vec![recv.clone(), empty(), empty()]),
    })
}

fn partition(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    partition_impl(vm, recv, a, "partition", false)
}

fn rpartition(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    partition_impl(vm, recv, a, "rpartition", true)
}

const SPLITLINES: Signature = Signature::new("splitlines", &["keepends"]).required(0);

fn splitlines(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let s = recv_str(vm, "splitlines", recv)?;
    let bound = SPLITLINES.bind(vm, &a)?;
    // CPython reads keepends as a C int (`bool(accept={int})`): ints, bools and
    // `__index__` only.
    let keepends = match &bound[0] {
        Some(v) => args::index_clamped(vm, v)? != 0,
        None => false,
    };
    strs(vm, splitlines_str(s.as_str(), keepends))
}

pub(crate) fn splitlines_str(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(_, '\n')) = iter.peek() {
                iter.next();
                end += 1;
            }
        }
        out.push(if keepends {
            &s[start..end]
        } else {
            &s[start..i]
        });
        start = end;
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

const EXPANDTABS: Signature = Signature::new("expandtabs", &["tabsize"]).required(0);

fn expandtabs(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let s = recv_str(vm, "expandtabs", recv)?;
    let bound = EXPANDTABS.bind(vm, &a)?;
    let tabsize = bound.i64_or(vm, 0, 8)?;
    // A C int in CPython (`unicode_expandtabs_impl`).
    if i32::try_from(tabsize).is_err() {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    let mut out = String::new();
    let mut col: i64 = 0;
    for c in s.as_str().chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    vm.alloc(alloc::push_repeated(&mut out, ' ', n as usize))?;
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(Value::string(out))
}

fn affix_arg<'a>(vm: &Vm, name: &str, a: &Args<'a>) -> RunResult<&'a str> {
    match args::one_arg(vm, ("str", name), a)? {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(vm.type_error(format!(
            "{name}() argument must be str, not {}",
            other.type_name()
        ))),
    }
}

fn removeprefix(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let s = recv_str(vm, "removeprefix", recv)?;
    let prefix = affix_arg(vm, "removeprefix", &a)?;
    Ok(match s.as_str().strip_prefix(prefix) {
        Some(rest) if !prefix.is_empty() => Value::str(rest),
        _ => recv.clone(),
    })
}

fn removesuffix(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let s = recv_str(vm, "removesuffix", recv)?;
    let suffix = affix_arg(vm, "removesuffix", &a)?;
    Ok(match s.as_str().strip_suffix(suffix) {
        Some(rest) if !suffix.is_empty() => Value::str(rest),
        _ => recv.clone(),
    })
}

/// `str.maketrans(x[, y[, z]])`: a dict from code points to code points, strs or None.
fn maketrans(vm: &mut Vm, _recv: &Value, a: Args) -> RunResult<Value> {
    let pos = args::positional(vm, ("str", "maketrans"), &a, 1, 3)?;
    let table = Rc::new(coil_interp::object::Dict::new());
    if pos.len() == 1 {
        let Value::Dict(d) = &pos[0] else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        let entries: Vec<(Value, Value)> = d
            .map
            .borrow()
            .iter()
            .map(|(k, v)| (k.value.clone(), v.clone()))
            .collect();
        for (k, v) in entries {
            let key = match &k {
                Value::Str(s) if s.char_len() == 1 => {
                    Value::Int(s.as_str().chars().next().map_or(0, |c| c as i64))
                }
                Value::Str(_) => {
                    return Err(vm.value_error("string keys in translate table must be of length 1"))
                }
                Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => k.clone(),
                _ => {
                    return Err(vm.type_error("keys in translate table must be strings or integers"))
                }
            };
            vm.dict_set(&table, key, v)?;
        }
        return Ok(Value::Dict(table));
    }
    let x = str_arg(vm, "maketrans", 1, &pos[0])?;
    let y = str_arg(vm, "maketrans", 2, &pos[1])?;
    if x.chars().count() != y.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    // The table is new and its keys are code points: ints, whose hash is
    // themselves, compared without script code.
    let code_point = |c: char| coil_interp::object::HashKey {
        hash: c as u64,
        value: Value::Int(c as i64),
    };
    {
        let mut map = table.map.borrow_mut();
        for (cx, cy) in x.chars().zip(y.chars()) {
            map.insert(code_point(cx), Value::Int(cy as i64));
        }
    }
    if let Some(z) = pos.get(2) {
        let z = str_arg(vm, "maketrans", 3, z)?;
        let mut map = table.map.borrow_mut();
        for c in z.chars() {
            map.insert(code_point(c), Value::None);
        }
    }
    Ok(Value::Dict(table))
}

/// `s.translate(table)`: each char's code point is looked up with `table[…]`;
/// a LookupError keeps the char.
fn translate(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let s = recv_str(vm, "translate", recv)?;
    let table = args::one_arg(vm, ("str", "translate"), &a)?;
    let mut out = String::with_capacity(s.as_str().len());
    // What each ASCII char maps to, looked up once per call (as CPython's
    // `unicode_fast_translate` caches the ASCII range).
    let mut ascii: [Option<Option<Value>>; 128] = [const { None }; 128];
    for c in s.as_str().chars() {
        let key = Value::Int(c as i64);
        let mapped = match table {
            Value::Dict(d) if c.is_ascii() => match &ascii[c as usize] {
                Some(m) => m.clone(),
                None => {
                    let m = vm.dict_get(d, &key)?;
                    ascii[c as usize] = Some(m.clone());
                    m
                }
            },
            Value::Dict(d) => vm.dict_get(d, &key)?,
            other => match vm.get_item(other, &key) {
                Ok(v) => Some(v),
                Err(e) if e.class().is_subclass(&vm.types.exc.lookup_error) => None,
                Err(e) => return Err(e),
            },
        };
        match mapped {
            None => out.push(c),
            Some(Value::None) => {}
            Some(Value::Str(r)) => out.push_str(r.as_str()),
            Some(Value::Int(n)) => match u32::try_from(n).ok().and_then(char::from_u32) {
                Some(ch) => out.push(ch),
                None => return Err(vm.value_error("character mapping must be in range(0x110000)")),
            },
            Some(Value::Bool(b)) => out.push(if b { '\u{1}' } else { '\0' }),
            Some(_) => {
                return Err(vm.type_error("character mapping must return integer, None or str"))
            }
        }
    }
    Ok(Value::string(out))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::testing::{call, call_kw, r, s};

    #[test]
    fn split_whitespace_and_sep() {
        let split = |s, n| split_whitespace(s, n).unwrap_or_default();
        assert_eq!(split("  a b  c  ", -1), vec!["a", "b", "c"]);
        assert_eq!(split("  a b  c  ", 1), vec!["a", "b  c  "]);
        assert_eq!(split("   ", -1), Vec::<&str>::new());
        let rsplit = |s, n| rsplit_whitespace(s, n).unwrap_or_default();
        assert_eq!(rsplit("  a b  c  ", 1), vec!["  a b", "c"]);
        assert_eq!(split_sep("a,,b", ",", -1), vec!["a", "", "b"]);
        assert_eq!(split_sep("a,b,c", ",", 1), vec!["a", "b,c"]);
        assert_eq!(rsplit_sep("a,b,c", ",", 1), vec!["a,b", "c"]);
        assert_eq!(split_sep("", ",", -1), vec![""]);
        assert_eq!(split("a\x1cb", -1), vec!["a", "b"]);
    }

    #[test]
    fn split_methods_with_keywords() {
        let mut vm = Vm::new();
        let v = call_kw(
            &mut vm,
            split,
            s("a b c"),
            &[],
            &[("maxsplit", Value::Int(1))],
        );
        assert_eq!(r(&v), "['a', 'b c']");
        let v = call(&mut vm, split, s("a"), &[Value::Int(1)]);
        assert_eq!(r(&v), "TypeError: must be str or None, not int");
        let v = call(&mut vm, rsplit, s("a-b-c"), &[s("-"), Value::Int(1)]);
        assert_eq!(r(&v), "['a-b', 'c']");
        let v = call(&mut vm, split, s("a"), &[s("")]);
        assert_eq!(r(&v), "ValueError: empty separator");
    }

    #[test]
    fn join_strip_replace_partition() {
        let mut vm = Vm::new();
        let items = Value::list(vec![s("a"), s("b")]);
        assert_eq!(r(&call(&mut vm, join, s(", "), &[items])), "'a, b'");
        let bad = Value::tuple(vec![s("a"), Value::Int(1)]);
        assert_eq!(
            r(&call(&mut vm, join, s(""), &[bad])),
            "TypeError: sequence item 1: expected str instance, int found"
        );
        assert_eq!(r(&call(&mut vm, strip, s(" \tx \n"), &[])), "'x'");
        assert_eq!(r(&call(&mut vm, lstrip, s("xxayx"), &[s("x")])), "'ayx'");
        assert_eq!(
            r(&call(&mut vm, strip, s("a"), &[Value::Int(1)])),
            "TypeError: strip arg must be None or str"
        );
        let rep = |s, old, new, count| replace_str(s, old, new, count).unwrap_or_default();
        assert_eq!(rep("abc", "", "-", -1), "-a-b-c-");
        assert_eq!(rep("abc", "", "-", 2), "-a-bc");
        assert_eq!(rep("aaa", "a", "b", 2), "bba");
        assert_eq!(rep("aaaa", "aa", "b", -1), "bb");
        assert_eq!(rep("xaxa", "a", "bcd", 1), "xbcdxa");
        assert_eq!(
            r(&call(&mut vm, replace, s("a"), &[Value::Int(1), s("b")])),
            "TypeError: replace() argument 1 must be str, not int"
        );
        assert_eq!(
            r(&call(&mut vm, partition, s("a=b=c"), &[s("=")])),
            "('a', '=', 'b=c')"
        );
        assert_eq!(
            r(&call(&mut vm, rpartition, s("a=b=c"), &[s("=")])),
            "('a=b', '=', 'c')"
        );
        assert_eq!(
            r(&call(&mut vm, rpartition, s("abc"), &[s("=")])),
            "('', '', 'abc')"
        );
    }

    #[test]
    fn lines_and_tabs() {
        assert_eq!(
            splitlines_str("a\nb\r\nc\rd", false),
            vec!["a", "b", "c", "d"]
        );
        assert_eq!(splitlines_str("a\nb\r\n", true), vec!["a\n", "b\r\n"]);
        assert_eq!(splitlines_str("", false), Vec::<&str>::new());
        let mut vm = Vm::new();
        assert_eq!(
            r(&call(&mut vm, expandtabs, s("a\tbc\td"), &[])),
            "'a       bc      d'"
        );
        assert_eq!(
            r(&call(&mut vm, expandtabs, s("a\tb"), &[Value::Int(4)])),
            "'a   b'"
        );
        assert_eq!(r(&call(&mut vm, removeprefix, s("abc"), &[s("ab")])), "'c'");
        assert_eq!(r(&call(&mut vm, removesuffix, s("abc"), &[s("bc")])), "'a'");
    }
}
