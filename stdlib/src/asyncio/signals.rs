//! The native half of `loop.add_signal_handler` (CPython 3.11 `unix_events.py`,
//! `_UnixSelectorEventLoop.add_signal_handler` over `signal.set_wakeup_fd`): a
//! C handler writes the signal number into a non-blocking pipe, whose read end
//! the loop watches, so the Python callback runs as an ordinary ready handle.

use coil_interp::event_loop::io_methods::os_error;
use coil_interp::object::Args;
use coil_interp::{RunResult, Value, Vm};
use std::sync::atomic::{AtomicI32, Ordering};

/// The write end of the wake-up pipe (-1 until made).
static WAKEUP_WRITE: AtomicI32 = AtomicI32::new(-1);

extern "C" fn on_signal(sig: libc::c_int) {
    let fd = WAKEUP_WRITE.load(Ordering::Relaxed);
    if fd >= 0 {
        let b = sig as u8;
        // SAFETY: write(2) is async-signal-safe; one byte from the stack.
        unsafe { libc::write(fd, &b as *const u8 as *const libc::c_void, 1) };
    }
}

/// `_signal_pipe()`: the read end of the wake-up pipe, made once.
pub fn signal_pipe(vm: &mut Vm, _: &Value, _args: Args) -> RunResult<Value> {
    static READ: AtomicI32 = AtomicI32::new(-1);
    let r = READ.load(Ordering::Relaxed);
    if r >= 0 {
        return Ok(Value::Int(r as i64));
    }
    let mut fds = [0i32; 2];
    // SAFETY: `fds` has room for the two descriptors.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC | libc::O_NONBLOCK) } < 0 {
        return Err(os_error(vm, &std::io::Error::last_os_error()));
    }
    READ.store(fds[0], Ordering::Relaxed);
    WAKEUP_WRITE.store(fds[1], Ordering::Relaxed);
    Ok(Value::Int(fds[0] as i64))
}

fn sig_arg(vm: &mut Vm, args: &Args) -> RunResult<i32> {
    match args.pos.first() {
        Some(v) => {
            let base = vm.builtin_base(v);
            Ok(crate::builtins::args::to_i64(vm, &base)? as i32)
        }
        None => Err(vm.type_error("missing signal number")),
    }
}

/// `_signal_install(sig)`: route `sig` to the wake-up pipe.
pub fn install(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let sig = sig_arg(vm, &args)?;
    // SAFETY: installs an async-signal-safe handler for a valid signal number.
    let prev = unsafe { libc::signal(sig, on_signal as *const () as libc::sighandler_t) };
    if prev == libc::SIG_ERR {
        return Err(os_error(vm, &std::io::Error::last_os_error()));
    }
    Ok(Value::None)
}

/// `_signal_default(sig)`: back to the default action.
pub fn restore(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let sig = sig_arg(vm, &args)?;
    // SAFETY: resets the disposition of a valid signal number.
    unsafe { libc::signal(sig, libc::SIG_DFL) };
    Ok(Value::None)
}

/// `_raise_signal(sig)` (`signal.raise_signal`), for programs that test their handlers.
pub fn raise_signal(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let sig = sig_arg(vm, &args)?;
    // SAFETY: plain libc call.
    if unsafe { libc::raise(sig) } != 0 {
        return Err(os_error(vm, &std::io::Error::last_os_error()));
    }
    Ok(Value::None)
}
