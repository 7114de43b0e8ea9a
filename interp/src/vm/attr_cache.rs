//! Inline caches for attribute access on instances of plain classes (CPython
//! 3.11's `LOAD_ATTR_INSTANCE_VALUE`, `STORE_ATTR_INSTANCE_VALUE` and
//! `LOAD_METHOD_WITH_VALUES` in `Python/specialize.c`).
//!
//! Instances of plain classes and of exception subclasses (whose payload
//! attributes are `args` and dunders, never cached) qualify.
//!
//! Each function keeps one entry per name of its code (`GlobalCache::attrs`), shared
//! by the `LoadAttr`/`StoreAttr`/`LoadMethod` instructions naming it. An entry
//! remembers, for one class and one state of its MRO, what the generic lookup
//! would do:
//! - `InstanceAttr`: no class on the MRO has the attribute and none hooks attribute
//!   access (`__getattribute__`, `__setattr__`, `__delattr__` other than
//!   `object`'s), so `obj.name` is exactly the instance dict's entry (a miss falls
//!   back to the generic path, which handles `__getattr__` and the error), and
//!   `obj.name = v` exactly stores it there;
//! - `Method`: the same hooks are absent and the class attribute is a plain
//!   function, so `obj.name(...)` calls it with `obj` unless the instance dict
//!   shadows the name;
//! - `TypeMethod`: the receiver is a builtin value (list, dict, str, …) and the
//!   attribute found on its type is a builtin method (CPython's
//!   `LOAD_METHOD_NO_DICT`): `obj.name(...)` calls it with `obj`;
//! - `SuperMethod`: `super().name(...)` in a method of `this` (`vm/super_.rs`),
//!   on an instance of the way's class: the plain function found after `this`
//!   in the class's MRO;
//! - `Uncacheable`: neither; the generic path runs without retrying to fill.
//!
//! An entry holds two ways, each describing one class, so a site that sees two
//! classes (a base-class method run on instances of the base and of a subclass,
//! `super().m()`) hits for both instead of refilling on every call (CPython 3.11
//! specialises per site and de-optimises on a miss; two ways measured better on
//! `method_calls`). A fill for a third class replaces the second way.
//!
//! Validity: the class pointer must match (a `Weak` keeps the allocation, so the
//! address cannot be reused by another class while the entry holds it) and the
//! sum of the `version`s of the class and its MRO must be unchanged. Every change
//! of a class dict bumps that class's version, versions only grow, so an equal sum
//! means no class on the MRO changed. The instance-dict index is a hint only: it is
//! used when the key stored there is the very same interned name.

use super::Vm;
use crate::object::class::BaseKind;
use crate::object::{Builtin, Class, Function, Instance, Str, Value};
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

#[derive(Clone, Copy, PartialEq, Eq, Default)]
enum Kind {
    #[default]
    Empty,
    InstanceAttr,
    Method,
    TypeMethod,
    SuperMethod,
    Uncacheable,
}

/// One class's way of an entry.
#[derive(Default)]
struct Way {
    kind: Cell<Kind>,
    class: RefCell<Weak<Class>>,
    version: Cell<u64>,
    /// Index of the name in the last instance dict it was found in, plus one.
    index: Cell<u32>,
    /// `Method`: the function found on the class (weak: the class dict owns it,
    /// and a method's own cache must not keep it alive in a cycle).
    method: RefCell<Weak<Function>>,
    /// `TypeMethod`: the builtin method found on the type (weak, as `method`).
    builtin: RefCell<Weak<Builtin>>,
    /// `Method`: the last instance dict seen without the name (its address) and
    /// its keys version then. Versions are stamps unique across all dicts (only
    /// a never-mutated, so empty, dict has 0), so a reused address cannot match
    /// a dict that has gained the name.
    absent: Cell<(usize, u64)>,
    /// `SuperMethod`: the class whose successors were searched (weak: the
    /// function's `__class__` cell owns it; a weak pointer cannot be reused).
    this: RefCell<Weak<Class>>,
}

/// One name's cache entry (see the module header): two ways.
#[derive(Default)]
pub struct AttrEntry {
    ways: [Way; 2],
}

/// Whether an instance dict has `name` (a method call's check on a dict the
/// cache has not seen): out of line, so the dispatch loop's hit path stays small.
#[inline(never)]
fn shadowed(d: &crate::object::Dict, name: &Rc<Str>) -> bool {
    d.has_name(name)
}

/// Sum of the versions of `cls` and its MRO (see the module header).
#[inline(always)]
pub(crate) fn mro_version(cls: &Class) -> u64 {
    cls.mro_version()
}

