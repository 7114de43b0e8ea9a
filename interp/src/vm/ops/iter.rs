//! Iteration: `iter()` and `next()` over builtin containers (native iterator objects
//! stepped here without dynamic dispatch), generators (resumed through the VM),
//! objects with `__iter__`/`__next__`, and the old `__getitem__` sequence protocol
//! (`Objects/abstract.c` `PyObject_GetIter`, `PyIter_Next`; `Objects/iterobject.c`).

use crate::intern;
use crate::object::iterators::{BuiltinIter, DictView, ViewKind};
use crate::object::{GenKind, Value};
use crate::vm::{GenStep, Vm};
use crate::{Exc, RunResult};
use num_traits::{ToPrimitive, Zero};
use std::cell::Cell;

impl Vm {
    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> RunResult<Value> {
        let it = match v {
            Value::List(l) => BuiltinIter::List {
                list: l.clone(),
                index: Cell::new(0),
                done: Cell::new(false),
            },
            Value::Tuple(t) => BuiltinIter::Tuple {
                tuple: t.clone(),
                index: Cell::new(0),
            },
            Value::Str(s) => BuiltinIter::Str {
                s: s.clone(),
                pos: Cell::new(0),
            },
            Value::Bytes(b) => BuiltinIter::Bytes {
                bytes: b.clone(),
                index: Cell::new(0),
            },
            Value::Range(r) => BuiltinIter::of_range(r, false),
            Value::Dict(d) => BuiltinIter::dict(d.clone(), ViewKind::Keys, false),
            Value::Set(s) => BuiltinIter::set(s.clone()),
            Value::Generator(g) if g.kind == GenKind::Generator => return Ok(v.clone()),
            Value::Native(n) => {
                if n.get::<BuiltinIter>().is_some() {
                    return Ok(v.clone());
                }
                if let Some(view) = n.get::<DictView>() {
                    BuiltinIter::dict(view.dict.clone(), view.kind, false)
                } else {
                    return self.iter_by_protocol(v);
                }
            }
            Value::Instance(_) => return self.iter_by_protocol(v),
            Value::Class(c) if c.metaclass.is_some() => return self.iter_by_protocol(v),
            _ => return Err(self.not_iterable(v)),
        };
        Ok(self.types.iters.make(it))
    }

    fn not_iterable(&self, v: &Value) -> crate::Exc {
        self.type_error(format!(
            "'{}' object is not iterable",
            self.type_name(v).as_str()
        ))
    }

    /// `__iter__` (whose result must be an iterator), else the `__getitem__` protocol.
    fn iter_by_protocol(&mut self, v: &Value) -> RunResult<Value> {
        match self.lookup_special(v, &intern!("__iter__")) {
            Some(Value::None) => Err(self.not_iterable(v)),
            Some(f) => {
                let it = self.call_unbound(&f, v, &[])?;
                if !self.is_iterator(&it) {
                    return Err(self.type_error(format!(
                        "iter() returned non-iterator of type '{}'",
                        self.type_name(&it).as_str()
                    )));
                }
                Ok(it)
            }
            None => {
                if self.lookup_special(v, &intern!("__getitem__")).is_some() {
                    return Ok(self.types.iters.make(BuiltinIter::Seq {
                        obj: v.clone(),
                        index: Cell::new(0),
                        done: Cell::new(false),
                    }));
                }
                Err(self.not_iterable(v))
            }
        }
    }

    /// True if `v` has `__next__` (what `iter()` requires of `__iter__`'s result).
    pub fn is_iterator(&self, v: &Value) -> bool {
        match v {
            Value::Generator(g) => g.kind == GenKind::Generator,
            Value::Native(n) if n.get::<BuiltinIter>().is_some() => true,
            _ => self.lookup_special(v, &intern!("__next__")).is_some(),
        }
    }

