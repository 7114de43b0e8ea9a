//! What a Rust panic (a bug in Coil, never a Python error) looks like to the
//! user: what the program printed so far is flushed, then one line asks for a
//! bug report and quotes the panic, and the exit status is 70 (`EX_SOFTWARE`),
//! instead of Rust's multi-line message and backtrace.

use coil_interp::Vm;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Mutex;

/// The exit status after an internal error.
pub const INTERNAL_ERROR: u8 = 70;

/// The last panic's message and location, kept by the hook for `guarded`.
static LAST_PANIC: Mutex<Option<String>> = Mutex::new(None);

/// Replaces Rust's panic message with ours. A panic on the interpreter
/// thread is reported by `guarded` once stdout is flushed; one on another
/// thread (the REPL's input thread) is reported at once.
pub fn install() {
    panic::set_hook(Box::new(|info| {
        let payload = info.payload();
        let msg = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string());
        let at = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let text = format!("{msg}{at}");
        if std::thread::current().name() == Some("coil") {
            if let Ok(mut slot) = LAST_PANIC.lock() {
                *slot = Some(text);
                return;
            }
        }
        report(&text);
    }));
}

/// Runs `body`; if it panics, flushes the program's output, reports the
/// panic and gives `INTERNAL_ERROR`.
pub fn guarded(vm: &mut Vm, body: impl FnOnce(&mut Vm) -> u8) -> u8 {
    match panic::catch_unwind(AssertUnwindSafe(|| body(vm))) {
        Ok(status) => status,
        Err(_) => {
            vm.flush_stdout();
            let text = LAST_PANIC
                .lock()
                .ok()
                .and_then(|mut slot| slot.take())
                .unwrap_or_else(|| "unknown panic".to_string());
            report(&text);
            INTERNAL_ERROR
        }
    }
}

/// `COIL_TEST_PANIC=1` panics once the program has run, before its output
/// is flushed: the only way for tests (`tests/cli.rs`) to reach this report,
/// since every known panic is fixed.
pub fn panic_if_asked() {
    if std::env::var_os("COIL_TEST_PANIC").is_some_and(|v| v == "1") {
        panic!("COIL_TEST_PANIC is set");
    }
}

/// Reports a panic the hook kept that no `guarded` call reported.
pub fn report_pending() {
    let pending = LAST_PANIC.lock().ok().and_then(|mut slot| slot.take());
    report(pending.as_deref().unwrap_or("unknown panic"));
}

fn report(text: &str) {
    let text = text.replace('\n', " ");
    eprintln!(
        "coil: internal error, please report this bug with the program that caused it: {text}"
    );
}
