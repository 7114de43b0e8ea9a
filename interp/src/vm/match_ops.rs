//! The run-time side of match statements: `GET_LEN`, `MATCH_SEQUENCE`,
//! `MATCH_MAPPING`, `MATCH_KEYS` and `MATCH_CLASS`, as CPython 3.11's
//! `Python/ceval.c` runs them (`match_keys`, `match_class`, `match_class_attr`) with
//! its TypeError texts. Coil has no type flags: a class is a sequence or a mapping
//! for matching when its MRO holds one of the types CPython flags
//! (`Py_TPFLAGS_SEQUENCE`/`Py_TPFLAGS_MAPPING`), the `collections.abc` ones included.

use super::Vm;
use crate::object::{Class, Str, Value};
use crate::RunResult;
use std::rc::Rc;

/// Types that `case [a, b]` matches, with their subclasses (`Py_TPFLAGS_SEQUENCE`).
const SEQUENCE_TYPES: &[(&str, &str)] = &[
    ("builtins", "list"),
    ("builtins", "tuple"),
    ("builtins", "range"),
    ("builtins", "memoryview"),
    ("collections", "deque"),
    ("array", "array"),
    ("collections.abc", "Sequence"),
    ("_collections_abc", "Sequence"),
];

/// Types that `case {k: v}` matches (`Py_TPFLAGS_MAPPING`).
const MAPPING_TYPES: &[(&str, &str)] = &[
    ("builtins", "dict"),
    ("builtins", "mappingproxy"),
    ("collections.abc", "Mapping"),
    ("_collections_abc", "Mapping"),
];

/// Builtin types whose class pattern matches the subject itself: `int(x)`
/// (`_Py_TPFLAGS_MATCH_SELF`).
const MATCH_SELF_TYPES: &[&str] = &[
    "bool",
    "bytearray",
    "bytes",
    "dict",
    "float",
    "frozenset",
    "int",
    "list",
    "set",
    "str",
    "tuple",
];

fn has_flag(cls: &Rc<Class>, types: &[(&str, &str)]) -> bool {
    std::iter::once(cls).chain(cls.mro.iter()).any(|c| {
        types
            .iter()
            .any(|(m, n)| c.name.as_str() == *n && c.module.as_str() == *m)
    })
}

impl Vm {
    /// `GetLen`: `[v] -> [v, len(v)]`.
    pub(crate) fn get_len(&mut self) -> RunResult<()> {
        let v = self.top_value();
        let n = self.len(&v)?;
        self.push(Value::Int(n as i64));
        Ok(())
    }

    /// `MatchSequence`: `[v] -> [v, is a sequence for matching]`.
    pub(crate) fn match_sequence(&mut self) {
        let v = self.top_value();
        let cls = self.type_of(&v);
        let is = !matches!(v, Value::Str(_) | Value::Bytes(_)) && has_flag(&cls, SEQUENCE_TYPES);
        self.push(Value::Bool(is));
    }

    /// `MatchMapping`: `[v] -> [v, is a mapping for matching]`.
    pub(crate) fn match_mapping(&mut self) {
        let v = self.top_value();
        let cls = self.type_of(&v);
        self.push(Value::Bool(has_flag(&cls, MAPPING_TYPES)));
    }

    /// `MatchKeys`: `[subject, keys] -> [subject, keys, values or None]`.
    pub(crate) fn match_keys_instr(&mut self) -> RunResult<()> {
        let keys = self.pop();
        let subject = self.top_value();
        let values = self.match_keys(&subject, &keys)?;
        self.push(keys);
        self.push(values);
        Ok(())
    }

    /// `MatchClass(nargs)`: `[subject, cls, names] -> [attributes or None]`.
    pub(crate) fn match_class_instr(&mut self, nargs: u32) -> RunResult<()> {
        let names = self.pop();
        let cls = self.pop();
        let subject = self.pop();
        let attrs = self.match_class(&subject, &cls, nargs as usize, &names)?;
        self.push(attrs);
        Ok(())
    }

    fn top_value(&self) -> Value {
        self.values.last().cloned().flatten().unwrap_or(Value::None)
    }

