//! `cls(args)` for a plain class as an inline frame: the `Call` instruction makes
//! the instance (`object.__new__`) and pushes the class's `__init__` frame straight
//! onto the running frame stack, like a method call, instead of `type.__call__`
//! running `__init__` in a nested dispatch loop. The frame's role
//! (`Post::Init`, `vm/dunder.rs`) applies `type_call`'s check on return
//! (`__init__() should return None, not 'int'`) and leaves the instance as the
//! call's value (`Objects/typeobject.c` `type_call`, `object_new`, `slot_tp_init`).
//!
//! A class qualifies when it is a plain `object` or exception subclass (no
//! metaclass, so `type.__call__` applies; not an `OSError`, whose `__new__` picks
//! the subclass), `__new__` is `object`'s (`BaseException_new` for exceptions:
//! `args` is the call's arguments before `__init__` runs), and
//! `__init__` is a plain function (`Function::simple`, not a generator) taking
//! exactly the call's arguments after `self`. The answer is kept on the class
//! (`Class::init_cache`) for one state of its MRO (the version sum that the
//! attribute caches use), so a call does no MRO walk.

use super::attr_cache::mro_version;
use super::Vm;
use crate::intern;
use crate::object::class::BaseKind;
use crate::object::exception::ExceptionData;
use crate::object::{Class, Function, Instance, Payload, Value};
use std::cell::RefCell;
use std::rc::Rc;

impl Vm {
    /// The `__init__` to push inline for `cls(a1..an)`, if the class qualifies.
    #[inline]
    pub(crate) fn inline_init(&self, cls: &Rc<Class>, nargs: usize) -> Option<Rc<Function>> {
        let cache = &cls.init_cache;
        let version = mro_version(cls);
        if !cache.filled.get() || cache.version.get() != version {
            let found = self.find_plain_init(cls);
            *cache.init.borrow_mut() = found.as_ref().map_or_else(Default::default, Rc::downgrade);
            cache.version.set(version);
            cache.filled.set(true);
        }
        let f = cache.init.borrow().upgrade()?;
        (f.code.argcount as usize == nargs + 1).then_some(f)
    }

    /// The general lookup behind `inline_init` (see the module header).
    fn find_plain_init(&self, cls: &Rc<Class>) -> Option<Rc<Function>> {
        if cls.metaclass.is_some() {
            return None;
        }
        match cls.base_kind {
            BaseKind::Object => {}
            BaseKind::Exception if !cls.is_subclass(&self.types.exc.os_error) => {}
            _ => return None,
        }
        let object = &self.types.object;
        let owner = |name| super::class_builder::lookup_owner(cls, &name);
        if owner(intern!("__new__")).is_some_and(|(o, _)| !Rc::ptr_eq(&o, object)) {
            return None;
        }
        match owner(intern!("__init__")) {
            Some((_, Value::Function(f))) if f.simple && plain_body(&f) => Some(f),
            _ => None,
        }
    }

    /// `object.__new__(cls, *args)` for a class `inline_init` accepted: an
    /// exception keeps `args` as `BaseException_new` does.
    pub(crate) fn new_plain_instance(&self, cls: &Rc<Class>, args: &[Option<Value>]) -> Value {
        let payload = match cls.base_kind {
            BaseKind::Exception => Payload::Exception(RefCell::new(ExceptionData::from_values(
                args.iter().map(|v| v.clone().unwrap_or(Value::None)),
            ))),
            _ => Payload::None,
        };
        Value::Instance(crate::gc::new_instance(Instance {
            class: RefCell::new(cls.clone()),
            dict: super::instance_dicts::take(),
            payload,
            slots: Default::default(),
            finalized: Default::default(),
        }))
    }
}

impl Vm {
    /// Whether `init`, run after `object_new` made an instance of `cls`, would
    /// only store the `args` `object_new` stored (`ValueError(x)`): it is
    /// `BaseException.__init__` itself and `cls` is not an OSError, whose
    /// `__init__` also splits off file names.
    pub(crate) fn init_repeats_new(&self, cls: &Rc<Class>, init: &Value) -> bool {
        matches!(init, Value::Builtin(b) if b.receiver.is_none()
            && b.name.as_str() == "__init__"
            && b.owner.as_ref().is_some_and(|o| o.as_str() == "BaseException"))
            && cls.base_kind == BaseKind::Exception
            && !cls.is_subclass(&self.types.exc.os_error)
    }
}

/// An ordinary function body: calling it runs it (no generator or coroutine object).
fn plain_body(f: &Function) -> bool {
    let flags = f.code.flags;
    !(flags.generator || flags.coroutine || flags.async_generator)
}
