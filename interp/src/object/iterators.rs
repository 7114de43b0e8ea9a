//! Iterators over builtin containers and dict views, as native objects
//! (`Objects/listobject.c` `listiter_next`, `Objects/tupleobject.c`,
//! `Objects/unicodeobject.c` `unicodeiter_next`, `Objects/rangeobject.c`,
//! `Objects/dictobject.c` `dictiter_iternextkey` and the `dict_keys` views,
//! `Objects/setobject.c`, `Objects/iterobject.c` for the `__getitem__` protocol and
//! `iter(callable, sentinel)`). `vm::ops::iter` steps them without dynamic dispatch.

use super::class::BaseKind;
use super::{Class, Dict, List, Native, Set, Str, Tuple, Value};
use crate::vm::types::{builtin_classes, new_class};
use num_bigint::BigInt;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Which part of a dict a view or an iterator yields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

/// Every builtin iterator's state. Indices are positions in the container; an
/// exhausted iterator stays exhausted even if the container grows (CPython drops its
/// reference to the container).
pub enum BuiltinIter {
    List {
        list: Rc<List>,
        index: Cell<usize>,
        done: Cell<bool>,
    },
    /// `reversed(list)`: `index` is the next position to yield plus one (0 = done).
    ListReversed { list: Rc<List>, index: Cell<usize> },
    Tuple {
        tuple: Rc<Tuple>,
        index: Cell<usize>,
    },
    /// `pos` is a byte offset into the text.
    Str { s: Rc<Str>, pos: Cell<usize> },
    Bytes {
        bytes: Rc<super::Bytes>,
        index: Cell<usize>,
    },
    Range {
        next: Cell<i64>,
        step: i64,
        remaining: Cell<u64>,
    },
    /// `longrange_iterator`: a range with bounds beyond `i64`.
    BigRange {
        next: RefCell<BigInt>,
        step: BigInt,
        remaining: RefCell<BigInt>,
    },
    /// CPython's `dictiterobject`: `index` is the next entry position to look at
    /// (forwards), or one past it (reversed); positions count deleted entries.
    Dict {
        dict: Rc<Dict>,
        kind: ViewKind,
        index: Cell<usize>,
        /// The dict's size when iteration started (a change is a RuntimeError).
        len: Cell<usize>,
        /// Keys still expected (`di->len`): finding another one means keys were
        /// swapped during iteration.
        remaining: Cell<usize>,
        reversed: bool,
        done: Cell<bool>,
    },
    /// `order` lists item positions in CPython's iteration order (`Set::cpython_order`).
    Set {
        set: Rc<Set>,
        order: Vec<usize>,
        index: Cell<usize>,
        len: Cell<usize>,
        done: Cell<bool>,
    },
    /// The `__getitem__` protocol: `obj[0]`, `obj[1]`, … until IndexError.
    Seq {
        obj: Value,
        index: Cell<i64>,
        done: Cell<bool>,
    },
    /// `iter(func, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
        done: Cell<bool>,
    },
}

/// `d.keys()`, `d.values()`, `d.items()`: live views of a dict.
pub struct DictView {
    pub dict: Rc<Dict>,
    pub kind: ViewKind,
}

builtin_classes! {
    /// The classes of the iterator objects (`type(iter([]))` is
    /// `list_iterator`, …); `vm/ops/iter_methods.rs` gives them `__iter__`
    /// and `__next__`.
    pub struct IterTypes {
        list_iterator = "list_iterator",
        list_reverseiterator = "list_reverseiterator",
        tuple_iterator = "tuple_iterator",
        str_ascii_iterator = "str_ascii_iterator",
        str_iterator = "str_iterator",
        range_iterator = "range_iterator",
        longrange_iterator = "longrange_iterator",
        bytes_iterator = "bytes_iterator",
        dict_keyiterator = "dict_keyiterator",
        dict_valueiterator = "dict_valueiterator",
        dict_itemiterator = "dict_itemiterator",
        dict_reversekeyiterator = "dict_reversekeyiterator",
        dict_reversevalueiterator = "dict_reversevalueiterator",
        dict_reverseitemiterator = "dict_reverseitemiterator",
        set_iterator = "set_iterator",
        seq_iterator = "iterator",
        callable_iterator = "callable_iterator",
        ;
        /// A finished `range_iterator` nobody else holds, kept for the next
        /// `for i in range(...)` (`vm/fast_ops.rs` `range_iter`): a nested
        /// loop then allocates and frees nothing per inner loop.
        spare_range: Cell<Option<Rc<Native>>>,
    }
}

