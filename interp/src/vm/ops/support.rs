//! Small helpers the protocol operations share: calling a callable found on a type
//! with the receiver first (without allocating for the usual 0–2 arguments),
//! calling builtins directly, and the type name used in error messages.

use crate::intern;
use crate::object::class::WeakCallable;
use crate::object::{Args, Class, Str, Value};
use crate::vm::Vm;
use crate::RunResult;
use std::rc::Rc;

impl Vm {
    /// Calls `f(*pos)`. Builtins are called here directly (the convention of
    /// `object::function::Builtin`: a bound receiver, or the first argument of an
    /// unbound method, is the receiver); everything else goes through `vm.call`.
    pub fn call_value(&mut self, f: &Value, pos: &[Value]) -> RunResult<Value> {
        if let Value::Builtin(b) = f {
            if let Some(r) = &b.receiver {
                return (b.func)(self, r, Args::positional(pos));
            }
            if b.is_method {
                if let Some((recv, rest)) = pos.split_first() {
                    return (b.func)(self, recv, Args::positional(rest));
                }
                return Err(self.type_error(format!(
                    "unbound method {}() needs an argument",
                    qualified_builtin_name(b.owner.as_deref(), &b.name)
                )));
            }
            return (b.func)(self, &Value::None, Args::positional(pos));
        }
        self.call(f, pos, &[])
    }

    /// Calls a method found on a type (unbound) with `obj` as its first argument.
    pub fn call_unbound(&mut self, f: &Value, obj: &Value, args: &[Value]) -> RunResult<Value> {
        if let Value::Builtin(b) = f {
            if b.is_method && b.receiver.is_none() {
                let recv = self.method_receiver(b, obj);
                return (b.func)(self, &recv, Args::positional(args));
            }
        }
        match args.len() {
            0 => self.call_value(f, std::slice::from_ref(obj)),
            1 => self.call_value(f, &[obj.clone(), args[0].clone()]),
            2 => self.call_value(f, &[obj.clone(), args[0].clone(), args[1].clone()]),
            _ => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(obj.clone());
                all.extend_from_slice(args);
                self.call_value(f, &all)
            }
        }
    }

    /// Looks `name` up on `type(obj)` and calls it with `obj` first; `Ok(None)` if
    /// the type has no such method.
    pub fn call_special(
        &mut self,
        obj: &Value,
        name: &Rc<Str>,
        args: &[Value],
    ) -> RunResult<Option<Value>> {
        match self.lookup_special(obj, name) {
            Some(f) => self.call_unbound(&f, obj, args).map(Some),
            None => Ok(None),
        }
    }

    /// The `__bool__` and `__len__` an instance or native object's class has
    /// (`lookup_special` of each), remembered on the class for one state of its
    /// MRO as `type_call`'s `__new__`/`__init__` are: a truth test of a deque or
    /// a queue's `while not self._getters` walks no MRO (CPython reads the
    /// type's `nb_bool`/`sq_length` slots).
    pub(crate) fn truth_specials(&self, v: &Value) -> (Option<Value>, Option<Value>) {
        let cls = match v {
            Value::Instance(i) => i.class(),
            Value::Native(n) => n.class.clone(),
            _ => self.type_of(v),
        };
        let cache = &cls.init_cache;
        // Stored plus one, so that 0 means unfilled.
        let version = crate::vm::attr_cache::mro_version(&cls).wrapping_add(1);
        let cached = |c: &std::cell::RefCell<Option<WeakCallable>>| match &*c.borrow() {
            None => Some(None),
            Some(w) => w.get().map(Some),
        };
        if cache.truth_version.get() == version {
            if let (Some(b), Some(l)) = (cached(&cache.truth_bool), cached(&cache.truth_len)) {
                return (b, l);
            }
        }
        let b = cls.lookup(&intern!("__bool__"));
        let l = cls.lookup(&intern!("__len__"));
        let weak = |v: &Option<Value>| match v {
            None => Some(None),
            Some(v) => WeakCallable::of(v).map(Some),
        };
        if let (Some(wb), Some(wl)) = (weak(&b), weak(&l)) {
            *cache.truth_bool.borrow_mut() = wb;
            *cache.truth_len.borrow_mut() = wl;
            cache.truth_version.set(version);
        } else {
            cache.truth_version.set(0);
        }
        (b, l)
    }

    /// The type name CPython puts in messages (`tp_name`: `int`, `C`, `list_iterator`).
    pub fn type_name(&self, v: &Value) -> Rc<Str> {
        match v {
            Value::Instance(i) => i.class().name.clone(),
            Value::Native(n) => n.class.name.clone(),
            _ => self.type_of(v).name.clone(),
        }
    }

    /// True if `f` is the builtin whose body is `func` (to spot inherited defaults
    /// such as `object.__init__`).
    pub fn is_builtin_fn(f: &Value, func: crate::object::NativeFn) -> bool {
        matches!(f, Value::Builtin(b) if std::ptr::fn_addr_eq(b.func, func))
    }

    /// True if `class` is a builtin type (`int`, `list`, `ValueError`, …).
    pub fn is_builtin_class(class: &Class) -> bool {
        class.module.as_str() == "builtins"
    }
}

/// `list.append`-style names for builtins with an owner.
pub fn qualified_builtin_name(owner: Option<&Str>, name: &Str) -> String {
    match owner {
        Some(o) => format!("{}.{}", o.as_str(), name.as_str()),
        None => name.as_str().to_string(),
    }
}
