//! Subscripts and length: indexing and slicing of str/list/tuple/range, dict lookup,
//! `__getitem__`/`__setitem__`/`__delitem__`/`__len__`, and CPython's errors
//! (`list index out of range`, `'int' object is not subscriptable`, …;
//! `Objects/listobject.c` `list_subscript`/`list_ass_subscript`,
//! `Objects/sliceobject.c` `PySlice_Unpack`/`PySlice_AdjustIndices`).

use crate::intern;
use crate::object::int::IntRef;
use crate::object::iterators::DictView;
use crate::object::{Range, Slice, Str, Value};
use crate::vm::Vm;
use crate::RunResult;
use num_traits::ToPrimitive;
use std::rc::Rc;

/// A slice resolved against a length: `start`, `step` and the number of items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SliceIndices {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIndices {
    /// The positions the slice selects, in order.
    pub fn positions(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |i| (self.start + i as i64 * self.step) as usize)
    }
}

/// `PySlice_AdjustIndices`.
pub fn adjust_indices(length: i64, mut start: i64, mut stop: i64, step: i64) -> SliceIndices {
    let clamp = |v: &mut i64| {
        if *v < 0 {
            *v += length;
            if *v < 0 {
                *v = if step < 0 { -1 } else { 0 };
            }
        } else if *v >= length {
            *v = if step < 0 { length - 1 } else { length };
        }
    };
    clamp(&mut start);
    clamp(&mut stop);
    let len = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    SliceIndices {
        start,
        stop,
        step,
        len: len as usize,
    }
}

/// Which kind of sequence an index error is about.
#[derive(Clone, Copy)]
enum Seq {
    List,
    Tuple,
    Str,
    Range,
    Bytes,
}

impl Seq {
    fn name(self) -> &'static str {
        match self {
            Seq::List => "list",
            Seq::Tuple => "tuple",
            Seq::Str => "string",
            Seq::Range => "range object",
            // CPython's bytes says only "index out of range".
            Seq::Bytes => "",
        }
    }
}

/// The builtin classes with a `__class_getitem__` in CPython 3.11.
const GENERIC_BUILTINS: &[&str] = &[
    "list",
    "dict",
    "tuple",
    "set",
    "frozenset",
    "type",
    "enumerate",
    "BaseExceptionGroup",
    "deque",
    "defaultdict",
];

impl Vm {
    /// An index (`__index__`), or `None` if `v` is not an integer-like value.
    pub fn as_index(&mut self, v: &Value) -> RunResult<Option<i64>> {
        match IntRef::of(v) {
            Some(IntRef::Small(i)) => Ok(Some(i)),
            Some(IntRef::Big(_)) => Err(self.new_error(
                &self.types.exc.index_error,
                "cannot fit 'int' into an index-sized integer",
            )),
            None => match v {
                // An int subclass is its int (`PyNumber_Index` checks `PyLong_Check`
                // before any `__index__`).
                Value::Instance(_) if IntRef::of(&self.builtin_base(v)).is_some() => {
                    let base = self.builtin_base(v);
                    self.as_index(&base)
                }
                Value::Instance(_) | Value::Native(_) => {
                    match self.call_special(v, &intern!("__index__"), &[])? {
                        Some(r) => match IntRef::of(&r) {
                            Some(IntRef::Small(i)) => Ok(Some(i)),
                            Some(IntRef::Big(_)) => Err(self.new_error(
                                &self.types.exc.index_error,
                                "cannot fit 'int' into an index-sized integer",
                            )),
                            None => Err(self.type_error(format!(
                                "__index__ returned non-int (type {})",
                                self.type_name(&r).as_str()
                            ))),
                        },
                        None => Ok(None),
                    }
                }
                _ => Ok(None),
            },
        }
    }

