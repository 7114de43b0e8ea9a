//! `_coil_thread`: the native half of `_thread` (CPython 3.11
//! `Modules/_threadmodule.c`): starting a thread, idents, and the lock every
//! other primitive is built from. Threads are the VM's green threads
//! (`coil_interp::vm::green`): a contended `acquire` suspends the calling thread
//! and the scheduler runs another. `stdlib/lib/_thread.py` wraps these in the
//! `_thread` API.

use super::new_module;
use crate::builtins::args::{class, funcs, positional, to_f64};
use coil_interp::object::class::BaseKind;
use coil_interp::object::{native, Args, Module, Value as V};
use coil_interp::vm::green::{LockCell, Wait};
use coil_interp::{RunResult, Value, Vm};
use std::rc::Rc;

/// The payload of a lock token.
struct LockToken(Rc<LockCell>);

fn token(vm: &Vm, v: &Value) -> RunResult<Rc<LockCell>> {
    match v {
        V::Native(n) => match n.get::<LockToken>() {
            Some(t) => Ok(t.0.clone()),
            None => Err(vm.type_error("expected a lock token")),
        },
        _ => Err(vm.type_error("expected a lock token")),
    }
}

/// `lock()`: a new unlocked lock token.
fn lock(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    positional(vm, "lock", &args, 0, 0)?;
    let cls = class(
        vm,
        "_coil_thread.locktoken",
        "_coil_thread",
        None,
        BaseKind::Builtin,
        &[],
    );
    Ok(native(&cls, LockToken(Rc::new(LockCell::default()))))
}

/// `acquire(token, timeout)`: takes the lock; `timeout` < 0 waits for ever, 0
/// does not wait. Returns whether it was taken.
fn acquire(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = positional(vm, "acquire", &args, 2, 2)?;
    let l = token(vm, &pos[0])?;
    let timeout = to_f64(vm, &pos[1])?;
    if !l.locked.get() {
        l.locked.set(true);
        return Ok(Value::Bool(true));
    }
    if timeout == 0.0 {
        return Ok(Value::Bool(false));
    }
    let deadline = (timeout > 0.0).then(|| vm.asyncio.clock.monotonic(vm.virtual_time) + timeout);
    vm.green_block(Wait::Lock(l, deadline, 0))
}

/// `release(token)`.
fn release(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = positional(vm, "release", &args, 1, 1)?;
    let l = token(vm, &pos[0])?;
    if !l.locked.get() {
        return Err(vm.runtime_error("release unlocked lock"));
    }
    l.locked.set(false);
    Ok(Value::None)
}

/// `locked(token)`.
fn locked(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = positional(vm, "locked", &args, 1, 1)?;
    Ok(Value::Bool(token(vm, &pos[0])?.locked.get()))
}

/// `start(func)`: a new thread that calls `func()`; returns its ident.
fn start(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = positional(vm, "start", &args, 1, 1)?;
    let ident = vm.green_start(pos[0].clone())?;
    Ok(Value::Int(ident as i64))
}

/// `get_ident()`.
fn get_ident(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    positional(vm, "get_ident", &args, 0, 0)?;
    Ok(Value::Int(vm.green.ident() as i64))
}

/// `get_native_id()`: the process id for the main thread, then consecutive
/// numbers, as a kernel's thread ids.
fn get_native_id(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    positional(vm, "get_native_id", &args, 0, 0)?;
    let pid = std::process::id() as i64;
    let n = (vm.green.ident() - coil_interp::vm::green::MAIN_IDENT) / (4096 * 64);
    Ok(Value::Int(pid + n as i64))
}

/// `count()`: running threads besides the main one.
fn count(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    positional(vm, "count", &args, 0, 0)?;
    Ok(Value::Int(vm.green.count() as i64))
}

/// `context_enter(ctx)`: enters a `contextvars.Context` without a nested run
/// (what `Context.run` does around its call), so a thread running in it can
/// still be suspended; returns the token `context_exit` takes.
fn context_enter(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = positional(vm, "context_enter", &args, 1, 1)?;
    if coil_interp::vm::context::context_of(&pos[0]).is_none() {
        return Err(vm.type_error("an instance of Context was expected"));
    }
    let prev = vm.context_enter(&pos[0])?;
    Ok(Value::tuple(prev.into_iter().collect()))
}

/// `context_exit(ctx, token)`.
fn context_exit(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = positional(vm, "context_exit", &args, 2, 2)?;
    let prev = match &pos[1] {
        V::Tuple(t) => t.items.first().cloned(),
        _ => None,
    };
    vm.context_exit(&pos[0], prev);
    Ok(Value::None)
}

pub fn init(vm: &mut Vm) -> RunResult<Rc<Module>> {
    let mut entries = super::thread_lock::functions();
    entries.push(("LockType", super::thread_lock::lock_type(vm)));
    entries.push(("RLock", super::thread_lock::rlock_type(vm)));
    entries.extend(funcs(&[
        ("lock", lock),
        ("acquire", acquire),
        ("release", release),
        ("locked", locked),
        ("start", start),
        ("get_ident", get_ident),
        ("get_native_id", get_native_id),
        ("count", count),
        ("context_enter", context_enter),
        ("context_exit", context_exit),
    ]));
    Ok(new_module("_coil_thread", entries))
}

coil_interp::native_payload!(LockToken);
