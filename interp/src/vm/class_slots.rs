//! `__slots__`: the instance layout a class statement declares and the member
//! descriptors that read and write it. Follows CPython 3.11
//! `Objects/typeobject.c` (`type_new_slots`, `type_new_visit_slots`,
//! `type_new_descriptors`, `best_base`/`solid_base`) and `Objects/descrobject.c`
//! (`member_get`, `member_set`, `member_repr`) with `Python/structmember.c`.
//!
//! Slot values live in `Instance::slots`, a vector made on the first store and
//! indexed by the member's `index`; a class without `'__dict__'` in its slots (and
//! whose bases have no dict) gets `SlotLayout::no_dict`, which the generic
//! `__setattr__`, `__dict__` and the attribute caches honour.

use super::Vm;
use crate::object::class::{BaseKind, SlotLayout};
use crate::object::{Class, Dict, Instance, Str, Value};
use crate::RunResult;
use std::rc::Rc;

/// A `member_descriptor` made for one name of `__slots__`.
pub struct Member {
    pub name: Rc<Str>,
    /// The `__name__` of the class that declared it (`<member 'x' of 'P' objects>`).
    pub owner: Rc<Str>,
    /// Its place in `Instance::slots`.
    pub index: usize,
}

/// The member descriptors a class statement adds, by (mangled) name.
type Members = Vec<(Rc<Str>, Value)>;

/// True if instances of `c` have a `__dict__` (CPython: `tp_dictoffset != 0`).
pub(crate) fn has_dict(vm: &Vm, c: &Rc<Class>) -> bool {
    if Rc::ptr_eq(c, &vm.types.object) {
        return false;
    }
    match c.base_kind {
        BaseKind::Builtin => false,
        BaseKind::Exception if Vm::is_builtin_class(c) => true,
        _ => !c.layout.no_dict,
    }
}

/// The class on `c`'s MRO (itself first) that declares slots of its own:
/// CPython's `solid_base` (None when only `object` is below).
fn solid_base(c: &Rc<Class>) -> Option<Rc<Class>> {
    std::iter::once(c)
        .chain(c.mro.iter())
        .find(|k| k.layout.own > 0)
        .cloned()
}

