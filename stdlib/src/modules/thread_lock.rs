//! `_thread.lock` as a native object (CPython 3.11 `Modules/_threadmodule.c`:
//! `lock_PyThread_acquire_lock`, `lock_PyThread_release_lock`,
//! `lock_acquire_parse_args`). It is native because `with lock:` is the hot
//! path of threaded code: as a Python class each `with` cost two script
//! frames. `_thread.RLock` too (`rlock_acquire`, `rlock_release`,
//! `rlock_release_save`, `rlock_acquire_restore`): its owner and depth live in
//! the `LockCell`, and a thread woken by the scheduler is made the owner there
//! (the depth rides in `Wait::Lock`), since its call cannot continue after a wait. A contended `acquire` (or `__enter__`)
//! parks the calling green thread on the lock's `LockCell` (`vm/green.rs`); it
//! is called straight from the instruction, so the thread resumes with the
//! call's result.

use crate::builtins::args::{class, func, no_args, owned_func, to_f64, to_i64, Signature};
use coil_interp::object::class::BaseKind;
use coil_interp::object::{native, Args, Class, NativeFn, Value as V};
use coil_interp::vm::green::{LockCell, Wait};
use coil_interp::{RunResult, Value, Vm};
use std::rc::Rc;

/// `_thread.TIMEOUT_MAX`.
const TIMEOUT_MAX: f64 = 9_223_372_036.0;

/// A lock: the cell its waiters watch.
pub struct Lock(pub Rc<LockCell>);

const LOCK_METHODS: &[(&str, NativeFn)] = &[
    ("acquire", lock_acquire),
    ("acquire_lock", lock_acquire),
    ("__enter__", lock_enter),
    ("release", lock_release),
    ("release_lock", lock_release),
    ("__exit__", lock_exit),
    ("locked", lock_locked),
    ("locked_lock", lock_locked),
    ("_at_fork_reinit", lock_reinit),
    ("__repr__", lock_repr),
];

/// The `_thread.lock` type (`LockType`).
pub fn lock_class(vm: &Vm) -> Rc<Class> {
    class(
        vm,
        "_thread.lock",
        "_thread",
        None,
        BaseKind::Builtin,
        LOCK_METHODS,
    )
}

/// `LockType()`: the type has no constructor of its own, as in CPython
/// (`allocate_lock` makes locks).
pub fn lock_type(vm: &Vm) -> Value {
    let cls = lock_class(vm);
    cls.dict
        .set_str("__new__", owned_func("lock", "__new__", no_new));
    Value::Class(cls)
}

fn no_new(vm: &mut Vm, _: &Value, _: Args) -> RunResult<Value> {
    Err(vm.type_error("cannot create '_thread.lock' instances"))
}

/// The `_thread.RLock` type; calling it makes a reentrant lock.
pub fn rlock_type(vm: &Vm) -> Value {
    let cls = rlock_class(vm);
    cls.dict
        .set_str("__new__", owned_func("RLock", "__new__", rlock_new));
    Value::Class(cls)
}

fn rlock_class(vm: &Vm) -> Rc<Class> {
    class(
        vm,
        "_thread.RLock",
        "_thread",
        None,
        BaseKind::Builtin,
        RLOCK_METHODS,
    )
}

fn rlock_new(vm: &mut Vm, _: &Value, _: Args) -> RunResult<Value> {
    Ok(native(&rlock_class(vm), RLock(Rc::default())))
}

const RLOCK_METHODS: &[(&str, NativeFn)] = &[
    ("acquire", rlock_acquire),
    ("__enter__", rlock_enter),
    ("release", rlock_release),
    ("__exit__", rlock_exit),
    ("_is_owned", rlock_is_owned),
    ("_release_save", rlock_release_save),
    ("_acquire_restore", rlock_acquire_restore),
    ("_recursion_count", rlock_recursion_count),
    ("_at_fork_reinit", rlock_reinit),
    ("__repr__", rlock_repr),
];

/// A reentrant lock: owner and depth are in the cell.
pub struct RLock(Rc<LockCell>);

fn this_r<'a>(vm: &Vm, v: &'a Value, what: &str) -> RunResult<&'a Rc<LockCell>> {
    match v {
        V::Native(n) => n.get::<RLock>().map(|r| &r.0),
        _ => None,
    }
    .ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{what}' requires a '_thread.RLock' object"
        ))
    })
}

