//! `re.Match` objects made and read natively (CPython 3.11 `Modules/_sre/sre.c`
//! `pattern_new_match`, `match_group`, `match_getindex`, `match_getslice`): the
//! class is the Python `Match` of `re/__init__.py`, registered once with
//! `_sre.install`; instances are natives of that class whose payload keeps
//! `re`, `string`, `pos`, `endpos` and `_spans` (a flat tuple: lastindex, then
//! start/end per group, -1 unset), read by native properties. The hot methods
//! (`group`, `__getitem__`, `groups`, `start`, `end`, `span`) are Rust, bound on
//! that class; the rest stays Python. (A dict per match made `match()` cost
//! twice as much.)

use super::text::Text;
use crate::builtins::args::{func, method};
use coil_interp::object::descriptors::Property;
use coil_interp::object::{Args, Class, Native, Str};
use coil_interp::{intern, RunResult, Value, Vm};
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    static MATCH_CLASS: RefCell<Option<Rc<Class>>> = const { RefCell::new(None) };
}

/// `_sre.install(Match)`: remembers the class and binds the native methods on it.
pub fn install(vm: &mut Vm, _recv: &Value, a: Args) -> RunResult<Value> {
    let [Value::Class(cls)] = a.pos else {
        return Err(vm.type_error("_sre.install expects the Match class"));
    };
    for (name, f) in [
        ("group", group as coil_interp::object::NativeFn),
        ("__getitem__", getitem),
        ("groups", groups),
        ("start", start),
        ("end", end),
        ("span", span),
    ] {
        cls.dict.set_str(name, method("Match", name, f));
    }
    for (name, f) in [
        ("re", get_re as coil_interp::object::NativeFn),
        ("string", get_string),
        ("pos", get_pos),
        ("endpos", get_endpos),
        ("lastindex", get_lastindex),
        ("_spans", get_spans),
    ] {
        let prop = Property::new(Some(func(name, f)), None, None, None);
        *prop.name.borrow_mut() = Some(Str::intern(name));
        cls.dict.set_str(
            name,
            Value::Native(Rc::new(Native {
                class: vm.types.property.clone(),
                data: Box::new(prop),
            })),
        );
    }
    MATCH_CLASS.with(|c| *c.borrow_mut() = Some(cls.clone()));
    Ok(Value::None)
}

/// The payload of a Match.
struct MatchData {
    pattern: Value,
    string: Value,
    pos: usize,
    endpos: usize,
    spans: Rc<coil_interp::object::Tuple>,
}

fn data<'a>(vm: &Vm, v: &'a Value) -> RunResult<&'a MatchData> {
    if let Value::Native(n) = v {
        if let Some(d) = n.get::<MatchData>() {
            return Ok(d);
        }
    }
    Err(vm.type_error("descriptor requires a 're.Match' object"))
}

fn getter(vm: &Vm, a: &Args, f: impl Fn(&MatchData) -> Value) -> RunResult<Value> {
    match a.pos.first() {
        Some(v) => Ok(f(data(vm, v)?)),
        None => Err(vm.type_error("descriptor requires a 're.Match' object")),
    }
}

fn get_re(vm: &mut Vm, _recv: &Value, a: Args) -> RunResult<Value> {
    getter(vm, &a, |d| d.pattern.clone())
}

fn get_string(vm: &mut Vm, _recv: &Value, a: Args) -> RunResult<Value> {
    getter(vm, &a, |d| d.string.clone())
}

fn get_pos(vm: &mut Vm, _recv: &Value, a: Args) -> RunResult<Value> {
    getter(vm, &a, |d| Value::Int(d.pos as i64))
}

fn get_endpos(vm: &mut Vm, _recv: &Value, a: Args) -> RunResult<Value> {
    getter(vm, &a, |d| Value::Int(d.endpos as i64))
}

fn get_lastindex(vm: &mut Vm, _recv: &Value, a: Args) -> RunResult<Value> {
    getter(vm, &a, |d| {
        d.spans.items.first().cloned().unwrap_or(Value::None)
    })
}

fn get_spans(vm: &mut Vm, _recv: &Value, a: Args) -> RunResult<Value> {
    getter(vm, &a, |d| Value::Tuple(d.spans.clone()))
}

/// A new Match over `string` for `pattern`.
pub fn new_match(
    pattern: &Value,
    string: &Value,
    pos: usize,
    endpos: usize,
    spans: Value,
) -> Option<Value> {
    let cls = MATCH_CLASS.with(|c| c.borrow().clone())?;
    let Value::Tuple(spans) = spans else {
        return None;
    };
    Some(Value::Native(Rc::new(Native {
        class: cls,
        data: Box::new(MatchData {
            pattern: pattern.clone(),
            string: string.clone(),
            pos,
            endpos,
            spans,
        }),
    })))
}