impl Vm {
    /// The layout of a class being made from namespace `ns` over `bases`, and the
    /// member descriptors to add to its dict (sorted by name, as CPython does).
    pub(crate) fn slot_layout(
        &mut self,
        name: &Rc<Str>,
        bases: &[Rc<Class>],
        ns: &Dict,
    ) -> RunResult<(SlotLayout, Members)> {
        // `best_base`: the base with the most slot values; every other base with
        // slots must lie on its solid-base chain.
        let mut best: Option<&Rc<Class>> = None;
        for b in bases {
            if best.is_none_or(|w| b.layout.total > w.layout.total) {
                best = Some(b);
            }
        }
        let winner = best.and_then(solid_base);
        for b in bases {
            if let Some(s) = solid_base(b) {
                let fits = winner.as_ref().is_some_and(|w| w.is_subclass(&s));
                if !fits {
                    return Err(self.type_error("multiple bases have instance lay-out conflict"));
                }
            }
        }
        let base_total = best.map_or(0, |b| b.layout.total);
        let base_dict = bases.iter().any(|b| has_dict(self, b));
        let base_weakref = bases
            .iter()
            .any(|b| !Vm::is_builtin_class(b) && !b.layout.no_weakref);
        let Some(slots) = ns.get_str("__slots__") else {
            return Ok((
                SlotLayout {
                    no_dict: false,
                    no_weakref: false,
                    total: base_total,
                    own: 0,
                },
                Vec::new(),
            ));
        };
        let items = match &slots {
            Value::Str(_) => vec![slots.clone()],
            other => self.collect(other)?,
        };
        let (mut want_dict, mut want_weakref) = (false, false);
        let mut names: Vec<Rc<Str>> = Vec::new();
        for item in items {
            let Value::Str(s) = &item else {
                return Err(self.type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    self.type_name(&item).as_str()
                )));
            };
            if !is_identifier(s.as_str()) {
                return Err(self.type_error("__slots__ must be identifiers"));
            }
            match s.as_str() {
                "__dict__" => {
                    if base_dict || want_dict {
                        return Err(self.type_error("__dict__ slot disallowed: we already got one"));
                    }
                    want_dict = true;
                }
                "__weakref__" => {
                    if base_weakref || want_weakref {
                        return Err(self.type_error(
                            "__weakref__ slot disallowed: either we already got one, or the itemsize is not 0",
                        ));
                    }
                    want_weakref = true;
                }
                text => {
                    let mangled = crate::compile::symtable::mangle(Some(name.as_str()), text);
                    let key = Str::intern(&mangled);
                    if ns.get_name(&key).is_some() {
                        return Err(self.value_error(format!(
                            "{} in __slots__ conflicts with class variable",
                            crate::object::str::str_repr(&mangled)
                        )));
                    }
                    names.push(key);
                }
            }
        }
        if !names.is_empty() {
            if let Some(b) = bases.iter().find(|b| self.is_var_sized(b)) {
                return Err(self.type_error(format!(
                    "nonempty __slots__ not supported for subtype of '{}'",
                    b.name.as_str()
                )));
            }
        }
        names.sort_by(|a, b| a.as_str().cmp(b.as_str()));
        names.dedup_by(|a, b| a.as_str() == b.as_str());
        let members = names
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let m = Member {
                    name: n.clone(),
                    owner: name.clone(),
                    index: base_total + i,
                };
                (n.clone(), super::ops::core::native(&self.types.member, m))
            })
            .collect();
        let layout = SlotLayout {
            no_dict: !(base_dict || want_dict),
            no_weakref: !(base_weakref || want_weakref),
            total: base_total + names.len(),
            own: names.len(),
        };
        Ok((layout, members))
    }

    /// Builtin types whose instances have a variable size (`int`, `bytes`,
    /// `tuple`): CPython refuses non-empty slots on their subclasses.
    fn is_var_sized(&self, c: &Rc<Class>) -> bool {
        let t = &self.types;
        std::iter::once(c)
            .chain(c.mro.iter())
            .any(|k| Rc::ptr_eq(k, &t.int) || Rc::ptr_eq(k, &t.bytes) || Rc::ptr_eq(k, &t.tuple))
    }

    /// `member.__get__(obj)`.
    pub(crate) fn member_get(&mut self, m: &Member, obj: &Value) -> RunResult<Value> {
        let Value::Instance(inst) = obj else {
            return Err(self.member_misapplied(m, obj));
        };
        let v = inst
            .slots
            .get()
            .and_then(|s| s.borrow().get(m.index).cloned().flatten());
        match v {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(obj, &m.name)),
        }
    }

    /// `member.__set__(obj, value)`, or `__delete__` when `value` is None.
    pub(crate) fn member_set(
        &mut self,
        m: &Member,
        obj: &Value,
        value: Option<Value>,
    ) -> RunResult<()> {
        let Value::Instance(inst) = obj else {
            return Err(self.member_misapplied(m, obj));
        };
        let slots = slot_values(inst);
        let old = {
            let mut s = slots.borrow_mut();
            if s.len() <= m.index {
                if value.is_none() {
                    drop(s);
                    return Err(self.unset_slot(m));
                }
                s.resize(m.index + 1, None);
            }
            let deleting = value.is_none();
            let old = std::mem::replace(&mut s[m.index], value);
            if deleting && old.is_none() {
                drop(s);
                return Err(self.unset_slot(m));
            }
            old
        };
        // The old value may run a finaliser: drop it with no borrow held.
        drop(old);
        Ok(())
    }

    /// Deleting an unset slot: `PyMember_SetOne` raises AttributeError(name).
    fn unset_slot(&self, m: &Member) -> crate::Exc {
        self.attribute_error(m.name.as_str())
    }

    fn member_misapplied(&self, m: &Member, obj: &Value) -> crate::Exc {
        self.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            m.name.as_str(),
            m.owner.as_str(),
            self.type_name(obj).as_str()
        ))
    }

    /// `obj.__dict__` exists (false for instances of fully slotted classes).
    pub fn instance_has_dict(&self, inst: &Instance) -> bool {
        !inst.class.borrow().layout.no_dict
    }
}

