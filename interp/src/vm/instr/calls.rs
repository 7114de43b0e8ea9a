//! Calls: the slow halves of `Call`, `CallKw`, `CallMethod`, `CallEx` and
//! `LoadMethod` (the plain-function and inline-`__init__` fast paths push frames in
//! the dispatch loop itself), as CPython 3.11's `Python/ceval.c` runs `CALL`,
//! `LOAD_METHOD` and `CALL_FUNCTION_EX`; `_PyObject_FunctionStr` for their error
//! texts; the recursion check every frame push makes.

use crate::object::{Function, Str, Value};
use crate::vm::call::Called;
use crate::vm::frame::FrameRole;
use crate::vm::stack;
use crate::vm::Vm;
use crate::RunResult;
use std::rc::Rc;

impl Vm {
    /// Moves the top `n` values off the value stack into a pooled vector.
    pub(crate) fn take_args(&mut self, n: usize) -> Vec<Value> {
        let mut args = self.pool.args();
        let start = self.values.len() - n;
        args.extend(self.values.drain(start..).map(|v| v.unwrap_or(Value::None)));
        args
    }

    /// Pushes a pending frame (bound by `bind_frame`) with its locals on top of
    /// the value stack.
    pub(crate) fn push_pending(&mut self, p: crate::vm::PendingFrame, role: FrameRole) {
        let crate::vm::PendingFrame {
            mut frame,
            mut locals,
        } = p;
        let base = self.values.len() as u32;
        frame.base = base;
        frame.ret_sp = base;
        frame.role = role;
        self.values.append(&mut locals);
        self.pool.recycle_locals(locals);
        self.frames.push(frame);
    }

    /// `Call`/`CallKw`: `[callable, a1..an(, names)]`.
    pub(crate) fn call_instr(&mut self, n: usize, names: Option<Value>) -> RunResult<Called> {
        if names.is_none() && n <= 2 {
            // A plain builtin function (`len(x)`, `str(i)`): up to two arguments
            // move into an array, not a pooled vector (see `call_method_instr`).
            let start = self.values.len() - n;
            if let Some(Value::Builtin(b)) = &self.values[start - 1] {
                if b.receiver.is_none() && !b.is_method {
                    let b = b.clone();
                    let none = Value::None;
                    let result = match n {
                        0 => {
                            self.values.pop();
                            (b.func)(self, &none, crate::object::Args::positional(&[]))
                        }
                        1 => {
                            let a = [self.pop()];
                            self.values.pop();
                            (b.func)(self, &none, crate::object::Args::positional(&a))
                        }
                        _ => {
                            let a1 = self.pop();
                            let a = [self.pop(), a1];
                            self.values.pop();
                            (b.func)(self, &none, crate::object::Args::positional(&a))
                        }
                    };
                    self.push(result?);
                    return Ok(Called::Value);
                }
            }
        }
        if names.is_none() {
            let start = self.values.len() - n;
            let mut n = n;
            // A bound method of a script function (`super().m(x)`, a method kept
            // in a variable): its receiver goes in below the arguments and the
            // function is called, as CPython's `CALL` unpacks a bound method.
            if let Some(Value::BoundMethod(m)) = &self.values[start - 1] {
                if let Value::Function(f) = &m.func {
                    if (f.simple && takes_positional(f, n + 1)) || plain_generator_call(f, n + 1) {
                        let (f, recv) = (f.clone(), m.receiver.clone());
                        self.values[start - 1] = Some(Value::Function(f));
                        self.values.insert(start, Some(recv));
                        n += 1;
                    }
                }
            }
            if let Some(Value::Function(f)) = &self.values[start - 1] {
                if plain_generator_call(f, n) {
                    let f = f.clone();
                    if self.push_awaited_call(&f, start, n) {
                        return Ok(Called::Pushed);
                    }
                    return self.make_generator_from_stack(&f, start);
                }
                if f.simple && takes_positional(f, n) {
                    let f = f.clone();
                    self.push_simple_call(&f, start, start - 1, n)?;
                    return Ok(Called::Pushed);
                }
            }
        }
        let mut args = self.take_args(n);
        let callee = self.pop();
        let kw = match names {
            Some(Value::Tuple(t)) => {
                let nk = t.items.len();
                let kvals = args.split_off(args.len() - nk);
                t.items
                    .iter()
                    .zip(kvals)
                    .map(|(k, v)| match k {
                        Value::Str(s) => (s.clone(), v),
                        _ => (Str::intern("?"), v),
                    })
                    .collect()
            }
            _ => Vec::new(),
        };
        self.call_for_instr(callee, args, &kw)
    }

