//! The one-shot encoder behind `JSONEncoder.encode` / `json.dumps` (CPython
//! 3.11 `Modules/_json.c`: `encoder_listencode_obj`, `_list`, `_dict`,
//! `encoder_encode_float`), writing the whole text into one Rust `String`.
//! Unlike CPython's C encoder it also does `indent` (same text as the Python
//! encoder in `json/encoder.py`, which CPython uses then), so `dumps(...,
//! indent=2)` is fast too.

use super::strings::write_json_str;
use crate::builtins::args::{clinic, to_i64};
use coil_interp::object::float::float_repr;
use coil_interp::object::{Args, Payload};
use coil_interp::{RunResult, Value, Vm};
use std::collections::HashSet;

/// How strings are written: escaped to ASCII, as they are, or by a
/// user-supplied `encoder` function.
enum StrMode {
    Ascii,
    Unicode,
    Call(Value),
}

struct Encoder {
    out: String,
    /// Ids of the containers being encoded (`check_circular`).
    markers: Option<HashSet<usize>>,
    default: Value,
    strings: StrMode,
    indent: Option<String>,
    key_sep: String,
    item_sep: String,
    sort_keys: bool,
    skipkeys: bool,
    allow_nan: bool,
    depth: usize,
}

fn str_arg(vm: &Vm, v: &Option<Value>, what: &str) -> RunResult<String> {
    match v {
        Some(Value::Str(s)) => Ok(s.as_str().to_string()),
        Some(other) => Err(vm.type_error(format!(
            "make_encoder() argument {what} must be str, not {}",
            other.type_name()
        ))),
        None => Ok(String::new()),
    }
}

/// `_json.encode(o, level, markers, default, encoder, indent, key_separator,
/// item_separator, sort_keys, skipkeys, allow_nan)`: the JSON text of `o`.
pub fn encode(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    const PARAMS: &[&str] = &[
        "o",
        "level",
        "markers",
        "default",
        "encoder",
        "indent",
        "key_separator",
        "item_separator",
        "sort_keys",
        "skipkeys",
        "allow_nan",
    ];
    let a = clinic(vm, "encode", &args, PARAMS, PARAMS.len(), PARAMS.len())?;
    let arg = |i: usize| a[i].clone().unwrap_or(Value::None);
    let level = to_i64(vm, &arg(1))?.max(0) as usize;
    let strings = match arg(4) {
        Value::Builtin(b) if b.owner.is_none() && b.name.as_str() == "encode_basestring_ascii" => {
            StrMode::Ascii
        }
        Value::Builtin(b) if b.owner.is_none() && b.name.as_str() == "encode_basestring" => {
            StrMode::Unicode
        }
        other => StrMode::Call(other),
    };
    let indent = match arg(5) {
        Value::None => None,
        Value::Str(s) => Some(s.as_str().to_string()),
        other => {
            return Err(vm.type_error(format!(
                "indent must be None or str, not {}",
                other.type_name()
            )))
        }
    };
    let sort_keys = vm.truthy(&arg(8))?;
    let skipkeys = vm.truthy(&arg(9))?;
    let allow_nan = vm.truthy(&arg(10))?;
    let mut enc = Encoder {
        out: String::new(),
        markers: (!arg(2).is_none()).then(HashSet::new),
        default: arg(3),
        strings,
        indent,
        key_sep: str_arg(vm, &a[6], "key_separator")?,
        item_sep: str_arg(vm, &a[7], "item_separator")?,
        sort_keys,
        skipkeys,
        allow_nan,
        depth: 0,
    };
    enc.value(vm, &arg(0), level)?;
    Ok(Value::string(enc.out))
}

impl Encoder {
    fn string(&mut self, vm: &mut Vm, s: &str) -> RunResult<()> {
        match &self.strings {
            StrMode::Ascii => vm.alloc(write_json_str(&mut self.out, s, true))?,
            StrMode::Unicode => vm.alloc(write_json_str(&mut self.out, s, false))?,
            StrMode::Call(f) => {
                let f = f.clone();
                match vm.call0(&f, &[Value::str(s)])? {
                    Value::Str(r) => self.out.push_str(r.as_str()),
                    other => {
                        return Err(vm.type_error(format!(
                            "encoder() must return a string, not {}",
                            other.type_name()
                        )))
                    }
                }
            }
        }
        Ok(())
    }

    /// `float.__repr__`, or the JSON names of the non-finite values.
    fn float(&self, vm: &Vm, f: f64) -> RunResult<String> {
        if f.is_finite() {
            return Ok(float_repr(f));
        }
        if !self.allow_nan {
            return Err(vm.value_error("Out of range float values are not JSON compliant"));
        }
        Ok(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .to_string())
    }

    /// The text of a scalar (`int.__repr__` for ints, even subclasses), or
    /// `None` for anything else.
    fn scalar(&self, vm: &mut Vm, v: &Value) -> RunResult<Option<String>> {
        Ok(Some(match v {
            Value::None => "null".into(),
            Value::Bool(true) => "true".into(),
            Value::Bool(false) => "false".into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(_) => vm.repr(v)?.as_str().to_string(),
            Value::Float(f) => self.float(vm, *f)?,
            _ => return Ok(None),
        }))
    }

    fn newline(&mut self, level: usize) {
        if let Some(ind) = &self.indent {
            self.out.push('\n');
            for _ in 0..level {
                self.out.push_str(ind);
            }
        }
    }

