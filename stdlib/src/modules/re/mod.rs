//! `_sre`: the native core of the `re` package (CPython 3.11 `Modules/_sre/sre.c`).
//! The pattern parser (`parser.rs`, after `Lib/re/_parser.py`), the compiler
//! (`compile.rs`, after `Lib/re/_compiler.py`) and the backtracking matcher
//! (`matcher.rs`, after `sre_lib.h`) live here; `Pattern`, `Match` and the
//! module functions are Python (`stdlib/lib/re/__init__.py`), calling:
//!
//! - `compile(pattern, flags)` → `(code, groups, [(name, index)], flags)`, or
//!   `(None, message, position)` for a `re.error` (Python raises it, so the
//!   exception carries `pattern`, `pos`, `lineno`, `colno`);
//! - `search(code, string, pos, endpos, mode, must_advance)` → `None` or
//!   `(lastindex, start0, end0, start1, end1, …)` with -1 for unset groups;
//! - `findall`, `split`, `sub` (with a parsed template) as whole loops in Rust,
//!   with sre's empty-match rules (`pattern_findall`, `pattern_split`,
//!   `pattern_subx`).
//!
//! Positions are character indices. An ASCII `str` is matched on its bytes; other
//! `str`s are widened to code points once (the last one is cached, so a `finditer`
//! loop over one string does not widen it per match).

pub mod ast;
pub mod charclass;
pub mod compile;
pub mod escapes;
mod finditer;
pub mod flags;
mod frames;
mod match_obj;
pub mod matcher;
pub mod parser;
mod pattern_obj;
mod text;

use super::new_module;
use crate::builtins::args::{class, func};
use coil_interp::object::class::BaseKind;
use coil_interp::object::{Args, Module, Native};
use coil_interp::vm::library_frames::raised_in;
use coil_interp::{RunResult, Value, Vm};
use compile::Program;
use matcher::{Matcher, Mode, NONE};
use std::rc::Rc;
use text::Text;

/// A compiled pattern, the payload of `_sre.SRE_Code`.
pub struct Code {
    prog: Program,
    /// Groups plus one (slot pairs to allocate).
    groups: usize,
    pub(crate) istext: bool,
}

/// Builds the `_sre` module.
pub fn init(_vm: &mut Vm) -> RunResult<Rc<Module>> {
    Ok(new_module(
        "_sre",
        vec![
            ("compile", func("compile", compile_fn)),
            ("search", func("search", search_fn)),
            ("findall", func("findall", findall_fn)),
            ("split", func("split", split_fn)),
            ("sub", func("sub", sub_fn)),
            ("install", func("install", match_obj::install)),
            ("finditer", func("finditer", finditer::finditer)),
            (
                "install_pattern",
                func("install_pattern", pattern_obj::install),
            ),
            ("MAXREPEAT", Value::Int(ast::MAXREPEAT as i64)),
            ("MAXGROUPS", Value::Int(2_147_483_647 / 2)),
        ],
    ))
}

/// An index argument (`pos`, `endpos`, `count`, …): ints and `__index__`, with
/// CPython's TypeError otherwise.
pub(crate) fn int_arg(vm: &mut Vm, v: &Value) -> RunResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(b) => Ok(if num_traits::Signed::is_negative(&**b) {
            i64::MIN
        } else {
            i64::MAX
        }),
        _ => crate::builtins::args::to_i64(vm, v),
    }
}

pub(crate) fn code_arg<'a>(vm: &Vm, v: &'a Value) -> RunResult<&'a Code> {
    if let Value::Native(n) = v {
        if let Some(c) = n.get::<Code>() {
            return Ok(c);
        }
    }
    Err(vm.type_error("_sre: expected a compiled pattern"))
}

