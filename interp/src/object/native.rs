//! Objects implemented in Rust that are not one of `Value`'s own variants:
//! iterators, properties, futures, tasks, the event loop, … Each has a class (for
//! `type()`, `isinstance` and method lookup) and a payload behind `NativeData`.

use super::{Class, Value};
use std::any::Any;
use std::rc::Rc;

/// Access to a payload's concrete type (blanket-implemented).
pub trait AsAny: Any {
    fn as_any(&self) -> &dyn Any;
}

impl<T: Any> AsAny for T {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The payload of a native object. Every payload type says which Python values it
/// holds (CPython's `tp_traverse`), so the cycle collector sees through it. There is
/// no blanket implementation: a new payload type that does not state what it holds
/// does not compile. Write the impl with `crate::native_payload!` (fields listed, or
/// none for a payload that holds no `Value`), or by hand for payloads with
/// interior mutability that can close a cycle (then also `clear`).
pub trait NativeData: AsAny {
    /// Reports every Python value the payload holds a reference to, once each.
    fn traverse(&self, v: &mut crate::gc::Visitor);
    /// Moves out the values that can close a cycle when the object is found to be
    /// garbage (CPython's `tp_clear`); only called for tracked natives.
    fn clear(&self, _out: &mut Vec<Value>) {}
    /// Finalisation to run before this garbage object is cleared (CPython's
    /// `tp_finalize`, called once): the collector keeps the object alive and
    /// queues the returned function, called with the object. An implementation
    /// that returns one records that it did, so it is not returned again.
    fn take_finalizer(&self) -> Option<fn(&mut crate::vm::Vm, &Value)> {
        None
    }
    /// The payload as a builtin iterator: one virtual call where
    /// `get::<BuiltinIter>()` makes two and compares type ids (a `for`
    /// loop's step asks it every item).
    fn as_builtin_iter(&self) -> Option<&super::iterators::BuiltinIter> {
        None
    }
    /// The length of a sized payload whose type's `__len__` is its own native
    /// one and which defines no `__bool__` (a deque: its type is immutable, and
    /// a subclass's values are instances, not natives), so truth tests and
    /// `len()` read it without a call (CPython's `sq_length` slot).
    fn native_len(&self) -> Option<usize> {
        None
    }
    /// `hash(obj)` of a payload whose immutable type defines its own `__hash__`
    /// (a future's creation number), read with no method lookup or call.
    fn native_hash(&self) -> Option<i64> {
        None
    }
    /// One step of a native awaitable driven by `await`/`yield from` (CPython's
    /// `am_send`): `Some` when the payload steps itself, so its result is
    /// returned with no StopIteration made and caught; `None` sends through
    /// its `__next__`/`send` methods.
    fn am_send(
        &self,
        _vm: &mut crate::vm::Vm,
        _value: &Value,
    ) -> Option<crate::RunResult<crate::vm::GenStep>> {
        None
    }
}

pub struct Native {
    pub class: Rc<Class>,
    pub data: Box<dyn NativeData>,
}

impl Native {
    /// The payload as `T`, if it is one.
    pub fn get<T: Any>(&self) -> Option<&T> {
        // Deref the box first: `Box<dyn NativeData>` is itself `Any`, and calling
        // `as_any` on it would downcast the box, never the payload.
        (*self.data).as_any().downcast_ref::<T>()
    }
}

/// Equality that needs no VM: identity, or equal builtin scalars, strs and tuples
/// of them. Used by dict keys when no script-defined `__eq__` can be involved.
pub fn simple_eq(a: &Value, b: &Value) -> bool {
    // Identity first, as `PyObject_RichCompareBool`: a NaN object equals itself here.
    a.is(b) || fast_eq(a, b).unwrap_or(false)
}

/// `a == b` when it can be decided without running script code: numbers of every
/// kind (exactly, `2**53 + 1 != 2.0**53`), strs (pointer first, then bytes),
/// tuples and lists of such, singletons, and identity. `None` when an instance (or
/// a container the answer depends on) may define `__eq__`.
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    fast_eq_at(a, b, 0)
}

// Deeper containers are left to the VM's comparison, which counts the nesting
// towards the recursion limit (a cyclic list would otherwise recurse here until
// the stack overflows).
use crate::limits::FAST_EQ_DEPTH;