    fn enter(&mut self, vm: &mut Vm, v: &Value) -> RunResult<Option<usize>> {
        if vm.frames.len() + vm.native_depth + self.depth >= vm.recursion_limit || !vm.stack_ok() {
            return Err(
                vm.recursion_error("maximum recursion depth exceeded while encoding a JSON object")
            );
        }
        let Some(markers) = &mut self.markers else {
            return Ok(None);
        };
        let id = v.ptr_id().unwrap_or(0);
        if !markers.insert(id) {
            return Err(vm.value_error("Circular reference detected"));
        }
        Ok(Some(id))
    }

    fn leave(&mut self, id: Option<usize>) {
        if let (Some(m), Some(id)) = (&mut self.markers, id) {
            m.remove(&id);
        }
    }

    fn value(&mut self, vm: &mut Vm, v: &Value, level: usize) -> RunResult<()> {
        // A subclass of str, int, float, list, tuple or dict is encoded as its
        // builtin value; the circular check still sees the instance itself.
        let base = match v {
            Value::Instance(i) if matches!(i.payload, Payload::Builtin(_)) => vm.builtin_base(v),
            _ => v.clone(),
        };
        if let Some(text) = self.scalar(vm, &base)? {
            self.out.push_str(&text);
            return Ok(());
        }
        match &base {
            Value::Str(s) => self.string(vm, s.as_str()),
            Value::List(l) => {
                let items = l.items.borrow().clone();
                self.list(vm, v, &items, level)
            }
            Value::Tuple(t) => self.list(vm, v, &t.items, level),
            Value::Dict(_) => self.dict(vm, v, level),
            _ => self.other(vm, v, level),
        }
    }

    /// Anything else goes through `default`, under the circular check.
    fn other(&mut self, vm: &mut Vm, v: &Value, level: usize) -> RunResult<()> {
        let id = self.enter(vm, v)?;
        let default = self.default.clone();
        let replaced = vm.call0(&default, std::slice::from_ref(v))?;
        self.depth += 1;
        let r = self.value(vm, &replaced, level);
        self.depth -= 1;
        r?;
        self.leave(id);
        Ok(())
    }

    fn list(&mut self, vm: &mut Vm, v: &Value, items: &[Value], level: usize) -> RunResult<()> {
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(());
        }
        let id = self.enter(vm, v)?;
        self.depth += 1;
        self.out.push('[');
        let inner = level + 1;
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                let sep = std::mem::take(&mut self.item_sep);
                self.out.push_str(&sep);
                self.item_sep = sep;
            }
            self.newline(inner);
            self.value(vm, item, inner)?;
        }
        self.newline(level);
        self.out.push(']');
        self.depth -= 1;
        self.leave(id);
        Ok(())
    }

    /// A dict key as JSON wants it (a str), `None` to skip it (`skipkeys`).
    fn key(&mut self, vm: &mut Vm, k: &Value) -> RunResult<Option<String>> {
        let base = vm.builtin_base(k);
        if let Value::Str(s) = &base {
            return Ok(Some(s.as_str().to_string()));
        }
        if let Some(text) = self.scalar(vm, &base)? {
            return Ok(Some(text));
        }
        if self.skipkeys {
            return Ok(None);
        }
        Err(vm.type_error(format!(
            "keys must be str, int, float, bool or None, not {}",
            k.type_name()
        )))
    }

    fn dict(&mut self, vm: &mut Vm, v: &Value, level: usize) -> RunResult<()> {
        let exact = match v {
            Value::Dict(d) => Some(d.clone()),
            _ => None,
        };
        let pairs: Vec<(Value, Value)> = match (&exact, self.sort_keys) {
            (Some(d), false) => {
                if d.is_empty() {
                    self.out.push_str("{}");
                    return Ok(());
                }
                d.map
                    .borrow()
                    .iter()
                    .map(|(k, v)| (k.value.clone(), v.clone()))
                    .collect()
            }
            _ => {
                if let Value::Dict(d) = vm.builtin_base(v) {
                    if d.is_empty() {
                        self.out.push_str("{}");
                        return Ok(());
                    }
                }
                // `items()` (a subclass may override it), sorted as a list of
                // pairs when asked: mixed key types fail as in CPython.
                let items = vm.call_method(v, "items", &[])?;
                let list = Value::list(vm.collect(&items)?);
                if self.sort_keys {
                    vm.call_method(&list, "sort", &[])?;
                }
                let Value::List(l) = &list else {
                    return Ok(());
                };
                let items = l.items.borrow().clone();
                let mut pairs = Vec::with_capacity(items.len());
                for it in items {
                    match &it {
                        Value::Tuple(t) if t.items.len() == 2 => {
                            pairs.push((t.items[0].clone(), t.items[1].clone()))
                        }
                        _ => return Err(vm.value_error("items must return 2-tuples")),
                    }
                }
                pairs
            }
        };
        let id = self.enter(vm, v)?;
        self.depth += 1;
        self.out.push('{');
        let inner = level + 1;
        let mut first = true;
        for (k, val) in &pairs {
            let Some(key) = self.key(vm, k)? else {
                continue;
            };
            if !first {
                let sep = std::mem::take(&mut self.item_sep);
                self.out.push_str(&sep);
                self.item_sep = sep;
            }
            first = false;
            self.newline(inner);
            self.string(vm, &key)?;
            let sep = std::mem::take(&mut self.key_sep);
            self.out.push_str(&sep);
            self.key_sep = sep;
            self.value(vm, val, inner)?;
        }
        self.newline(level);
        self.out.push('}');
        self.depth -= 1;
        self.leave(id);
        Ok(())
    }
}
