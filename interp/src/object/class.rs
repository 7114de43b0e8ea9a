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
    pub name: ClassName,
    pub qualname: ClassName,
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
    /// The instance layout `__slots__` gave (`vm/slots_layout.rs`).
    pub layout: SlotLayout,
}

/// `Class::layout`: what `__slots__` declared for this class and its bases
/// (CPython's `tp_dictoffset`/`tp_basicsize`, as `type_new_descriptors` sets them).
#[derive(Default, Clone, Copy)]
pub struct SlotLayout {
    /// Instances have no `__dict__`: this class and every user class it derives
    /// from declare `__slots__` without `'__dict__'`.
    pub no_dict: bool,
    /// Instances cannot be weakly referenced (no `'__weakref__'` slot anywhere).
    pub no_weakref: bool,
    /// The number of slot values an instance holds (this class's and its bases').
    pub total: usize,
    /// How many of them this class itself declares.
    pub own: usize,
}

/// A class's `__name__` or `__qualname__`: assignable (`C.__name__ = "D"`) while
/// the VM holds `&Rc<Str>`s borrowed from it. An assignment appends a node instead
/// of replacing the name, so a borrowed name is never freed early; assignments are
/// rare, and the chain is as long as their number.
pub struct ClassName {
    name: Rc<Str>,
    next: std::cell::OnceCell<Box<ClassName>>,
}

impl ClassName {
    pub fn new(name: Rc<Str>) -> ClassName {
        ClassName {
            name,
            next: std::cell::OnceCell::new(),
        }
    }

    /// The current name.
    pub fn get(&self) -> &Rc<Str> {
        let mut node = self;
        while let Some(n) = node.next.get() {
            node = n;
        }
        &node.name
    }

    /// `C.__name__ = name`.
    pub fn set(&self, name: Rc<Str>) {
        let mut node = self;
        while let Some(n) = node.next.get() {
            node = n;
        }
        let _ = node.next.set(Box::new(ClassName::new(name)));
    }
}

impl std::ops::Deref for ClassName {
    type Target = Rc<Str>;

    fn deref(&self) -> &Rc<Str> {
        self.get()
    }
}

/// `Class::init_cache`: the class's plain `__init__` (weak: the class dict owns it)
/// while the sum of MRO versions is `version`; an empty `Weak` means instantiation
/// takes the general path (`type_call`). `version` 0 with an empty `Weak` is unfilled.
#[derive(Default)]
pub struct InitCache {
    pub version: Cell<u64>,
    pub filled: Cell<bool>,
    pub init: RefCell<std::rc::Weak<super::Function>>,
    /// `type_call`'s lookups of `__new__` and `__init__` while the sum of MRO
    /// versions is `call_version` (0: unfilled): `None` where `object`'s is found.
    pub call_version: Cell<u64>,
    pub call_new: RefCell<Option<WeakCallable>>,
    pub call_init: RefCell<Option<WeakCallable>>,
    /// Whether the class has a `__del__` while the sum of MRO versions plus one
    /// is `del_version` (0: unfilled): freeing an instance asks on every drop.
    pub del_version: Cell<u64>,
    pub has_del: Cell<bool>,
    /// The `__bool__` and `__len__` that truth tests and `len()` of an instance
    /// call, while the sum of MRO versions plus one is `truth_version` (0:
    /// unfilled): `None` where the class has none (`vm/ops/support.rs`).
    pub truth_version: Cell<u64>,
    pub truth_bool: RefCell<Option<WeakCallable>>,
    pub truth_len: RefCell<Option<WeakCallable>>,
}

/// A function or builtin found on a class, held weakly (the class dict owns it).
pub enum WeakCallable {
    Function(std::rc::Weak<super::Function>),
    Builtin(std::rc::Weak<super::Builtin>),
}

impl WeakCallable {
    /// The callable if `v` is one that can be held this way.
    pub fn of(v: &Value) -> Option<WeakCallable> {
        match v {
            Value::Function(f) => Some(WeakCallable::Function(std::rc::Rc::downgrade(f))),
            Value::Builtin(b) => Some(WeakCallable::Builtin(std::rc::Rc::downgrade(b))),
            _ => None,
        }
    }

    /// The callable, while it is alive.
    pub fn get(&self) -> Option<Value> {
        match self {
            WeakCallable::Function(f) => f.upgrade().map(Value::Function),
            WeakCallable::Builtin(b) => b.upgrade().map(Value::Builtin),
        }
    }
}

impl Class {
    /// Looks `name` up in the class and then along its MRO.
    pub fn lookup(&self, name: &Rc<Str>) -> Option<Value> {
        if let Some(v) = self.dict.get_name(name) {
            return Some(v);
        }
        self.mro.iter().find_map(|c| c.dict.get_name(name))
    }

    /// The sum of the versions of this class and its MRO: every change of a
    /// class dict bumps that class's version and versions only grow, so an
    /// equal sum means no class on the MRO changed (the lookup caches' key).
    #[inline(always)]
    pub fn mro_version(&self) -> u64 {
        self.mro
            .iter()
            .fold(self.version.get(), |s, c| s.wrapping_add(c.version.get()))
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
    /// Values of `__slots__` members, by index, made on the first store
    /// (`SlotLayout`); `None` inside is an unset slot.
    pub slots: SlotValues,
    /// `__del__` has run (or is queued) for this object: PEP 442 runs it once.
    pub finalized: Cell<bool>,
}

/// `Instance::slots`: one pointer while a class has no slots.
pub type SlotValues = std::cell::OnceCell<Box<RefCell<Vec<Option<Value>>>>>;

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
