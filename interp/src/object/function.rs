//! Functions written in Coil, builtins written in Rust, bound methods and cells.

use super::{Dict, Exc, Str, Value};
use crate::bytecode::CodeObject;
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

/// A closure cell (`PyCellObject`).
pub struct Cell {
    pub value: RefCell<Option<Value>>,
}

impl Cell {
    pub fn new(value: Option<Value>) -> Cell {
        Cell {
            value: RefCell::new(value),
        }
    }
}

pub struct Function {
    pub code: Rc<CodeObject>,
    pub globals: Rc<Dict>,
    pub name: RefCell<Rc<Str>>,
    pub qualname: RefCell<Rc<Str>>,
    /// Defaults for the last positional parameters (`f.__defaults__ = ...` replaces them).
    pub defaults: RefCell<Vec<Value>>,
    /// Defaults for keyword-only parameters, by name (`__kwdefaults__`, assignable).
    pub kwdefaults: RefCell<Option<Rc<Dict>>>,
    /// The closure cells (one per `code.freevars`); a frame of a function without
    /// cellvars shares this list.
    pub closure: Rc<[Rc<Cell>]>,
    /// Calls with only positional arguments can take the fast path: a plain
    /// function (not a generator or coroutine) without `*args`, `**kwargs`,
    /// keyword-only parameters or cellvars.
    pub simple: bool,
    /// Arbitrary attributes (`f.calls = 0`, `__doc__`, `__wrapped__`).
    pub dict: Dict,
    /// `__module__`, from the globals' `__name__`.
    pub module: Rc<Str>,
    /// Where each of the code's global names was last found in `globals`.
    pub cache: Rc<GlobalCache>,
}

impl Function {
    /// The record a module or class body (or `exec`'d code) runs under: frames
    /// reach code, globals and cells through one `Function` (`vm/frame.rs`). It
    /// never becomes a `Value` and is not tracked by the cycle collector (a frame
    /// not seen through costs only a missed collection, never a wrong one).
    pub fn for_body(code: Rc<CodeObject>, globals: Rc<Dict>, closure: Rc<[Rc<Cell>]>) -> Function {
        Function {
            name: RefCell::new(code.name.clone()),
            qualname: RefCell::new(code.qualname.clone()),
            module: code.name.clone(),
            cache: Rc::new(GlobalCache::new(code.names.len())),
            code,
            globals,
            defaults: RefCell::new(Vec::new()),
            kwdefaults: RefCell::new(None),
            closure,
            simple: false,
            dict: Dict::new(),
        }
    }
}

/// Per-function memo of `LoadGlobal` lookups: for each name of the code object, the
/// index of its entry in the globals dict plus one (0 = unknown). An entry is only
/// trusted when the key stored at that index is the very same interned name, so a
/// stale index can never give a wrong value; it just falls back to hashing.
///
/// A name found in the builtins instead is remembered in `builtin_slots` as the
/// globals' keys version when it was seen absent there, and its index in the
/// builtins dict plus one: trusted only while the globals' keys version is the
/// same (no key added or removed since, see `DictCell`) and the builtins key at
/// that index is the same interned name. A function's globals never change, so
/// the version is always the one of `Function::globals`.
///
/// It also holds the attribute caches of the code's `LoadAttr`/`StoreAttr`/
/// `LoadMethod` instructions, one per name (`vm/attr_cache.rs`).
pub struct GlobalCache {
    pub slots: Box<[std::cell::Cell<u32>]>,
    pub builtin_slots: Box<[std::cell::Cell<(u64, u32)>]>,
    pub attrs: Box<[crate::vm::AttrEntry]>,
}

impl GlobalCache {
    pub fn new(n: usize) -> GlobalCache {
        GlobalCache {
            slots: (0..n).map(|_| std::cell::Cell::new(0)).collect(),
            builtin_slots: (0..n).map(|_| std::cell::Cell::new((0, 0))).collect(),
            attrs: (0..n).map(|_| Default::default()).collect(),
        }
    }
}

/// Arguments to a builtin: positional values and `(name, value)` keywords.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub pos: &'a [Value],
    pub kw: &'a [(Rc<Str>, Value)],
}

impl<'a> Args<'a> {
    pub fn positional(pos: &'a [Value]) -> Args<'a> {
        Args { pos, kw: &[] }
    }

    /// A keyword argument by name.
    pub fn kwarg(&self, name: &str) -> Option<&'a Value> {
        self.kw
            .iter()
            .find(|(k, _)| k.as_str() == name)
            .map(|(_, v)| v)
    }
}

/// A builtin's body: the receiver (`None` for plain functions) and the arguments.
pub type NativeFn = fn(&mut Vm, &Value, Args) -> Result<Value, Exc>;

pub struct Builtin {
    pub name: Rc<Str>,
    /// For methods: the type's name, for reprs (`<built-in method append of list…>`).
    pub owner: Option<Rc<Str>>,
    pub func: NativeFn,
    /// The bound receiver of a method looked up on a value.
    pub receiver: Option<Value>,
    /// True for methods: called unbound, the first argument is the receiver.
    pub is_method: bool,
}

/// A function bound to an instance (`obj.method`).
pub struct BoundMethod {
    pub func: Value,
    pub receiver: Value,
}