    /// `Call` of a generator, coroutine or async generator function with only
    /// positional arguments it takes (`plain_generator_call`): the arguments on
    /// the stack from `start` move into the new generator's locals, with no
    /// argument vector and no general binding (CPython's `CALL` also builds the
    /// generator's frame straight from its stack).
    fn make_generator_from_stack(&mut self, f: &Rc<Function>, start: usize) -> RunResult<Called> {
        let code = &f.code;
        let nlocals = code.nlocals();
        let argcount = code.argcount as usize;
        let mut frame = self.pool.frame_of(f.clone(), 0);
        frame
            .locals
            .reserve_exact(nlocals + code.stacksize as usize);
        stack::move_tail(&mut self.values, start, &mut frame.locals);
        let given = frame.locals.len();
        if given < argcount {
            let defaults = f.defaults.borrow();
            let ndef = defaults.len();
            for j in given..argcount {
                frame
                    .locals
                    .push(Some(defaults[ndef - (argcount - j)].clone()));
            }
        }
        frame.locals.resize(nlocals, None);
        // The callee's slot below the arguments.
        self.values.pop();
        match self.make_generator(f, frame) {
            Ok(g) => {
                self.push(g);
                Ok(Called::Value)
            }
            Err(_) => Err(self.bad_stack("Call")),
        }
    }

    /// The locals of a simple function's new frame at `base`, where its `n`
    /// positional arguments already stand: then the defaults of the missing
    /// positional parameters, then unbound slots.
    #[inline]
    pub(crate) fn fill_simple_locals(&mut self, f: &Function, base: usize, n: usize) {
        let argcount = f.code.argcount as usize;
        if n < argcount {
            let defaults = f.defaults.borrow();
            let ndef = defaults.len();
            for j in n..argcount {
                self.values
                    .push(Some(defaults[ndef - (argcount - j)].clone()));
            }
        }
        stack::pad_unbound(&mut self.values, base + f.code.nlocals());
    }

    /// Pushes a frame for a plain function called with `n` positional arguments
    /// (between its required and total positional parameters), which are already
    /// on the value stack from index `base`: they become the callee's first
    /// locals in place. When the callee ends the stack goes back to `ret_sp`.
    pub(crate) fn push_simple_call(
        &mut self,
        f: &Rc<Function>,
        base: usize,
        ret_sp: usize,
        n: usize,
    ) -> RunResult<()> {
        self.check_recursion()?;
        self.fill_simple_locals(f, base, n);
        stack::push_record(
            &mut self.frames,
            crate::vm::Frame::for_call(f, base, ret_sp),
        );
        Ok(())
    }

    /// `CallMethod(n)` of a builtin type's method found by `LoadMethod`:
    /// `[builtin, self, a1..an]` with `n <= 2`; the arguments move into an array
    /// rather than a pooled vector (CPython passes a pointer into its stack).
    pub(crate) fn call_builtin_method(&mut self, n: usize) -> RunResult<()> {
        let args: [Value; 2] = match n {
            0 => [Value::None, Value::None],
            1 => [self.pop(), Value::None],
            _ => {
                let a1 = self.pop();
                [self.pop(), a1]
            }
        };
        let recv = self.pop();
        let Value::Builtin(b) = self.pop() else {
            return Err(self.bad_stack("CallMethod"));
        };
        let result = (b.func)(self, &recv, crate::object::Args::positional(&args[..n]))?;
        self.push(result);
        Ok(())
    }

    /// `LoadMethod(name)`'s lookup: `(function, Some(obj))` when the attribute is
    /// a plain method of the type (no bound method is made), else `(attribute,
    /// None)`. Fills the attribute caches.
    pub(crate) fn load_method_instr(
        &mut self,
        code: &crate::bytecode::CodeObject,
        i: u32,
        obj: &Value,
    ) -> RunResult<(Value, Option<Value>)> {
        let name = &code.names[i as usize];
        let func = match self.frames.last() {
            Some(f) => f.func.clone(),
            None => return Err(self.bad_stack("LoadMethod")),
        };
        let entry = &func.cache.attrs[i as usize];
        Ok(match obj {
            Value::Instance(inst) => match entry.method(inst, name) {
                Some(f) => (Value::Function(f), Some(obj.clone())),
                None => {
                    let r = self.load_method(obj, name)?;
                    self.fill_attr_cache(entry, obj, name);
                    r
                }
            },
            // A module's own dict comes first in its lookup (`module_getattro`).
            Value::Module(m) => match m.dict.get_name(name) {
                Some(v) => (v, None),
                None => self.load_method(obj, name)?,
            },
            Value::Class(_) => self.load_method(obj, name)?,
            Value::Native(n) if n.get::<crate::vm::super_::SuperData>().is_some() => {
                self.load_method(obj, name)?
            }
            _ => {
                // A builtin value or a native object: its attributes are its type's.
                let cls = self.type_of(obj);
                match entry.type_method(&cls) {
                    Some(b) => (Value::Builtin(b), Some(obj.clone())),
                    None => {
                        let r = self.load_method(obj, name)?;
                        if let (Value::Builtin(b), Some(_)) = &r {
                            entry.fill_type_method(&cls, b);
                        }
                        r
                    }
                }
            }
        })
    }