    /// `next(it)`: `Ok(None)` when exhausted (StopIteration swallowed).
    pub fn next(&mut self, iter: &Value) -> RunResult<Option<Value>> {
        match iter {
            Value::Native(n) => {
                if let Some(it) = n.get::<BuiltinIter>() {
                    return self.builtin_next(it);
                }
            }
            Value::Generator(g) if g.kind == GenKind::Generator => {
                return match self.gen_resume(g, Value::None, None)? {
                    GenStep::Yield(v) => Ok(Some(v)),
                    GenStep::Return(_) => Ok(None),
                };
            }
            _ => {}
        }
        match self.lookup_special(iter, &intern!("__next__")) {
            Some(f) => match self.call_unbound(&f, iter, &[]) {
                Ok(v) => Ok(Some(v)),
                Err(e) if self.exc_matches(&e, &self.types.exc.stop_iteration) => Ok(None),
                Err(e) => Err(e),
            },
            None => Err(self.type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(iter).as_str()
            ))),
        }
    }

    /// One step of a builtin iterator.
    pub(crate) fn builtin_next(&mut self, it: &BuiltinIter) -> RunResult<Option<Value>> {
        match it {
            BuiltinIter::List { list, index, done } => {
                if done.get() {
                    return Ok(None);
                }
                let i = index.get();
                match list.items.borrow().get(i) {
                    Some(v) => {
                        index.set(i + 1);
                        Ok(Some(v.clone()))
                    }
                    None => {
                        done.set(true);
                        Ok(None)
                    }
                }
            }
            BuiltinIter::ListReversed { list, index } => {
                let i = index.get();
                if i == 0 {
                    return Ok(None);
                }
                let items = list.items.borrow();
                match items.get(i - 1) {
                    Some(v) => {
                        index.set(i - 1);
                        Ok(Some(v.clone()))
                    }
                    None => {
                        // The list shrank: CPython stops.
                        index.set(0);
                        Ok(None)
                    }
                }
            }
            BuiltinIter::Tuple { tuple, index } => {
                let i = index.get();
                match tuple.items.get(i) {
                    Some(v) => {
                        index.set(i + 1);
                        Ok(Some(v.clone()))
                    }
                    None => Ok(None),
                }
            }
            BuiltinIter::Str { s, pos } => {
                let p = pos.get();
                match s.as_str()[p..].chars().next() {
                    Some(c) => {
                        pos.set(p + c.len_utf8());
                        Ok(Some(self.char_value(c)))
                    }
                    None => Ok(None),
                }
            }
            BuiltinIter::Bytes { bytes, index } => {
                let i = index.get();
                match bytes.as_bytes().get(i) {
                    Some(&b) => {
                        index.set(i + 1);
                        Ok(Some(Value::Int(b as i64)))
                    }
                    None => Ok(None),
                }
            }
            BuiltinIter::Range {
                next,
                step,
                remaining,
            } => {
                let r = remaining.get();
                if r == 0 {
                    return Ok(None);
                }
                remaining.set(r - 1);
                let v = next.get();
                if r > 1 {
                    next.set(v.wrapping_add(*step));
                }
                Ok(Some(Value::Int(v)))
            }
            BuiltinIter::BigRange {
                next,
                step,
                remaining,
            } => {
                let mut r = remaining.borrow_mut();
                if r.is_zero() {
                    return Ok(None);
                }
                *r -= 1;
                let mut n = next.borrow_mut();
                let v = n.clone();
                *n += step;
                Ok(Some(crate::object::int::big_value(v)))
            }
            BuiltinIter::Dict {
                dict,
                kind,
                index,
                len,
                remaining,
                reversed,
                done,
            } => {
                // `dictiter_iternextkey` / `dictreviter_iternext`.
                if done.get() {
                    return Ok(None);
                }
                let map = dict.map.borrow();
                if let Some(e) = self.changed_size(len, map.len(), "dictionary") {
                    return Err(e);
                }
                let i = index.get();
                let found = if *reversed {
                    i.checked_sub(1).and_then(|p| map.prev_live(p))
                } else {
                    map.next_live(i)
                };
                let Some(pos) = found else {
                    done.set(true);
                    return Ok(None);
                };
                if remaining.get() == 0 && !*reversed {
                    done.set(true);
                    drop(map);
                    return Err(self.runtime_error("dictionary keys changed during iteration"));
                }
                index.set(if *reversed { pos } else { pos + 1 });
                remaining.set(remaining.get().saturating_sub(1));
                let Some((k, v)) = map.slot(pos) else {
                    done.set(true);
                    return Ok(None);
                };
                Ok(Some(match kind {
                    ViewKind::Keys => k.value.clone(),
                    ViewKind::Values => v.clone(),
                    ViewKind::Items => Value::tuple(vec![k.value.clone(), v.clone()]),
                }))
            }
            BuiltinIter::Set {
                set,
                order,
                index,
                len,
                done,
            } => {
                if done.get() {
                    return Ok(None);
                }
                let items = set.items.borrow();
                if let Some(e) = self.changed_size(len, items.len(), "Set") {
                    return Err(e);
                }
                let i = index.get();
                match order.get(i).and_then(|&p| items.slot(p)) {
                    Some(k) => {
                        index.set(i + 1);
                        Ok(Some(k.value.clone()))
                    }
                    None => {
                        done.set(true);
                        Ok(None)
                    }
                }
            }
            BuiltinIter::Seq { obj, index, done } => {
                if done.get() {
                    return Ok(None);
                }
                let i = index.get();
                match self.get_item(obj, &Value::Int(i)) {
                    Ok(v) => {
                        index.set(i + 1);
                        Ok(Some(v))
                    }
                    Err(e)
                        if self.exc_matches(&e, &self.types.exc.index_error)
                            || self.exc_matches(&e, &self.types.exc.stop_iteration) =>
                    {
                        done.set(true);
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            BuiltinIter::Callable {
                func,
                sentinel,
                done,
            } => {
                if done.get() {
                    return Ok(None);
                }
                let v = match self.call_value(func, &[]) {
                    Ok(v) => v,
                    Err(e) if self.exc_matches(&e, &self.types.exc.stop_iteration) => {
                        done.set(true);
                        return Ok(None);
                    }
                    Err(e) => return Err(e),
                };
                if self.eq(&v, sentinel)? {
                    done.set(true);
                    return Ok(None);
                }
                Ok(Some(v))
            }
        }
    }

    /// A one-char str. ASCII chars come from a per-thread cache, as CPython's
    /// latin-1 singletons, so iterating over text does not allocate.
    pub fn char_value(&self, c: char) -> Value {
        thread_local! {
            static ASCII: Vec<Value> = (0u8..128).map(|b| Value::Str(crate::object::Str::intern(
                std::str::from_utf8(&[b]).expect("ascii"),
            ))).collect();
        }
        if c.is_ascii() {
            return ASCII.with(|t| t[c as usize].clone());
        }
        let mut buf = [0u8; 4];
        Value::str(c.encode_utf8(&mut buf))
    }

    /// CPython's "changed size during iteration" for a dict or set iterator
    /// made when its container held `len` items: the error is sticky, every
    /// later `next` raises it again, as `di_used`/`si_used = -1` makes it.
    #[cold]
    fn changed_size_error(&self, len: &Cell<usize>, what: &str) -> Exc {
        len.set(usize::MAX);
        self.runtime_error(format!("{what} changed size during iteration"))
    }

    #[inline]
    fn changed_size(&self, len: &Cell<usize>, now: usize, what: &str) -> Option<Exc> {
        (now != len.get()).then(|| self.changed_size_error(len, what))
    }

    /// The number of items left in a builtin iterator (`__length_hint__`).
    pub fn length_hint(&self, it: &BuiltinIter) -> usize {
        match it {
            BuiltinIter::List { list, index, done } => {
                if done.get() {
                    0
                } else {
                    list.items.borrow().len().saturating_sub(index.get())
                }
            }
            BuiltinIter::ListReversed { index, .. } => index.get(),
            BuiltinIter::Tuple { tuple, index } => tuple.items.len().saturating_sub(index.get()),
            BuiltinIter::Str { s, pos } => s.as_str()[pos.get()..].chars().count(),
            BuiltinIter::Range { remaining, .. } => remaining.get() as usize,
            BuiltinIter::BigRange { remaining, .. } => {
                remaining.borrow().to_usize().unwrap_or(usize::MAX)
            }
            BuiltinIter::Bytes { bytes, index } => bytes.len().saturating_sub(index.get()),
            BuiltinIter::Dict {
                dict,
                len,
                remaining,
                done,
                ..
            } => {
                // `dictiter_len`: nothing once the size changed.
                if done.get() || dict.len() != len.get() {
                    0
                } else {
                    remaining.get()
                }
            }
            BuiltinIter::Set {
                set,
                index,
                len,
                done,
                ..
            } => {
                // `setiter_len`: nothing once the size changed.
                if done.get() || set.items.borrow().len() != len.get() {
                    0
                } else {
                    set.items.borrow().len().saturating_sub(index.get())
                }
            }
            BuiltinIter::Seq { .. } | BuiltinIter::Callable { .. } => 0,
        }
    }

    /// Every item of an iterable (`list(x)`, unpacking, `str.join`).
    pub fn collect(&mut self, iterable: &Value) -> RunResult<Vec<Value>> {
        match iterable {
            Value::List(l) => return Ok(l.items.borrow().clone()),
            Value::Tuple(t) => return Ok(t.items.to_vec()),
            Value::Set(s) => return Ok(set_items_in_order(s)),
            _ => {}
        }
        // `list(range(...))` sizes the list first (`PyObject_LengthHint`): a
        // length past `Py_ssize_t` is an OverflowError, one too large to
        // allocate a MemoryError, never an endless loop.
        let mut out = match iterable {
            Value::Range(r) => {
                let n = match &r.big {
                    Some(b) => b.len().to_usize().filter(|&n| n <= isize::MAX as usize),
                    None => Some(r.len() as usize),
                };
                let Some(n) = n else {
                    return Err(self.overflow_error("Python int too large to convert to C ssize_t"));
                };
                self.alloc(crate::object::alloc::vec_with_capacity(n))?
            }
            // So does a `longrange_iterator` (`reversed(range(2**1000))`,
            // `iter(range(...))`), whose length hint overflows (found by coil-fuzz:
            // it filled memory until an allocation aborted).
            Value::Native(n) => match n.get::<crate::object::iterators::BuiltinIter>() {
                Some(crate::object::iterators::BuiltinIter::BigRange { remaining, .. }) => {
                    let n = remaining
                        .borrow()
                        .to_usize()
                        .filter(|&n| n <= isize::MAX as usize);
                    let Some(n) = n else {
                        return Err(
                            self.overflow_error("Python int too large to convert to C ssize_t")
                        );
                    };
                    self.alloc(crate::object::alloc::vec_with_capacity(n))?
                }
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        let it = self.get_iter(iterable)?;
        while let Some(v) = self.next(&it)? {
            self.alloc(crate::object::alloc::push(&mut out, v))?;
        }
        Ok(out)
    }
}

/// A set's items in CPython's iteration order.
pub fn set_items_in_order(s: &crate::object::Set) -> Vec<Value> {
    let order = s.cpython_order();
    let items = s.items.borrow();
    order
        .into_iter()
        .filter_map(|p| items.slot(p).map(|k| k.value.clone()))
        .collect()
}
