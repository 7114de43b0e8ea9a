//! `_signal`: Python-level signal handlers (CPython 3.11 `Modules/signalmodule.c`).
//! As in CPython the C handler only records the signal and sets the VM's
//! interrupt flag; the VM calls `run_pending` at its next safepoint
//! (`Vm::signal_hook`), which calls the Python handlers in signal-number order.
//! `raise_signal` and `pause` run them before returning, as `PyErr_CheckSignals`
//! does there. Handlers receive the frame that was running.

use super::constants::{ints, libc_ints};
use super::new_module;
use super::subprocess::os_error;
use crate::builtins::args::{func, positional, to_i64};
use coil_interp::object::{Args, Module, NativeFn};
use coil_interp::{RunResult, Value, Vm};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, AtomicPtr, Ordering};

/// One past the highest signal number (`signal.NSIG`).
const NSIG: i32 = 65;
/// `signal.SIG_DFL` and `signal.SIG_IGN` as the ints Python sees.
const SIG_DFL: i64 = 0;
const SIG_IGN: i64 = 1;

/// Signals that arrived and whose Python handler has not run yet.
static PENDING: [AtomicBool; NSIG as usize] = [const { AtomicBool::new(false) }; NSIG as usize];
/// The VM's interrupt flag (`Vm::interrupt`), set by the C handler to reach a
/// safepoint soon.
static WAKE: AtomicPtr<AtomicBool> = AtomicPtr::new(std::ptr::null_mut());

thread_local! {
    /// The Python-level handler of each signal `signal.signal` has seen.
    static HANDLERS: RefCell<HashMap<i32, Value>> = RefCell::new(HashMap::new());
}

extern "C" fn on_signal(sig: libc::c_int) {
    if let Some(flag) = PENDING.get(sig as usize) {
        flag.store(true, Ordering::SeqCst);
    }
    let wake = WAKE.load(Ordering::SeqCst);
    if !wake.is_null() {
        // SAFETY: WAKE only ever holds a `&'static AtomicBool`.
        unsafe { (*wake).store(true, Ordering::SeqCst) };
    }
}

fn signum_arg(vm: &mut Vm, v: &Value) -> RunResult<i32> {
    let n = to_i64(vm, v)?;
    if !(1..NSIG as i64).contains(&n) {
        return Err(vm.value_error("signal number out of range"));
    }
    Ok(n as i32)
}

/// The handler Python sees before any `signal.signal` call: SIGINT's is
/// `default_int_handler`, others SIG_IGN or SIG_DFL as the process has them.
fn initial_handler(vm: &Vm, sig: i32) -> Value {
    if sig == libc::SIGINT {
        return default_int_handler_value(vm);
    }
    // SAFETY: a null new action only queries the current one into `old`.
    let mut old: libc::sigaction = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::sigaction(sig, std::ptr::null(), &mut old) };
    match (r, old.sa_sigaction) {
        (0, libc::SIG_IGN) => Value::Int(SIG_IGN),
        (0, libc::SIG_DFL) => Value::Int(SIG_DFL),
        // The `coil` binary's task dump (src/sigquit.rs) stands in for the
        // default action; Python sees SIG_DFL.
        (0, _) if sig == libc::SIGQUIT => Value::Int(SIG_DFL),
        _ => Value::None,
    }
}

fn default_int_handler_value(vm: &Vm) -> Value {
    let _ = vm;
    DEFAULT_INT_HANDLER.with(|h| h.clone())
}

thread_local! {
    static DEFAULT_INT_HANDLER: Value = func("default_int_handler", default_int_handler);
}

fn current_handler(vm: &Vm, sig: i32) -> Value {
    HANDLERS
        .with(|h| h.borrow().get(&sig).cloned())
        .unwrap_or_else(|| initial_handler(vm, sig))
}

