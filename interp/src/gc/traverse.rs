//! What each container references (CPython's `tp_traverse`) and how it is emptied
//! when found to be garbage (`tp_clear`).
//!
//! A traversal reports the address of every tracked-kind object the container holds a
//! strong reference to, once per reference. Objects that are never tracked (tuples,
//! bound methods, natives) are looked *through* when the container holds their only
//! reference (strong count 1): their references then belong to the container alone,
//! so a cycle `l = [(l,)]` is seen without tracking every tuple (CPython tracks
//! tuples and untracks the atomic ones lazily; this gets the same effect for free at
//! allocation). Such a look-through stops at a fixed depth: the rest is simply not
//! reported, which is conservative.

use super::Tracked;
use crate::object::{
    Class, Dict, ExceptionData, Function, Generator, Instance, List, Native, Payload, Set, Value,
};
use crate::vm::Frame;
use std::cell::RefCell;
use std::rc::Rc;

/// A tracked container, held strongly for the length of a collection.
pub(crate) enum Obj {
    List(Rc<List>),
    Dict(Rc<Dict>),
    Set(Rc<Set>),
    Instance(Rc<Instance>),
    Class(Rc<Class>),
    Cell(Rc<crate::object::Cell>),
    Function(Rc<Function>),
    Generator(Rc<Generator>),
    Native(Rc<Native>),
}

/// The address identifying an object: its `Rc`'s data pointer.
#[inline]
fn addr<T>(rc: &Rc<T>) -> usize {
    Rc::as_ptr(rc) as *const () as usize
}

impl Tracked {
    /// The object, if it is still alive.
    pub(crate) fn upgrade(&self) -> Option<Obj> {
        Some(match self {
            Tracked::List(w) => Obj::List(w.upgrade()?),
            Tracked::Dict(w) => Obj::Dict(w.upgrade()?),
            Tracked::Set(w) => Obj::Set(w.upgrade()?),
            Tracked::Instance(w) => Obj::Instance(w.upgrade()?),
            Tracked::Class(w) => Obj::Class(w.upgrade()?),
            Tracked::Cell(w) => Obj::Cell(w.upgrade()?),
            Tracked::Function(w) => Obj::Function(w.upgrade()?),
            Tracked::Generator(w) => Obj::Generator(w.upgrade()?),
            Tracked::Native(w) => Obj::Native(w.upgrade()?),
        })
    }

    /// True while the object is alive (without touching more than its header).
    pub(crate) fn alive(&self) -> bool {
        match self {
            Tracked::List(w) => w.strong_count() > 0,
            Tracked::Dict(w) => w.strong_count() > 0,
            Tracked::Set(w) => w.strong_count() > 0,
            Tracked::Instance(w) => w.strong_count() > 0,
            Tracked::Class(w) => w.strong_count() > 0,
            Tracked::Cell(w) => w.strong_count() > 0,
            Tracked::Function(w) => w.strong_count() > 0,
            Tracked::Generator(w) => w.strong_count() > 0,
            Tracked::Native(w) => w.strong_count() > 0,
        }
    }
}

impl Obj {
    pub(crate) fn addr(&self) -> usize {
        match self {
            Obj::List(r) => addr(r),
            Obj::Dict(r) => addr(r),
            Obj::Set(r) => addr(r),
            Obj::Instance(r) => addr(r),
            Obj::Class(r) => addr(r),
            Obj::Cell(r) => addr(r),
            Obj::Function(r) => addr(r),
            Obj::Generator(r) => addr(r),
            Obj::Native(r) => addr(r),
        }
    }

    pub(crate) fn strong_count(&self) -> usize {
        match self {
            Obj::List(r) => Rc::strong_count(r),
            Obj::Dict(r) => Rc::strong_count(r),
            Obj::Set(r) => Rc::strong_count(r),
            Obj::Instance(r) => Rc::strong_count(r),
            Obj::Class(r) => Rc::strong_count(r),
            Obj::Cell(r) => Rc::strong_count(r),
            Obj::Function(r) => Rc::strong_count(r),
            Obj::Generator(r) => Rc::strong_count(r),
            Obj::Native(r) => Rc::strong_count(r),
        }
    }

