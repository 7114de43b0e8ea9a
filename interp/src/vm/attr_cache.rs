//! Inline caches for attribute access on instances of plain classes (CPython
//! 3.11's `LOAD_ATTR_INSTANCE_VALUE`, `STORE_ATTR_INSTANCE_VALUE` and
//! `LOAD_METHOD_WITH_VALUES` in `Python/specialize.c`).
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
//! - `Uncacheable`: neither; the generic path runs without retrying to fill.
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
    Uncacheable,
}

/// One name's cache entry (see the module header).
#[derive(Default)]
pub struct AttrEntry {
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
}

/// Sum of the versions of `cls` and its MRO (see the module header).
#[inline(always)]
pub(crate) fn mro_version(cls: &Class) -> u64 {
    cls.mro
        .iter()
        .fold(cls.version.get(), |s, c| s.wrapping_add(c.version.get()))
}

impl AttrEntry {
    #[inline(always)]
    fn valid_for(&self, cls: &Rc<Class>, kind: Kind) -> bool {
        self.kind.get() == kind
            && std::ptr::eq(self.class.borrow().as_ptr(), Rc::as_ptr(cls))
            && self.version.get() == mro_version(cls)
    }

    /// Whether the entry already describes `cls` (whatever its kind): no refill.
    fn filled_for(&self, cls: &Rc<Class>) -> bool {
        self.kind.get() != Kind::Empty
            && std::ptr::eq(self.class.borrow().as_ptr(), Rc::as_ptr(cls))
            && self.version.get() == mro_version(cls)
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
        if !self.valid_for(&inst.class.borrow(), Kind::InstanceAttr) {
            return None;
        }
        let map = inst.dict.map.borrow();
        let hint = self.index.get();
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
        self.index.set(i as u32 + 1);
        Some(f(v))
    }

    /// `StoreAttr` on an instance: stores `v` in its dict on a hit; gives `v`
    /// back otherwise.
    #[inline(always)]
    pub fn store(&self, inst: &Instance, name: &Rc<Str>, v: Value) -> Result<(), Value> {
        if !self.valid_for(&inst.class.borrow(), Kind::InstanceAttr) {
            return Err(v);
        }
        let hint = self.index.get();
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
        if !self.valid_for(&inst.class.borrow(), Kind::Method) {
            return None;
        }
        let d: &crate::object::Dict = &inst.dict;
        let seen = (d as *const crate::object::Dict as usize, d.map.version());
        if self.absent.get() != seen {
            if d.get_name(name).is_some() {
                return None;
            }
            self.absent.set(seen);
        }
        self.method.borrow().upgrade()
    }
}

impl AttrEntry {
    /// `LoadMethod` on a builtin value whose type is `cls`: the type's builtin
    /// method on a hit.
    #[inline(always)]
    pub fn type_method(&self, cls: &Rc<Class>) -> Option<Rc<Builtin>> {
        if !self.valid_for(cls, Kind::TypeMethod) {
            return None;
        }
        self.builtin.borrow().upgrade()
    }

    /// Fills the entry after `load_method` found the builtin method `b` on `cls`,
    /// the type of a builtin value (never an instance, class, module or native
    /// object: those have attributes of their own).
    pub fn fill_type_method(&self, cls: &Rc<Class>, b: &Rc<Builtin>) {
        if !(b.is_method && b.receiver.is_none()) {
            return;
        }
        *self.builtin.borrow_mut() = Rc::downgrade(b);
        self.kind.set(Kind::TypeMethod);
        *self.class.borrow_mut() = Rc::downgrade(cls);
        self.version.set(mro_version(cls));
        self.index.set(0);
    }
}

impl Vm {
    /// Fills `e` for `obj.name` after a generic lookup missed the cache.
    pub(crate) fn fill_attr_cache(&self, e: &AttrEntry, obj: &Value, name: &Rc<Str>) {
        let Value::Instance(inst) = obj else { return };
        let cls = inst.class();
        if e.filled_for(&cls) {
            return;
        }
        let kind = self.attr_kind(&cls, name);
        if let (Kind::Method, Some(Value::Function(f))) = (kind, cls.lookup(name)) {
            *e.method.borrow_mut() = Rc::downgrade(&f);
        }
        e.kind.set(kind);
        *e.class.borrow_mut() = Rc::downgrade(&cls);
        e.version.set(mro_version(&cls));
        e.index.set(0);
    }

    /// What the generic lookup of `name` does on instances of `cls`.
    fn attr_kind(&self, cls: &Rc<Class>, name: &Rc<Str>) -> Kind {
        let s = name.as_str();
        // Dunders have special cases in the generic path (`__dict__`,
        // `__class__`, `__hash__`); builtin bases have payload attributes.
        if cls.base_kind != BaseKind::Object || (s.starts_with("__") && s.ends_with("__")) {
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
            Some(_) => Kind::Uncacheable,
        }
    }
}
