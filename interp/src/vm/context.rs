//! Context variables' data model (PEP 567; CPython 3.11 `Python/context.c`):
//! `Context` objects, `ContextVar`s, `Token`s, and the current context, which
//! lives on the VM (`Vm::contextvars.current`, CPython's `tstate->context`).
//!
//! A `Context` is a mutable cell around an immutable map: `ContextVar.set`
//! replaces the current context's map by an updated copy, so `copy_context()`
//! shares the map (one `Rc` clone, O(1)) and a later `set` on either side copies
//! it then (`Rc::make_mut`). CPython uses a HAMT for the same sharing; contexts
//! hold few variables, so a copy of a small ordered map on the first write after
//! a copy is cheaper than a persistent structure on every read.
//!
//! The event loop enters a task's context around each of its steps and a
//! handle's context around its callback (`event_loop/run_loop.rs`). The script
//! classes and their methods are the `contextvars` module (`coil-stdlib`,
//! `modules/contextvars.rs`); they are built here so the loop can make contexts
//! before that module is imported.

use crate::object::class::BaseKind;
use crate::object::native;
use crate::object::{Class, Value};
use crate::vm::types::new_class;
use crate::vm::Vm;
use crate::RunResult;
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;

/// A context's variables: `ContextVar` serial number → (the variable, its
/// value). Keyed by serial so iteration order is deterministic (creation order
/// of the variables; CPython's is hash order, which scripts cannot rely on).
pub type VarMap = BTreeMap<u64, (Value, Value)>;

/// The payload of a `Context`.
#[derive(Default)]
pub struct ContextData {
    pub vars: RefCell<Rc<VarMap>>,
    /// Entered by `Context.run` (or the loop running a task in it); entering
    /// it again is CPython's RuntimeError.
    pub entered: Cell<bool>,
}

/// The payload of a `ContextVar`.
pub struct VarData {
    pub serial: u64,
    pub name: Value,
    pub default: Option<Value>,
}

/// The payload of a `Token` (what `ContextVar.set` returns).
pub struct TokenData {
    pub ctx: Value,
    pub var: Value,
    /// `None` is `Token.MISSING`: the variable had no value before.
    pub old: Option<Value>,
    pub used: Cell<bool>,
}

/// The marker class of `Token.MISSING`.
pub struct Missing;

/// The classes of the module (`_contextvars` in CPython) and `Token.MISSING`.
pub struct ContextClasses {
    pub context: Rc<Class>,
    pub var: Rc<Class>,
    pub token: Rc<Class>,
    pub missing: Value,
}

/// Per-VM state: the current context (made on first use) and the classes.
#[derive(Default)]
pub struct ContextState {
    pub current: Option<Value>,
    pub classes: Option<Rc<ContextClasses>>,
    pub next_serial: u64,
}

pub fn context_of(v: &Value) -> Option<&ContextData> {
    match v {
        Value::Native(n) => n.get::<ContextData>(),
        _ => None,
    }
}

pub fn var_of(v: &Value) -> Option<&VarData> {
    match v {
        Value::Native(n) => n.get::<VarData>(),
        _ => None,
    }
}

pub fn token_of(v: &Value) -> Option<&TokenData> {
    match v {
        Value::Native(n) => n.get::<TokenData>(),
        _ => None,
    }
}

impl Vm {
    /// The classes, built on first use (without methods: `coil-stdlib` installs
    /// them when it registers its modules).
    pub fn context_classes(&mut self) -> Rc<ContextClasses> {
        if let Some(c) = &self.contextvars.classes {
            return c.clone();
        }
        let object = self.types.object.clone();
        let mk = |name: &str| new_class(name, "_contextvars", Some(&object), BaseKind::Builtin);
        // CPython's type of `Token.MISSING` is named `MISSING`, shown as
        // `<class 'Token.MISSING'>`.
        let m = new_class("MISSING", "builtins", Some(&object), BaseKind::Builtin);
        let missing_cls = Rc::new(Class {
            name: crate::object::class::ClassName::new(m.name.get().clone()),
            qualname: crate::object::class::ClassName::new(crate::object::Str::intern(
                "Token.MISSING",
            )),
            module: m.module.clone(),
            bases: m.bases.clone(),
            mro: m.mro.clone(),
            dict: Default::default(),
            base_kind: m.base_kind,
            version: Cell::new(0),
            metaclass: None,
            init_cache: Default::default(),
            layout: Default::default(),
        });
        let c = Rc::new(ContextClasses {
            context: mk("Context"),
            var: mk("ContextVar"),
            token: mk("Token"),
            missing: native(&missing_cls, Missing),
        });
        self.contextvars.classes = Some(c.clone());
        c
    }

