//! str searching: find/rfind/index/rindex, count, startswith/endswith, with
//! optional `start`/`end` in characters (CPython 3.11 `Objects/unicodeobject.c`
//! `any_find_slice`, `unicode_count`, `tailmatch`). Searches run on UTF-8 bytes;
//! char indices are converted at the edges, which is free for ASCII text.

use super::args::{self, recv_str};
use super::install_methods;
use coil_interp::object::{Args, Str};
use coil_interp::{RunResult, Value, Vm};

pub(crate) fn install(vm: &mut Vm) {
    let c = vm.types.str.clone();
    install_methods(
        &c,
        &[
            ("find", find),
            ("rfind", rfind),
            ("index", index),
            ("rindex", rindex),
            ("count", count),
            ("startswith", startswith),
            ("endswith", endswith),
        ],
    );
}

/// The byte offset of char index `i` (at most the char length).
pub(crate) fn byte_offset(s: &Str, i: usize) -> usize {
    if s.is_ascii() {
        return i.min(s.as_str().len());
    }
    s.as_str()
        .char_indices()
        .nth(i)
        .map_or(s.as_str().len(), |(b, _)| b)
}

/// The char index of byte offset `b` (on a char boundary).
pub(crate) fn char_index(s: &Str, b: usize) -> usize {
    if s.is_ascii() {
        b
    } else {
        s.as_str()[..b].chars().count()
    }
}

/// The text between char indices `start` and `end` and its byte offset, or None
/// when the range is empty-and-inverted (`start > end`).
fn window(s: &Str, start: usize, end: usize) -> Option<(&str, usize)> {
    if start > end {
        return None;
    }
    let b0 = byte_offset(s, start);
    let b1 = byte_offset(s, end);
    Some((&s.as_str()[b0..b1], b0))
}

/// `(sub, start, end)` for find-like methods: `find() takes at least 1 argument`.
fn search_args(
    vm: &mut Vm,
    recv: &Value,
    a: &Args,
    name: &str,
) -> RunResult<(std::rc::Rc<Str>, Value, usize, usize)> {
    let s = recv_str(vm, name, recv)?.clone();
    let pos = args::parse_tuple(vm, ("str", name), a, 1, 3)?;
    let start = args::slice_index(vm, pos.get(1), true)?;
    let end = args::slice_index(vm, pos.get(2), true)?;
    let (start, end) = args::adjust_range(start, end, s.char_len());
    Ok((s, pos[0].clone(), start, end))
}

fn sub_str<'a>(vm: &Vm, v: &'a Value) -> RunResult<&'a str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(vm.type_error(format!("must be str, not {}", other.type_name()))),
    }
}

/// The char index of `sub` in `s[start:end]`, from the left or right.
fn find_in(s: &Str, sub: &str, start: usize, end: usize, right: bool) -> Option<usize> {
    let (hay, base) = window(s, start, end)?;
    let found = if right { hay.rfind(sub) } else { hay.find(sub) }?;
    Some(char_index(s, base + found))
}

fn find_impl(
    vm: &mut Vm,
    recv: &Value,
    a: Args,
    name: &str,
    right: bool,
) -> RunResult<Option<usize>> {
    let (s, sub, start, end) = search_args(vm, recv, &a, name)?;
    let sub = sub_str(vm, &sub)?;
    Ok(find_in(&s, sub, start, end, right))
}

fn find(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let r = find_impl(vm, recv, a, "find", false)?;
    Ok(Value::Int(r.map_or(-1, |i| i as i64)))
}

fn rfind(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let r = find_impl(vm, recv, a, "rfind", true)?;
    Ok(Value::Int(r.map_or(-1, |i| i as i64)))
}

