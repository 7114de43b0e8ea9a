//! The `coil` command: run a script, `-c` code, a module (`-m`), a program on
//! standard input or the interactive prompt; `--dis` a script. CPython's exit codes
//! (`Modules/main.c` `pymain_run_python`): 0, 1 for an uncaught exception or a
//! syntax error, 2 for bad usage or a file that cannot be opened, death by SIGINT
//! after an uncaught KeyboardInterrupt (130 if that fails), or the `SystemExit` code.

mod explore;
mod panic_report;
mod repl;
mod sigint;
mod sigquit;
mod trace_out;
mod trace_svg;

use clap::Parser;
use coil_interp::Vm;
use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use coil_interp::limits::THREAD_STACK as INTERPRETER_STACK;

#[derive(Parser, Debug)]
#[command(
    name = "coil",
    version,
    about = "A small Python-like scripting language with async/await built in",
    after_help = "Examples:\n  \
      coil                      start the interactive prompt (top-level await works)\n  \
      coil script.py a b        run a script; sys.argv is ['script.py', 'a', 'b']\n  \
      coil -c 'print(6 * 7)'    run a program given as a string\n  \
      coil -m pkg a b           run module (or package's __main__) pkg as a script\n  \
      echo 'print(1)' | coil -  run a program read from standard input\n  \
      coil -i script.py         run a script, then stay at the prompt with its globals\n  \
      coil --virtual-time s.py  asyncio sleeps advance a virtual clock (no waiting)\n  \
      coil --explore 50 s.py    run under 50 schedule seeds, report each distinct outcome\n  \
      coil --trace t.json s.py  write a timeline of the tasks (Perfetto, chrome://tracing)\n  \
      coil --dis script.py      print the bytecode instead of running"
)]
struct Cli {
    /// Inspect interactively after running the script or command.
    #[arg(short = 'i')]
    interactive: bool,

    /// Program passed in as a string (sys.argv[0] is '-c').
    #[arg(short = 'c', value_name = "CODE")]
    command: Option<String>,

    /// Run library module or package MODULE as a script (sys.argv[0] is its file).
    #[arg(short = 'm', value_name = "MODULE")]
    module: Option<String>,

    /// Print the bytecode of the script instead of running it.
    #[arg(long)]
    dis: bool,

    /// Virtual time: sleeping advances a virtual clock instead of waiting.
    #[arg(long)]
    virtual_time: bool,

    /// Perturb the event loop's timing reproducibly from seed N (equal timer
    /// deadlines in any order, timers up to 1 ms late, I/O events in any
    /// order); implies --virtual-time.
    #[arg(long, value_name = "N")]
    schedule_seed: Option<u64>,

    /// Run the program under schedule seeds 0..K (child processes) and report
    /// each distinct outcome with the seeds that produce it.
    #[arg(long, value_name = "K")]
    explore: Option<u64>,

    /// Write the run's task timeline as Chrome Trace Event JSON to FILE.
    #[arg(long, value_name = "FILE")]
    trace: Option<PathBuf>,

    /// Print per task: steps, time running, time waiting, longest wait (stderr).
    #[arg(long)]
    trace_summary: bool,

    /// Write the run's task timeline as an SVG picture to FILE.
    #[arg(long, value_name = "FILE")]
    trace_svg: Option<PathBuf>,

    /// The script to run and its arguments (sys.argv).
    #[arg(
        trailing_var_arg = true,
        allow_hyphen_values = true,
        value_name = "SCRIPT [ARGS]"
    )]
    args: Vec<String>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    panic_report::install();
    let worker = std::thread::Builder::new()
        .name("coil".into())
        .stack_size(INTERPRETER_STACK)
        .spawn(move || run(cli));
    match worker.map(|h| h.join()) {
        Ok(Ok(code)) => {
            let ki = &coil_interp::vm::UNHANDLED_KEYBOARD_INTERRUPT;
            if code == 130 && ki.load(std::sync::atomic::Ordering::Relaxed) {
                sigint::exit_by_sigint();
            }
            ExitCode::from(code)
        }
        // A panic outside `panic_report::guarded` (before the program runs).
        Ok(Err(_)) => {
            panic_report::report_pending();
            ExitCode::from(panic_report::INTERNAL_ERROR)
        }
        Err(e) => {
            eprintln!("coil: cannot start the interpreter thread: {e}");
            ExitCode::from(panic_report::INTERNAL_ERROR)
        }
    }
}