/// `signal(signalnum, handler)`: installs `handler`, returns the previous one.
fn signal(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = positional(vm, "signal", &args, 2, 2)?;
    let sig = signum_arg(vm, &a[0])?;
    let handler = a[1].clone();
    let disposition = match &handler {
        Value::Int(SIG_DFL) => libc::SIG_DFL,
        Value::Int(SIG_IGN) => libc::SIG_IGN,
        h if !matches!(h, Value::Int(_) | Value::Bool(_))
            && crate::builtins::introspect::is_callable(vm, h) =>
        {
            on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t
        }
        _ => {
            return Err(vm.type_error(
                "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
            ))
        }
    };
    let old = current_handler(vm, sig);
    // SAFETY: the action is fully initialised; `on_signal` only touches atomics.
    let r = unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = disposition;
        action.sa_flags = libc::SA_ONSTACK;
        libc::sigemptyset(&mut action.sa_mask);
        libc::sigaction(sig, &action, std::ptr::null_mut())
    };
    if r != 0 {
        return Err(os_error(vm, libc::EINVAL, None));
    }
    HANDLERS.with(|h| h.borrow_mut().insert(sig, handler));
    Ok(old)
}

fn getsignal(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = positional(vm, "getsignal", &args, 1, 1)?;
    let sig = signum_arg(vm, &a[0])?;
    Ok(current_handler(vm, sig))
}

fn default_int_handler(vm: &mut Vm, _: &Value, _: Args) -> RunResult<Value> {
    Err(vm.keyboard_interrupt())
}

/// Runs the Python handlers of the signals that arrived (the VM's
/// `signal_hook`). A set flag with nothing recorded is the binary's own
/// SIGINT handler speaking: SIGINT's Python handler runs.
pub fn run_pending(vm: &mut Vm) -> RunResult<()> {
    let mut any = false;
    for sig in 1..NSIG {
        if !PENDING[sig as usize].swap(false, Ordering::SeqCst) {
            continue;
        }
        any = true;
        call_handler(vm, sig)?;
    }
    if !any {
        call_handler(vm, libc::SIGINT)?;
    }
    Ok(())
}

fn call_handler(vm: &mut Vm, sig: i32) -> RunResult<()> {
    let handler = current_handler(vm, sig);
    if matches!(handler, Value::Int(_) | Value::None) {
        return Ok(());
    }
    let frame = vm.running_frame(0).unwrap_or(Value::None);
    vm.call(&handler, &[Value::Int(sig as i64), frame], &[])?;
    Ok(())
}

fn raise_signal(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = positional(vm, "raise_signal", &args, 1, 1)?;
    let sig = signum_arg(vm, &a[0])?;
    // SAFETY: raise(3) with a valid signal number.
    if unsafe { libc::raise(sig) } != 0 {
        return Err(os_error(vm, libc::EINVAL, None));
    }
    check_now(vm)?;
    Ok(Value::None)
}

/// Runs what is pending right away (the wake-up flag alone is the binary's
/// SIGINT handler having run) and clears the flag.
fn check_now(vm: &mut Vm) -> RunResult<()> {
    let woken = vm
        .interrupt
        .is_some_and(|f| f.swap(false, Ordering::SeqCst));
    if woken || PENDING.iter().any(|p| p.load(Ordering::SeqCst)) {
        run_pending(vm)?;
    }
    Ok(())
}

fn alarm(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = positional(vm, "alarm", &args, 1, 1)?;
    let secs = to_i64(vm, &a[0])?;
    let secs = u32::try_from(secs).map_err(|_| vm.overflow_error("signal number out of range"))?;
    // SAFETY: alarm(2) takes any count.
    Ok(Value::Int(unsafe { libc::alarm(secs) } as i64))
}