/// The instance's slot vector, made on first use.
fn slot_values(inst: &Instance) -> &std::cell::RefCell<Vec<Option<Value>>> {
    inst.slots.get_or_init(Default::default)
}

/// `str.isidentifier()` for a slot name.
fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    chars.all(|c| c == '_' || c.is_alphanumeric())
}

/// The member a descriptor method was called on.
fn member_of(vm: &Vm, v: &Value) -> RunResult<Rc<crate::object::Native>> {
    match v {
        Value::Native(n) if n.get::<Member>().is_some() => Ok(n.clone()),
        _ => Err(vm.type_error("descriptor requires a 'member_descriptor' object")),
    }
}

/// `member.__get__(obj, type=None)`, `__set__(obj, value)`, `__delete__(obj)`
/// called explicitly (attribute access takes the same paths without them).
pub(crate) fn install_member_methods(vm: &mut Vm) {
    use crate::builtin::{method, positional};
    const METHODS: &[(&str, crate::object::NativeFn)] = &[
        ("__get__", |vm, r, a| {
            let pos = positional(vm, "__get__", &a, 1, 2)?;
            let n = member_of(vm, r)?;
            let m = n.get::<Member>().expect("member_of checked the payload");
            match &pos[0] {
                Value::None => Ok(r.clone()),
                obj => vm.member_get(m, obj),
            }
        }),
        ("__set__", |vm, r, a| {
            let pos = positional(vm, "__set__", &a, 2, 2)?;
            let n = member_of(vm, r)?;
            let m = n.get::<Member>().expect("member_of checked the payload");
            vm.member_set(m, &pos[0], Some(pos[1].clone()))
                .map(|_| Value::None)
        }),
        ("__delete__", |vm, r, a| {
            let pos = positional(vm, "__delete__", &a, 1, 1)?;
            let n = member_of(vm, r)?;
            let m = n.get::<Member>().expect("member_of checked the payload");
            vm.member_set(m, &pos[0], None).map(|_| Value::None)
        }),
    ];
    let c = vm.types.member.clone();
    for (name, f) in METHODS {
        c.dict.set_str(name, method("member_descriptor", name, *f));
    }
}

/// `repr(member)`.
pub fn member_repr(m: &Member) -> String {
    format!(
        "<member '{}' of '{}' objects>",
        m.name.as_str(),
        m.owner.as_str()
    )
}

impl Vm {
    /// `obj.__class__ = new` (`object_set_class`): both classes must be user
    /// classes with the same instance layout (`compatible_for_assignment`).
    pub(crate) fn set_instance_class(
        &mut self,
        inst: &Instance,
        old: &Rc<Class>,
        value: Option<Value>,
    ) -> RunResult<()> {
        let new = match value {
            None => return Err(self.type_error("can't delete __class__ attribute")),
            Some(Value::Class(c)) => c,
            Some(other) => {
                return Err(self.type_error(format!(
                    "__class__ must be set to a class, not '{}' object",
                    self.type_name(&other).as_str()
                )))
            }
        };
        if Vm::is_builtin_class(&new) || Vm::is_builtin_class(old) {
            return Err(self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            ));
        }
        let builtin_base = |c: &Rc<Class>| c.mro.iter().find(|k| Vm::is_builtin_class(k)).cloned();
        let same_base = match (builtin_base(old), builtin_base(&new)) {
            (Some(a), Some(b)) => Rc::ptr_eq(&a, &b),
            _ => false,
        };
        let same_solid = match (solid_base(old), solid_base(&new)) {
            (Some(a), Some(b)) => Rc::ptr_eq(&a, &b),
            (None, None) => true,
            _ => false,
        };
        if !same_base
            || !same_solid
            || old.base_kind != new.base_kind
            || old.layout.no_dict != new.layout.no_dict
            || old.layout.total != new.layout.total
        {
            return Err(self.type_error(format!(
                "__class__ assignment: '{}' object layout differs from '{}'",
                new.name.as_str(),
                old.name.as_str()
            )));
        }
        *inst.class.borrow_mut() = new;
        Ok(())
    }
}

crate::native_payload!(Member);