/// `rlock_acquire`: the owner only goes one level deeper.
fn rlock_take(vm: &mut Vm, recv: &Value, timeout: f64, what: &str) -> RunResult<Value> {
    let cell = this_r(vm, recv, what)?.clone();
    if cell.count.get() > 0 && cell.owner.get() == vm.green.ident() {
        cell.count.set(cell.count.get() + 1);
        return Ok(Value::Bool(true));
    }
    take(vm, &cell, timeout, 1)
}

fn rlock_acquire(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    let timeout = parse_timeout(vm, &args)?;
    rlock_take(vm, recv, timeout, "acquire")
}

fn rlock_enter(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    let timeout = parse_timeout(vm, &args)?;
    rlock_take(vm, recv, timeout, "__enter__")
}

fn rlock_release(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    no_args(vm, "release", &args)?;
    rlock_drop(vm, recv, "release")
}

fn rlock_exit(vm: &mut Vm, recv: &Value, _: Args) -> RunResult<Value> {
    rlock_drop(vm, recv, "__exit__")
}

fn rlock_drop(vm: &mut Vm, recv: &Value, what: &str) -> RunResult<Value> {
    let cell = this_r(vm, recv, what)?;
    if cell.count.get() == 0 || cell.owner.get() != vm.green.ident() {
        return Err(vm.runtime_error("cannot release un-acquired lock"));
    }
    cell.count.set(cell.count.get() - 1);
    if cell.count.get() == 0 {
        cell.owner.set(0);
        cell.locked.set(false);
    }
    Ok(Value::None)
}

fn rlock_is_owned(vm: &mut Vm, recv: &Value, _: Args) -> RunResult<Value> {
    let cell = this_r(vm, recv, "_is_owned")?;
    let me = vm.green.ident();
    Ok(Value::Bool(cell.count.get() > 0 && cell.owner.get() == me))
}

fn rlock_release_save(vm: &mut Vm, recv: &Value, _: Args) -> RunResult<Value> {
    let cell = this_r(vm, recv, "_release_save")?;
    if cell.count.get() == 0 {
        return Err(vm.runtime_error("cannot release un-acquired lock"));
    }
    let saved = Value::tuple(vec![
        Value::Int(cell.count.get() as i64),
        Value::Int(cell.owner.get() as i64),
    ]);
    cell.count.set(0);
    cell.owner.set(0);
    cell.locked.set(false);
    Ok(saved)
}

/// `_acquire_restore((count, owner))`: takes the lock back at the saved depth.
fn rlock_acquire_restore(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    let cell = this_r(vm, recv, "_acquire_restore")?.clone();
    let state = crate::builtins::args::one_arg(vm, "_acquire_restore", &args)?;
    let count = match state {
        V::Tuple(t) if t.items.len() == 2 => to_i64(vm, &t.items[0])?,
        _ => return Err(vm.type_error("_acquire_restore() argument 1 must be tuple")),
    };
    take(vm, &cell, -1.0, count.max(1) as u64)?;
    Ok(Value::None)
}

fn rlock_recursion_count(vm: &mut Vm, recv: &Value, _: Args) -> RunResult<Value> {
    let cell = this_r(vm, recv, "_recursion_count")?;
    let n = if cell.owner.get() == vm.green.ident() {
        cell.count.get()
    } else {
        0
    };
    Ok(Value::Int(n as i64))
}

fn rlock_reinit(vm: &mut Vm, recv: &Value, _: Args) -> RunResult<Value> {
    let cell = this_r(vm, recv, "_at_fork_reinit")?;
    cell.locked.set(false);
    cell.owner.set(0);
    cell.count.set(0);
    Ok(Value::None)
}

fn rlock_repr(vm: &mut Vm, recv: &Value, _: Args) -> RunResult<Value> {
    let cell = this_r(vm, recv, "__repr__")?;
    let addr = match recv {
        V::Native(n) => Rc::as_ptr(n) as *const u8 as usize,
        _ => 0,
    };
    Ok(Value::string(format!(
        "<{} _thread.RLock object owner={} count={} at {addr:#x}>",
        state(cell.locked.get()),
        cell.owner.get(),
        cell.count.get()
    )))
}

/// `allocate_lock()`.
pub fn allocate_lock(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    no_args(vm, "allocate_lock", &args)?;
    Ok(native(&lock_class(vm), Lock(Rc::default())))
}

/// The functions `_coil_thread` adds for these types.
pub fn functions() -> Vec<(&'static str, Value)> {
    vec![("allocate_lock", func("allocate_lock", allocate_lock))]
}

fn this<'a>(vm: &Vm, v: &'a Value, what: &str) -> RunResult<&'a Lock> {
    match v {
        V::Native(n) => n.get::<Lock>(),
        _ => None,
    }
    .ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{what}' requires a '_thread.lock' object"
        ))
    })
}