    /// Appends the addresses this container references to `out`. Returns false when
    /// the container is borrowed right now (Rust code is using it): then nothing is
    /// reported, and it counts as referenced from outside.
    pub(crate) fn edges(&self, out: &mut Vec<usize>) -> bool {
        let mut v = Visitor { out, depth: 0 };
        match self {
            Obj::List(l) => {
                let Ok(items) = l.items.try_borrow_mut() else {
                    return false;
                };
                items.iter().for_each(|x| v.value(x));
            }
            Obj::Dict(d) => return v.dict(d),
            Obj::Set(s) => {
                let Ok(items) = s.items.try_borrow_mut() else {
                    return false;
                };
                items.iter().for_each(|k| v.value(&k.value));
            }
            Obj::Instance(i) => {
                let Ok(class) = i.class.try_borrow_mut() else {
                    return false;
                };
                v.rc(&*class);
                if !v.dict(&i.dict) {
                    return false;
                }
                if let Payload::Builtin(x) = &i.payload {
                    v.value(x);
                }
                if let Some(slots) = i.slots.get() {
                    let Ok(slots) = slots.try_borrow_mut() else {
                        return false;
                    };
                    for x in slots.iter().flatten() {
                        v.value(x);
                    }
                }
                if let Payload::Exception(e) = &i.payload {
                    let Ok(e) = e.try_borrow_mut() else {
                        return false;
                    };
                    v.exception(&e);
                }
            }
            Obj::Class(c) => {
                c.bases.iter().for_each(|b| v.rc(b));
                c.mro.iter().for_each(|b| v.rc(b));
                return v.dict(&c.dict);
            }
            Obj::Cell(c) => {
                let Ok(value) = c.value.try_borrow_mut() else {
                    return false;
                };
                if let Some(x) = &*value {
                    v.value(x);
                }
            }
            Obj::Function(f) => {
                v.rc(&f.globals);
                let (Ok(defaults), Ok(kwdefaults)) =
                    (f.defaults.try_borrow_mut(), f.kwdefaults.try_borrow_mut())
                else {
                    return false;
                };
                defaults.iter().for_each(|x| v.value(x));
                if let Some(k) = &*kwdefaults {
                    v.rc(k);
                }
                f.closure.iter().for_each(|c| v.rc(c));
                return v.dict(&f.dict);
            }
            Obj::Generator(g) => {
                let Ok(seg) = g.frames.try_borrow_mut() else {
                    return false;
                };
                // The segment's values are its frames' locals and operand stacks.
                seg.values.iter().flatten().for_each(|x| v.value(x));
                seg.frames.iter().for_each(|f| v.frame(f));
            }
            Obj::Native(n) => v.native(n),
        }
        true
    }

    /// Empties a garbage container, moving what it held into `bin` (dropped by the
    /// caller once every garbage container is cleared, so no `Drop` runs halfway).
    pub(crate) fn clear(&self, bin: &mut Bin) {
        match self {
            Obj::List(l) => {
                if let Ok(mut items) = l.items.try_borrow_mut() {
                    bin.values.append(&mut items);
                }
            }
            Obj::Dict(d) => bin.dict(d),
            Obj::Set(s) => {
                if let Ok(mut items) = s.items.try_borrow_mut() {
                    bin.values
                        .extend(std::mem::take(&mut *items).into_iter().map(|k| k.value));
                }
            }
            Obj::Instance(i) => {
                bin.dict(&i.dict);
                if let Some(Ok(mut slots)) = i.slots.get().map(|s| s.try_borrow_mut()) {
                    bin.values.extend(slots.drain(..).flatten());
                }
                if let Some(Ok(mut e)) = i.exc().map(RefCell::try_borrow_mut) {
                    bin.values.append(&mut e.args);
                    bin.values.extend(e.cause.take());
                    bin.values.extend(e.context.take());
                    if let Some(g) = e.group.take() {
                        bin.values.push(g.message);
                        bin.values.extend(g.exceptions.items.iter().cloned());
                    }
                }
            }
            Obj::Class(c) => bin.dict(&c.dict),
            Obj::Cell(c) => {
                if let Ok(mut value) = c.value.try_borrow_mut() {
                    bin.values.extend(value.take());
                }
            }
            Obj::Function(f) => bin.dict(&f.dict),
            Obj::Generator(g) => {
                if let Ok(mut seg) = g.frames.try_borrow_mut() {
                    crate::vm::finalize::queue_never_awaited(g);
                    bin.frames.append(&mut seg.frames);
                    bin.values.extend(seg.values.drain(..).flatten());
                    g.state.set(crate::object::GenState::Closed);
                }
            }
            Obj::Native(n) => n.data.clear(&mut bin.values),
        }
    }
}

/// What cleared containers held, dropped after the whole garbage set is cleared.
#[derive(Default)]
pub(crate) struct Bin {
    pub values: Vec<Value>,
    #[allow(clippy::vec_box)]
    pub frames: Vec<Frame>,
}