    /// One bound of a slice, clamped to i64 as CPython clamps to `Py_ssize_t`.
    fn slice_bound(&mut self, v: &Value) -> RunResult<Option<i64>> {
        if v.is_none() {
            return Ok(None);
        }
        if let Some(IntRef::Big(b)) = IntRef::of(v) {
            return Ok(Some(if b.sign() == num_bigint::Sign::Minus {
                i64::MIN + 1
            } else {
                i64::MAX
            }));
        }
        match self.as_index(v)? {
            Some(i) => Ok(Some(i)),
            None => Err(self
                .type_error("slice indices must be integers or None or have an __index__ method")),
        }
    }

    /// `slice.indices(length)`: `PySlice_Unpack` then `PySlice_AdjustIndices`.
    pub fn slice_indices(&mut self, s: &Slice, length: usize) -> RunResult<SliceIndices> {
        let step = self.slice_bound(&s.step)?.unwrap_or(1);
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let step = step.max(-i64::MAX);
        let start = self
            .slice_bound(&s.start)?
            .unwrap_or(if step < 0 { i64::MAX } else { 0 });
        let stop =
            self.slice_bound(&s.stop)?
                .unwrap_or(if step < 0 { i64::MIN + 1 } else { i64::MAX });
        Ok(adjust_indices(length as i64, start, stop, step))
    }