/// `_sre.compile(pattern, flags[, error])`: the compiled program, group
/// count and names, flags; or, for a bad pattern, `(None, msg, pos)` — unless
/// `re.error` is given, which is then raised with CPython's `_compiler.py`
/// and `_parser.py` frames (`frames.rs`).
fn compile_fn(vm: &mut Vm, _recv: &Value, a: Args) -> RunResult<Value> {
    let (pattern, flags, error) = match a.pos {
        [pattern, flags] => (pattern, flags, None),
        [pattern, flags, error] => (pattern, flags, Some(error)),
        _ => return Err(vm.type_error("_sre.compile expects 2 or 3 arguments")),
    };
    let flags = int_arg(vm, flags)? as u32;
    let (chars, istext): (Vec<char>, bool) = match vm.builtin_base(pattern) {
        Value::Str(s) => (s.as_str().chars().collect(), true),
        Value::Bytes(b) => (b.as_bytes().iter().map(|&b| b as char).collect(), false),
        other => {
            return Err(vm.type_error(format!(
                "first argument must be string or compiled pattern, not {}",
                vm.type_name(&other).as_str()
            )))
        }
    };
    let re_error = |msg: String, pos: Option<usize>| {
        Value::tuple(vec![
            Value::None,
            Value::string(msg),
            pos.map_or(Value::None, |p| Value::Int(p as i64)),
        ])
    };
    let raise = |vm: &mut Vm, error: &Value, msg: String, pos: Option<usize>, frames| {
        // A compile error has no position, and CPython gives it no pattern.
        let (pattern, pos) = match pos {
            Some(p) => (pattern.clone(), Value::Int(p as i64)),
            None => (Value::None, Value::None),
        };
        let e = vm.call(error, &[Value::string(msg), pattern, pos], &[])?;
        match e {
            Value::Instance(e) => Err(raised_in(e, frames)),
            _ => Err(vm.type_error("re.error did not make an exception")),
        }
    };
    let parsed = match parser::parse(&chars, istext, flags) {
        Ok(p) => p,
        Err(parser::ParseError::Re { msg, pos, trace }) => match error {
            Some(error) => {
                let frames = frames::frames(&trace.calls, trace.site, &msg);
                return raise(vm, error, msg, pos, &frames);
            }
            None => return Ok(re_error(msg, pos)),
        },
        Err(parser::ParseError::Overflow(m, trace)) => {
            let frames = frames::frames(&trace.calls, trace.site, &m);
            return Err(raised_in(vm.overflow_error(m), &frames));
        }
        Err(parser::ParseError::Value(m)) if m.starts_with('\u{0}') => {
            let cls = vm.types.exc.recursion_error.clone();
            return Err(vm.new_error(&cls, "maximum recursion depth exceeded"));
        }
        Err(parser::ParseError::Value(m)) => return Err(vm.value_error(m)),
    };
    let prog = match compile::compile(&parsed.node, &parsed.group_widths) {
        Ok(p) => p,
        Err(compile::CompileError(msg)) => match error {
            Some(error) => return raise(vm, error, msg, None, &frames::compiler()),
            None => return Ok(re_error(msg, None)),
        },
    };
    let cls = class(vm, "_sre.SRE_Code", "_sre", None, BaseKind::Builtin, &[]);
    let code = Value::Native(Rc::new(Native {
        class: cls,
        data: Box::new(Code {
            prog,
            groups: parsed.groups,
            istext,
        }),
    }));
    let index: Vec<Value> = parsed
        .groupindex
        .into_iter()
        .map(|(n, i)| Value::tuple(vec![Value::string(n), Value::Int(i as i64)]))
        .collect();
    Ok(Value::tuple(vec![
        code,
        Value::Int(parsed.groups as i64 - 1),
        Value::list(index),
        Value::Int(parsed.flags as i64),
    ]))
}

/// `(pos, endpos)` clamped to the text as `state_init` does.
fn bounds(vm: &mut Vm, text: &Text, pos: &Value, endpos: &Value) -> RunResult<(usize, usize)> {
    let len = text.len() as i64;
    let p = int_arg(vm, pos)?.clamp(0, len) as usize;
    let e = int_arg(vm, endpos)?.clamp(0, len) as usize;
    Ok((p, e))
}

/// Runs `f` with a matcher over the text's chars.
macro_rules! with_matcher {
    ($vm:expr, $code:expr, $text:expr, $end:expr, |$m:ident| $body:expr) => {{
        let interrupt = $vm.interrupt;
        match $text.chars() {
            text::Chars::Narrow(t) => {
                let mut $m = Matcher::new(&$code.prog, $code.groups, t, $end, interrupt);
                #[allow(clippy::redundant_closure_call)]
                (|| $body)()
            }
            text::Chars::Wide(t) => {
                let mut $m = Matcher::new(&$code.prog, $code.groups, &t[..], $end, interrupt);
                #[allow(clippy::redundant_closure_call)]
                (|| $body)()
            }
        }
    }};
}

