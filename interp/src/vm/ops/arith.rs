//! The builtin types' operators: int (promoting to BigInt), float (CPython's
//! `float_rem`, `float_floor_div`, `float_pow` special cases and messages), bool as
//! int, str/list/tuple concatenation and repetition, dict `|` and set algebra
//! (`Objects/longobject.c`, `Objects/floatobject.c`, `Objects/setobject.c`).

use crate::object::complex::Complex;
use crate::object::int::{
    int_binop, int_pow, int_shift, int_true_div, DivError, IntOp, IntRef, ShiftError,
};
use crate::object::{alloc, Dict, Set, Value};
use crate::vm::Vm;
use crate::RunResult;
use coil_parser::ast::BinOp;
use std::rc::Rc;

impl Vm {
    /// `a op b` for two builtin values; `None` means NotImplemented.
    pub(crate) fn builtin_binop(
        &mut self,
        a: &Value,
        b: &Value,
        op: BinOp,
    ) -> RunResult<Option<Value>> {
        if let (Some(x), Some(y)) = (IntRef::of(a), IntRef::of(b)) {
            if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
                match op {
                    BinOp::BitAnd => return Ok(Some(Value::Bool(p & q))),
                    BinOp::BitOr => return Ok(Some(Value::Bool(p | q))),
                    BinOp::BitXor => return Ok(Some(Value::Bool(p ^ q))),
                    _ => {}
                }
            }
            return self.int_op(x, y, op);
        }
        if matches!(a, Value::Complex(_)) || matches!(b, Value::Complex(_)) {
            return self.complex_binop(a, b, op);
        }
        let fa = match a {
            Value::Float(f) => Some(*f),
            _ => None,
        };
        let fb = match b {
            Value::Float(f) => Some(*f),
            _ => None,
        };
        if fa.is_some() || fb.is_some() {
            let x = match fa {
                Some(f) => f,
                None => match IntRef::of(a) {
                    Some(i) => self.int_to_float(i)?,
                    None => return Ok(None),
                },
            };
            let y = match fb {
                Some(f) => f,
                None => match IntRef::of(b) {
                    Some(i) => self.int_to_float(i)?,
                    None => return self.seq_op(a, b, op),
                },
            };
            return self.float_op(x, y, op);
        }
        self.seq_op(a, b, op)
    }

    /// `float(i)`, with CPython's OverflowError.
    pub fn int_to_float(&self, i: IntRef) -> RunResult<f64> {
        i.to_f64()
            .ok_or_else(|| self.overflow_error("int too large to convert to float"))
    }

    fn int_op(&mut self, x: IntRef, y: IntRef, op: BinOp) -> RunResult<Option<Value>> {
        let iop = match op {
            BinOp::Add => IntOp::Add,
            BinOp::Sub => IntOp::Sub,
            BinOp::Mult => IntOp::Mul,
            BinOp::FloorDiv => IntOp::FloorDiv,
            BinOp::Mod => IntOp::Mod,
            BinOp::BitAnd => IntOp::And,
            BinOp::BitOr => IntOp::Or,
            BinOp::BitXor => IntOp::Xor,
            BinOp::Div => {
                return match int_true_div(x, y) {
                    Ok(f) => Ok(Some(Value::Float(f))),
                    Err(DivError::ZeroDivision) => {
                        Err(self.zero_division_error("division by zero"))
                    }
                    Err(DivError::Overflow) => {
                        Err(self.overflow_error("integer division result too large for a float"))
                    }
                }
            }
            BinOp::Pow => {
                if y.is_negative() {
                    let (fx, fy) = (self.int_to_float(x)?, self.int_to_float(y)?);
                    return self.float_op(fx, fy, BinOp::Pow);
                }
                let e = match y {
                    IntRef::Small(e) => e as u64,
                    IntRef::Big(_) => match x {
                        IntRef::Small(0 | 1) => {
                            return Ok(Some(Value::Int(if x.is_zero() { 0 } else { 1 })))
                        }
                        _ => return Err(self.overflow_error("exponent too large")),
                    },
                };
                return Ok(Some(int_pow(x, e)));
            }
            BinOp::LShift | BinOp::RShift => {
                return match int_shift(x, y, op == BinOp::LShift) {
                    Ok(v) => Ok(Some(v)),
                    Err(ShiftError::Negative) => Err(self.value_error("negative shift count")),
                    Err(ShiftError::TooLarge) => {
                        Err(self.overflow_error("too many digits in integer"))
                    }
                }
            }
            BinOp::MatMult => return Ok(None),
        };
        match int_binop(x, y, iop) {
            Some(v) => Ok(Some(v)),
            None => Err(self.zero_division_error(if iop == IntOp::Mod {
                "integer modulo by zero"
            } else {
                "integer division or modulo by zero"
            })),
        }
    }

    /// Float arithmetic with CPython's special cases (`Objects/floatobject.c`).
    pub(crate) fn float_op(&mut self, x: f64, y: f64, op: BinOp) -> RunResult<Option<Value>> {
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mult => x * y,
            BinOp::Div => {
                if y == 0.0 {
                    return Err(self.zero_division_error("float division by zero"));
                }
                x / y
            }
            BinOp::FloorDiv => {
                if y == 0.0 {
                    return Err(self.zero_division_error("float floor division by zero"));
                }
                float_divmod(x, y).0
            }
            BinOp::Mod => {
                if y == 0.0 {
                    return Err(self.zero_division_error("float modulo"));
                }
                float_divmod(x, y).1
            }
            BinOp::Pow => {
                if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
                    // A negative base to a fractional power is complex (`float_pow`
                    // hands it to `complex_pow`).
                    let (cx, cy) = (Complex::new(x, 0.0), Complex::new(y, 0.0));
                    return self.complex_arith(cx, cy, BinOp::Pow).map(Some);
                }
                return self
                    .float_pow(x, y)
                    .map(|f| Some(Value::Float(crate::object::float::new_float(f))));
            }
            _ => return Ok(None),
        };
        Ok(Some(Value::Float(crate::object::float::new_float(r))))
    }

    /// `x ** y` for floats (`float_pow`).
    pub fn float_pow(&self, x: f64, y: f64) -> RunResult<f64> {
        if y == 0.0 {
            return Ok(1.0);
        }
        if x == 0.0 && y < 0.0 && y.is_finite() {
            return Err(self.zero_division_error("0.0 cannot be raised to a negative power"));
        }
        if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
            // `float_op` makes these complex; other callers (`math.pow`) want this.
            return Err(self.value_error("math domain error"));
        }
        let r = x.powf(y);
        if r.is_infinite() && x.is_finite() && y.is_finite() {
            return Err(self.overflow_error_args(34, "Numerical result out of range"));
        }
        Ok(r)
    }

    /// `OverflowError(errno, msg)`, as raised from libm errors.
    fn overflow_error_args(&self, errno: i64, msg: &str) -> crate::Exc {
        self.new_exception(
            &self.types.exc.overflow_error,
            vec![Value::Int(errno), Value::str(msg)],
        )
    }

    /// `n` for `seq * n`: `Some(count)` for ints, `None` for other types.
    pub(crate) fn repeat_count(&self, n: &Value) -> RunResult<Option<usize>> {
        match IntRef::of(n) {
            Some(IntRef::Small(i)) => Ok(Some(i.max(0) as usize)),
            Some(IntRef::Big(_)) => {
                Err(self.overflow_error("cannot fit 'int' into an index-sized integer"))
            }
            None => Ok(None),
        }
    }

    /// `x + y` for two slices, allocated fallibly (MemoryError when too large).
    pub(crate) fn concat_vec<T: Clone>(&self, x: &[T], y: &[T]) -> RunResult<Vec<T>> {
        let len = x.len().checked_add(y.len()).ok_or(alloc::NoMemory);
        let mut out = self.alloc(len.and_then(alloc::vec_with_capacity))?;
        out.extend_from_slice(x);
        out.extend_from_slice(y);
        Ok(out)
    }

    /// `MemoryError()`, for results too large to build. It also pays the
    /// MemoryError owed since the allocator spent its reserve, if any
    /// (`object/parachute.rs`): one error per exhaustion.
    pub fn memory_error(&self) -> crate::Exc {
        crate::object::parachute::attend();
        self.new_exception(&self.types.exc.memory_error, vec![])
    }

    fn seq_op(&mut self, a: &Value, b: &Value, op: BinOp) -> RunResult<Option<Value>> {
        match op {
            BinOp::Add => Ok(match (a, b) {
                // Every concatenation allocates its exact result fallibly:
                // a result too large is MemoryError, never an abort.
                (Value::Str(x), Value::Str(y)) => {
                    let (x, y) = (x.as_str(), y.as_str());
                    if let Some(short) = crate::object::Str::concat_short([x, y]) {
                        return Ok(Some(Value::Str(Rc::new(short))));
                    }
                    let len = x.len().checked_add(y.len()).ok_or(alloc::NoMemory);
                    let mut s = self.alloc(len.and_then(alloc::string_with_capacity))?;
                    s.push_str(x);
                    s.push_str(y);
                    Some(Value::string(s))
                }
                (Value::Bytes(x), Value::Bytes(y)) => {
                    Some(Value::bytes(self.concat_vec(x.as_bytes(), y.as_bytes())?))
                }
                (Value::List(x), Value::List(y)) => {
                    let items = self.concat_vec(&x.items.borrow(), &y.items.borrow())?;
                    Some(Value::list(items))
                }
                (Value::Tuple(x), Value::Tuple(y)) => {
                    Some(Value::tuple(self.concat_vec(&x.items, &y.items)?))
                }
                _ => None,
            }),
            BinOp::Mult => {
                let (seq, n) = match (a, b) {
                    (Value::Str(_) | Value::Bytes(_) | Value::List(_) | Value::Tuple(_), _) => {
                        (a, b)
                    }
                    (_, Value::Str(_) | Value::Bytes(_) | Value::List(_) | Value::Tuple(_)) => {
                        (b, a)
                    }
                    _ => return Ok(None),
                };
                let Some(n) = self.repeat_count(n)? else {
                    return Ok(None);
                };
                self.repeat(seq, n).map(Some)
            }
            BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor => match (a, b) {
                (Value::Set(x), Value::Set(y)) => {
                    let out = Set::new(x.frozen);
                    self.set_algebra(&out, x, y, op)?;
                    Ok(Some(Value::Set(Rc::new(out))))
                }
                (Value::Dict(x), Value::Dict(y)) if op == BinOp::BitOr => {
                    let out = Dict::new();
                    *out.map.borrow_mut() = x.map.borrow().clone();
                    self.dict_merge(&out, y)?;
                    Ok(Some(Value::Dict(Rc::new(out))))
                }
                _ => self.view_binop(a, b, op),
            },
            _ => Ok(None),
        }
    }

    /// `seq * n` for str, bytes, list and tuple. A length past `isize::MAX`
    /// is an OverflowError for str and bytes (`unicode_repeat`, `bytes_repeat`)
    /// and a MemoryError for list and tuple (`list_repeat`, `tuplerepeat`); an
    /// allocation the system refuses is a MemoryError.
    fn repeat(&self, seq: &Value, n: usize) -> RunResult<Value> {
        let fits = |len: usize| len.checked_mul(n).is_some_and(|t| t <= isize::MAX as usize);
        Ok(match seq {
            Value::Str(s) => {
                if !fits(s.as_str().len()) {
                    return Err(self.overflow_error("repeated string is too long"));
                }
                Value::string(self.alloc(alloc::repeat_str(s.as_str(), n))?)
            }
            Value::Bytes(b) => {
                if !fits(b.len()) {
                    return Err(self.overflow_error("repeated bytes are too long"));
                }
                Value::bytes(self.alloc(alloc::repeat(b.as_bytes(), n))?)
            }
            Value::List(l) => {
                let items = l.items.borrow();
                Value::list(self.alloc(alloc::repeat(&items, n))?)
            }
            Value::Tuple(t) => Value::tuple(self.alloc(alloc::repeat(&t.items, n))?),
            _ => unreachable!("repeat is only called on sequences"),
        })
    }

    /// `x op y` into the new, empty `out`, as `Objects/setobject.c` builds it
    /// (`set_or`, `set_intersection`, `set_difference`,
    /// `set_symmetric_difference`), so the result's CPython order matches too.
    pub fn set_algebra(&mut self, out: &Set, x: &Set, y: &Set, op: BinOp) -> RunResult<()> {
        match op {
            BinOp::BitOr => {
                self.set_merge(out, x)?;
                if std::ptr::eq(x, y) {
                    return Ok(());
                }
                self.set_merge(out, y)
            }
            BinOp::BitAnd => {
                if std::ptr::eq(x, y) {
                    return self.set_merge(out, x);
                }
                // The smaller side is iterated (the right one on a tie).
                let (small, big) = if y.items.borrow().len() > x.items.borrow().len() {
                    (x, y)
                } else {
                    (y, x)
                };
                for k in small.keys_in_order() {
                    if self.set_contains_hashed(big, &k)? {
                        self.set_add_hashed(out, k)?;
                    }
                }
                Ok(())
            }
            BinOp::Sub => {
                if (x.items.borrow().len() >> 2) > y.items.borrow().len() {
                    // A copy with the common items discarded.
                    self.set_merge(out, x)?;
                    return self.set_discard_all(out, y);
                }
                for k in x.keys_in_order() {
                    if !self.set_contains_hashed(y, &k)? {
                        self.set_add_hashed(out, k)?;
                    }
                }
                Ok(())
            }
            _ => {
                // A copy of `y`, then `x`'s items discarded or added.
                self.set_merge(out, y)?;
                self.set_toggle_all(out, x)
            }
        }
    }

    /// `set_merge(dst, src)`: room made for `src`'s items up front, which go in
    /// in `src`'s CPython order (the event is recorded for `Set::cpython_order`).
    pub fn set_merge(&mut self, dst: &Set, src: &Set) -> RunResult<()> {
        if std::ptr::eq(dst, src) {
            return Ok(());
        }
        let (keys, replay) = src.merge_source();
        if keys.is_empty() {
            return Ok(());
        }
        let fresh = dst.items.borrow().is_empty();
        dst.record_merge(replay.as_ref(), keys.len());
        if fresh {
            // Distinct keys into an empty set: no lookups needed.
            let mut items = dst.items.borrow_mut();
            items.reserve(keys.len());
            for k in keys {
                items.insert_new(k);
            }
            return Ok(());
        }
        for k in keys {
            self.set_add_hashed(dst, k)?;
        }
        Ok(())
    }

    /// `set_update_internal(dst, dict)`: pre-sized for the dict's keys, which go
    /// in in the dict's order.
    pub fn set_merge_dict(&mut self, dst: &Set, keys: Vec<Value>) -> RunResult<()> {
        dst.record_merge(None, keys.len());
        for k in keys {
            self.set_add(dst, k)?;
        }
        Ok(())
    }

    /// `set_difference_update_internal(s, other)` for a set `other`: the common
    /// items discarded, the rest keeping their places.
    pub fn set_discard_all(&mut self, s: &Set, other: &Set) -> RunResult<()> {
        if std::ptr::eq(s, other) {
            drop(s.take_items());
            return Ok(());
        }
        let mut gone = Vec::new();
        for k in other.keys_in_order() {
            if let Some(pos) = self.set_find(s, &k)? {
                gone.push(pos);
            }
        }
        Self::set_drop_positions(s, gone);
        Ok(())
    }

    /// `set_symmetric_difference_update(s, other)` for a set `other`: each of
    /// `other`'s items (in its CPython order) discarded from `s` if there, else
    /// added.
    pub fn set_toggle_all(&mut self, s: &Set, other: &Set) -> RunResult<()> {
        if std::ptr::eq(s, other) {
            drop(s.take_items());
            return Ok(());
        }
        // Discards are batched until the next add, which may land where a
        // discarded item was.
        let mut gone = Vec::new();
        for k in other.keys_in_order() {
            match self.set_find(s, &k)? {
                Some(pos) => gone.push(pos),
                None => {
                    Self::set_drop_positions(s, std::mem::take(&mut gone));
                    self.set_add_hashed(s, k)?;
                }
            }
        }
        Self::set_drop_positions(s, gone);
        Ok(())
    }

    /// Removes the items at these `items` positions, the others keeping their
    /// CPython places (`Set::retain_in_place`).
    fn set_drop_positions(s: &Set, mut gone: Vec<usize>) {
        if gone.is_empty() {
            return;
        }
        gone.sort_unstable();
        let keep: Vec<bool> = s
            .items
            .borrow()
            .positions()
            .map(|p| gone.binary_search(&p).is_err())
            .collect();
        s.retain_in_place(&keep);
    }

    /// `s op= other` for a mutable set; `None` if `other` is not a set or the
    /// operator is not a set operator.
    pub(crate) fn set_inplace(
        &mut self,
        s: &Set,
        other: &Value,
        op: BinOp,
    ) -> RunResult<Option<()>> {
        let Value::Set(o) = other else {
            return Ok(None);
        };
        match op {
            BinOp::BitOr => self.set_merge(s, o)?,
            BinOp::Sub => self.set_discard_all(s, o)?,
            BinOp::BitXor => self.set_toggle_all(s, o)?,
            BinOp::BitAnd => {
                let out = Set::new(false);
                self.set_algebra(&out, s, o, op)?;
                s.take_body(out);
            }
            _ => return Ok(None),
        }
        Ok(Some(()))
    }
}

/// CPython's `float_divmod`: floor quotient and a remainder with the divisor's sign.
pub fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}
