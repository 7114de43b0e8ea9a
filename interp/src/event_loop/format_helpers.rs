//! How asyncio describes a callback in handle reprs and "Exception in callback"
//! reports (CPython 3.11 `Lib/asyncio/format_helpers.py`,
//! `_format_callback_source`): its qualified name, its arguments shortened as
//! `reprlib.repr` shortens them (`Lib/reprlib.py`'s limits), and where a script
//! function was defined.

use crate::object::Value;
use crate::vm::Vm;

/// `reprlib`'s limits: `maxlevel`, `maxtuple`/`maxlist`, `maxstring`, `maxlong`,
/// `maxother`.
const MAX_LEVEL: u32 = 6;
const MAX_ITEMS: usize = 6;
const MAX_STRING: usize = 30;
const MAX_LONG: usize = 40;
const MAX_OTHER: usize = 30;

/// `_format_callback_source(func, args)`: `name(args) at file:line`.
pub fn callback_source(vm: &mut Vm, func: &Value, args: &[Value]) -> String {
    let base = super::future::callback_desc(vm, func);
    let arg_text: Vec<String> = args.iter().map(|a| short_repr(vm, a)).collect();
    let args = format!("({})", arg_text.join(", "));
    // `callback_desc` gives `name()` or `name() at file:line`; the arguments go
    // between the parentheses.
    match base.find("() at ") {
        Some(i) => format!("{}{args}{}", &base[..i], &base[i + 2..]),
        None => match base.strip_suffix("()") {
            Some(name) => format!("{name}{args}"),
            None => base,
        },
    }
}

/// `reprlib.repr(v)`.
pub fn short_repr(vm: &mut Vm, v: &Value) -> String {
    repr1(vm, v, MAX_LEVEL)
}

fn repr1(vm: &mut Vm, v: &Value, level: u32) -> String {
    match v {
        Value::Int(_) | Value::BigInt(_) => shorten(full_repr(vm, v), MAX_LONG),
        Value::Str(s) => repr_str(vm, s.as_str()),
        Value::Tuple(t) => {
            let items = t.items.to_vec();
            repr_items(vm, &items, level, ("(", ")"), ",")
        }
        Value::List(l) => {
            let items = l.items.borrow().clone();
            repr_items(vm, &items, level, ("[", "]"), "")
        }
        _ => shorten(full_repr(vm, v), MAX_OTHER),
    }
}

fn full_repr(vm: &mut Vm, v: &Value) -> String {
    match vm.repr(v) {
        Ok(s) => s.as_str().to_string(),
        Err(_) => format!("<{} instance>", v.type_name()),
    }
}

/// Keeps the head and tail of `s` around `...` when it is longer than `max`.
fn shorten(s: String, max: usize) -> String {
    let chars: Vec<char> = s.chars().collect();
    if chars.len() <= max {
        return s;
    }
    let i = (max - 3) / 2;
    let j = max - 3 - i;
    let head: String = chars[..i].iter().collect();
    let tail: String = chars[chars.len() - j..].iter().collect();
    format!("{head}...{tail}")
}

/// `Repr.repr_str`: the repr of the first `maxstring` characters, or of the
/// string's two ends around `...`.
fn repr_str(vm: &mut Vm, s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let head: String = chars.iter().take(MAX_STRING).collect();
    let r = full_repr(vm, &Value::string(head));
    if r.chars().count() <= MAX_STRING {
        return r;
    }
    let i = (MAX_STRING - 3) / 2;
    let j = MAX_STRING - 3 - i;
    let ends: String = chars[..i.min(chars.len())]
        .iter()
        .chain(chars[chars.len().saturating_sub(j)..].iter())
        .collect();
    let r: Vec<char> = full_repr(vm, &Value::string(ends)).chars().collect();
    let head: String = r[..i.min(r.len())].iter().collect();
    let tail: String = r[r.len().saturating_sub(j)..].iter().collect();
    format!("{head}...{tail}")
}

/// `Repr._repr_iterable` for tuples and lists.
fn repr_items(
    vm: &mut Vm,
    items: &[Value],
    level: u32,
    (left, right): (&str, &str),
    trail: &str,
) -> String {
    if level == 0 && !items.is_empty() {
        return format!("{left}...{right}");
    }
    let mut pieces: Vec<String> = items
        .iter()
        .take(MAX_ITEMS)
        .map(|x| repr1(vm, x, level - 1))
        .collect();
    if items.len() > MAX_ITEMS {
        pieces.push("...".into());
    }
    let right = if items.len() == 1 {
        format!("{trail}{right}")
    } else {
        right.to_string()
    };
    format!("{left}{}{right}", pieces.join(", "))
}
