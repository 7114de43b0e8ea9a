//! The `contextvars` module (PEP 567; CPython 3.11 `Python/context.c`, exposed
//! as `_contextvars`): `ContextVar`, `Token`, `Context`, `copy_context`. The
//! data model and the current context are in `coil_interp::vm::context`; this
//! file is the script-visible face: constructors, methods, reprs and CPython's
//! error messages.

use crate::builtins::args::{func, method, one_arg};
use crate::modules::new_module;
use coil_interp::object::descriptors::Property;
use coil_interp::object::native;
use coil_interp::object::{Args, Class, Module, NativeFn};
use coil_interp::vm::context::{context_of, token_of, var_of, ContextClasses, TokenData};
use coil_interp::vm::ops::repr::addr;
use coil_interp::{RunResult, Value, Vm};
use std::cell::Cell;
use std::rc::Rc;

const VAR_METHODS: &[(&str, NativeFn)] = &[
    ("__new__", var_new),
    ("__repr__", var_repr),
    ("get", var_get),
    ("set", var_set),
    ("reset", var_reset),
];

const TOKEN_METHODS: &[(&str, NativeFn)] = &[("__new__", token_new), ("__repr__", token_repr)];

const CONTEXT_METHODS: &[(&str, NativeFn)] = &[
    ("__new__", context_new),
    ("run", context_run),
    ("copy", context_copy),
    ("get", context_get),
    ("__getitem__", context_getitem),
    ("__contains__", context_contains),
    ("__len__", context_len),
    ("__iter__", context_iter),
    ("keys", context_keys),
    ("values", context_values),
    ("items", context_items),
    ("__eq__", context_eq),
];

/// Installs the methods on the classes `coil_interp` builds (called when the
/// stdlib is installed, so contexts made by the event loop have them too).
pub fn install(vm: &mut Vm) {
    let c = vm.context_classes();
    let put = |cls: &Rc<Class>, owner: &str, methods: &[(&str, NativeFn)]| {
        for (name, f) in methods {
            cls.dict.set_str(name, method(owner, name, *f));
        }
    };
    put(&c.var, "ContextVar", VAR_METHODS);
    put(&c.token, "Token", TOKEN_METHODS);
    put(&c.context, "Context", CONTEXT_METHODS);
    let prop = |vm: &Vm, name: &str, f: NativeFn| {
        native(
            &vm.types.property,
            Property::new(Some(func(name, f)), None, None, None),
        )
    };
    c.var.dict.set_str("name", prop(vm, "name", var_name));
    c.token.dict.set_str("var", prop(vm, "var", token_var));
    c.token
        .dict
        .set_str("old_value", prop(vm, "old_value", token_old_value));
    c.token.dict.set_str("MISSING", c.missing.clone());
    if let Value::Native(n) = &c.missing {
        n.class.dict.set_str(
            "__repr__",
            method("Token.MISSING", "__repr__", missing_repr),
        );
    }
}

pub fn init(vm: &mut Vm) -> RunResult<Rc<Module>> {
    let c = vm.context_classes();
    Ok(new_module(
        "contextvars",
        vec![
            ("ContextVar", Value::Class(c.var.clone())),
            ("Token", Value::Class(c.token.clone())),
            ("Context", Value::Class(c.context.clone())),
            ("copy_context", func("copy_context", copy_context)),
        ],
    ))
}

fn classes(vm: &mut Vm) -> Rc<ContextClasses> {
    vm.context_classes()
}

fn copy_context(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    if !args.pos.is_empty() || !args.kw.is_empty() {
        return Err(vm.type_error(format!(
            "copy_context() takes no arguments ({} given)",
            args.pos.len() + args.kw.len()
        )));
    }
    Ok(vm.copy_context())
}

// ---- ContextVar ----

fn need_var<'a>(vm: &Vm, v: &'a Value) -> RunResult<&'a coil_interp::vm::context::VarData> {
    var_of(v).ok_or_else(|| vm.type_error("descriptor requires a '_contextvars.ContextVar' object"))
}

fn var_new(vm: &mut Vm, _cls: &Value, args: Args) -> RunResult<Value> {
    let mut default = None;
    for (k, v) in args.kw {
        if k.as_str() == "default" {
            default = Some(v.clone());
        } else {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for ContextVar()",
                k.as_str()
            )));
        }
    }
    let name = match args.pos {
        [name] => name.clone(),
        [] => return Err(vm.type_error("ContextVar() missing required argument 'name' (pos 1)")),
        more => {
            return Err(vm.type_error(format!(
                "ContextVar() takes at most 1 positional argument ({} given)",
                more.len()
            )))
        }
    };
    if !matches!(name, Value::Str(_)) {
        return Err(vm.type_error("context variable name must be a str"));
    }
    Ok(vm.new_context_var(name, default))
}

