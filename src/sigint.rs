//! Ctrl-C while code runs (CPython's `Modules/signalmodule.c`: the C handler only
//! sets a flag, and `PyErr_CheckSignals` raises KeyboardInterrupt at the next
//! safe point of the interpreter). The VM reads the flag at its safepoints
//! (`Vm::take_interrupt`); the REPL's event-loop driver reads it between
//! iterations.

use std::sync::atomic::{AtomicBool, Ordering};

/// Set by the handler, cleared by whoever turns it into KeyboardInterrupt.
pub static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// A second Ctrl-C before the first was seen (the program is blocked in a
/// sleep, not running bytecode) ends the process as the default action would,
/// so a stuck program can always be stopped.
extern "C" fn on_sigint(_: libc::c_int) {
    if INTERRUPTED.swap(true, Ordering::SeqCst) {
        // SAFETY: `signal` and `raise` are async-signal-safe.
        unsafe {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            libc::raise(libc::SIGINT);
        }
    }
}

/// Installs the handler for the whole process.
pub fn install() {
    let handler = on_sigint as extern "C" fn(libc::c_int);
    // SAFETY: the handler only touches an atomic and async-signal-safe calls.
    unsafe {
        libc::signal(libc::SIGINT, handler as libc::sighandler_t);
    }
}

/// Forgets a Ctrl-C that arrived while nothing could act on it.
pub fn clear() {
    INTERRUPTED.store(false, Ordering::SeqCst);
}

/// True (once) when Ctrl-C was pressed since the last check.
pub fn take() -> bool {
    INTERRUPTED.swap(false, Ordering::SeqCst)
}

/// Ends the process by SIGINT with the default action, after an uncaught
/// KeyboardInterrupt (CPython's `exit_sigint`); returns only if that fails.
pub fn exit_by_sigint() {
    // SAFETY: plain libc calls on this process.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::kill(libc::getpid(), libc::SIGINT);
    }
}
