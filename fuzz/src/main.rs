//! `coil-fuzz`: Coil's fuzz harness, on stable Rust. Programs come from a
//! grammar-driven generator (`gen.rs`) and from mutating the golden programs
//! and examples (`mutate.rs`); each runs in process through the lexer, parser,
//! compiler and VM (`worker.rs`) under a step budget, virtual time and an
//! address-space limit.
//!
//! Why a supervisor and worker processes: a Rust panic is caught in process
//! (`catch_unwind`), but an abort (a failed infallible allocation), a stack
//! overflow or a hang inside native code cannot be caught by the process it
//! happens in. So the supervisor runs the programs in chunks in a child
//! `coil-fuzz --worker`, which writes the index of the program it is running
//! to a progress file; when the child dies by a signal or stops making
//! progress, the supervisor rebuilds that program from `(seed, index)`, saves
//! it under `<out>/findings/`, and starts a new worker after it.
//!
//! Outcomes: finished, Python exception, SyntaxError, budget spent (the
//! program loops) are fine; panic, abort/crash and hang are findings.
//!
//! Usage: `coil-fuzz [--seed N] [--execs N] [--minutes M] [--steps N]
//! [--out DIR]`; `coil-fuzz --print SEED INDEX` shows a program;
//! `coil-fuzz --replay FILE` runs one file as the worker would.

mod corpus;
mod gen;
mod mutate;
mod rng;
mod supervisor;
mod worker;

use std::path::PathBuf;

/// The interpreter thread's stack, as the `coil` command's.
pub const STACK: usize = coil_interp::limits::THREAD_STACK;

/// The command line.
pub struct Options {
    pub seed: u64,
    pub from: u64,
    pub execs: u64,
    pub minutes: Option<f64>,
    pub steps: u64,
    pub chunk: u64,
    pub hang_secs: u64,
    pub mem_mb: u64,
    pub out: PathBuf,
}

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let get = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let num = |name: &str, default: u64| get(name).and_then(|v| v.parse().ok()).unwrap_or(default);
    let opts = Options {
        seed: num("--seed", 1),
        from: num("--from", 0),
        execs: num("--execs", 10_000),
        minutes: get("--minutes").and_then(|v| v.parse().ok()),
        steps: num("--steps", 100_000),
        chunk: num("--chunk", 2_000),
        hang_secs: num("--hang-secs", 10),
        mem_mb: num("--mem-mb", 3_072),
        out: get("--out")
            .map(PathBuf::from)
            .unwrap_or_else(|| repo_root().join("target/fuzz")),
    };
    let corpus = corpus::Corpus::load(&repo_root());
    if let Some(i) = args.iter().position(|a| a == "--print") {
        let seed = args.get(i + 1).and_then(|v| v.parse().ok()).unwrap_or(1);
        let index = args.get(i + 2).and_then(|v| v.parse().ok()).unwrap_or(0);
        print!("{}", corpus.program(seed, index));
        return;
    }
    if let Some(file) = get("--replay") {
        let src = std::fs::read_to_string(&file).unwrap_or_default();
        let steps = opts.steps;
        let repeat = num("--repeat", 1).max(1);
        let code = on_big_stack(move || {
            worker::install_panic_hook();
            worker::start_watchdog();
            for _ in 1..repeat {
                let _ = worker::run_one(&src, steps);
            }
            match worker::run_one(&src, steps) {
                Ok(o) => {
                    eprintln!("\noutcome: {o:?}");
                    0
                }
                Err(msg) => {
                    eprintln!("\nPANIC: {msg}");
                    3
                }
            }
        });
        std::process::exit(code);
    }
    if args.iter().any(|a| a == "--worker") {
        let to = num("--to", opts.from);
        let dir = PathBuf::from(get("--dir").unwrap_or_else(|| ".".into()));
        worker::limit_memory(opts.mem_mb << 20);
        let (seed, from, steps) = (opts.seed, opts.from, opts.steps);
        let code = on_big_stack(move || {
            worker::install_panic_hook();
            worker::start_watchdog();
            worker::work(&corpus, seed, from, to, steps, &dir)
        });
        std::process::exit(code);
    }
    println!(
        "coil-fuzz: seed {}, programs {}..{}, {} seed programs",
        opts.seed,
        opts.from,
        opts.from + opts.execs,
        corpus.programs.len()
    );
    let findings = supervisor::run(&opts, &corpus);
    std::process::exit(if findings == 0 { 0 } else { 1 });
}

/// Runs `f` on a thread with the interpreter's stack size.
fn on_big_stack(f: impl FnOnce() -> i32 + Send + 'static) -> i32 {
    std::thread::Builder::new()
        .name("coil".into())
        .stack_size(STACK)
        .spawn(f)
        .ok()
        .and_then(|h| h.join().ok())
        .unwrap_or(70)
}
