//! Comparison and truth: rich comparison with reflected dunders and the
//! identity shortcut for `==` in containers, `in`, and `bool(v)`
//! (`Objects/object.c` `do_richcompare`, `PyObject_IsTrue`; `Objects/abstract.c`
//! `PySequence_Contains`; `Objects/listobject.c` `list_richcompare`).

use crate::intern;
use crate::object::int::{cmp_int_float, IntRef};
use crate::object::iterators::{DictView, ViewKind};
use crate::object::native::fast_eq;
use crate::object::{Str, Value};
use crate::vm::Vm;
use crate::RunResult;
use coil_parser::ast::CmpOp;
use std::cmp::Ordering;
use std::rc::Rc;

/// The operator with its operands swapped (`a < b` is `b > a`).
fn reflected(op: CmpOp) -> CmpOp {
    match op {
        CmpOp::Lt => CmpOp::Gt,
        CmpOp::LtE => CmpOp::GtE,
        CmpOp::Gt => CmpOp::Lt,
        CmpOp::GtE => CmpOp::LtE,
        other => other,
    }
}

fn dunder(op: CmpOp) -> Rc<Str> {
    match op {
        CmpOp::Lt => intern!("__lt__"),
        CmpOp::LtE => intern!("__le__"),
        CmpOp::Gt => intern!("__gt__"),
        CmpOp::GtE => intern!("__ge__"),
        CmpOp::Eq => intern!("__eq__"),
        _ => intern!("__ne__"),
    }
}

fn symbol(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Eq => "==",
        _ => "!=",
    }
}

/// Whether an ordering satisfies `op`.
fn holds(ord: Ordering, op: CmpOp) -> bool {
    match op {
        CmpOp::Lt => ord == Ordering::Less,
        CmpOp::LtE => ord != Ordering::Greater,
        CmpOp::Gt => ord == Ordering::Greater,
        CmpOp::GtE => ord != Ordering::Less,
        CmpOp::Eq => ord == Ordering::Equal,
        _ => ord != Ordering::Equal,
    }
}

/// The builtin value inside an instance of a builtin subclass (`class D(dict)`),
/// else `v`: what a builtin type's own comparison sees when the subclass's
/// dunder declined (`dict.__eq__({}, D())` compares the dicts).
fn builtin_view(v: &Value) -> Value {
    match v {
        Value::Instance(i) => match &i.payload {
            crate::object::class::Payload::Builtin(b) => b.clone(),
            _ => v.clone(),
        },
        _ => v.clone(),
    }
}

fn dispatches(v: &Value) -> bool {
    matches!(v, Value::Instance(_) | Value::Native(_)) || super::metaclass::has_user_meta(v)
}