fn var_name(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let me = args.pos.first().cloned().unwrap_or(Value::None);
    Ok(need_var(vm, &me)?.name.clone())
}

/// `<ContextVar name='x' default=1 at 0x…>`.
fn var_repr(vm: &mut Vm, me: &Value, _args: Args) -> RunResult<Value> {
    let v = need_var(vm, me)?;
    let (name, default) = (v.name.clone(), v.default.clone());
    let mut out = format!("<ContextVar name={}", vm.repr(&name)?.as_str());
    if let Some(d) = default {
        out.push_str(&format!(" default={}", vm.repr(&d)?.as_str()));
    }
    out.push_str(&format!(" at {}>", addr(me)));
    Ok(Value::string(out))
}

/// `var.get([default])`: the context's value, else the argument, else the
/// variable's default, else LookupError(var).
fn var_get(vm: &mut Vm, me: &Value, args: Args) -> RunResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("get() takes no keyword arguments"));
    }
    if args.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "get expected at most 1 argument, got {}",
            args.pos.len()
        )));
    }
    need_var(vm, me)?;
    if let Some(v) = vm.context_var_value(me) {
        return Ok(v);
    }
    if let Some(d) = args.pos.first() {
        return Ok(d.clone());
    }
    if let Some(d) = need_var(vm, me)?.default.clone() {
        return Ok(d);
    }
    let cls = vm.types.exc.lookup_error.clone();
    Err(vm.new_exception(&cls, vec![me.clone()]))
}

fn var_set(vm: &mut Vm, me: &Value, args: Args) -> RunResult<Value> {
    let value = one_arg(vm, ("ContextVar", "set"), &args)?.clone();
    need_var(vm, me)?;
    let ctx = vm.current_context();
    let old = vm.context_var_set(me, value)?;
    let cls = classes(vm).token.clone();
    Ok(native(
        &cls,
        TokenData {
            ctx,
            var: me.clone(),
            old,
            used: Cell::new(false),
        },
    ))
}

/// `var.reset(token)`: the value before the `set` that made the token.
fn var_reset(vm: &mut Vm, me: &Value, args: Args) -> RunResult<Value> {
    let token = one_arg(vm, ("ContextVar", "reset"), &args)?.clone();
    need_var(vm, me)?;
    let Some(t) = token_of(&token) else {
        let r = vm.repr(&token)?;
        return Err(vm.type_error(format!("expected an instance of Token, got {}", r.as_str())));
    };
    if t.used.get() {
        let r = vm.repr(&token)?;
        return Err(vm.runtime_error(format!("{} has already been used once", r.as_str())));
    }
    if !t.var.is(me) {
        let r = vm.repr(&token)?;
        return Err(vm.value_error(format!(
            "{} was created by a different ContextVar",
            r.as_str()
        )));
    }
    let cur = vm.current_context();
    if !t.ctx.is(&cur) {
        let r = vm.repr(&token)?;
        return Err(vm.value_error(format!("{} was created in a different Context", r.as_str())));
    }
    t.used.set(true);
    match t.old.clone() {
        Some(old) => {
            vm.context_var_set(me, old)?;
        }
        None => vm.context_var_delete(me),
    }
    Ok(Value::None)
}

// ---- Token ----

fn token_new(vm: &mut Vm, _cls: &Value, _args: Args) -> RunResult<Value> {
    Err(vm.runtime_error("Tokens can only be created by ContextVars"))
}

fn need_token<'a>(vm: &Vm, v: &'a Value) -> RunResult<&'a TokenData> {
    token_of(v).ok_or_else(|| vm.type_error("descriptor requires a '_contextvars.Token' object"))
}

fn token_var(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let me = args.pos.first().cloned().unwrap_or(Value::None);
    Ok(need_token(vm, &me)?.var.clone())
}

fn token_old_value(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let me = args.pos.first().cloned().unwrap_or(Value::None);
    let old = need_token(vm, &me)?.old.clone();
    Ok(old.unwrap_or_else(|| classes(vm).missing.clone()))
}

/// `<Token var=<ContextVar …> at 0x…>`, with `used` once reset.
fn token_repr(vm: &mut Vm, me: &Value, _args: Args) -> RunResult<Value> {
    let t = need_token(vm, me)?;
    let used = if t.used.get() { " used" } else { "" };
    let var = t.var.clone();
    let r = vm.repr(&var)?;
    Ok(Value::string(format!(
        "<Token{used} var={} at {}>",
        r.as_str(),
        addr(me)
    )))
}

fn missing_repr(_vm: &mut Vm, _me: &Value, _args: Args) -> RunResult<Value> {
    Ok(Value::str("<Token.MISSING>"))
}

// ---- Context ----

fn need_context<'a>(vm: &Vm, v: &'a Value) -> RunResult<&'a coil_interp::vm::context::ContextData> {
    context_of(v)
        .ok_or_else(|| vm.type_error("descriptor requires a '_contextvars.Context' object"))
}

