//! Build and unpack: displays (`BuildTuple`, `BuildList`, `BuildSet`, `BuildMap`,
//! `BuildSlice`), comprehension appends (`ListAppend`, `SetAdd`, `MapAdd`), star
//! displays (`ListExtend`, `SetUpdate`, `DictUpdate`, `DictMerge`, `ListToTuple`),
//! unpacking (`UnpackSequence`, `UnpackEx`) and f-string pieces (`FormatValue`,
//! `BuildString`), as CPython 3.11's `Python/ceval.c` runs them (`unpack_iterable`,
//! `format_kwargs_error`, `DICT_MERGE`) with its error texts.

use crate::object::{Dict, Slice, Str, Value};
use crate::vm::Vm;
use crate::RunResult;
use std::rc::Rc;

impl Vm {
    fn peek(&mut self, n: usize) -> Value {
        let s = &self.values;
        s[s.len() - n].clone().unwrap_or(Value::None)
    }

    fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let start = self.values.len() - n;
        self.values
            .drain(start..)
            .map(|v| v.unwrap_or(Value::None))
            .collect()
    }

    /// `BuildSet(n)`.
    pub(crate) fn build_set(&mut self, n: u32) -> RunResult<()> {
        let items = self.pop_n(n as usize);
        let set = crate::gc::new(crate::object::Set::new(false));
        for v in items {
            self.set_add(&set, v)?;
        }
        self.push(Value::Set(set));
        Ok(())
    }

    /// `BuildMap(n)`: `[k1, v1, .. kn, vn] -> [dict]`.
    pub(crate) fn build_map(&mut self, n: u32) -> RunResult<()> {
        let items = self.pop_n(2 * n as usize);
        let d = crate::gc::new(Dict::new());
        let mut it = items.into_iter();
        while let (Some(k), Some(v)) = (it.next(), it.next()) {
            self.dict_set(&d, k, v)?;
        }
        self.push(Value::Dict(d));
        Ok(())
    }

    /// `BuildString(n)` with a piece that is not a `str` (the all-`str` case is
    /// joined in the dispatch loop).
    pub(crate) fn build_string(&mut self, n: u32) -> RunResult<()> {
        let items = self.pop_n(n as usize);
        let mut s = String::new();
        for v in &items {
            match v {
                Value::Str(x) => s.push_str(x.as_str()),
                other => s.push_str(self.to_str(other)?.as_str()),
            }
        }
        self.push(Value::string(s));
        Ok(())
    }

    /// `BuildSlice(n)`: `[start, stop(, step)] -> [slice]`.
    pub(crate) fn build_slice(&mut self, n: u32) {
        let step = if n == 3 { self.pop() } else { Value::None };
        let stop = self.pop();
        let start = self.pop();
        self.push(Value::Slice(Rc::new(Slice { start, stop, step })));
    }

    /// `SetAdd(n)`: adds the top to the set `n` deep.
    pub(crate) fn set_add_instr(&mut self, n: u32) -> RunResult<()> {
        let v = self.pop();
        match self.peek(n as usize) {
            Value::Set(s) => self.set_add(&s, v),
            _ => Err(self.bad_stack("SetAdd")),
        }
    }

    /// `MapAdd(n)`: `[.., dict, .., k, v]`.
    pub(crate) fn map_add(&mut self, n: u32) -> RunResult<()> {
        let v = self.pop();
        let k = self.pop();
        match self.peek(n as usize) {
            Value::Dict(d) => self.dict_set(&d, k, v),
            _ => Err(self.bad_stack("MapAdd")),
        }
    }

    /// `ListExtend(n)`: `[*a]`.
    pub(crate) fn list_extend(&mut self, n: u32) -> RunResult<()> {
        let iterable = self.pop();
        let Value::List(l) = self.peek(n as usize) else {
            return Err(self.bad_stack("ListExtend"));
        };
        let items = match &iterable {
            Value::Tuple(t) => t.items.to_vec(),
            Value::List(src) => src.items.borrow().clone(),
            other => self.collect(other).map_err(|e| self.star_error(e, other))?,
        };
        l.items.borrow_mut().extend(items);
        Ok(())
    }

    /// `SetUpdate(n)`: `{*a}`.
    pub(crate) fn set_update(&mut self, n: u32) -> RunResult<()> {
        let iterable = self.pop();
        let Value::Set(s) = self.peek(n as usize) else {
            return Err(self.bad_stack("SetUpdate"));
        };
        // `set_update_internal`: a set merges, a dict's keys come pre-sized.
        match &iterable {
            Value::Set(src) => return self.set_merge(&s, src),
            Value::Dict(d) => return self.set_merge_dict(&s, d.key_values()),
            _ => {}
        }
        for v in self.collect(&iterable)? {
            self.set_add(&s, v)?;
        }
        Ok(())
    }

    /// `DictUpdate(n)` (`{**m}`) and `DictMerge(n)` (`f(**m)`: the callee sits
    /// below the dict being built, for the error texts).
    pub(crate) fn dict_update_instr(&mut self, n: u32, merge: bool) -> RunResult<()> {
        let mapping = self.pop();
        let Value::Dict(d) = self.peek(n as usize) else {
            return Err(self.bad_stack("DictUpdate"));
        };
        let callee = if merge {
            let s = &self.values;
            s.len()
                .checked_sub(n as usize + 2)
                .and_then(|i| s[i].clone())
        } else {
            None
        };
        self.dict_update(&d, &mapping, callee.as_ref())
    }

    /// `ListToTuple`.
    pub(crate) fn list_to_tuple(&mut self) -> RunResult<()> {
        let v = self.pop();
        let items = match &v {
            Value::List(l) => l.items.borrow().clone(),
            _ => return Err(self.bad_stack("ListToTuple")),
        };
        self.push(Value::tuple(items));
        Ok(())
    }

    /// `UnpackSequence(n)`: the items go on the stack last first.
    pub(crate) fn unpack_sequence(&mut self, n: u32) -> RunResult<()> {
        let seq = self.pop();
        let seq = match seq {
            // `a, b = pair`: the items pushed straight from the tuple, last
            // first, with no vector in between (`vm/spare_tuples.rs`).
            Value::Tuple(t) if t.items.len() == n as usize => {
                self.pool.tuples.unpack(&mut self.values, t);
                return Ok(());
            }
            seq => seq,
        };
        let items = self.unpack_items(&seq, Some(n as usize))?;
        let n = n as usize;
        if items.len() != n {
            return Err(self.unpack_count_error(items.len(), n, false));
        }
        self.values.extend(items.into_iter().rev().map(Some));
        Ok(())
    }

    /// `UnpackEx(before, after)`: `a, *b, c = seq`.
    pub(crate) fn unpack_ex(&mut self, before: u16, after: u16) -> RunResult<()> {
        let seq = self.pop();
        let mut items = self.unpack_items(&seq, None)?;
        let (before, after) = (before as usize, after as usize);
        if items.len() < before + after {
            return Err(self.unpack_count_error(items.len(), before + after, true));
        }
        let tail = items.split_off(items.len() - after);
        let middle = items.split_off(before);
        let s = &mut self.values;
        s.extend(tail.into_iter().rev().map(Some));
        s.push(Some(Value::list(middle)));
        s.extend(items.into_iter().rev().map(Some));
        Ok(())
    }

    /// `FormatValue(flags)`: conversion in the low two bits (`!s`, `!r`, `!a`),
    /// a format spec on the stack when bit 4 is set.
    pub(crate) fn format_value(&mut self, flags: u8) -> RunResult<()> {
        let spec = if flags & 4 != 0 {
            Some(self.pop())
        } else {
            None
        };
        let v = self.pop();
        let v = match flags & 3 {
            1 => Value::Str(self.to_str(&v)?),
            2 => Value::Str(self.repr(&v)?),
            3 => {
                let r = self.repr(&v)?;
                Value::string(ascii_escape(r.as_str()))
            }
            _ => v,
        };
        let spec = match &spec {
            Some(Value::Str(s)) => s.as_str().to_string(),
            Some(other) => self.to_str(other)?.as_str().to_string(),
            None => String::new(),
        };
        let r = match v {
            Value::Str(s) if spec.is_empty() => s,
            v => self.format(&v, &spec)?,
        };
        self.push(Value::Str(r));
        Ok(())
    }

    /// The items of a value being unpacked, with CPython's error for
    /// non-iterables. With `expected`, reading stops one item past it
    /// (`unpack_iterable`: `a, b = endless()` takes three, then fails).
    fn unpack_items(&mut self, seq: &Value, expected: Option<usize>) -> RunResult<Vec<Value>> {
        match seq {
            Value::Tuple(t) => Ok(t.items.to_vec()),
            Value::List(l) => Ok(l.items.borrow().clone()),
            // Sized first: `*a, b = range(10**100)` is an OverflowError.
            Value::Range(_) if expected.is_none() => self.collect(seq),
            other => {
                let it = match self.get_iter(other) {
                    Ok(it) => it,
                    Err(e) if e.class().is_subclass(&self.types.exc.type_error) => {
                        return Err(self.type_error(format!(
                            "cannot unpack non-iterable {} object",
                            other.type_name()
                        )))
                    }
                    Err(e) => return Err(e),
                };
                let Some(expected) = expected else {
                    return self.collect(&it);
                };
                let mut out = Vec::new();
                while let Some(v) = self.next(&it)? {
                    out.push(v);
                    if out.len() > expected {
                        break;
                    }
                }
                Ok(out)
            }
        }
    }

    fn unpack_count_error(&self, got: usize, expected: usize, at_least: bool) -> crate::Exc {
        if at_least {
            self.value_error(format!(
                "not enough values to unpack (expected at least {expected}, got {got})"
            ))
        } else if got < expected {
            self.value_error(format!(
                "not enough values to unpack (expected {expected}, got {got})"
            ))
        } else {
            self.value_error(format!("too many values to unpack (expected {expected})"))
        }
    }

    /// `[*x]` with a non-iterable x.
    fn star_error(&self, e: crate::Exc, v: &Value) -> crate::Exc {
        if e.class().is_subclass(&self.types.exc.type_error)
            && self.lookup_special(v, &Str::intern("__iter__")).is_none()
        {
            return self.type_error(format!(
                "Value after * must be an iterable, not {}",
                v.type_name()
            ));
        }
        e
    }

    /// `{**m}` (`callee` None) or `f(**m)` (repeated keys are an error).
    fn dict_update(
        &mut self,
        d: &Rc<Dict>,
        mapping: &Value,
        callee: Option<&Value>,
    ) -> RunResult<()> {
        let pairs: Vec<(Value, Value)> = match mapping {
            Value::Dict(m) => m
                .map
                .borrow()
                .iter()
                .map(|(k, v)| (k.value.clone(), v.clone()))
                .collect(),
            other => {
                let Some(keys_f) = self.get_attr_opt(other, &Str::intern("keys"))? else {
                    return Err(match callee {
                        Some(c) => self.type_error(format!(
                            "{} argument after ** must be a mapping, not {}",
                            super::calls::function_str(c),
                            other.type_name()
                        )),
                        None => self
                            .type_error(format!("'{}' object is not a mapping", other.type_name())),
                    });
                };
                let keys = self.call(&keys_f, &[], &[])?;
                let mut out = Vec::new();
                for k in self.collect(&keys)? {
                    let v = self.get_item(other, &k)?;
                    out.push((k, v));
                }
                out
            }
        };
        for (k, v) in pairs {
            if let Some(c) = callee {
                if !matches!(k, Value::Str(_)) {
                    return Err(self.type_error(format!(
                        "{} keywords must be strings",
                        super::calls::function_str(c)
                    )));
                }
                if self.dict_get(d, &k)?.is_some() {
                    let name = match &k {
                        Value::Str(s) => s.as_str().to_string(),
                        _ => String::new(),
                    };
                    return Err(self.type_error(format!(
                        "{} got multiple values for keyword argument '{name}'",
                        super::calls::function_str(c)
                    )));
                }
            }
            self.dict_set(d, k, v)?;
        }
        Ok(())
    }
}

/// `BuildTuple(n)`/`BuildList(n)`: moves the top `n` values into a new vector.
#[inline(always)]
pub(crate) fn take_values(values: &mut Vec<Option<Value>>, n: usize) -> Vec<Value> {
    crate::vm::stack::take_top(values, n)
}

/// `ascii()`: repr with non-ASCII characters escaped.
pub(crate) fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n <= 0xff {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n <= 0xffff {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}