struct View {
    spans: Rc<coil_interp::object::Tuple>,
    string: Value,
    pattern: Value,
}

fn view(vm: &Vm, recv: &Value) -> RunResult<View> {
    let d = data(vm, recv)?;
    Ok(View {
        spans: d.spans.clone(),
        string: d.string.clone(),
        pattern: d.pattern.clone(),
    })
}

impl View {
    fn groups(&self) -> usize {
        (self.spans.items.len() - 1) / 2
    }

    fn span(&self, g: usize) -> (i64, i64) {
        let get = |i: usize| match self.spans.items.get(i) {
            Some(Value::Int(v)) => *v,
            _ => -1,
        };
        (get(2 * g + 1), get(2 * g + 2))
    }

    /// `match_getindex`: an int in range or a group name, else IndexError.
    fn index(&self, vm: &mut Vm, g: &Value) -> RunResult<usize> {
        let n = match vm.builtin_base(g) {
            Value::Int(i) => Some(i),
            Value::Bool(b) => Some(b as i64),
            Value::Str(s) => {
                let index = match &self.pattern {
                    Value::Instance(p) => p.dict.get_name(&intern!("_groupindex")),
                    _ => None,
                };
                match index {
                    Some(Value::Dict(d)) => match d.get_name(&s) {
                        Some(Value::Int(i)) => Some(i),
                        _ => None,
                    },
                    _ => None,
                }
            }
            _ => None,
        };
        match n {
            Some(i) if i >= 0 && (i as usize) < self.groups() => Ok(i as usize),
            _ => Err(vm.index_error("no such group")),
        }
    }

    fn get(&self, vm: &Vm, g: usize, default: &Value) -> RunResult<Value> {
        let (s, e) = self.span(g);
        if s < 0 || e < 0 {
            return Ok(default.clone());
        }
        let text = Text::of(vm, &self.string, !matches!(self.string, Value::Bytes(_)))?;
        Ok(text.slice(s as usize, e as usize))
    }
}

fn group(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    crate::builtins::args::no_kwargs(vm, "group", &a)?;
    let v = view(vm, recv)?;
    match a.pos {
        [] => v.get(vm, 0, &Value::None),
        [g] => {
            let i = v.index(vm, g)?;
            v.get(vm, i, &Value::None)
        }
        many => {
            let mut out = Vec::with_capacity(many.len());
            for g in many {
                let i = v.index(vm, g)?;
                out.push(v.get(vm, i, &Value::None)?);
            }
            Ok(Value::tuple(out))
        }
    }
}

fn getitem(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let g = crate::builtins::args::one_arg(vm, "__getitem__", &a)?;
    let v = view(vm, recv)?;
    let i = v.index(vm, g)?;
    v.get(vm, i, &Value::None)
}

fn groups(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let default = match (a.pos, a.kw) {
        ([], []) => Value::None,
        ([d], []) => d.clone(),
        ([], [(k, d)]) if k.as_str() == "default" => d.clone(),
        _ => return Err(vm.type_error("groups() takes at most 1 argument")),
    };
    let v = view(vm, recv)?;
    let mut out = Vec::with_capacity(v.groups());
    for g in 1..v.groups() {
        out.push(v.get(vm, g, &default)?);
    }
    Ok(Value::tuple(out))
}

fn one_group(vm: &mut Vm, recv: &Value, a: &Args, name: &str) -> RunResult<(i64, i64)> {
    crate::builtins::args::no_kwargs(vm, name, a)?;
    let v = view(vm, recv)?;
    let i = match a.pos {
        [] => 0,
        [g] => v.index(vm, g)?,
        more => {
            return Err(vm.type_error(format!(
                "{name} expected at most 1 argument, got {}",
                more.len()
            )))
        }
    };
    Ok(v.span(i))
}

fn start(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    Ok(Value::Int(one_group(vm, recv, &a, "start")?.0))
}

fn end(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    Ok(Value::Int(one_group(vm, recv, &a, "end")?.1))
}

fn span(vm: &mut Vm, recv: &Value, a: Args) -> RunResult<Value> {
    let (s, e) = one_group(vm, recv, &a, "span")?;
    Ok(Value::tuple(vec![Value::Int(s), Value::Int(e)]))
}

// `spans` is a tuple of ints.
coil_interp::native_payload!(MatchData { pattern, string });
