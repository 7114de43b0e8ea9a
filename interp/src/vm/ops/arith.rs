//! The builtin types' operators: int (promoting to BigInt), float (CPython's
//! `float_rem`, `float_floor_div`, `float_pow` special cases and messages), bool as
//! int, str/list/tuple concatenation and repetition, dict `|` and set algebra
//! (`Objects/longobject.c`, `Objects/floatobject.c`, `Objects/setobject.c`).

use crate::object::complex::Complex;
use crate::object::int::{
    int_binop, int_pow, int_shift, int_true_div, DivError, IntOp, IntRef, ShiftError,
};
use crate::object::{alloc, Dict, HashKey, Set, Value};
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

    /// Fills `out` with `x op y` for sets (`out` is empty).
    fn set_algebra(&mut self, out: &Set, x: &Set, y: &Set, op: BinOp) -> RunResult<()> {
        // In CPython's iteration order, so the result's own order matches too.
        let in_order = |s: &Set| {
            let items = s.items.borrow();
            let order = s.cpython_order();
            let mut keys = Vec::with_capacity(order.len());
            keys.extend(order.into_iter().filter_map(|p| items.slot(p).cloned()));
            keys
        };
        let (xs, ys) = (in_order(x), in_order(y));
        // `out` is new and unreachable from script code, and the items of `x`
        // are distinct: they go in without a lookup. Room is made up front (the
        // table's size is not observable: iteration order is replayed from the
        // insertion order, `Set::cpython_order`).
        let fresh = |out: &Set, k: HashKey| {
            out.items.borrow_mut().insert_new(k);
        };
        let room = match op {
            BinOp::BitAnd => xs.len().min(ys.len()),
            BinOp::Sub => xs.len(),
            _ => xs.len() + ys.len(),
        };
        out.items.borrow_mut().reserve(room);
        match op {
            BinOp::BitOr => {
                for k in xs {
                    fresh(out, k);
                }
                for k in ys {
                    self.set_add_hashed(out, k)?;
                }
            }
            BinOp::BitAnd => {
                for k in xs {
                    if self.set_contains_hashed(y, &k)? {
                        fresh(out, k);
                    }
                }
            }
            BinOp::Sub => {
                for k in xs {
                    if !self.set_contains_hashed(y, &k)? {
                        fresh(out, k);
                    }
                }
            }
            _ => {
                for k in xs {
                    if !self.set_contains_hashed(y, &k)? {
                        fresh(out, k);
                    }
                }
                for k in ys {
                    if !self.set_contains_hashed(x, &k)? {
                        self.set_add_hashed(out, k)?;
                    }
                }
            }
        }
        Ok(())
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
        if !matches!(
            op,
            BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor
        ) {
            return Ok(None);
        }
        let out = Set::new(false);
        self.set_algebra(&out, s, o, op)?;
        *s.items.borrow_mut() = out.items.into_inner();
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