fn fast_eq_at(a: &Value, b: &Value, depth: u32) -> Option<bool> {
    use super::int::{cmp_int_float, IntRef};
    use Value::*;
    match (a, b) {
        (Int(x), Int(y)) => Some(x == y),
        (Str(x), Str(y)) => Some(x == y),
        (Bytes(x), Bytes(y)) => Some(x.as_bytes() == y.as_bytes()),
        (Float(x), Float(y)) => Some(x == y),
        (Complex(x), Complex(y)) => Some(x.re == y.re && x.im == y.im),
        (Complex(c), Float(f)) | (Float(f), Complex(c)) => Some(c.im == 0.0 && c.re == *f),
        (Complex(c), Int(_) | Bool(_) | BigInt(_)) if c.im != 0.0 => Some(false),
        (Int(_) | Bool(_) | BigInt(_), Complex(c)) if c.im != 0.0 => Some(false),
        (Complex(c), Int(_) | Bool(_) | BigInt(_)) => fast_eq_at(&Float(c.re), b, depth),
        (Int(_) | Bool(_) | BigInt(_), Complex(c)) => fast_eq_at(a, &Float(c.re), depth),
        (Int(_) | Bool(_) | BigInt(_), Int(_) | Bool(_) | BigInt(_)) => {
            let (x, y) = (IntRef::of(a)?, IntRef::of(b)?);
            Some(match (x, y) {
                (IntRef::Small(p), IntRef::Small(q)) => p == q,
                (IntRef::Big(p), IntRef::Big(q)) => p == q,
                // BigInts are normalised: never equal to a small int.
                _ => false,
            })
        }
        (Int(_) | Bool(_) | BigInt(_), Float(f)) => {
            Some(cmp_int_float(IntRef::of(a)?, *f) == Some(std::cmp::Ordering::Equal))
        }
        (Float(f), Int(_) | Bool(_) | BigInt(_)) => {
            Some(cmp_int_float(IntRef::of(b)?, *f) == Some(std::cmp::Ordering::Equal))
        }
        (Tuple(x), Tuple(y)) => {
            if Rc::ptr_eq(x, y) {
                return Some(true);
            }
            if depth >= FAST_EQ_DEPTH {
                return Option::None;
            }
            seq_fast_eq(&x.items, &y.items, depth + 1)
        }
        (List(x), List(y)) => {
            if Rc::ptr_eq(x, y) {
                return Some(true);
            }
            if depth >= FAST_EQ_DEPTH {
                return Option::None;
            }
            seq_fast_eq(&x.items.borrow(), &y.items.borrow(), depth + 1)
        }
        (Range(x), Range(y)) if x.big.is_some() || y.big.is_some() => {
            let (x, y) = (x.big_bounds(), y.big_bounds());
            let (lx, ly) = (x.len(), y.len());
            let one = num_bigint::BigInt::from(1);
            Some(
                lx == ly
                    && (lx == 0.into() || (x.start == y.start && (lx == one || x.step == y.step))),
            )
        }
        (Range(x), Range(y)) => {
            let (lx, ly) = (x.len(), y.len());
            Some(lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step))))
        }
        (BoundMethod(x), BoundMethod(y)) => {
            if !x.receiver.is(&y.receiver) {
                return Some(false);
            }
            fast_eq_at(&x.func, &y.func, depth + 1)
        }
        (Instance(_) | Native(_), _) | (_, Instance(_) | Native(_)) => {
            if a.is(b) {
                Some(true)
            } else {
                Option::None
            }
        }
        (Dict(x), Dict(y)) if Rc::ptr_eq(x, y) => Some(true),
        (Set(x), Set(y)) if Rc::ptr_eq(x, y) => Some(true),
        (Dict(_), Dict(_)) | (Set(_), Set(_)) => Option::None,
        (Slice(x), Slice(y)) => {
            let all = [
                fast_eq(&x.start, &y.start)?,
                fast_eq(&x.stop, &y.stop)?,
                fast_eq(&x.step, &y.step)?,
            ];
            Some(all.iter().all(|b| *b))
        }
        _ => Some(a.is(b)),
    }
}

/// Element-wise `fast_eq` with CPython's identity shortcut per element.
fn seq_fast_eq(x: &[Value], y: &[Value], depth: u32) -> Option<bool> {
    if x.len() != y.len() {
        return Some(false);
    }
    let mut undecided = false;
    for (p, q) in x.iter().zip(y) {
        if p.is(q) {
            continue;
        }
        match fast_eq_at(p, q, depth) {
            Some(true) => {}
            Some(false) => {
                if !undecided {
                    return Some(false);
                }
                return Option::None;
            }
            Option::None => undecided = true,
        }
    }
    if undecided {
        Option::None
    } else {
        Some(true)
    }
}

/// A native object of class `class` holding `data`.
pub fn native<T: NativeData>(class: &std::rc::Rc<super::Class>, data: T) -> super::Value {
    super::Value::Native(std::rc::Rc::new(Native {
        class: class.clone(),
        data: Box::new(data),
    }))
}
