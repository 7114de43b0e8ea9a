//! The worker: runs programs in process, one fresh `Vm` each, through the same
//! stages as the `coil` command (lexer and parser, compiler, `run_main`, the
//! syntax-error renderer), with virtual time, a step budget (`Vm::budget`) and
//! the address-space limit the supervisor gave it. A Rust panic is caught with
//! `catch_unwind`, reported, and ends the worker (its thread-local state may be
//! torn); aborts, stack overflows and hangs kill or stall the worker process,
//! which the supervisor sees.

use crate::corpus::Corpus;
use std::cell::Cell;
use std::io::Write;
use std::os::unix::fs::FileExt;
use std::panic::{self, AssertUnwindSafe};
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How one program ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Ran to the end.
    Finished,
    /// Ended with an uncaught Python exception (or `SystemExit`).
    Raised,
    /// Rejected by the lexer, the parser or the compiler with a SyntaxError.
    Syntax,
    /// Stopped by the step budget (a program that loops, as it would in CPython).
    Budget,
}

static LAST_PANIC: Mutex<Option<String>> = Mutex::new(None);

/// Raised by the watchdog when one program has run for `SLOW` (a loop whose
/// steps are each slow native work, which the step budget does not see); the
/// VM sees it at its next safepoint as it would see Ctrl-C.
static DEADLINE: AtomicBool = AtomicBool::new(false);
/// Bumped at each program start, so the watchdog knows a program is new.
static PROGRAM: AtomicU64 = AtomicU64::new(0);
/// A program's wall-clock allowance before the watchdog stops it.
const SLOW: Duration = Duration::from_secs(3);

/// Starts the watchdog thread (once per worker).
pub fn start_watchdog() {
    std::thread::spawn(|| {
        let mut seen = (u64::MAX, Instant::now());
        loop {
            std::thread::sleep(Duration::from_millis(100));
            let now = PROGRAM.load(Ordering::Relaxed);
            if now != seen.0 {
                seen = (now, Instant::now());
            } else if seen.1.elapsed() > SLOW {
                DEADLINE.store(true, Ordering::Relaxed);
            }
        }
    });
}

/// What the deadline does at a safepoint: spends the step budget, so every
/// later step raises too.
fn on_deadline(vm: &mut coil_interp::Vm) -> coil_interp::RunResult<()> {
    vm.budget = Some(Cell::new(0));
    Err(vm.keyboard_interrupt())
}

/// Runs one program; `Err` carries a Rust panic's message.
pub fn run_one(src: &str, steps: u64) -> Result<Outcome, String> {
    let r = panic::catch_unwind(AssertUnwindSafe(|| run_inner(src, steps)));
    r.map_err(|_| {
        LAST_PANIC
            .lock()
            .ok()
            .and_then(|mut m| m.take())
            .unwrap_or_else(|| "unknown panic".into())
    })
}

fn run_inner(src: &str, steps: u64) -> Outcome {
    let mut vm = coil_interp::Vm::new();
    vm.virtual_time = true;
    vm.budget = Some(Cell::new(steps));
    PROGRAM.fetch_add(1, Ordering::Relaxed);
    DEADLINE.store(false, Ordering::Relaxed);
    vm.interrupt = Some(&DEADLINE);
    vm.signal_hook = Some(on_deadline);
    vm.argv = vec!["fuzz.py".into()];
    let here = 0u8;
    vm.stack_limit = Some((&here as *const u8 as usize, crate::STACK));
    coil_stdlib::install(&mut vm);
    let code = coil_parser::parse_module(src, "fuzz.py").and_then(|ast| {
        coil_interp::compile::compile_module(&ast, src, "fuzz.py", coil_interp::compile::Mode::Exec)
    });
    let code = match code {
        Ok(c) => c,
        Err(e) => {
            // The renderer is part of what a user sees: run it too.
            vm.write_stderr(&e.render(false));
            return Outcome::Syntax;
        }
    };
    let status = coil_interp::vm::run_main(&mut vm, code);
    if vm.budget_exhausted() {
        Outcome::Budget
    } else if status == 0 {
        Outcome::Finished
    } else {
        Outcome::Raised
    }
}

/// Keeps a panic's message for `run_one` instead of printing it.
pub fn install_panic_hook() {
    panic::set_hook(Box::new(|info| {
        let p = info.payload();
        let msg = p
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| p.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let at = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()));
        if let Ok(mut m) = LAST_PANIC.lock() {
            *m = Some(format!("{msg}{}", at.unwrap_or_default()));
        }
    }));
}

/// Caps the worker's address space, so runaway allocations fail (MemoryError)
/// instead of taking the machine's memory.
pub fn limit_memory(bytes: u64) {
    let lim = libc::rlimit {
        rlim_cur: bytes,
        rlim_max: bytes,
    };
    // SAFETY: a valid rlimit struct passed by pointer.
    unsafe {
        libc::setrlimit(libc::RLIMIT_AS, &lim);
    }
}

/// The worker's loop over programs `from..to`: before each, the index goes to
/// `progress` (at offset 0) and the text to `current.py`, so the supervisor
/// knows which program killed it;
/// counts go to `stats` at the end; a panic is appended to `findings` and ends
/// the worker with status 3.
pub fn work(corpus: &Corpus, seed: u64, from: u64, to: u64, steps: u64, dir: &Path) -> i32 {
    let Ok(progress) = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(false)
        .open(dir.join("progress"))
    else {
        return 2;
    };
    let mut counts = [0u64; 4];
    for i in from..to {
        let _ = progress.write_at(format!("{i:020}\n").as_bytes(), 0);
        let src = corpus.program(seed, i);
        // The text itself, not just the index: the supervisor's corpus may
        // differ from this worker's if the seed files changed in between.
        let _ = std::fs::write(dir.join("current.py"), &src);
        match run_one(&src, steps) {
            Ok(o) => counts[o as usize] += 1,
            Err(msg) => {
                append(&dir.join("findings"), &format!("panic {seed} {i} {msg}\n"));
                append(&dir.join("stats"), &stats_line(&counts));
                return 3;
            }
        }
    }
    append(&dir.join("stats"), &stats_line(&counts));
    0
}

fn stats_line(c: &[u64; 4]) -> String {
    format!("{} {} {} {}\n", c[0], c[1], c[2], c[3])
}

pub fn append(path: &Path, text: &str) {
    if let Ok(mut f) = std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .open(path)
    {
        let _ = f.write_all(text.as_bytes());
    }
}
