//! Arithmetic and bitwise operators: dispatch to the builtin implementations
//! (`arith.rs`) and then to `__op__`/`__rop__`/`__iop__` with NotImplemented, and
//! CPython's TypeError text (`Objects/abstract.c` `binary_op1`, `binary_iop1`,
//! `binop_type_error`; `Objects/typeobject.c` `SLOT1BINFULL` for the reflected-first
//! rule when the right operand's class is a subclass that overrides the method).

use super::metaclass::has_user_meta;
use crate::intern;
use crate::object::float::new_float;
use crate::object::int::{int_binop, IntOp};
use crate::object::{Class, Str, Value};
use crate::vm::Vm;
use crate::RunResult;
use coil_parser::ast::{BinOp, UnaryOp};
use std::rc::Rc;

/// `(__op__, __rop__, __iop__)` for an operator.
pub(super) fn dunders(op: BinOp) -> (Rc<Str>, Rc<Str>, Rc<Str>) {
    macro_rules! by_stem {
        ($($variant:ident => $stem:literal,)*) => {
            match op {
                $(BinOp::$variant => (
                    intern!(concat!("__", $stem, "__")),
                    intern!(concat!("__r", $stem, "__")),
                    intern!(concat!("__i", $stem, "__")),
                ),)*
            }
        };
    }
    by_stem! {
        Add => "add",
        Sub => "sub",
        Mult => "mul",
        MatMult => "matmul",
        Div => "truediv",
        Mod => "mod",
        Pow => "pow",
        LShift => "lshift",
        RShift => "rshift",
        BitOr => "or",
        BitXor => "xor",
        BitAnd => "and",
        FloorDiv => "floordiv",
    }
}

/// Values whose operators are found as dunders on their class (a class's on its
/// metaclass: `int | None` is `type.__or__`).
fn dispatches(v: &Value) -> bool {
    matches!(v, Value::Instance(_) | Value::Native(_) | Value::Class(_))
}