impl Bin {
    fn dict(&mut self, d: &Dict) {
        if let Ok(mut map) = d.map.try_borrow_mut() {
            for (k, v) in std::mem::take(&mut *map) {
                self.values.push(k.value);
                self.values.push(v);
            }
        }
    }
}

/// How deep a traversal looks through untracked objects held only by the container.
const MAX_LOOK_THROUGH: u32 = 64;

/// What a traversal hands each reference to (`NativeData::traverse` gets one).
pub struct Visitor<'a> {
    out: &'a mut Vec<usize>,
    depth: u32,
}

impl Visitor<'_> {
    /// A reference to a tracked-kind object.
    #[inline]
    pub fn rc<T>(&mut self, r: &Rc<T>) {
        self.out.push(addr(r));
    }

    /// A native object, looked through when the container holds its only reference.
    pub fn native_rc(&mut self, r: &Rc<Native>) {
        self.rc(r);
        // No weak handle: not registered, so not traversed on its own.
        if Rc::strong_count(r) == 1 && Rc::weak_count(r) == 0 {
            self.nested(|v| v.native(r));
        }
    }

    /// A reference held as a `Value`.
    pub fn value(&mut self, v: &Value) {
        match v {
            Value::List(r) => self.rc(r),
            Value::Dict(r) => self.rc(r),
            Value::Set(r) => self.rc(r),
            Value::Instance(r) => self.rc(r),
            Value::Class(r) => self.rc(r),
            Value::Cell(r) => self.rc(r),
            Value::Function(r) => self.rc(r),
            Value::Generator(r) => self.rc(r),
            Value::Native(r) => self.native_rc(r),
            Value::Tuple(t) if Rc::strong_count(t) == 1 => {
                self.nested(|v| t.items.iter().for_each(|x| v.value(x)))
            }
            // A builtin method bound to its receiver (`lst.pop`), looked through as
            // a bound method is (golden gc/native_iterator_cycles).
            Value::Builtin(b) if Rc::strong_count(b) == 1 => {
                if let Some(r) = &b.receiver {
                    self.nested(|v| v.value(r));
                }
            }
            Value::BoundMethod(m) if Rc::strong_count(m) == 1 => self.nested(|v| {
                v.value(&m.func);
                v.value(&m.receiver);
            }),
            Value::Slice(s) if Rc::strong_count(s) == 1 => self.nested(|v| {
                v.value(&s.start);
                v.value(&s.stop);
                v.value(&s.step);
            }),
            _ => {}
        }
    }

    /// Looks through an object held only by the container being traversed.
    #[inline]
    fn nested(&mut self, f: impl FnOnce(&mut Self)) {
        if self.depth < MAX_LOOK_THROUGH {
            self.depth += 1;
            f(self);
            self.depth -= 1;
        }
    }

    fn dict(&mut self, d: &Dict) -> bool {
        let Ok(map) = d.map.try_borrow_mut() else {
            return false;
        };
        for (k, x) in map.iter() {
            self.value(&k.value);
            self.value(x);
        }
        true
    }

    fn exception(&mut self, e: &ExceptionData) {
        e.args.iter().for_each(|x| self.value(x));
        if let Some(g) = &e.group {
            g.exceptions.items.iter().for_each(|x| self.value(x));
        }
        if let Some(x) = &e.cause {
            self.value(x);
        }
        if let Some(x) = &e.context {
            self.value(x);
        }
    }

    /// A suspended frame owned by a generator.
    fn frame(&mut self, f: &Frame) {
        // The function holds the globals and closure (a body record is not
        // tracked, so its edges are not seen: conservative).
        self.rc(&f.func);
        if let Some(cells) = &f.own_cells {
            cells.iter().for_each(|c| self.rc(c));
        }
        if let Some(ns) = &f.namespace {
            self.rc(ns);
        }
        if let Some(s) = &f.exc_state {
            s.handling.iter().for_each(|e| self.rc(e));
        }
        match &f.role {
            crate::vm::FrameRole::Call
            | crate::vm::FrameRole::Boundary
            | crate::vm::FrameRole::Awaited
            | crate::vm::FrameRole::Dunder(_) => {}
            crate::vm::FrameRole::GenBoundary(g)
            | crate::vm::FrameRole::ForIter(g)
            | crate::vm::FrameRole::Delegate(g) => self.rc(g),
        }
    }

    fn native(&mut self, n: &Rc<Native>) {
        self.rc(&n.class);
        n.data.traverse(self);
    }
}
