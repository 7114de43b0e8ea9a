//! Classes, instances and modules. A `Class` is both a user class and a builtin
//! type: builtin methods are `Builtin` values in its dict.

use super::dict::Dict;
use super::exception::ExceptionData;
use super::{Str, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// The builtin type a class is, or derives from: it decides what payload its
/// instances carry and how builtin operations treat them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BaseKind {
    /// A plain `object` subclass: instances have only a dict.
    Object,
    /// `BaseException` and its subclasses: instances carry `ExceptionData`.
    Exception,
    /// A builtin type that is not subclassable in Coil, or whose values are not
    /// instances (`int`, `str`, `list`, …): the class only describes them.
    Builtin,
}

pub struct Class {
    pub name: Rc<Str>,
    pub qualname: Rc<Str>,
    /// `__module__`: `builtins`, `__main__`, `asyncio`, …
    pub module: Rc<Str>,
    pub bases: Vec<Rc<Class>>,
    /// The method resolution order after the class itself (C3).
    pub mro: Vec<Rc<Class>>,
    pub dict: Dict,
    pub base_kind: BaseKind,
    /// Bumped whenever this class's dict changes, for lookup caches.
    pub version: Cell<u64>,
    /// `type(cls)` when it is a user metaclass (a subclass of `type`); None for
    /// `type` itself.
    pub metaclass: Option<Rc<Class>>,
    /// What `cls(...)` runs, remembered for one state of the MRO (`vm/init_frame.rs`).
    pub init_cache: InitCache,
}

/// `Class::init_cache`: the class's plain `__init__` (weak: the class dict owns it)
/// while the sum of MRO versions is `version`; an empty `Weak` means instantiation
/// takes the general path (`type_call`). `version` 0 with an empty `Weak` is unfilled.
#[derive(Default)]
pub struct InitCache {
    pub version: Cell<u64>,
    pub filled: Cell<bool>,
    pub init: RefCell<std::rc::Weak<super::Function>>,
}

impl Class {
    /// Looks `name` up in the class and then along its MRO.
    pub fn lookup(&self, name: &Rc<Str>) -> Option<Value> {
        if let Some(v) = self.dict.get_name(name) {
            return Some(v);
        }
        self.mro.iter().find_map(|c| c.dict.get_name(name))
    }

    /// True if `self` is `other` or derives from it.
    pub fn is_subclass(&self, other: &Class) -> bool {
        std::ptr::eq(self, other) || self.mro.iter().any(|c| std::ptr::eq(&**c, other))
    }

    /// `module.qualname`, or just the qualname for builtins, as in `<class '…'>`.
    pub fn full_name(&self) -> String {
        match self.module_name().as_str() {
            "builtins" => self.qualname.as_str().to_string(),
            m => format!("{m}.{}", self.qualname.as_str()),
        }
    }

    /// `C.__module__`: the class dict's entry (a script may reassign it, as
    /// library modules do for classes they re-export), else the defining module.
    pub fn module_name(&self) -> Rc<Str> {
        match self.dict.get_str("__module__") {
            Some(Value::Str(s)) => s,
            _ => self.module.clone(),
        }
    }
}

/// What an instance carries besides its attribute dict.
pub enum Payload {
    None,
    Exception(RefCell<ExceptionData>),
    /// An instance of a user subclass of a builtin type (`class Stack(list)`)
    /// carries the builtin value (`Value::List`, `Value::Int`, …): the builtin
    /// type's methods run on it (`Vm::builtin_base`, `Vm::method_receiver`).
    Builtin(Value),
}

pub struct Instance {
    pub class: RefCell<Rc<Class>>,
    /// The attribute dict, shared so `obj.__dict__` and `vars(obj)` are the
    /// live dict itself (CPython's `__dict__` slot), not a copy.
    pub dict: Rc<Dict>,
    pub payload: Payload,
}

impl Instance {
    pub fn class(&self) -> Rc<Class> {
        self.class.borrow().clone()
    }

    pub fn exc(&self) -> Option<&RefCell<ExceptionData>> {
        match &self.payload {
            Payload::Exception(e) => Some(e),
            Payload::None | Payload::Builtin(_) => None,
        }
    }
}

pub struct Module {
    pub name: Rc<Str>,
    /// The module's globals; functions defined in it share this dict.
    pub dict: Rc<Dict>,
}