/// A VM as every mode starts it (script, `-c`, `-m`, the REPL): Ctrl-C wired to
/// KeyboardInterrupt, the stack bound measured from the interpreter thread, and
/// virtual time from `--virtual-time` or `COIL_VIRTUAL_TIME` (non-empty, not `0`).
fn new_vm(cli: &Cli) -> Vm {
    let mut vm = Vm::new();
    sigint::install();
    sigquit::install();
    vm.interrupt = Some(&sigint::INTERRUPTED);
    // Called at the top of the interpreter thread: this frame is within a few
    // hundred bytes of the stack's base, well inside `STACK_MARGIN`.
    let bottom = 0u8;
    vm.stack_limit = Some((&bottom as *const u8 as usize, INTERPRETER_STACK));
    vm.virtual_time = cli.virtual_time
        || std::env::var_os("COIL_VIRTUAL_TIME").is_some_and(|v| !v.is_empty() && v != "0");
    if let Some(seed) = cli.schedule_seed {
        // A replayable schedule needs a clock that only the seed moves.
        vm.virtual_time = true;
        vm.asyncio.schedule = Some(coil_interp::event_loop::schedule::Schedule::new(seed));
    }
    if cli.trace.is_some() || cli.trace_summary || cli.trace_svg.is_some() {
        vm.asyncio.trace = Some(Box::default());
    }
    vm
}

/// Writes what `--trace`, `--trace-svg` and `--trace-summary` asked for, once
/// the program has ended. Returns false when a file could not be written.
fn finish_trace(vm: &mut Vm, cli: &Cli, title: &str) -> bool {
    let now = vm.loop_time();
    let Some(tr) = vm.asyncio.trace.as_mut() else {
        return true;
    };
    tr.finish(now);
    // Tracks are titled with the program's file name, not its whole path.
    let title = Path::new(title)
        .file_name()
        .map_or(title.into(), |n| n.to_string_lossy());
    let mut ok = true;
    let mut write = |path: &Path, text: String| {
        if let Err(e) = std::fs::write(path, text) {
            eprintln!("coil: cannot write the trace to {}: {e}", path.display());
            ok = false;
        }
    };
    if let Some(p) = &cli.trace {
        write(p, trace_out::to_json(tr, &title));
    }
    if let Some(p) = &cli.trace_svg {
        write(p, trace_svg::to_svg(tr, &title));
    }
    if cli.trace_summary {
        let text = trace_out::summary(tr, vm.virtual_time);
        vm.write_stderr(&text);
    }
    ok
}

/// `--explore K`: the program's command line for the child runs, and its text
/// when it comes on standard input.
fn explore(cli: &Cli, runs: u64) -> u8 {
    if cli.interactive || cli.dis {
        eprintln!("coil: --explore runs a program; it cannot be combined with -i or --dis");
        return 2;
    }
    let mut program = Vec::new();
    if let Some(c) = &cli.command {
        program.extend(["-c".to_string(), c.clone()]);
    } else if let Some(m) = &cli.module {
        program.extend(["-m".to_string(), m.clone()]);
    }
    program.extend(cli.args.iter().cloned());
    let from_stdin =
        cli.command.is_none() && cli.module.is_none() && cli.args.first().is_none_or(|a| a == "-");
    let mut stdin = None;
    if from_stdin {
        let mut text = Vec::new();
        if std::io::stdin().is_terminal() || std::io::stdin().read_to_end(&mut text).is_err() {
            eprintln!("coil: --explore needs a program (a script, -c CODE or -m MODULE)");
            return 2;
        }
        stdin = Some(text);
    }
    explore::run(runs, &program, stdin.as_deref())
}

/// What to run: source text, its filename for tracebacks, and `sys.argv`.
struct Program {
    source: String,
    filename: String,
    argv: Vec<String>,
    script_dir: Option<PathBuf>,
}

fn run(cli: Cli) -> u8 {
    if let Some(runs) = cli.explore {
        return explore(&cli, runs);
    }
    if let Some(module) = &cli.module {
        return run_module(&cli, module);
    }
    let program = match load_program(&cli) {
        Ok(Some(p)) => p,
        Ok(None) => return start_repl(&cli),
        Err(code) => return code,
    };
    let mut vm = new_vm(&cli);
    vm.argv = program.argv;
    vm.script_dir = program.script_dir;
    coil_stdlib::install(&mut vm);

    let code = match coil_parser::parse_module(&program.source, &program.filename).and_then(|ast| {
        coil_interp::compile::compile_module(
            &ast,
            &program.source,
            &program.filename,
            coil_interp::compile::Mode::Exec,
        )
    }) {
        Ok(code) => code,
        Err(e) => {
            report_syntax_error(&mut vm, &e);
            return 1;
        }
    };
    if cli.dis {
        vm.write_stdout(&coil_interp::bytecode::dis::disassemble(&code));
        vm.flush_stdout();
        return 0;
    }
    panic_report::guarded(&mut vm, |vm| {
        let mut status = coil_interp::vm::run_main(vm, code);
        panic_report::panic_if_asked();
        vm.flush_stdout();
        if !finish_trace(vm, &cli, &program.filename) && status == 0 {
            status = 1;
        }
        if cli.interactive {
            let globals = match vm.modules.get_str("__main__") {
                Some(coil_interp::Value::Module(m)) => Some(m.dict.clone()),
                _ => None,
            };
            status = repl::run(vm, globals, false);
            forget_keyboard_interrupt();
        }
        // The OS keeps the low 8 bits, as with CPython's `exit(status)`.
        (status & 0xff) as u8
    })
}