impl Vm {
    /// `a op b` for `<`, `<=`, `==`, `!=`, `>`, `>=` (any value, e.g. from `__lt__`).
    pub fn rich_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> RunResult<Value> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Ok(Value::Bool(holds(x.cmp(y), op))),
            (Value::Float(x), Value::Float(y)) => {
                return Ok(Value::Bool(match x.partial_cmp(y) {
                    Some(o) => holds(o, op),
                    None => op == CmpOp::NotEq,
                }))
            }
            (Value::Str(x), Value::Str(y)) => {
                let ord = if Rc::ptr_eq(x, y) {
                    Ordering::Equal
                } else {
                    x.as_str().cmp(y.as_str())
                };
                return Ok(Value::Bool(holds(ord, op)));
            }
            _ => {}
        }
        // `PyObject_RichCompare` counts each nested comparison towards the
        // recursion limit, so comparing cyclic containers (`a = [b]`, `b = [a]`)
        // ends in RecursionError rather than overflowing the stack.
        if self.frames.len() + self.native_depth >= self.recursion_limit || !self.stack_ok() {
            return Err(self.recursion_error("maximum recursion depth exceeded in comparison"));
        }
        self.native_depth += 1;
        // A script `__eq__` called for this comparison: CPython's levels are the
        // comparison's check and the method's frame (golden limits/recursion_eq).
        self.recursion_where = crate::vm::recursion::COUNTED;
        let r = self.rich_compare_slow(a, b, op);
        self.recursion_where = "";
        self.native_depth -= 1;
        r
    }

    /// `rich_compare` past the fast paths: builtin orderings, then dunders,
    /// then identity for `==`/`!=`.
    fn rich_compare_slow(&mut self, a: &Value, b: &Value, op: CmpOp) -> RunResult<Value> {
        if !dispatches(a) && !dispatches(b) {
            if let Some(r) = self.builtin_compare(a, b, op)? {
                return Ok(Value::Bool(r));
            }
        } else if let Some(r) = self.compare_dunder(a, b, op)? {
            return Ok(r);
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::NotEq => Ok(Value::Bool(!a.is(b))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                symbol(op),
                self.type_name(a).as_str(),
                self.type_name(b).as_str()
            ))),
        }
    }

    /// `do_richcompare`'s dunder calls; `None` when every candidate declined.
    fn compare_dunder(&mut self, a: &Value, b: &Value, op: CmpOp) -> RunResult<Option<Value>> {
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let rop = reflected(op);
        let mut reversed_done = false;
        if !Rc::ptr_eq(&ta, &tb) && tb.is_subclass(&ta) && dispatches(b) {
            reversed_done = true;
            if let Some(f) = tb.lookup(&dunder(rop)) {
                let r = self.call_unbound(&f, b, std::slice::from_ref(a))?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        if dispatches(a) {
            if let Some(f) = ta.lookup(&dunder(op)) {
                let r = self.call_unbound(&f, a, std::slice::from_ref(b))?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        } else if let Some(r) = self.builtin_compare(a, &builtin_view(b), op)? {
            return Ok(Some(Value::Bool(r)));
        }
        if !reversed_done {
            if dispatches(b) {
                if let Some(f) = tb.lookup(&dunder(rop)) {
                    let r = self.call_unbound(&f, b, std::slice::from_ref(a))?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(Some(r));
                    }
                }
            } else if let Some(r) = self.builtin_compare(b, &builtin_view(a), rop)? {
                return Ok(Some(Value::Bool(r)));
            }
        }
        Ok(None)
    }

    /// Comparison of builtin values; `None` means NotImplemented.
    pub(crate) fn builtin_compare(
        &mut self,
        a: &Value,
        b: &Value,
        op: CmpOp,
    ) -> RunResult<Option<bool>> {
        if let Some(x) = IntRef::of(a) {
            if let Some(y) = IntRef::of(b) {
                let ord = match (x, y) {
                    (IntRef::Small(p), IntRef::Small(q)) => p.cmp(&q),
                    _ => x.to_big().as_ref().cmp(y.to_big().as_ref()),
                };
                return Ok(Some(holds(ord, op)));
            }
            if let Value::Float(f) = b {
                return Ok(Some(match cmp_int_float(x, *f) {
                    Some(o) => holds(o, op),
                    None => op == CmpOp::NotEq,
                }));
            }
        }
        if matches!(a, Value::Complex(_)) || matches!(b, Value::Complex(_)) {
            return self.complex_compare(a, b, op);
        }
        if let (Value::Float(f), Some(y)) = (a, IntRef::of(b)) {
            return Ok(Some(match cmp_int_float(y, *f) {
                Some(o) => holds(o.reverse(), op),
                None => op == CmpOp::NotEq,
            }));
        }
        match (a, b) {
            (Value::Str(x), Value::Str(y)) => Ok(Some(holds(x.as_str().cmp(y.as_str()), op))),
            (Value::Float(x), Value::Float(y)) => Ok(Some(match x.partial_cmp(y) {
                Some(o) => holds(o, op),
                None => op == CmpOp::NotEq,
            })),
            (Value::Bytes(x), Value::Bytes(y)) => {
                Ok(Some(holds(x.as_bytes().cmp(y.as_bytes()), op)))
            }
            (Value::Tuple(x), Value::Tuple(y)) => {
                self.seq_compare(&x.items, &y.items, op).map(Some)
            }
            (Value::List(x), Value::List(y)) => {
                if Rc::ptr_eq(x, y) && matches!(op, CmpOp::Eq | CmpOp::NotEq) {
                    return Ok(Some(op == CmpOp::Eq));
                }
                let (x, y) = (x.items.borrow().clone(), y.items.borrow().clone());
                self.seq_compare(&x, &y, op).map(Some)
            }
            (Value::Set(x), Value::Set(y)) => {
                let (lx, ly) = (x.items.borrow().len(), y.items.borrow().len());
                Ok(Some(match op {
                    CmpOp::Eq => lx == ly && self.set_is_subset(x, y)?,
                    CmpOp::NotEq => !(lx == ly && self.set_is_subset(x, y)?),
                    CmpOp::LtE => self.set_is_subset(x, y)?,
                    CmpOp::Lt => lx < ly && self.set_is_subset(x, y)?,
                    CmpOp::GtE => self.set_is_subset(y, x)?,
                    _ => ly < lx && self.set_is_subset(y, x)?,
                }))
            }
            (Value::Dict(x), Value::Dict(y)) => match op {
                CmpOp::Eq | CmpOp::NotEq => {
                    let same = self.dict_equal(x, y)?;
                    Ok(Some(same == (op == CmpOp::Eq)))
                }
                _ => Ok(None),
            },
            (Value::Slice(x), Value::Slice(y)) => {
                // `slice_richcompare`: as the tuples (start, stop, step).
                let fields =
                    |s: &crate::object::Slice| [s.start.clone(), s.stop.clone(), s.step.clone()];
                if Rc::ptr_eq(x, y) && matches!(op, CmpOp::Eq | CmpOp::NotEq) {
                    return Ok(Some(op == CmpOp::Eq));
                }
                self.seq_compare(&fields(x), &fields(y), op).map(Some)
            }
            (Value::Range(_), Value::Range(_)) => match op {
                CmpOp::Eq | CmpOp::NotEq => match fast_eq(a, b) {
                    Some(e) => Ok(Some(e == (op == CmpOp::Eq))),
                    None => Ok(None),
                },
                _ => Ok(None),
            },
            (Value::BoundMethod(x), Value::BoundMethod(y))
                if matches!(op, CmpOp::Eq | CmpOp::NotEq) =>
            {
                let e = x.receiver.is(&y.receiver) && self.eq(&x.func, &y.func)?;
                Ok(Some(e == (op == CmpOp::Eq)))
            }
            _ => Ok(None),
        }
    }

    /// Lexicographic comparison (`list_richcompare`): the first items that differ
    /// decide, else the lengths.
    fn seq_compare(&mut self, x: &[Value], y: &[Value], op: CmpOp) -> RunResult<bool> {
        if x.len() != y.len() && matches!(op, CmpOp::Eq | CmpOp::NotEq) {
            return Ok(op == CmpOp::NotEq);
        }
        for (p, q) in x.iter().zip(y) {
            if !self.eq(p, q)? {
                return match op {
                    CmpOp::Eq => Ok(false),
                    CmpOp::NotEq => Ok(true),
                    _ => {
                        let r = self.rich_compare(p, q, op)?;
                        self.truthy(&r)
                    }
                };
            }
        }
        Ok(holds(x.len().cmp(&y.len()), op))
    }

    fn set_is_subset(&mut self, x: &crate::object::Set, y: &crate::object::Set) -> RunResult<bool> {
        if x.items.borrow().len() > y.items.borrow().len() {
            return Ok(false);
        }
        let keys: Vec<_> = x.items.borrow().iter().cloned().collect();
        for k in keys {
            if !self.set_contains_hashed(y, &k)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn dict_equal(&mut self, x: &crate::object::Dict, y: &crate::object::Dict) -> RunResult<bool> {
        if std::ptr::eq(x, y) {
            return Ok(true);
        }
        if x.len() != y.len() {
            return Ok(false);
        }
        for (k, v) in x.snapshot() {
            match self.dict_get_hashed(y, &k)? {
                Some(w) => {
                    if !self.eq(&v, &w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    /// `a == b` as a bool, with the identity shortcut containers use.
    pub fn eq(&mut self, a: &Value, b: &Value) -> RunResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        if let Some(r) = fast_eq(a, b) {
            return Ok(r);
        }
        let r = self.rich_compare(a, b, CmpOp::Eq)?;
        self.truthy(&r)
    }

    /// `bool(v)`: `__bool__`, then `__len__`.
    pub fn truthy(&mut self, v: &Value) -> RunResult<bool> {
        Ok(match v {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::Complex(c) => c.re != 0.0 || c.im != 0.0,
            Value::BigInt(_) => true,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::Tuple(t) => !t.items.is_empty(),
            Value::List(l) => !l.items.borrow().is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) => !s.items.borrow().is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::Class(c) if c.metaclass.is_some() => {
                if let Some(r) = self.call_meta_special(v, &intern!("__bool__"), &[])? {
                    return match r {
                        Value::Bool(b) => Ok(b),
                        other => Err(self.type_error(format!(
                            "__bool__ should return bool, returned {}",
                            self.type_name(&other).as_str()
                        ))),
                    };
                }
                if self.meta_special(v, &intern!("__len__")).is_some() {
                    return Ok(self.len(v)? != 0);
                }
                true
            }
            Value::Instance(_) | Value::Native(_) => {
                if let Value::Native(n) = v {
                    if let Some(len) = n.data.native_len() {
                        return Ok(len != 0);
                    }
                    if let Some(view) = n.get::<DictView>() {
                        return Ok(!view.dict.is_empty());
                    }
                }
                let (bool_fn, len_fn) = self.truth_specials(v);
                if let Some(f) = bool_fn {
                    return match self.call_unbound(&f, v, &[])? {
                        Value::Bool(b) => Ok(b),
                        other => Err(self.type_error(format!(
                            "__bool__ should return bool, returned {}",
                            self.type_name(&other).as_str()
                        ))),
                    };
                }
                if let Some(f) = len_fn {
                    let r = self.call_unbound(&f, v, &[])?;
                    return Ok(self.len_result(&r)? != 0);
                }
                true
            }
            _ => true,
        })
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> RunResult<bool> {
        match container {
            Value::Str(s) => match item {
                Value::Str(sub) => Ok(s.as_str().contains(sub.as_str())),
                other => Err(self.type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name(other).as_str()
                ))),
            },
            Value::Bytes(b) => {
                let hay = b.as_bytes();
                match item {
                    Value::Bytes(sub) => Ok(find_bytes(hay, sub.as_bytes()).is_some()),
                    Value::Int(i) if (0..256).contains(i) => Ok(hay.contains(&(*i as u8))),
                    Value::Int(_) | Value::BigInt(_) => {
                        Err(self.value_error("byte must be in range(0, 256)"))
                    }
                    other => match self.buffer_hook.and_then(|f| f(other)) {
                        Some(sub) => Ok(find_bytes(hay, &sub).is_some()),
                        None => Err(self.type_error(format!(
                            "a bytes-like object is required, not '{}'",
                            self.type_name(other).as_str()
                        ))),
                    },
                }
            }
            Value::List(l) => {
                let mut i = 0;
                loop {
                    let x = match l.items.borrow().get(i) {
                        Some(x) => x.clone(),
                        None => return Ok(false),
                    };
                    if self.eq(&x, item)? {
                        return Ok(true);
                    }
                    i += 1;
                }
            }
            Value::Tuple(t) => {
                for x in t.items.iter() {
                    if self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Dict(d) => {
                let hk = self.hash_key(item)?;
                Ok(self.dict_find(d, &hk)?.is_some())
            }
            Value::Set(s) => self.set_contains(s, item),
            Value::Range(r) => match IntRef::of(item) {
                Some(i) if r.big.is_some() || matches!(i, IntRef::Big(_)) => {
                    Ok(r.big_bounds().contains(&i.to_big()))
                }
                Some(IntRef::Small(i)) => {
                    let (start, stop, step) = (r.start as i128, r.stop as i128, r.step as i128);
                    let i = i as i128;
                    let inside = if step > 0 {
                        start <= i && i < stop
                    } else {
                        stop < i && i <= start
                    };
                    Ok(inside && (i - start) % step == 0)
                }
                Some(IntRef::Big(_)) => Ok(false),
                None => self.contains_by_iteration(container, item),
            },
            Value::Native(n) => {
                if let Some(view) = n.get::<DictView>() {
                    let dict = view.dict.clone();
                    return match view.kind {
                        ViewKind::Keys => {
                            let hk = self.hash_key(item)?;
                            Ok(self.dict_find(&dict, &hk)?.is_some())
                        }
                        ViewKind::Items => {
                            let Value::Tuple(t) = item else {
                                return Ok(false);
                            };
                            if t.items.len() != 2 {
                                return Ok(false);
                            }
                            let hk = self.hash_key(&t.items[0])?;
                            match self.dict_get_hashed(&dict, &hk)? {
                                Some(v) => self.eq(&v, &t.items[1]),
                                None => Ok(false),
                            }
                        }
                        ViewKind::Values => self.contains_by_iteration(container, item),
                    };
                }
                self.contains_generic(container, item)
            }
            Value::Instance(_) => self.contains_generic(container, item),
            Value::Class(c) if c.metaclass.is_some() => self.contains_generic(container, item),
            Value::Generator(_) => self.contains_by_iteration(container, item),
            _ => Err(self.not_iterable_argument(container)),
        }
    }

    fn not_iterable_argument(&self, v: &Value) -> crate::Exc {
        self.type_error(format!(
            "argument of type '{}' is not iterable",
            self.type_name(v).as_str()
        ))
    }

    /// `__contains__`, else iteration (`__iter__` or `__getitem__`).
    fn contains_generic(&mut self, container: &Value, item: &Value) -> RunResult<bool> {
        if let Some(r) = self.call_special(
            container,
            &intern!("__contains__"),
            std::slice::from_ref(item),
        )? {
            return self.truthy(&r);
        }
        if self
            .lookup_special(container, &intern!("__iter__"))
            .is_none()
            && self
                .lookup_special(container, &intern!("__getitem__"))
                .is_none()
        {
            return Err(self.not_iterable_argument(container));
        }
        self.contains_by_iteration(container, item)
    }

    fn contains_by_iteration(&mut self, container: &Value, item: &Value) -> RunResult<bool> {
        let it = self.get_iter(container)?;
        while let Some(x) = self.next(&it)? {
            if self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

/// The first index of `needle` in `hay` (`bytes.find`, `in`).
pub fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}