fn index(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    match find_impl(vm, recv, a, "index", false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn rindex(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    match find_impl(vm, recv, a, "rindex", true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}

/// Non-overlapping occurrences; an empty `sub` matches at every position.
fn count(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let (s, sub, start, end) = search_args(vm, recv, &a, "count")?;
    let sub = sub_str(vm, &sub)?;
    let n = match window(&s, start, end) {
        None => 0,
        Some(_) if sub.is_empty() => end - start + 1,
        Some((hay, _)) => hay.matches(sub).count(),
    };
    Ok(Value::Int(n as i64))
}

fn tail_match(vm: &mut Vm, recv: &Value, a: Args, name: &str, at_end: bool) -> RunResult<Value> {
    let (s, what, start, end) = search_args(vm, recv, &a, name)?;
    let test = |sub: &str| match window(&s, start, end) {
        None => false,
        Some((hay, _)) => {
            if at_end {
                hay.ends_with(sub)
            } else {
                hay.starts_with(sub)
            }
        }
    };
    match &what {
        Value::Str(sub) => Ok(Value::Bool(test(sub.as_str()))),
        Value::Tuple(t) => {
            for item in t.items.iter() {
                match item {
                    Value::Str(sub) => {
                        if test(sub.as_str()) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    other => {
                        return Err(vm.type_error(format!(
                            "tuple for {name} must only contain str, not {}",
                            other.type_name()
                        )))
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        other => Err(vm.type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            other.type_name()
        ))),
    }
}

fn startswith(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    tail_match(vm, recv, a, "startswith", false)
}

fn endswith(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    tail_match(vm, recv, a, "endswith", true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::testing::{call, r, s};

    #[test]
    fn finds_in_chars() {
        let mut vm = Vm::new();
        assert_eq!(r(&call(&mut vm, find, s("héllo"), &[s("l")])), "2");
        assert_eq!(r(&call(&mut vm, rfind, s("héllo"), &[s("l")])), "3");
        assert_eq!(
            r(&call(&mut vm, find, s("abcabc"), &[s("b"), Value::Int(2)])),
            "4"
        );
        assert_eq!(
            r(&call(&mut vm, find, s("abc"), &[s(""), Value::Int(3)])),
            "3"
        );
        assert_eq!(
            r(&call(&mut vm, find, s("abc"), &[s(""), Value::Int(4)])),
            "-1"
        );
        assert_eq!(
            r(&call(
                &mut vm,
                find,
                s("abc"),
                &[s("c"), Value::None, Value::Int(-1)]
            )),
            "-1"
        );
        assert_eq!(
            r(&call(&mut vm, index, s("abc"), &[s("x")])),
            "ValueError: substring not found"
        );
        assert_eq!(
            r(&call(&mut vm, find, s("abc"), &[])),
            "TypeError: find() takes at least 1 argument (0 given)"
        );
        assert_eq!(
            r(&call(&mut vm, find, s("abc"), &[s("a"), Value::Float(1.5)])),
            "TypeError: slice indices must be integers or None or have an __index__ method"
        );
    }

    #[test]
    fn counts_and_tails() {
        let mut vm = Vm::new();
        assert_eq!(r(&call(&mut vm, count, s("aaaa"), &[s("aa")])), "2");
        assert_eq!(r(&call(&mut vm, count, s("abc"), &[s("")])), "4");
        assert_eq!(
            r(&call(&mut vm, count, s("abc"), &[s(""), Value::Int(5)])),
            "0"
        );
        let pre = Value::tuple(vec![s("x"), s("ab")]);
        assert_eq!(r(&call(&mut vm, startswith, s("abc"), &[pre])), "True");
        assert_eq!(
            r(&call(
                &mut vm,
                endswith,
                s("abc"),
                &[s("b"), Value::Int(0), Value::Int(2)]
            )),
            "True"
        );
        assert_eq!(
            r(&call(
                &mut vm,
                startswith,
                s("abc"),
                &[s(""), Value::Int(4)]
            )),
            "False"
        );
        assert_eq!(
            r(&call(&mut vm, startswith, s("a"), &[Value::Int(1)])),
            "TypeError: startswith first arg must be str or a tuple of str, not int"
        );
    }
}