const ACQUIRE: Signature = Signature::new("acquire", &["blocking", "timeout"]).required(0);

/// `lock_acquire_parse_args`: the timeout in seconds, 0 for a non-blocking
/// call, -1 for ever.
fn parse_timeout(vm: &mut Vm, args: &Args) -> RunResult<f64> {
    if args.pos.is_empty() && args.kw.is_empty() {
        return Ok(-1.0);
    }
    let b = ACQUIRE.bind(vm, args)?;
    let blocking = match b.opt(0) {
        Some(v) => to_i64(vm, v)? != 0,
        None => true,
    };
    let timeout = match b.opt(1) {
        Some(v @ (V::Int(_) | V::Float(_) | V::Bool(_))) => to_f64(vm, v)?,
        Some(v) => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                v.type_name()
            )))
        }
        None => -1.0,
    };
    if !blocking {
        if timeout != -1.0 {
            return Err(vm.value_error("can't specify a timeout for a non-blocking call"));
        }
        return Ok(0.0);
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.value_error("timeout value must be positive"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(vm.new_error(
            &vm.types.exc.overflow_error.clone(),
            "timestamp out of range for platform time_t",
        ));
    }
    Ok(timeout)
}

/// Takes `cell`, waiting up to `timeout` (-1: for ever) with the other threads
/// running; the result is whether it was taken. A non-zero `depth` makes the
/// taker an RLock's owner at that depth.
fn take(vm: &mut Vm, cell: &Rc<LockCell>, timeout: f64, depth: u64) -> RunResult<Value> {
    if !cell.locked.get() {
        cell.locked.set(true);
        if depth > 0 {
            cell.owner.set(vm.green.ident());
            cell.count.set(depth);
        }
        return Ok(Value::Bool(true));
    }
    if timeout == 0.0 {
        return Ok(Value::Bool(false));
    }
    let deadline = (timeout > 0.0).then(|| vm.asyncio.clock.monotonic(vm.virtual_time) + timeout);
    let r = vm.green_block(Wait::Lock(cell.clone(), deadline, depth))?;
    // Reached when this thread hosted the wait (the scheduler records the
    // owner of a thread it resumes).
    if depth > 0 && matches!(r, Value::Bool(true)) {
        cell.owner.set(vm.green.ident());
        cell.count.set(depth);
    }
    Ok(r)
}

fn lock_acquire(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    let cell = this(vm, recv, "acquire")?.0.clone();
    let timeout = parse_timeout(vm, &args)?;
    take(vm, &cell, timeout, 0)
}

fn lock_enter(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    let cell = this(vm, recv, "__enter__")?.0.clone();
    no_args(vm, "__enter__", &args)?;
    take(vm, &cell, -1.0, 0)
}

fn release_cell(vm: &Vm, cell: &LockCell) -> RunResult<Value> {
    if !cell.locked.get() {
        return Err(vm.runtime_error("release unlocked lock"));
    }
    cell.locked.set(false);
    Ok(Value::None)
}

fn lock_release(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    let l = this(vm, recv, "release")?;
    no_args(vm, "release", &args)?;
    release_cell(vm, &l.0)
}

fn lock_exit(vm: &mut Vm, recv: &Value, _: Args) -> RunResult<Value> {
    let l = this(vm, recv, "__exit__")?;
    release_cell(vm, &l.0)
}

fn lock_locked(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    let l = this(vm, recv, "locked")?;
    no_args(vm, "locked", &args)?;
    Ok(Value::Bool(l.0.locked.get()))
}

fn lock_reinit(vm: &mut Vm, recv: &Value, _: Args) -> RunResult<Value> {
    this(vm, recv, "_at_fork_reinit")?.0.locked.set(false);
    Ok(Value::None)
}

fn state(locked: bool) -> &'static str {
    if locked {
        "locked"
    } else {
        "unlocked"
    }
}

fn lock_repr(vm: &mut Vm, recv: &Value, _: Args) -> RunResult<Value> {
    let l = this(vm, recv, "__repr__")?;
    let addr = match recv {
        V::Native(n) => Rc::as_ptr(n) as *const u8 as usize,
        _ => 0,
    };
    Ok(Value::string(format!(
        "<{} _thread.lock object at {addr:#x}>",
        state(l.0.locked.get())
    )))
}

// Locks hold no Python values: their state is flags and a thread ident.
coil_interp::native_payload!(Lock; RLock);