builtin_classes! {
    /// The classes of a dict's live views.
    pub struct ViewTypes {
        dict_keys = "dict_keys",
        dict_values = "dict_values",
        dict_items = "dict_items",
    }
}

impl IterTypes {
    /// The class an iterator state belongs to.
    pub fn class_for(&self, it: &BuiltinIter) -> Rc<Class> {
        match it {
            BuiltinIter::List { .. } => self.list_iterator.clone(),
            BuiltinIter::ListReversed { .. } => self.list_reverseiterator.clone(),
            BuiltinIter::Tuple { .. } => self.tuple_iterator.clone(),
            BuiltinIter::Str { s, .. } => {
                if s.is_ascii() {
                    self.str_ascii_iterator.clone()
                } else {
                    self.str_iterator.clone()
                }
            }
            BuiltinIter::Range { .. } => self.range_iterator.clone(),
            BuiltinIter::BigRange { .. } => self.longrange_iterator.clone(),
            BuiltinIter::Bytes { .. } => self.bytes_iterator.clone(),
            BuiltinIter::Dict { kind, reversed, .. } => match (kind, reversed) {
                (ViewKind::Keys, false) => self.dict_keyiterator.clone(),
                (ViewKind::Values, false) => self.dict_valueiterator.clone(),
                (ViewKind::Items, false) => self.dict_itemiterator.clone(),
                (ViewKind::Keys, true) => self.dict_reversekeyiterator.clone(),
                (ViewKind::Values, true) => self.dict_reversevalueiterator.clone(),
                (ViewKind::Items, true) => self.dict_reverseitemiterator.clone(),
            },
            BuiltinIter::Set { .. } => self.set_iterator.clone(),
            BuiltinIter::Seq { .. } => self.seq_iterator.clone(),
            BuiltinIter::Callable { .. } => self.callable_iterator.clone(),
        }
    }

    /// A range iterator over `len` items from `start` by `step`, reusing
    /// the spare one when its step is the same.
    pub fn range_iter(&self, start: i64, step: i64, len: i64) -> Value {
        if let Some(rc) = self.spare_range.take() {
            if let Some(BuiltinIter::Range {
                next,
                step: s,
                remaining,
            }) = rc.data.as_builtin_iter()
            {
                if *s == step {
                    next.set(start);
                    remaining.set(len.max(0) as u64);
                    return Value::Native(rc);
                }
            }
        }
        self.make(BuiltinIter::range(start, step, len))
    }

    /// Takes back a finished iterator: a range iterator with no other
    /// reference becomes the spare (`range_iter`), anything else is dropped.
    pub fn recycle(&self, it: Value) {
        if let Value::Native(rc) = &it {
            if Rc::strong_count(rc) == 1
                && Rc::weak_count(rc) == 0
                && matches!(rc.data.as_builtin_iter(), Some(BuiltinIter::Range { .. }))
            {
                if let Value::Native(rc) = it {
                    // The old spare (if any) is dropped here.
                    drop(self.spare_range.replace(Some(rc)));
                }
                return;
            }
        }
        drop(it);
    }

    /// Wraps an iterator state in its native object.
    pub fn make(&self, it: BuiltinIter) -> Value {
        let class = self.class_for(&it);
        Value::Native(Rc::new(Native {
            class,
            data: Box::new(it),
        }))
    }
}