    /// `match_keys`: the values for `keys` in `map` (looked up with
    /// `map.get(key, dummy)`), or None when one is missing.
    fn match_keys(&mut self, map: &Value, keys: &Value) -> RunResult<Value> {
        let keys: Vec<Value> = match keys {
            Value::Tuple(t) => t.items.to_vec(),
            _ => Vec::new(),
        };
        if keys.is_empty() {
            return Ok(Value::tuple(Vec::new()));
        }
        let get = self.get_attr(map, &Str::intern("get"))?;
        let dummy = self.call(&Value::Class(self.types.object.clone()), &[], &[])?;
        let mut seen: Vec<(i64, Value)> = Vec::new();
        let mut values = Vec::with_capacity(keys.len());
        for key in keys {
            let h = self.hash(&key)?;
            for (sh, s) in seen.clone() {
                if sh == h && (s.is(&key) || self.eq(&s, &key)?) {
                    let r = self.repr(&key)?;
                    return Err(self.value_error(format!(
                        "mapping pattern checks duplicate key ({})",
                        r.as_str()
                    )));
                }
            }
            seen.push((h, key.clone()));
            let v = self.call(&get, &[key, dummy.clone()], &[])?;
            if v.is(&dummy) {
                return Ok(Value::None);
            }
            values.push(v);
        }
        Ok(Value::tuple(values))
    }

    /// `match_class`: the sub-subjects of `cls(p1, …, pN, name=…)`, or None.
    fn match_class(
        &mut self,
        subject: &Value,
        cls: &Value,
        nargs: usize,
        names: &Value,
    ) -> RunResult<Value> {
        let Value::Class(cls) = cls else {
            return Err(self.type_error("called match pattern must be a type"));
        };
        if !self.type_of(subject).is_subclass(cls) {
            return Ok(Value::None);
        }
        let mut seen: Vec<Rc<Str>> = Vec::new();
        let mut attrs = Vec::new();
        if nargs > 0 {
            let match_args =
                self.get_attr_opt(&Value::Class(cls.clone()), &Str::intern("__match_args__"))?;
            let (allowed, match_self, match_args) = match match_args {
                Some(Value::Tuple(t)) => (t.items.len(), false, t.items.to_vec()),
                Some(other) => {
                    let got = self.type_name(&other);
                    return Err(self.type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        cls.name.as_str(),
                        got.as_str()
                    )));
                }
                None => {
                    let builtin_self = std::iter::once(cls).chain(cls.mro.iter()).any(|c| {
                        c.module.as_str() == "builtins"
                            && MATCH_SELF_TYPES.contains(&c.name.as_str())
                    });
                    (builtin_self as usize, builtin_self, Vec::new())
                }
            };
            if allowed < nargs {
                let plural = if allowed == 1 { "" } else { "s" };
                return Err(self.type_error(format!(
                    "{}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)",
                    cls.name.as_str()
                )));
            }
            if match_self {
                attrs.push(subject.clone());
            } else {
                for name in match_args.iter().take(nargs) {
                    let Value::Str(name) = name else {
                        let got = self.type_name(name);
                        return Err(self.type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            got.as_str()
                        )));
                    };
                    match self.match_class_attr(subject, cls, name, &mut seen)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
        if let Value::Tuple(names) = names {
            for name in names.items.iter() {
                let Value::Str(name) = name else { continue };
                match self.match_class_attr(subject, cls, name, &mut seen)? {
                    Some(v) => attrs.push(v),
                    None => return Ok(Value::None),
                }
            }
        }
        Ok(Value::tuple(attrs))
    }

    fn match_class_attr(
        &mut self,
        subject: &Value,
        cls: &Rc<Class>,
        name: &Rc<Str>,
        seen: &mut Vec<Rc<Str>>,
    ) -> RunResult<Option<Value>> {
        if seen.iter().any(|s| s.as_str() == name.as_str()) {
            return Err(self.type_error(format!(
                "{}() got multiple sub-patterns for attribute '{}'",
                cls.name.as_str(),
                name.as_str()
            )));
        }
        seen.push(name.clone());
        self.get_attr_opt(subject, name)
    }
}