fn interrupted(vm: &mut Vm) -> coil_interp::Exc {
    vm.take_interrupt();
    vm.keyboard_interrupt()
}

fn search_fn(vm: &mut Vm, _recv: &Value, a: Args) -> RunResult<Value> {
    let (code, string, pos, endpos, mode, must_advance, pattern) = match a.pos {
        [c, s, p, e, m, ma] => (c, s, p, e, m, ma, None),
        [c, s, p, e, m, ma, pat] => (c, s, p, e, m, ma, Some(pat)),
        _ => return Err(vm.type_error("_sre.search expects 6 or 7 arguments")),
    };
    let code = code_arg(vm, code)?;
    let text = Text::of(vm, string, code.istext)?;
    let (pos, end) = bounds(vm, &text, pos, endpos)?;
    let mode = match int_arg(vm, mode)? {
        0 => Mode::Match,
        1 => Mode::FullMatch,
        _ => Mode::Search,
    };
    let must_advance = int_arg(vm, must_advance)? != 0;
    let r = search_spans(vm, code, &text, pos, end, mode, must_advance);
    match r {
        Ok(Some(spans)) => match pattern {
            Some(p) => Ok(match_obj::new_match(p, string, pos, end, spans).unwrap_or(Value::None)),
            None => Ok(spans),
        },
        Ok(None) => Ok(Value::None),
        Err(_) => Err(interrupted(vm)),
    }
}

/// One search: `Some(spans)` (`(lastindex, start0, end0, …)`) or `None`.
pub(crate) fn search_spans(
    vm: &Vm,
    code: &Code,
    text: &Text,
    pos: usize,
    end: usize,
    mode: Mode,
    must_advance: bool,
) -> Result<Option<Value>, matcher::Interrupted> {
    if pos > end {
        return Ok(None);
    }
    with_matcher!(vm, code, text, end, |m| {
        m.search(pos, mode, must_advance).map(|found| {
            found.then(|| {
                let mut out = Vec::with_capacity(m.slots.len() + 1);
                out.push(if m.lastindex == 0 {
                    Value::None
                } else {
                    Value::Int(m.lastindex as i64)
                });
                for pair in m.slots.chunks(2) {
                    let (s, e) = (pair[0], pair[1]);
                    if s == NONE || e == NONE || s > e {
                        out.push(Value::Int(-1));
                        out.push(Value::Int(-1));
                    } else {
                        out.push(Value::Int(s as i64));
                        out.push(Value::Int(e as i64));
                    }
                }
                Value::tuple(out)
            })
        })
    })
}

/// The text of group `g` after a match (an unmatched group gives `empty`).
fn group_value(text: &Text, slots: &[usize], g: usize, empty: Option<Value>) -> Value {
    let (s, e) = (slots[2 * g], slots[2 * g + 1]);
    if s == NONE || e == NONE || s > e {
        return empty.unwrap_or_else(|| text.slice(0, 0));
    }
    text.slice(s, e)
}

pub(crate) fn findall_fn(vm: &mut Vm, _recv: &Value, a: Args) -> RunResult<Value> {
    let [code, string, pos, endpos] = a.pos else {
        return Err(vm.type_error("_sre.findall expects 4 arguments"));
    };
    let code = code_arg(vm, code)?;
    let text = Text::of(vm, string, code.istext)?;
    let (pos, end) = bounds(vm, &text, pos, endpos)?;
    let mut out = Vec::new();
    let groups = code.groups - 1;
    let r: Result<(), matcher::Interrupted> = with_matcher!(vm, code, text, end, |m| {
        m.each_match(pos, 0, |m| {
            let item = match groups {
                0 => text.slice(m.slots[0], m.slots[1]),
                1 => group_value(&text, &m.slots, 1, None),
                n => Value::tuple(
                    (1..=n)
                        .map(|g| group_value(&text, &m.slots, g, None))
                        .collect(),
                ),
            };
            out.push(item);
            true
        })
    });
    if r.is_err() {
        return Err(interrupted(vm));
    }
    Ok(Value::list(out))
}