/// `coil -m module args`: the module runs as `__main__`, found on `sys.path`
/// (whose first entry is the current folder).
fn run_module(cli: &Cli, module: &str) -> u8 {
    let mut vm = new_vm(cli);
    // sys.argv[0] becomes the module's file once it is found.
    vm.argv = std::iter::once("-m".to_string())
        .chain(cli.args.iter().cloned())
        .collect();
    vm.script_dir = std::env::current_dir().ok();
    coil_stdlib::install(&mut vm);
    let mut status = coil_interp::vm::import_path::run_module_as_main(&mut vm, module);
    vm.flush_stdout();
    if !finish_trace(&mut vm, cli, module) && status == 0 {
        status = 1;
    }
    (status & 0xff) as u8
}

/// `coil` alone at a terminal (or `coil -i` without a program): the prompt.
fn start_repl(cli: &Cli) -> u8 {
    let mut vm = new_vm(cli);
    vm.argv = vec![String::new()];
    vm.script_dir = std::env::current_dir().ok();
    coil_stdlib::install(&mut vm);
    panic_report::guarded(&mut vm, |vm| {
        let status = repl::run(vm, None, true);
        forget_keyboard_interrupt();
        (status & 0xff) as u8
    })
}

/// The prompt reports each uncaught KeyboardInterrupt and goes on: leaving it
/// is not a death by SIGINT.
fn forget_keyboard_interrupt() {
    coil_interp::vm::UNHANDLED_KEYBOARD_INTERRUPT
        .store(false, std::sync::atomic::Ordering::Relaxed);
}

/// The program to run, or `None` for the interactive prompt.
fn load_program(cli: &Cli) -> Result<Option<Program>, u8> {
    if let Some(code) = &cli.command {
        let mut argv = vec!["-c".to_string()];
        argv.extend(cli.args.iter().cloned());
        return Ok(Some(Program {
            source: code.clone(),
            filename: "<string>".into(),
            argv,
            script_dir: std::env::current_dir().ok(),
        }));
    }
    if cli.interactive && cli.args.is_empty() {
        return Ok(None);
    }
    let from_stdin = cli.args.first().is_some_and(|a| a == "-");
    let script = cli.args.first().filter(|_| !from_stdin);
    let Some(script) = script else {
        let mut source = String::new();
        if std::io::stdin().is_terminal() && !from_stdin {
            return Ok(None);
        }
        if let Err(e) = std::io::stdin().read_to_string(&mut source) {
            eprintln!("coil: cannot read standard input: {e}");
            return Err(2);
        }
        // `coil - a b` gives sys.argv ['-', 'a', 'b']; piped input alone [''].
        let argv = if from_stdin {
            cli.args.clone()
        } else {
            vec![String::new()]
        };
        return Ok(Some(Program {
            source,
            filename: "<stdin>".into(),
            argv,
            script_dir: std::env::current_dir().ok(),
        }));
    };
    let path = absolute(Path::new(script));
    let source = match std::fs::read(&path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(s) => coil_parser::universal_newlines(&s).into_owned(),
            Err(_) => {
                eprintln!(
                    "SyntaxError: Non-UTF-8 code starting in file {} but no encoding declared",
                    path.display()
                );
                return Err(1);
            }
        },
        Err(e) => {
            let errno = e.raw_os_error().unwrap_or(2);
            let msg = coil_interp::vm::errors::strerror(errno);
            eprintln!(
                "coil: can't open file '{}': [Errno {errno}] {msg}",
                path.display()
            );
            return Err(2);
        }
    };
    Ok(Some(Program {
        source,
        filename: path.to_string_lossy().into_owned(),
        argv: cli.args.clone(),
        script_dir: path.parent().map(Path::to_path_buf),
    }))
}

/// The path made absolute against the current directory, without resolving
/// symlinks (CPython 3.9+ makes `__main__.__file__` absolute this way).
fn absolute(p: &Path) -> PathBuf {
    std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
}

/// Prints a syntax error as a miette report (no colours unless stderr is a
/// terminal), after flushing stdout.
fn report_syntax_error(vm: &mut Vm, e: &coil_parser::SyntaxError) {
    let color = std::io::stderr().is_terminal();
    vm.write_stderr(&e.render(color));
}