impl Way {
    #[inline(always)]
    fn valid_for(&self, cls: &Rc<Class>, kind: Kind) -> bool {
        self.kind.get() == kind
            && std::ptr::eq(self.class.borrow().as_ptr(), Rc::as_ptr(cls))
            && self.version.get() == mro_version(cls)
    }

    /// Whether the way describes `cls` (whatever its kind): no refill.
    fn filled_for(&self, cls: &Rc<Class>) -> bool {
        self.kind.get() != Kind::Empty
            && std::ptr::eq(self.class.borrow().as_ptr(), Rc::as_ptr(cls))
            && self.version.get() == mro_version(cls)
    }

    /// Whether the way is free for `cls`: empty, or holding `cls` (at any version).
    fn free_for(&self, cls: &Rc<Class>) -> bool {
        self.kind.get() == Kind::Empty
            || std::ptr::eq(self.class.borrow().as_ptr(), Rc::as_ptr(cls))
    }
}

impl AttrEntry {
    /// The way valid for `cls` with `kind`, if any.
    #[inline(always)]
    fn way(&self, cls: &Rc<Class>, kind: Kind) -> Option<&Way> {
        self.ways.iter().find(|w| w.valid_for(cls, kind))
    }

    /// The way a fill for `cls` writes: its own or an empty one, else the second.
    fn way_to_fill(&self, cls: &Rc<Class>) -> &Way {
        if self.ways[0].free_for(cls) {
            &self.ways[0]
        } else {
            &self.ways[1]
        }
    }

    /// `LoadAttr` on an instance: the value from its dict on a hit.
    #[inline(always)]
    pub fn load(&self, inst: &Instance, name: &Rc<Str>) -> Option<Value> {
        self.load_with(inst, name, Value::clone)
    }

    /// `load`, handing the value found to `f` while the dict is borrowed (the
    /// dispatch loop copies it by words: see `vm/stack.rs`).
    #[inline(always)]
    pub fn load_with<R>(
        &self,
        inst: &Instance,
        name: &Rc<Str>,
        f: impl FnOnce(&Value) -> R,
    ) -> Option<R> {
        let w = self.way(&inst.class.borrow(), Kind::InstanceAttr)?;
        let map = inst.dict.map.borrow();
        let hint = w.index.get();
        if hint != 0 {
            if let Some((k, v)) = map.slot(hint as usize - 1) {
                if matches!(&k.value, Value::Str(s) if Rc::ptr_eq(s, name)) {
                    return Some(f(v));
                }
            }
        }
        let key = crate::object::HashKey {
            hash: name.hash(),
            value: Value::Str(name.clone()),
        };
        let (i, _, v) = map.get_full(&key)?;
        w.index.set(i as u32 + 1);
        Some(f(v))
    }

    /// `StoreAttr` on an instance: stores `v` in its dict on a hit; gives `v`
    /// back otherwise.
    #[inline(always)]
    pub fn store(&self, inst: &Instance, name: &Rc<Str>, v: Value) -> Result<(), Value> {
        let Some(w) = self.way(&inst.class.borrow(), Kind::InstanceAttr) else {
            return Err(v);
        };
        let hint = w.index.get();
        let old = {
            // Replaces a value only (an insertion goes through `set_name`), so
            // the keys version stays: see `method`.
            let mut map = inst.dict.map.borrow_mut_values();
            match map.slot_mut(hint.wrapping_sub(1) as usize) {
                Some((k, slot)) if matches!(&k.value, Value::Str(s) if Rc::ptr_eq(s, name)) => {
                    Some(std::mem::replace(slot, v))
                }
                _ => {
                    drop(map);
                    inst.dict.set_name(name, v);
                    None
                }
            }
        };
        // The old value is dropped with the dict no longer borrowed.
        drop(old);
        Ok(())
    }

    /// `LoadMethod` on an instance: the class's function on a hit.
    #[inline(always)]
    pub fn method(&self, inst: &Instance, name: &Rc<Str>) -> Option<Rc<Function>> {
        let w = self.way(&inst.class.borrow(), Kind::Method)?;
        let d: &crate::object::Dict = &inst.dict;
        let seen = (d as *const crate::object::Dict as usize, d.map.version());
        if w.absent.get() != seen {
            if shadowed(d, name) {
                return None;
            }
            w.absent.set(seen);
        }
        w.method.borrow().upgrade()
    }
}

impl AttrEntry {
    /// `super().name` on an instance of `cls` from a method of `this`: the
    /// function found on a hit.
    #[inline]
    pub fn super_method(&self, cls: &Rc<Class>, this: &Rc<Class>) -> Option<Rc<Function>> {
        let w = self.way(cls, Kind::SuperMethod)?;
        if !std::ptr::eq(w.this.borrow().as_ptr(), Rc::as_ptr(this)) {
            return None;
        }
        w.method.borrow().upgrade()
    }

