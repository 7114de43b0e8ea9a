//! Slices with arbitrary-precision bounds: `slice.indices(length)` and slicing or
//! indexing a range whose bounds exceed `i64` (`Objects/sliceobject.c`
//! `_PySlice_GetLongIndices`, `Objects/rangeobject.c` `compute_slice`,
//! `compute_range_item`).

use crate::intern;
use crate::object::int::{big_value, IntRef};
use crate::object::{Range, Slice, Value};
use crate::vm::Vm;
use crate::RunResult;
use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};
use std::rc::Rc;

impl Vm {
    /// `PyNumber_Index` as a big int; `None` when `v` has no `__index__`.
    pub fn index_big(&mut self, v: &Value) -> RunResult<Option<BigInt>> {
        if let Some(i) = IntRef::of(v) {
            return Ok(Some(i.to_big().into_owned()));
        }
        if !matches!(v, Value::Instance(_) | Value::Native(_)) {
            return Ok(None);
        }
        match self.call_special(v, &intern!("__index__"), &[])? {
            Some(r) => match IntRef::of(&r) {
                Some(i) => Ok(Some(i.to_big().into_owned())),
                None => Err(self.type_error(format!(
                    "__index__ returned non-int (type {})",
                    self.type_name(&r).as_str()
                ))),
            },
            None => Ok(None),
        }
    }

    /// One slice field as a big int, `None` for `None`.
    fn slice_field(&mut self, v: &Value) -> RunResult<Option<BigInt>> {
        if v.is_none() {
            return Ok(None);
        }
        match self.index_big(v)? {
            Some(i) => Ok(Some(i)),
            None => Err(self
                .type_error("slice indices must be integers or None or have an __index__ method")),
        }
    }

    /// `_PySlice_GetLongIndices`: `(start, stop, step)` clamped to a sequence of
    /// `length` items (`length >= 0`).
    pub fn slice_indices_big(
        &mut self,
        s: &Slice,
        length: &BigInt,
    ) -> RunResult<(BigInt, BigInt, BigInt)> {
        let step = match self.slice_field(&s.step)? {
            None => BigInt::one(),
            Some(st) if st.is_zero() => return Err(self.value_error("slice step cannot be zero")),
            Some(st) => st,
        };
        let negative = step.is_negative();
        let (lower, upper) = if negative {
            (-BigInt::one(), length - 1)
        } else {
            (BigInt::zero(), length.clone())
        };
        let clamp = |i: BigInt| {
            if i.is_negative() {
                let i = i + length;
                if i < lower {
                    lower.clone()
                } else {
                    i
                }
            } else if i > upper {
                upper.clone()
            } else {
                i
            }
        };
        let start = match self.slice_field(&s.start)? {
            None if negative => upper.clone(),
            None => lower.clone(),
            Some(i) => clamp(i),
        };
        let stop = match self.slice_field(&s.stop)? {
            None if negative => lower.clone(),
            None => upper.clone(),
            Some(i) => clamp(i),
        };
        Ok((start, stop, step))
    }

    /// `slice.indices(length)`.
    pub fn slice_indices_method(&mut self, s: &Slice, length: &Value) -> RunResult<Value> {
        let Some(n) = self.index_big(length)? else {
            return Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(length).as_str()
            )));
        };
        if n.is_negative() {
            return Err(self.value_error("length should not be negative"));
        }
        let (a, b, c) = self.slice_indices_big(s, &n)?;
        Ok(Value::tuple(vec![big_value(a), big_value(b), big_value(c)]))
    }

    /// `r[key]` for a range with big bounds (also right for small ones).
    pub(super) fn big_range_item(&mut self, r: &Range, key: &Value) -> RunResult<Value> {
        let b = r.big_bounds();
        let len = b.len();
        if let Value::Slice(sl) = key {
            let (start, stop, step) = self.slice_indices_big(sl, &len)?;
            let sub = Range::from_big(b.item(&start), b.item(&stop), &b.step * step);
            return Ok(Value::Range(Rc::new(sub)));
        }
        let Some(mut i) = self.index_big(key)? else {
            return Err(self.type_error(format!(
                "range indices must be integers or slices, not {}",
                self.type_name(key).as_str()
            )));
        };
        if i.is_negative() {
            i += &len;
        }
        if i.is_negative() || i >= len {
            return Err(self.index_error("range object index out of range"));
        }
        Ok(big_value(b.item(&i)))
    }
}