    /// A context holding `vars`.
    pub fn new_context(&mut self, vars: Rc<VarMap>) -> Value {
        let cls = self.context_classes().context.clone();
        native(
            &cls,
            ContextData {
                vars: RefCell::new(vars),
                entered: Cell::new(false),
            },
        )
    }

    /// The current context (`PyContext_CopyCurrent`'s source): made empty on
    /// first use, as CPython's `context_get`.
    pub fn current_context(&mut self) -> Value {
        if let Some(c) = &self.contextvars.current {
            return c.clone();
        }
        let c = self.new_context(Rc::default());
        self.contextvars.current = Some(c.clone());
        c
    }

    /// `contextvars.copy_context()`: a new context sharing the current map.
    pub fn copy_context(&mut self) -> Value {
        let cur = self.current_context();
        let vars = context_of(&cur)
            .map(|d| d.vars.borrow().clone())
            .unwrap_or_default();
        self.new_context(vars)
    }

    /// Makes `ctx` current (`_PyContext_Enter`); returns the previous current
    /// context for `context_exit`.
    pub fn context_enter(&mut self, ctx: &Value) -> RunResult<Option<Value>> {
        let d = context_of(ctx)
            .ok_or_else(|| self.type_error("an instance of Context was expected"))?;
        if d.entered.get() {
            let r = self.repr(ctx)?;
            return Err(self.runtime_error(format!(
                "cannot enter context: {} is already entered",
                r.as_str()
            )));
        }
        d.entered.set(true);
        Ok(self.contextvars.current.replace(ctx.clone()))
    }

    /// Leaves `ctx`, making `prev` current again (`_PyContext_Exit`).
    pub fn context_exit(&mut self, ctx: &Value, prev: Option<Value>) {
        if let Some(d) = context_of(ctx) {
            d.entered.set(false);
        }
        self.contextvars.current = prev;
    }

    /// Runs `f` with `ctx` entered (`Context.run`).
    pub fn run_in_context<T>(
        &mut self,
        ctx: &Value,
        f: impl FnOnce(&mut Vm) -> RunResult<T>,
    ) -> RunResult<T> {
        let prev = self.context_enter(ctx)?;
        let r = f(self);
        self.context_exit(ctx, prev);
        r
    }

    /// `var.get()` without the default: the value in the current context.
    pub fn context_var_value(&mut self, var: &Value) -> Option<Value> {
        let serial = var_of(var)?.serial;
        let cur = self.contextvars.current.as_ref()?;
        let d = context_of(cur)?;
        let vars = d.vars.borrow();
        vars.get(&serial).map(|(_, v)| v.clone())
    }

    /// Sets `var` in the current context (copying its map if shared); returns
    /// the previous value.
    pub fn context_var_set(&mut self, var: &Value, value: Value) -> RunResult<Option<Value>> {
        let serial = var_of(var)
            .ok_or_else(|| self.type_error("a ContextVar was expected"))?
            .serial;
        let cur = self.current_context();
        let d = context_of(&cur).ok_or_else(|| self.type_error("no current context"))?;
        let mut vars = d.vars.borrow_mut();
        let map = Rc::make_mut(&mut vars);
        Ok(map.insert(serial, (var.clone(), value)).map(|(_, v)| v))
    }

    /// Removes `var` from the current context (`Token` reset to MISSING).
    pub fn context_var_delete(&mut self, var: &Value) {
        let Some(serial) = var_of(var).map(|v| v.serial) else {
            return;
        };
        let cur = self.current_context();
        if let Some(d) = context_of(&cur) {
            let mut vars = d.vars.borrow_mut();
            if vars.contains_key(&serial) {
                Rc::make_mut(&mut vars).remove(&serial);
            }
        }
    }

    /// A new `ContextVar`.
    pub fn new_context_var(&mut self, name: Value, default: Option<Value>) -> Value {
        let cls = self.context_classes().var.clone();
        self.contextvars.next_serial += 1;
        let serial = self.contextvars.next_serial;
        native(
            &cls,
            VarData {
                serial,
                name,
                default,
            },
        )
    }
}

impl crate::object::NativeData for ContextData {
    fn traverse(&self, v: &mut crate::gc::Visitor) {
        // The map is shared by contexts copied from one another until one of
        // them writes: only a map held by this context alone is reported (a
        // shared one would be counted once per holder).
        if let Ok(vars) = self.vars.try_borrow() {
            if Rc::strong_count(&vars) == 1 {
                vars.values()
                    .for_each(|pair| crate::gc::Trace::trace(pair, v));
            }
        }
    }
}

crate::native_payload!(
    Missing;
    VarData { name, default };
    TokenData { ctx, var, old };
);