    /// Fills the entry after `super().name` found the plain function `f` for an
    /// instance of `cls` in a method of `this`.
    pub fn fill_super_method(&self, cls: &Rc<Class>, this: &Rc<Class>, f: &Rc<Function>) {
        let w = self.way_to_fill(cls);
        *w.method.borrow_mut() = Rc::downgrade(f);
        *w.this.borrow_mut() = Rc::downgrade(this);
        w.kind.set(Kind::SuperMethod);
        *w.class.borrow_mut() = Rc::downgrade(cls);
        w.version.set(mro_version(cls));
        w.index.set(0);
    }

    /// `LoadMethod` on a builtin value whose type is `cls`: the type's builtin
    /// method on a hit.
    #[inline(always)]
    pub fn type_method(&self, cls: &Rc<Class>) -> Option<Rc<Builtin>> {
        self.way(cls, Kind::TypeMethod)?.builtin.borrow().upgrade()
    }

    /// Fills the entry after `load_method` found the builtin method `b` on `cls`,
    /// the type of a builtin value or native object (never an instance, class
    /// or module: those have attributes of their own).
    pub fn fill_type_method(&self, cls: &Rc<Class>, b: &Rc<Builtin>) {
        if !(b.is_method && b.receiver.is_none()) {
            return;
        }
        let w = self.way_to_fill(cls);
        *w.builtin.borrow_mut() = Rc::downgrade(b);
        w.kind.set(Kind::TypeMethod);
        *w.class.borrow_mut() = Rc::downgrade(cls);
        w.version.set(mro_version(cls));
        w.index.set(0);
    }
}

impl Vm {
    /// Fills `e` for `obj.name` after a generic lookup missed the cache.
    pub(crate) fn fill_attr_cache(&self, e: &AttrEntry, obj: &Value, name: &Rc<Str>) {
        let Value::Instance(inst) = obj else { return };
        let cls = inst.class();
        if e.ways.iter().any(|w| w.filled_for(&cls)) {
            return;
        }
        let kind = self.attr_kind(&cls, name);
        let w = e.way_to_fill(&cls);
        if let (Kind::Method, Some(Value::Function(f))) = (kind, cls.lookup(name)) {
            *w.method.borrow_mut() = Rc::downgrade(&f);
        }
        w.kind.set(kind);
        *w.class.borrow_mut() = Rc::downgrade(&cls);
        w.version.set(mro_version(&cls));
        w.index.set(0);
        w.absent.set((0, 0));
    }

    /// What the generic lookup of `name` does on instances of `cls`.
    fn attr_kind(&self, cls: &Rc<Class>, name: &Rc<Str>) -> Kind {
        let s = name.as_str();
        // Dunders have special cases in the generic path (`__dict__`,
        // `__class__`, `__hash__`); builtin bases have payload attributes, and of
        // an exception's data descriptors only `args` is not a dunder (the
        // derived defaults, `StopIteration.value`, … are read on a dict miss,
        // which falls back to the generic path).
        let plain = match cls.base_kind {
            BaseKind::Object => true,
            BaseKind::Exception => s != "args",
            BaseKind::Builtin => false,
        };
        if !plain || (s.starts_with("__") && s.ends_with("__")) {
            return Kind::Uncacheable;
        }
        // Subclasses of builtin types (`class Stack(list)`) are `BaseKind::Object`
        // too, but their methods may bind to the carried builtin value
        // (`Vm::method_receiver`): leave them to the generic path.
        if cls.mro.iter().any(|c| c.base_kind == BaseKind::Builtin) {
            return Kind::Uncacheable;
        }
        // Per-thread interned names: a polymorphic site (a base-class method
        // called on instances of two classes) refills its entry on every call.
        let hooks = [
            crate::intern!("__getattribute__"),
            crate::intern!("__setattr__"),
            crate::intern!("__delattr__"),
        ];
        let hooked = std::iter::once(cls)
            .chain(cls.mro.iter())
            .take_while(|c| !Rc::ptr_eq(c, &self.types.object))
            .any(|c| hooks.iter().any(|h| c.dict.get_name(h).is_some()));
        if hooked {
            return Kind::Uncacheable;
        }
        match cls.lookup(name) {
            // A fully slotted class has no instance dict to store into.
            None if cls.layout.no_dict => Kind::Uncacheable,
            None => Kind::InstanceAttr,
            Some(Value::Function(_)) => Kind::Method,
            // A class-level default (`_loop = None`) shadowed by the instance's
            // own value: such a type has no `__get__`, so the dict decides; a
            // miss (no instance value yet) takes the generic path.
            Some(
                Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Str(_),
            ) if !cls.layout.no_dict => Kind::InstanceAttr,
            Some(_) => Kind::Uncacheable,
        }
    }
}