    /// `CallEx`: `[callable, args(, kwargs)]` for `f(*a, **k)`.
    pub(crate) fn call_ex_instr(&mut self, has_kw: bool) -> RunResult<Called> {
        let kwargs = if has_kw { Some(self.pop()) } else { None };
        let args_v = self.pop();
        let callee = self.pop();
        let mut args = self.pool.args();
        match &args_v {
            Value::Tuple(t) => args.extend(t.items.iter().cloned()),
            Value::List(l) => args.extend(l.items.borrow().iter().cloned()),
            other => match self.collect(other) {
                Ok(items) => args.extend(items),
                Err(e) => {
                    if e.class().is_subclass(&self.types.exc.type_error)
                        && self
                            .lookup_special(other, &Str::intern("__iter__"))
                            .is_none()
                    {
                        return Err(self.type_error(format!(
                            "{} argument after * must be an iterable, not {}",
                            function_str(&callee),
                            other.type_name()
                        )));
                    }
                    return Err(e);
                }
            },
        }
        let mut kw = Vec::new();
        if let Some(Value::Dict(d)) = kwargs {
            for (k, v) in d.map.borrow().iter() {
                match &k.value {
                    Value::Str(s) => kw.push((s.clone(), v.clone())),
                    _ => return Err(self.type_error("keywords must be strings")),
                }
            }
        }
        self.call_for_instr(callee, args, &kw)
    }

    /// Checks the recursion limit before pushing a frame.
    #[inline(always)]
    pub(crate) fn check_recursion(&self) -> RunResult<()> {
        if self.budget.is_some() && self.budget_spent() {
            return Err(self.budget_error());
        }
        if self.frames.len() + self.native_depth >= self.recursion_limit {
            return Err(self.recursion_error("maximum recursion depth exceeded"));
        }
        Ok(())
    }
}

/// Whether `n` positional arguments fill `f`'s positional parameters, with its
/// defaults for the rest (the fast path's condition, with `Function::simple`).
#[inline(always)]
/// A generator, coroutine or async generator function that `n` positional
/// arguments bind without help: no `*args`, `**kwargs`, keyword-only parameters
/// or cellvars, and `n` within its positional parameters with defaults.
fn plain_generator_call(f: &Function, n: usize) -> bool {
    let code = &f.code;
    let flags = &code.flags;
    (flags.generator || flags.coroutine || flags.async_generator)
        && !(flags.varargs || flags.varkeywords)
        && code.kwonlyargcount == 0
        && code.cellvars.is_empty()
        && takes_positional(f, n)
}

pub(crate) fn takes_positional(f: &Function, n: usize) -> bool {
    let argc = f.code.argcount as usize;
    n <= argc && n + f.defaults.borrow().len() >= argc
}

/// Binds a method found with `lookup_special` to `obj`.
pub(crate) fn bind_to(f: Value, obj: &Value) -> Value {
    match &f {
        Value::Function(_) => Value::BoundMethod(Rc::new(crate::object::BoundMethod {
            func: f,
            receiver: obj.clone(),
        })),
        Value::Builtin(b) if b.is_method && b.receiver.is_none() => {
            Value::Builtin(Rc::new(crate::object::Builtin {
                name: b.name.clone(),
                owner: b.owner.clone(),
                func: b.func,
                receiver: Some(obj.clone()),
                is_method: true,
            }))
        }
        _ => f,
    }
}

/// CPython's `_PyObject_FunctionStr`: `qualname()` (module-qualified outside
/// builtins and `__main__`).
pub(crate) fn function_str(v: &Value) -> String {
    match v {
        Value::Function(f) => {
            let q = f.qualname.borrow();
            match f.module.as_str() {
                "builtins" => format!("{}()", q.as_str()),
                m => format!("{m}.{}()", q.as_str()),
            }
        }
        Value::BoundMethod(m) => function_str(&m.func),
        Value::Builtin(b) => format!("{}()", b.name.as_str()),
        other => format!("{} object", other.type_name()),
    }
}