fn context_new(vm: &mut Vm, _cls: &Value, args: Args) -> RunResult<Value> {
    if !args.pos.is_empty() || !args.kw.is_empty() {
        return Err(vm.type_error("Context() does not accept any arguments"));
    }
    Ok(vm.new_context(Rc::default()))
}

/// `ctx.run(callable, *args, **kwargs)`.
fn context_run(vm: &mut Vm, me: &Value, args: Args) -> RunResult<Value> {
    need_context(vm, me)?;
    let Some((f, rest)) = args.pos.split_first() else {
        return Err(vm.type_error("run() missing 1 required positional argument"));
    };
    let me = me.clone();
    vm.run_in_context(&me, |vm| vm.call(f, rest, args.kw))
}

fn context_copy(vm: &mut Vm, me: &Value, _args: Args) -> RunResult<Value> {
    let vars = need_context(vm, me)?.vars.borrow().clone();
    Ok(vm.new_context(vars))
}

/// The serial of `key` if it is a ContextVar, else CPython's TypeError.
fn key_serial(vm: &mut Vm, key: &Value) -> RunResult<u64> {
    match var_of(key) {
        Some(v) => Ok(v.serial),
        None => {
            let r = vm.repr(key)?;
            Err(vm.type_error(format!("a ContextVar key was expected, got {}", r.as_str())))
        }
    }
}

fn lookup(vm: &mut Vm, me: &Value, key: &Value) -> RunResult<Option<Value>> {
    let serial = key_serial(vm, key)?;
    let d = need_context(vm, me)?;
    let vars = d.vars.borrow();
    Ok(vars.get(&serial).map(|(_, v)| v.clone()))
}

fn context_get(vm: &mut Vm, me: &Value, args: Args) -> RunResult<Value> {
    let (key, default) = match args.pos {
        [k] => (k, Value::None),
        [k, d] => (k, d.clone()),
        _ => {
            return Err(vm.type_error(format!(
                "get expected at most 2 arguments, got {}",
                args.pos.len()
            )))
        }
    };
    Ok(lookup(vm, me, key)?.unwrap_or(default))
}

fn context_getitem(vm: &mut Vm, me: &Value, args: Args) -> RunResult<Value> {
    let key = args.pos.first().cloned().unwrap_or(Value::None);
    match lookup(vm, me, &key)? {
        Some(v) => Ok(v),
        None => Err(vm.key_error(key)),
    }
}

fn context_contains(vm: &mut Vm, me: &Value, args: Args) -> RunResult<Value> {
    let key = args.pos.first().cloned().unwrap_or(Value::None);
    Ok(Value::Bool(lookup(vm, me, &key)?.is_some()))
}

fn context_len(vm: &mut Vm, me: &Value, _args: Args) -> RunResult<Value> {
    Ok(Value::Int(need_context(vm, me)?.vars.borrow().len() as i64))
}

/// The entries as `(var, value)` pairs, in the map's order.
fn entries(vm: &Vm, me: &Value) -> RunResult<Vec<(Value, Value)>> {
    let d = need_context(vm, me)?;
    let vars = d.vars.borrow();
    Ok(vars.values().cloned().collect())
}

fn context_iter(vm: &mut Vm, me: &Value, _args: Args) -> RunResult<Value> {
    let keys = context_keys(vm, me, Args::positional(&[]))?;
    vm.get_iter(&keys)
}

fn context_keys(vm: &mut Vm, me: &Value, _args: Args) -> RunResult<Value> {
    let e = entries(vm, me)?;
    Ok(Value::list(e.into_iter().map(|(k, _)| k).collect()))
}

fn context_values(vm: &mut Vm, me: &Value, _args: Args) -> RunResult<Value> {
    let e = entries(vm, me)?;
    Ok(Value::list(e.into_iter().map(|(_, v)| v).collect()))
}

fn context_items(vm: &mut Vm, me: &Value, _args: Args) -> RunResult<Value> {
    let e = entries(vm, me)?;
    Ok(Value::list(
        e.into_iter()
            .map(|(k, v)| Value::tuple(vec![k, v]))
            .collect(),
    ))
}

/// Contexts are equal when they map the same variables to equal values.
fn context_eq(vm: &mut Vm, me: &Value, args: Args) -> RunResult<Value> {
    let other = args.pos.first().cloned().unwrap_or(Value::None);
    if context_of(&other).is_none() {
        return Ok(Value::NotImplemented);
    }
    let (a, b) = (entries(vm, me)?, entries(vm, &other)?);
    if a.len() != b.len() {
        return Ok(Value::Bool(false));
    }
    for ((ka, va), (kb, vb)) in a.iter().zip(b.iter()) {
        if !ka.is(kb) || !vm.eq(va, vb)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