fn split_fn(vm: &mut Vm, _recv: &Value, a: Args) -> RunResult<Value> {
    let [code, string, maxsplit] = a.pos else {
        return Err(vm.type_error("_sre.split expects 3 arguments"));
    };
    let code = code_arg(vm, code)?;
    let text = Text::of(vm, string, code.istext)?;
    let maxsplit = int_arg(vm, maxsplit)?;
    let end = text.len();
    let mut out = Vec::new();
    let groups = code.groups - 1;
    let mut last = 0;
    let r: Result<(), matcher::Interrupted> = with_matcher!(vm, code, text, end, |m| {
        m.each_match(0, maxsplit, |m| {
            out.push(text.slice(last, m.slots[0]));
            for g in 1..=groups {
                out.push(group_value(&text, &m.slots, g, Some(Value::None)));
            }
            last = m.slots[1];
            true
        })
    });
    if r.is_err() {
        return Err(interrupted(vm));
    }
    out.push(text.slice(last, end));
    Ok(Value::list(out))
}

/// `sub(code, parts, string, count)` with `parts` the parsed template: literal
/// strs/bytes and group numbers. Returns `(result, number of substitutions)`.
fn sub_fn(vm: &mut Vm, _recv: &Value, a: Args) -> RunResult<Value> {
    let [code, parts, string, count, pattern] = a.pos else {
        return Err(vm.type_error("_sre.sub expects 5 arguments"));
    };
    let code = code_arg(vm, code)?;
    let text = Text::of(vm, string, code.istext)?;
    let count = int_arg(vm, count)?;
    let (parts, filter): (Vec<Value>, Option<&Value>) = match parts {
        Value::List(l) => (l.items.borrow().clone(), None),
        f => (Vec::new(), Some(f)),
    };
    let mut error = None;
    let end = text.len();
    let mut pieces: Vec<Value> = Vec::new();
    let mut n = 0i64;
    let mut last = 0;
    let r: Result<(), matcher::Interrupted> = with_matcher!(vm, code, text, end, |m| {
        m.each_match(0, count, |m| {
            if last < m.slots[0] {
                pieces.push(text.slice(last, m.slots[0]));
            }
            if let Some(f) = filter {
                // A function replacement sees a Match for this hit.
                let mut spans = vec![if m.lastindex == 0 {
                    Value::None
                } else {
                    Value::Int(m.lastindex as i64)
                }];
                for pair in m.slots.chunks(2) {
                    let ok = pair[0] != NONE && pair[1] != NONE && pair[0] <= pair[1];
                    spans.push(Value::Int(if ok { pair[0] as i64 } else { -1 }));
                    spans.push(Value::Int(if ok { pair[1] as i64 } else { -1 }));
                }
                let mv = match_obj::new_match(pattern, string, 0, end, Value::tuple(spans))
                    .unwrap_or(Value::None);
                match vm.call(f, &[mv], &[]) {
                    Ok(Value::None) => {}
                    Ok(v) => pieces.push(v),
                    Err(e) => {
                        error = Some(e);
                        return false;
                    }
                }
            }
            for p in &parts {
                match p {
                    Value::Int(g) => {
                        let g = *g as usize;
                        if g < code.groups {
                            pieces.push(group_value(&text, &m.slots, g, None));
                        }
                    }
                    other => pieces.push(other.clone()),
                }
            }
            n += 1;
            last = m.slots[1];
            true
        })
    });
    if r.is_err() {
        return Err(interrupted(vm));
    }
    if let Some(e) = error {
        return Err(e);
    }
    if last < end {
        pieces.push(text.slice(last, end));
    }
    let joined = if filter.is_some() {
        // Function results may be of any type: join() reports a wrong one as
        // CPython's pattern_subx does.
        let sep = text.slice(0, 0);
        vm.call_method(&sep, "join", &[Value::list(pieces)])?
    } else {
        text.join(&pieces)
    };
    Ok(Value::tuple(vec![joined, Value::Int(n)]))
}

coil_interp::native_payload!(Code);
