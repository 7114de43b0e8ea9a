//! SIGQUIT (Ctrl-\) prints every task's await graph to stderr and the program
//! goes on, as Go prints its goroutines (Go's runtime dumps and exits; Coil
//! keeps running, like a JVM's thread dump). CPython's default action is to
//! quit with a core dump; Coil takes the signal over only where the process
//! received it with the default action, and a program's own
//! `signal.signal(SIGQUIT, ...)` replaces it. The handler only sets flags: the
//! dump request (`event_loop::call_graph::request_dump`) and the interrupt flag
//! that makes the VM reach a safepoint (or the loop leave its wait), where
//! `Vm::serve_dump_request` prints it.

use crate::sigint;
use std::sync::atomic::Ordering;

extern "C" fn on_sigquit(_: libc::c_int) {
    coil_interp::event_loop::call_graph::request_dump();
    sigint::INTERRUPTED.store(true, Ordering::SeqCst);
}

/// Installs the handler for the whole process, unless SIGQUIT is ignored (a
/// job started in the background by a non-interactive shell).
pub fn install() {
    // SAFETY: a null new action only reads the current disposition into `old`;
    // the handler only touches atomics.
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(libc::SIGQUIT, std::ptr::null(), &mut old) != 0
            || old.sa_sigaction == libc::SIG_IGN
        {
            return;
        }
        let handler = on_sigquit as extern "C" fn(libc::c_int);
        libc::signal(libc::SIGQUIT, handler as libc::sighandler_t);
    }
}