impl Vm {
    /// `a op b`.
    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinOp) -> RunResult<Value> {
        // The hot cases first: no lookups, no allocation.
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => {
                let iop = match op {
                    BinOp::Add => Some(IntOp::Add),
                    BinOp::Sub => Some(IntOp::Sub),
                    BinOp::Mult => Some(IntOp::Mul),
                    BinOp::BitAnd => Some(IntOp::And),
                    BinOp::BitOr => Some(IntOp::Or),
                    BinOp::BitXor => Some(IntOp::Xor),
                    BinOp::FloorDiv if *y != 0 => Some(IntOp::FloorDiv),
                    BinOp::Mod if *y != 0 => Some(IntOp::Mod),
                    _ => None,
                };
                if let Some(iop) = iop {
                    use crate::object::int::IntRef::Small;
                    return Ok(int_binop(Small(*x), Small(*y), iop).expect("divisor checked"));
                }
            }
            (Value::Float(x), Value::Float(y)) => match op {
                // A NaN result is a new object (`object/float.rs`).
                BinOp::Add => return Ok(Value::Float(new_float(x + y))),
                BinOp::Sub => return Ok(Value::Float(new_float(x - y))),
                BinOp::Mult => return Ok(Value::Float(new_float(x * y))),
                BinOp::Div if *y != 0.0 => return Ok(Value::Float(new_float(x / y))),
                _ => {}
            },
            _ => {}
        }
        if has_user_meta(a) || has_user_meta(b) {
            if let Some(v) = self.meta_binary_op(a, b, op)? {
                return Ok(v);
            }
        }
        if !dispatches(a) && !dispatches(b) {
            if let Some(v) = self.builtin_binop(a, b, op)? {
                return Ok(v);
            }
            if let Some(v) = self.str_percent(a, b, op)? {
                return Ok(v);
            }
            return Err(self.binop_type_error(a, b, op, ""));
        }
        if let Some(v) = self.binary_dunder(a, b, op)? {
            return Ok(v);
        }
        if let Some(v) = self.str_percent(a, b, op)? {
            return Ok(v);
        }
        Err(self.binop_type_error(a, b, op, ""))
    }

    /// `str % args` and `bytes % args`: printf-style formatting is a method
    /// (`str.__mod__`, `bytes.__mod__`, installed by the type methods), not an
    /// arithmetic operator.
    /// Also `bytes + buffer` (bytearray, memoryview: `buffer_hook`).
    fn str_percent(&mut self, a: &Value, b: &Value, op: BinOp) -> RunResult<Option<Value>> {
        if let (Value::Bytes(x), BinOp::Add) = (a, op) {
            if let Some(y) = self.buffer_hook.and_then(|f| f(b)) {
                return Ok(Some(Value::bytes(self.concat_vec(x.as_bytes(), &y)?)));
            }
            return Err(self.type_error(format!(
                "can't concat {} to bytes",
                self.type_name(b).as_str()
            )));
        }
        let class = match a {
            Value::Str(_) if op == BinOp::Mod => &self.types.str,
            Value::Bytes(_) if op == BinOp::Mod => &self.types.bytes,
            _ => return Ok(None),
        };
        match class.dict.get_name(&intern!("__mod__")) {
            Some(f) => self.call_unbound(&f, a, std::slice::from_ref(b)).map(Some),
            None => Ok(None),
        }
    }

    /// The user-dunder half of `binary_op1`: `None` when both sides return
    /// NotImplemented or lack the method.
    fn binary_dunder(&mut self, a: &Value, b: &Value, op: BinOp) -> RunResult<Option<Value>> {
        let (name, rname, _) = dunders(op);
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let same = Rc::ptr_eq(&ta, &tb);
        let fa = if dispatches(a) {
            ta.lookup(&name)
        } else {
            None
        };
        let mut fb = if !same && dispatches(b) {
            tb.lookup(&rname)
        } else {
            None
        };
        if let Some(f) = &fb {
            if tb.is_subclass(&ta) && overrides(&ta, &rname, f) {
                let r = self.call_unbound(f, b, std::slice::from_ref(a))?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
                fb = None;
            }
        }
        if let Some(f) = fa {
            let r = self.call_unbound(&f, a, std::slice::from_ref(b))?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(Some(r));
            }
        } else if !dispatches(a) && dispatches(b) {
            // A builtin left operand never handles an instance, except sequence
            // repetition by an object with `__index__` (`[1] * n`).
            if op == BinOp::Mult {
                if let Some(v) = self.repeat_by_index(a, b)? {
                    return Ok(Some(v));
                }
            }
        }
        if let Some(f) = fb {
            let r = self.call_unbound(&f, b, std::slice::from_ref(a))?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(Some(r));
            }
        } else if dispatches(a) && !dispatches(b) && op == BinOp::Mult {
            if let Some(v) = self.repeat_by_index(b, a)? {
                return Ok(Some(v));
            }
        }
        Ok(None)
    }

    /// `seq * obj` where `obj` has `__index__`.
    fn repeat_by_index(&mut self, seq: &Value, n: &Value) -> RunResult<Option<Value>> {
        if !matches!(seq, Value::Str(_) | Value::List(_) | Value::Tuple(_)) {
            return Ok(None);
        }
        match self.call_special(n, &intern!("__index__"), &[])? {
            Some(i) => self.builtin_binop(seq, &i, BinOp::Mult),
            None => Ok(None),
        }
    }

    /// CPython's TypeError for an unsupported binary operator (`suffix` is `=` for
    /// augmented assignment).
    fn binop_type_error(&self, a: &Value, b: &Value, op: BinOp, suffix: &str) -> crate::Exc {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        let is_seq = |v: &Value| matches!(v, Value::Str(_) | Value::List(_) | Value::Tuple(_));
        if op == BinOp::Add && is_seq(a) {
            return self.type_error(format!(
                "can only concatenate {} (not \"{}\") to {}",
                ta.as_str(),
                tb.as_str(),
                ta.as_str()
            ));
        }
        if op == BinOp::Mult && (is_seq(a) || is_seq(b)) {
            let other = if is_seq(a) { tb } else { ta };
            return self.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                other.as_str()
            ));
        }
        let sym = if op == BinOp::Pow && suffix.is_empty() {
            "** or pow()".to_string()
        } else {
            format!("{}{suffix}", op.symbol())
        };
        self.type_error(format!(
            "unsupported operand type(s) for {sym}: '{}' and '{}'",
            ta.as_str(),
            tb.as_str()
        ))
    }

    /// `a op= b`: `__iop__` first, then as `binary_op`.
    pub fn inplace_op(&mut self, a: &Value, b: &Value, op: BinOp) -> RunResult<Value> {
        match a {
            Value::Int(_) | Value::Float(_) | Value::Str(_) => {
                return self.binary_op_inplace_msg(a, b, op)
            }
            Value::List(l) => match op {
                BinOp::Add => {
                    let items = match b {
                        Value::List(other) => other.items.borrow().clone(),
                        _ => self.collect(b)?,
                    };
                    let mut dest = l.items.borrow_mut();
                    if dest.try_reserve(items.len()).is_err() {
                        return Err(self.memory_error());
                    }
                    dest.extend(items);
                    return Ok(a.clone());
                }
                BinOp::Mult => {
                    if let Some(n) = self.repeat_count(b)? {
                        let mut items = l.items.borrow_mut();
                        if n == 0 {
                            items.clear();
                        } else {
                            // `list_inplace_repeat`: room for the result or MemoryError.
                            let extra = items.len().checked_mul(n - 1);
                            if extra.is_none_or(|e| items.try_reserve(e).is_err()) {
                                return Err(self.memory_error());
                            }
                            let orig = items.clone();
                            for _ in 1..n {
                                items.extend(orig.iter().cloned());
                            }
                        }
                        return Ok(a.clone());
                    }
                }
                _ => {}
            },
            Value::Set(s) if !s.frozen && self.set_inplace(s, b, op)?.is_some() => {
                return Ok(a.clone())
            }
            Value::Dict(d) if op == BinOp::BitOr => {
                if let Value::Dict(other) = b {
                    self.dict_merge(d, other)?;
                } else {
                    self.dict_update_from_pairs(d, b)?;
                }
                return Ok(a.clone());
            }
            Value::Instance(_) | Value::Native(_) => {
                let (_, _, iname) = dunders(op);
                if let Some(f) = self.lookup_special(a, &iname) {
                    let r = self.call_unbound(&f, a, std::slice::from_ref(b))?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
            _ => {}
        }
        self.binary_op_inplace_msg(a, b, op)
    }

    /// `binary_op`, but failing with the augmented operator in the message (`+=`).
    fn binary_op_inplace_msg(&mut self, a: &Value, b: &Value, op: BinOp) -> RunResult<Value> {
        if !dispatches(a) && !dispatches(b) {
            if let Some(v) = self.builtin_binop(a, b, op)? {
                return Ok(v);
            }
            if let Some(v) = self.str_percent(a, b, op)? {
                return Ok(v);
            }
            return Err(self.binop_type_error(a, b, op, "="));
        }
        match self.binary_dunder(a, b, op)? {
            Some(v) => Ok(v),
            None => Err(self.binop_type_error(a, b, op, "=")),
        }
    }

    /// `-v`, `+v`, `~v`, `not v`.
    pub fn unary_op(&mut self, v: &Value, op: UnaryOp) -> RunResult<Value> {
        use crate::object::int::{int_invert, int_neg, IntRef};
        if op == UnaryOp::Not {
            return Ok(Value::Bool(!self.truthy(v)?));
        }
        if let Some(i) = IntRef::of(v) {
            return Ok(match op {
                UnaryOp::USub => int_neg(i),
                UnaryOp::UAdd => match v {
                    Value::Bool(b) => Value::Int(*b as i64),
                    other => other.clone(),
                },
                _ => int_invert(i),
            });
        }
        if let Value::Complex(c) = v {
            if let Some(r) = self.complex_unary(**c, op) {
                return Ok(r);
            }
        }
        if let Value::Float(f) = v {
            match op {
                UnaryOp::USub => return Ok(Value::Float(-f)),
                UnaryOp::UAdd => return Ok(Value::Float(*f)),
                _ => {}
            }
        }
        let (name, sym) = match op {
            UnaryOp::USub => (intern!("__neg__"), "-"),
            UnaryOp::UAdd => (intern!("__pos__"), "+"),
            _ => (intern!("__invert__"), "~"),
        };
        if dispatches(v) || has_user_meta(v) {
            if let Some(r) = self.call_special(v, &name, &[])? {
                return Ok(r);
            }
        }
        Err(self.type_error(format!(
            "bad operand type for unary {sym}: '{}'",
            self.type_name(v).as_str()
        )))
    }
}

/// True if `sub`'s method `f` differs from what `base` finds for the same name.
fn overrides(base: &Class, name: &Rc<Str>, f: &Value) -> bool {
    match base.lookup(name) {
        Some(g) => !g.is(f),
        None => true,
    }
}