    /// A normalised index into a sequence of `len` items, or IndexError.
    fn seq_index(
        &mut self,
        key: &Value,
        len: usize,
        kind: Seq,
        assign: bool,
    ) -> RunResult<Option<usize>> {
        let Some(i) = self.as_index(key)? else {
            return Ok(None);
        };
        let n = len as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            let what = if assign { " assignment" } else { "" };
            let msg = format!("{}{what} index out of range", kind.name());
            return Err(self.index_error(msg.trim_start().to_string()));
        }
        Ok(Some(j as usize))
    }

    fn bad_index_type(&self, key: &Value, kind: Seq) -> crate::Exc {
        let t = self.type_name(key);
        match kind {
            Seq::Str => self.type_error(format!(
                "string indices must be integers, not '{}'",
                t.as_str()
            )),
            Seq::Range => self.type_error(format!(
                "range indices must be integers or slices, not {}",
                t.as_str()
            )),
            Seq::Bytes => self.type_error(format!(
                "byte indices must be integers or slices, not {}",
                t.as_str()
            )),
            Seq::List | Seq::Tuple => self.type_error(format!(
                "{} indices must be integers or slices, not {}",
                kind.name(),
                t.as_str()
            )),
        }
    }

    /// `obj[key]`.
    pub fn get_item(&mut self, obj: &Value, key: &Value) -> RunResult<Value> {
        match obj {
            Value::List(l) => {
                if let (Value::Int(i), Ok(items)) = (key, l.items.try_borrow()) {
                    let j = if *i < 0 { *i + items.len() as i64 } else { *i };
                    if j >= 0 && (j as usize) < items.len() {
                        return Ok(items[j as usize].clone());
                    }
                }
                if let Value::Slice(s) = key {
                    let n = l.items.borrow().len();
                    let idx = self.slice_indices(s, n)?;
                    let items = l.items.borrow();
                    return Ok(Value::list(
                        idx.positions().map(|p| items[p].clone()).collect(),
                    ));
                }
                let n = l.items.borrow().len();
                match self.seq_index(key, n, Seq::List, false)? {
                    Some(j) => l
                        .items
                        .borrow()
                        .get(j)
                        .cloned()
                        .ok_or_else(|| self.index_error("list index out of range")),
                    None => Err(self.bad_index_type(key, Seq::List)),
                }
            }
            Value::Tuple(t) => {
                if let Value::Slice(s) = key {
                    let idx = self.slice_indices(s, t.items.len())?;
                    if idx.step == 1 && idx.len == t.items.len() {
                        return Ok(obj.clone());
                    }
                    return Ok(Value::tuple(
                        idx.positions().map(|p| t.items[p].clone()).collect(),
                    ));
                }
                match self.seq_index(key, t.items.len(), Seq::Tuple, false)? {
                    Some(j) => Ok(t.items[j].clone()),
                    None => Err(self.bad_index_type(key, Seq::Tuple)),
                }
            }
            Value::Str(s) => {
                if let Value::Slice(sl) = key {
                    let idx = self.slice_indices(sl, s.char_len())?;
                    if s.is_ascii() {
                        let bytes = s.as_str().as_bytes();
                        if idx.step == 1 {
                            let a = idx.start.max(0) as usize;
                            return Ok(Value::str(&s.as_str()[a..a + idx.len]));
                        }
                        let out: String = idx.positions().map(|p| bytes[p] as char).collect();
                        return Ok(Value::string(out));
                    }
                    let chars: Vec<char> = s.as_str().chars().collect();
                    let out: String = idx.positions().map(|p| chars[p]).collect();
                    return Ok(Value::string(out));
                }
                match self.seq_index(key, s.char_len(), Seq::Str, false)? {
                    Some(j) => {
                        let c = s.char_at(j).expect("index checked");
                        Ok(self.char_value(c))
                    }
                    None => Err(self.bad_index_type(key, Seq::Str)),
                }
            }
            Value::Bytes(b) => {
                let data = b.as_bytes();
                if let Value::Slice(sl) = key {
                    let idx = self.slice_indices(sl, data.len())?;
                    return Ok(Value::bytes(idx.positions().map(|p| data[p]).collect()));
                }
                match self.seq_index(key, data.len(), Seq::Bytes, false)? {
                    Some(j) => Ok(Value::Int(data[j] as i64)),
                    None => Err(self.bad_index_type(key, Seq::Bytes)),
                }
            }
            Value::Range(r) if r.big.is_some() => self.big_range_item(r, key),
            Value::Range(r) => {
                let n = r.len();
                if let Value::Slice(sl) = key {
                    // CPython's `compute_slice`: each bound maps through the range
                    // (`range(10)[1::2]` is `range(1, 10, 2)`); i128 so no bound of
                    // an i64 range overflows.
                    let idx = self.slice_indices(sl, n as usize)?;
                    let at = |i: i64| {
                        num_bigint::BigInt::from(r.start as i128 + i as i128 * r.step as i128)
                    };
                    let step = num_bigint::BigInt::from(r.step as i128 * idx.step as i128);
                    let sub = Range::from_big(at(idx.start), at(idx.stop), step);
                    return Ok(Value::Range(Rc::new(sub)));
                }
                match self.seq_index(key, n as usize, Seq::Range, false)? {
                    Some(j) => Ok(Value::Int(r.start + j as i64 * r.step)),
                    None => Err(self.bad_index_type(key, Seq::Range)),
                }
            }
            Value::Dict(d) => match self.dict_get(d, key)? {
                Some(v) => Ok(v),
                None => Err(self.key_error(key.clone())),
            },
            Value::Instance(_) | Value::Native(_) => {
                match self.call_special(obj, &intern!("__getitem__"), std::slice::from_ref(key))? {
                    Some(v) => Ok(v),
                    None => Err(self.not_subscriptable(obj)),
                }
            }
            Value::Class(c) => {
                // The metaclass's `__getitem__` comes before `__class_getitem__`
                // (`PyObject_GetItem` tries `type(C)`'s mapping slot first).
                if let Some(r) =
                    self.call_meta_special(obj, &intern!("__getitem__"), std::slice::from_ref(key))?
                {
                    return Ok(r);
                }
                if let Some(f) = c.lookup(&intern!("__class_getitem__")) {
                    let cls = c.clone();
                    let name = intern!("__class_getitem__");
                    let f = self.descr_get(&f, None, &cls, &name)?;
                    let f = match f {
                        // `__class_getitem__` is an implicit classmethod.
                        Value::Function(_) => {
                            return self.call_value(&f, &[obj.clone(), key.clone()]);
                        }
                        other => other,
                    };
                    return self.call_value(&f, std::slice::from_ref(key));
                }
                // PEP 585: the builtin containers (and their subclasses) make a
                // `types.GenericAlias` (`list[int]`), as their `__class_getitem__`
                // does in CPython.
                let generic = std::iter::once(c).chain(c.mro.iter()).any(|b| {
                    Vm::is_builtin_class(b) && GENERIC_BUILTINS.contains(&b.name.as_str())
                });
                if generic {
                    return self.call_types_helper("GenericAlias", &[obj.clone(), key.clone()]);
                }
                Err(self.type_error(format!("type '{}' is not subscriptable", c.name.as_str())))
            }
            _ => Err(self.not_subscriptable(obj)),
        }
    }

    /// Calls `types.NAME(*args)`: the parts of `types` written in Python
    /// (`GenericAlias`, `UnionType`) that the object protocol needs.
    pub fn call_types_helper(&mut self, name: &str, args: &[Value]) -> RunResult<Value> {
        let m = self.import_module("types")?;
        let f = self.get_attr(&m, &Str::intern(name))?;
        self.call_value(&f, args)
    }

    fn not_subscriptable(&self, obj: &Value) -> crate::Exc {
        self.type_error(format!(
            "'{}' object is not subscriptable",
            self.type_name(obj).as_str()
        ))
    }

    /// `obj[key] = value`.
    pub fn set_item(&mut self, obj: &Value, key: &Value, value: Value) -> RunResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = key {
                    return self.list_assign_slice(l, s, value);
                }
                let n = l.items.borrow().len();
                match self.seq_index(key, n, Seq::List, true)? {
                    Some(j) => {
                        if let Some(slot) = l.items.borrow_mut().get_mut(j) {
                            *slot = value;
                        }
                        Ok(())
                    }
                    None => Err(self.bad_index_type(key, Seq::List)),
                }
            }
            Value::Dict(d) => self.dict_set(d, key.clone(), value),
            Value::Instance(_) | Value::Native(_) => {
                match self.call_special(obj, &intern!("__setitem__"), &[key.clone(), value])? {
                    Some(_) => Ok(()),
                    None => Err(self.no_item_assignment(obj)),
                }
            }
            _ => Err(self.no_item_assignment(obj)),
        }
    }

    fn no_item_assignment(&self, obj: &Value) -> crate::Exc {
        self.type_error(format!(
            "'{}' object does not support item assignment",
            self.type_name(obj).as_str()
        ))
    }

    /// `l[a:b:c] = value`.
    fn list_assign_slice(
        &mut self,
        l: &crate::object::List,
        s: &Slice,
        value: Value,
    ) -> RunResult<()> {
        let items = match &value {
            Value::List(v) => v.items.borrow().clone(),
            Value::Tuple(t) => t.items.to_vec(),
            _ => match self.collect(&value) {
                Ok(v) => v,
                Err(e) if self.exc_matches(&e, &self.types.exc.type_error) => {
                    let step_is_one = matches!(s.step, Value::None | Value::Int(1));
                    return Err(self.type_error(if step_is_one {
                        "can only assign an iterable"
                    } else {
                        "must assign iterable to extended slice"
                    }));
                }
                Err(e) => return Err(e),
            },
        };
        let n = l.items.borrow().len();
        let idx = self.slice_indices(s, n)?;
        let mut list = l.items.borrow_mut();
        if idx.step == 1 {
            let start = idx.start.max(0) as usize;
            let stop = (idx.stop.max(idx.start).max(0) as usize).min(list.len());
            list.splice(start..stop, items);
            return Ok(());
        }
        if items.len() != idx.len {
            drop(list);
            return Err(self.value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                items.len(),
                idx.len
            )));
        }
        for (p, v) in idx.positions().zip(items) {
            list[p] = v;
        }
        Ok(())
    }

    /// `del obj[key]`.
    pub fn del_item(&mut self, obj: &Value, key: &Value) -> RunResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = key {
                    let n = l.items.borrow().len();
                    let idx = self.slice_indices(s, n)?;
                    let mut list = l.items.borrow_mut();
                    if idx.step == 1 {
                        let start = idx.start.max(0) as usize;
                        list.drain(start..start + idx.len);
                    } else {
                        let mut doomed: Vec<usize> = idx.positions().collect();
                        doomed.sort_unstable();
                        let mut k = 0;
                        let mut i = 0;
                        list.retain(|_| {
                            let keep = !(k < doomed.len() && doomed[k] == i);
                            if !keep {
                                k += 1;
                            }
                            i += 1;
                            keep
                        });
                    }
                    return Ok(());
                }
                let n = l.items.borrow().len();
                match self.seq_index(key, n, Seq::List, true)? {
                    Some(j) => {
                        let removed = l.items.borrow_mut().remove(j);
                        drop(removed);
                        Ok(())
                    }
                    None => Err(self.bad_index_type(key, Seq::List)),
                }
            }
            Value::Dict(d) => match self.dict_remove(d, key)? {
                Some(_) => Ok(()),
                None => Err(self.key_error(key.clone())),
            },
            Value::Instance(_) | Value::Native(_) => {
                match self.call_special(obj, &intern!("__delitem__"), std::slice::from_ref(key))? {
                    Some(_) => Ok(()),
                    None => Err(self.no_item_deletion(obj)),
                }
            }
            _ => Err(self.no_item_deletion(obj)),
        }
    }

    fn no_item_deletion(&self, obj: &Value) -> crate::Exc {
        self.type_error(format!(
            "'{}' object doesn't support item deletion",
            self.type_name(obj).as_str()
        ))
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> RunResult<usize> {
        Ok(match v {
            Value::Str(s) => s.char_len(),
            Value::Bytes(b) => b.len(),
            Value::List(l) => l.items.borrow().len(),
            Value::Tuple(t) => t.items.len(),
            Value::Dict(d) => d.len(),
            Value::Set(s) => s.items.borrow().len(),
            Value::Range(r) => match r.big_len().to_usize().filter(|&n| n <= i64::MAX as usize) {
                Some(n) => n,
                None => {
                    return Err(self.overflow_error("Python int too large to convert to C ssize_t"))
                }
            },
            Value::Class(c) if c.metaclass.is_some() => {
                match self.call_meta_special(v, &intern!("__len__"), &[])? {
                    Some(r) => self.len_result(&r)?,
                    None => return Err(self.no_len(v)),
                }
            }
            Value::Instance(_) | Value::Native(_) => {
                if let Value::Native(n) = v {
                    if let Some(len) = n.data.native_len() {
                        return Ok(len);
                    }
                    if let Some(view) = n.get::<DictView>() {
                        return Ok(view.dict.len());
                    }
                }
                match self.truth_specials(v).1 {
                    Some(f) => {
                        let r = self.call_unbound(&f, v, &[])?;
                        self.len_result(&r)?
                    }
                    None => return Err(self.no_len(v)),
                }
            }
            _ => return Err(self.no_len(v)),
        })
    }

    /// What `len()` makes of `__len__`'s result `r` (CPython's `slot_sq_length`):
    /// a non-negative int that fits an index.
    pub(crate) fn len_result(&self, r: &Value) -> RunResult<usize> {
        match IntRef::of(r) {
            Some(IntRef::Small(i)) if i >= 0 => Ok(i as usize),
            Some(IntRef::Small(_)) => Err(self.value_error("__len__() should return >= 0")),
            Some(IntRef::Big(b)) => {
                if b.sign() == num_bigint::Sign::Minus {
                    return Err(self.value_error("__len__() should return >= 0"));
                }
                Err(self.overflow_error("cannot fit 'int' into an index-sized integer"))
            }
            None => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(r).as_str()
            ))),
        }
    }

    fn no_len(&self, v: &Value) -> crate::Exc {
        self.type_error(format!(
            "object of type '{}' has no len()",
            self.type_name(v).as_str()
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::adjust_indices;

    #[test]
    fn slices_adjust_as_cpython() {
        // [1,2,3,4,5][::-2] -> 5, 3, 1
        let i = adjust_indices(5, i64::MAX, i64::MIN + 1, -2);
        assert_eq!((i.start, i.len), (4, 3));
        // [..][-100:100]
        let i = adjust_indices(5, -100, 100, 1);
        assert_eq!((i.start, i.len), (0, 5));
        // [..][3:1]
        assert_eq!(adjust_indices(5, 3, 1, 1).len, 0);
    }
}