fn pause(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    positional(vm, "pause", &args, 0, 0)?;
    vm.flush_stdout();
    // Not pause(2): the program runs on its own thread and the process's
    // signals are usually handled on the main one, so wait for the flags.
    loop {
        let woken = vm.interrupt.is_some_and(|f| f.load(Ordering::SeqCst));
        if woken || PENDING.iter().any(|p| p.load(Ordering::SeqCst)) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    check_now(vm)?;
    Ok(Value::None)
}

fn strsignal(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = positional(vm, "strsignal", &args, 1, 1)?;
    let sig = signum_arg(vm, &a[0])?;
    // SAFETY: strsignal returns a static or thread-local C string (or null).
    let text = unsafe {
        let p = libc::strsignal(sig);
        if p.is_null() {
            return Ok(Value::None);
        }
        std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
    };
    Ok(Value::string(text))
}

/// 1..NSIG without the two real-time signals glibc keeps for itself.
fn valid_signals(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    positional(vm, "valid_signals", &args, 0, 0)?;
    let items = (1..NSIG)
        .filter(|s| *s != 32 && *s != 33)
        .map(|s| Value::Int(s as i64))
        .collect();
    vm.call(
        &Value::Class(vm.types.set.clone()),
        &[Value::list(items)],
        &[],
    )
}

fn siginterrupt(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = positional(vm, "siginterrupt", &args, 2, 2)?;
    signum_arg(vm, &a[0])?;
    Ok(Value::None)
}

const FUNCS: &[(&str, NativeFn)] = &[
    ("signal", signal),
    ("getsignal", getsignal),
    ("default_int_handler", default_int_handler),
    ("raise_signal", raise_signal),
    ("alarm", alarm),
    ("pause", pause),
    ("strsignal", strsignal),
    ("valid_signals", valid_signals),
    ("siginterrupt", siginterrupt),
];

/// The signal numbers `_signal` exports under their C names.
const NAMES: &[(&str, i64)] = libc_ints![
    SIGHUP, SIGINT, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGIOT, SIGBUS, SIGFPE, SIGKILL, SIGUSR1,
    SIGSEGV, SIGUSR2, SIGPIPE, SIGALRM, SIGTERM, SIGSTKFLT, SIGCHLD, SIGCONT, SIGSTOP, SIGTSTP,
    SIGTTIN, SIGTTOU, SIGURG, SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF, SIGWINCH, SIGIO, SIGPOLL,
    SIGPWR, SIGSYS,
];

/// Signal names that are not libc constants of their own: an alias, and the
/// real-time range as glibc leaves it to programs.
const MORE_NAMES: &[(&str, i64)] = &[
    ("SIGCLD", libc::SIGCHLD as i64),
    ("SIGRTMIN", 34),
    ("SIGRTMAX", 64),
];

/// Builds `_signal` and makes the VM's interrupt flag run Python handlers.
pub fn init(vm: &mut Vm) -> RunResult<Rc<Module>> {
    if let Some(flag) = vm.interrupt {
        WAKE.store(
            flag as *const AtomicBool as *mut AtomicBool,
            Ordering::SeqCst,
        );
    }
    vm.signal_hook = Some(run_pending);
    let mut items: Vec<(&str, Value)> = FUNCS
        .iter()
        .filter(|(n, _)| *n != "default_int_handler")
        .map(|(n, f)| (*n, func(n, *f)))
        .collect();
    items.push(("default_int_handler", default_int_handler_value(vm)));
    items.extend(ints(NAMES));
    items.extend(ints(MORE_NAMES));
    items.push(("NSIG", Value::Int(NSIG as i64)));
    items.push(("SIG_DFL", Value::Int(SIG_DFL)));
    items.push(("SIG_IGN", Value::Int(SIG_IGN)));
    items.push(("SIG_BLOCK", Value::Int(libc::SIG_BLOCK as i64)));
    items.push(("SIG_UNBLOCK", Value::Int(libc::SIG_UNBLOCK as i64)));
    items.push(("SIG_SETMASK", Value::Int(libc::SIG_SETMASK as i64)));
    Ok(new_module("_signal", items))
}