impl ViewTypes {
    /// A live view of `dict`.
    pub fn view(&self, dict: Rc<Dict>, kind: ViewKind) -> Value {
        let class = match kind {
            ViewKind::Keys => self.dict_keys.clone(),
            ViewKind::Values => self.dict_values.clone(),
            ViewKind::Items => self.dict_items.clone(),
        };
        Value::Native(Rc::new(Native {
            class,
            data: Box::new(DictView { dict, kind }),
        }))
    }
}

impl BuiltinIter {
    /// An iterator over a dict (or one of its views), forwards or reversed.
    pub fn dict(dict: Rc<Dict>, kind: ViewKind, reversed: bool) -> BuiltinIter {
        let len = dict.len();
        let start = if reversed { dict.map.borrow().end() } else { 0 };
        BuiltinIter::Dict {
            dict,
            kind,
            index: Cell::new(start),
            len: Cell::new(len),
            remaining: Cell::new(len),
            reversed,
            done: Cell::new(false),
        }
    }

    /// An iterator over a set or frozenset.
    pub fn set(set: Rc<Set>) -> BuiltinIter {
        let len = set.items.borrow().len();
        let order = set.cpython_order();
        BuiltinIter::Set {
            set,
            order,
            index: Cell::new(0),
            len: Cell::new(len),
            done: Cell::new(false),
        }
    }

    /// `reversed(list)`.
    pub fn list_reversed(list: Rc<List>) -> BuiltinIter {
        let n = list.items.borrow().len();
        BuiltinIter::ListReversed {
            list,
            index: Cell::new(n),
        }
    }

    /// An iterator over a range object, forwards or reversed.
    pub fn of_range(r: &super::Range, reversed: bool) -> BuiltinIter {
        if r.big.is_none() {
            let len = r.len();
            if !reversed {
                return BuiltinIter::range(r.start, r.step, len);
            }
            // The last item and the negated step fit in i64 unless `step` is
            // `i64::MIN`, handled by the big path below.
            if let Some(neg) = r.step.checked_neg() {
                let last = r.start as i128 + (len as i128 - 1).max(0) * r.step as i128;
                if let Ok(last) = i64::try_from(last) {
                    return BuiltinIter::range(last, neg, len);
                }
            }
        }
        let b = r.big_bounds();
        let len = b.len();
        let (start, step) = if reversed {
            let last = b.item(&(&len - 1));
            (last, -b.step)
        } else {
            (b.start, b.step)
        };
        BuiltinIter::BigRange {
            next: RefCell::new(start),
            step,
            remaining: RefCell::new(len),
        }
    }

    /// An iterator over `range(start, stop, step)` (`step != 0`).
    pub fn range(start: i64, step: i64, len: i64) -> BuiltinIter {
        BuiltinIter::Range {
            next: Cell::new(start),
            step,
            remaining: Cell::new(len.max(0) as u64),
        }
    }
}

impl super::NativeData for BuiltinIter {
    fn as_builtin_iter(&self) -> Option<&BuiltinIter> {
        Some(self)
    }
    fn traverse(&self, v: &mut crate::gc::Visitor) {
        match self {
            BuiltinIter::List { list, .. } | BuiltinIter::ListReversed { list, .. } => v.rc(list),
            BuiltinIter::Dict { dict, .. } => v.rc(dict),
            BuiltinIter::Set { set, .. } => v.rc(set),
            BuiltinIter::Seq { obj, .. } => v.value(obj),
            BuiltinIter::Callable { func, sentinel, .. } => {
                v.value(func);
                v.value(sentinel);
            }
            // A tuple is looked through only as a `Value` held once; an
            // iterator's `Rc<Tuple>` is left unreported (conservative).
            BuiltinIter::Tuple { .. }
            | BuiltinIter::Str { .. }
            | BuiltinIter::Range { .. }
            | BuiltinIter::Bytes { .. }
            | BuiltinIter::BigRange { .. } => {}
        }
    }
}

crate::native_payload!(DictView { dict });
