//! The command line: ways to give a program, `sys.argv`, exit codes and messages
//! as CPython 3.11 gives them.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn coil(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_coil"))
        .args(args)
        .env("COIL_HISTORY", "")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn coil");
    if let Some(mut s) = child.stdin.take() {
        s.write_all(stdin.as_bytes()).expect("write stdin");
    }
    child.wait_with_output().expect("wait")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn dash_c_with_arguments() {
    let o = coil(&["-c", "import sys; print(sys.argv)", "a", "-b"], "");
    assert_eq!(text(&o.stdout), "['-c', 'a', '-b']\n");
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn program_on_stdin() {
    let o = coil(&[], "import sys\nprint(sys.argv, 6 * 7)\n");
    assert_eq!(text(&o.stdout), "[''] 42\n");
    let o = coil(&["-", "x"], "import sys\nprint(sys.argv)\n");
    assert_eq!(text(&o.stdout), "['-', 'x']\n");
}

#[test]
fn script_argv_and_exit_code() {
    let dir = std::env::temp_dir().join(format!("coil-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let script = dir.join("prog.py");
    std::fs::write(&script, "import sys\nprint(sys.argv[1:])\nsys.exit(3)\n").unwrap();
    let o = coil(&[script.to_str().unwrap(), "one", "two"], "");
    assert_eq!(text(&o.stdout), "['one', 'two']\n");
    assert_eq!(o.status.code(), Some(3));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn uncaught_exception_exits_1() {
    let o = coil(&["-c", "print('before')\n1/0"], "");
    assert_eq!(text(&o.stdout), "before\n");
    assert!(text(&o.stderr).ends_with("ZeroDivisionError: division by zero\n"));
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn syntax_error_exits_1() {
    let o = coil(&["-c", "def (:"], "");
    assert!(text(&o.stderr).contains("SyntaxError"));
    assert_eq!(o.status.code(), Some(1));
}

/// An uncaught KeyboardInterrupt ends the process by SIGINT, as CPython's
/// `exit_sigint` does (a shell shows 130).
#[test]
fn keyboard_interrupt_dies_by_sigint() {
    let o = coil(&["-c", "raise KeyboardInterrupt"], "");
    assert!(text(&o.stderr).ends_with("KeyboardInterrupt\n"));
    assert_eq!(killed_by(&o), Some(libc::SIGINT));
    let o = coil(&["-c", "raise SystemExit(130)"], "");
    assert_eq!(o.status.code(), Some(130));
}

fn killed_by(o: &Output) -> Option<i32> {
    use std::os::unix::process::ExitStatusExt;
    o.status.signal()
}

#[test]
fn missing_script_exits_2() {
    let o = coil(&["no/such/file.py"], "");
    let err = text(&o.stderr);
    assert!(err.contains("can't open file '"), "{err}");
    assert!(
        err.ends_with("no/such/file.py': [Errno 2] No such file or directory\n"),
        "{err}"
    );
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn bad_usage_exits_2() {
    let o = coil(&["--no-such-option"], "");
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn interactive_after_command_keeps_globals() {
    let o = coil(
        &["-i", "-c", "x = 20"],
        "x * 2 + 2\nx = 1/0\nprint('still', x)\n",
    );
    assert_eq!(text(&o.stdout), "42\nstill 20\n");
    let err = text(&o.stderr);
    assert!(err.contains(">>> "), "{err}");
    assert!(
        err.contains("File \"<stdin>\", line 1, in <module>"),
        "{err}"
    );
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn interactive_top_level_await_from_pipe() {
    let o = coil(
        &["-i", "-c", "import asyncio"],
        "await asyncio.sleep(0.01, result='done')\n",
    );
    assert_eq!(text(&o.stdout), "'done'\n");
}

#[test]
fn version_and_help() {
    let o = coil(&["--version"], "");
    assert_eq!(
        text(&o.stdout),
        format!("coil {}\n", env!("CARGO_PKG_VERSION"))
    );
    let o = coil(&["--help"], "");
    let out = text(&o.stdout);
    assert!(
        out.contains("Examples:") && out.contains("coil -c"),
        "{out}"
    );
    assert_eq!(o.status.code(), Some(0));
}

/// Ctrl-C under `asyncio.run`: the main task is cancelled, the other tasks too,
/// `finally` blocks run, the traceback ends in KeyboardInterrupt, death by SIGINT.
#[test]
fn sigint_in_asyncio_run_dies_by_sigint() {
    use std::io::BufRead;
    let program = "import asyncio\n\
        async def other():\n    try:\n        await asyncio.sleep(100)\n    finally:\n        print('other finally')\n\
        async def main():\n    asyncio.ensure_future(other())\n    print('ready', flush=True)\n    try:\n        await asyncio.sleep(100)\n    finally:\n        print('main finally')\n\
        asyncio.run(main())\n";
    let mut child = Command::new(env!("CARGO_BIN_EXE_coil"))
        .args(["-c", program])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn coil");
    let mut out = std::io::BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    out.read_line(&mut first).expect("read");
    assert_eq!(first, "ready\n");
    // SAFETY: signalling our own child.
    unsafe {
        libc::kill(child.id() as libc::pid_t, libc::SIGINT);
    }
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut out, &mut rest).expect("read");
    let o = child.wait_with_output().expect("wait");
    assert_eq!(rest, "main finally\nother finally\n");
    let err = text(&o.stderr);
    assert!(err.contains("asyncio.exceptions.CancelledError"), "{err}");
    assert!(
        err.ends_with("raise KeyboardInterrupt()\nKeyboardInterrupt\n"),
        "{err}"
    );
    assert_eq!(killed_by(&o), Some(libc::SIGINT));
}

/// Runs `program` from a script file (so tracebacks show source lines), sends
/// SIGINT once it has printed its first line, and returns stderr and the
/// signal that ended it (SIGINT after an uncaught KeyboardInterrupt).
fn interrupt_after_first_line(name: &str, program: &str) -> (String, Option<i32>) {
    let (err, o, _) = interrupt_with_stdin(name, program);
    (err, killed_by(&o))
}

/// `interrupt_after_first_line` with standard input a pipe kept open (so a
/// read blocks), also giving how long the program took after the signal.
fn interrupt_with_stdin(name: &str, program: &str) -> (String, Output, std::time::Duration) {
    use std::io::BufRead;
    let path = std::env::temp_dir().join(format!("coil-{}-{name}.py", std::process::id()));
    std::fs::write(&path, program).expect("write script");
    let mut child = Command::new(env!("CARGO_BIN_EXE_coil"))
        .arg(&path)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn coil");
    let stdin = child.stdin.take();
    let mut out = std::io::BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    out.read_line(&mut first).expect("read");
    // Let the program reach its blocking call.
    std::thread::sleep(std::time::Duration::from_millis(300));
    let sent = std::time::Instant::now();
    // SAFETY: signalling our own child.
    unsafe {
        libc::kill(child.id() as libc::pid_t, libc::SIGINT);
    }
    let o = child.wait_with_output().expect("wait");
    let took = sent.elapsed();
    drop(stdin);
    let _ = std::fs::remove_file(&path);
    (text(&o.stderr), o, took)
}

/// Ctrl-C during a blocking `time.sleep` or `input()` (from a terminal or a
/// pipe) raises KeyboardInterrupt at once, with CPython 3.11's traceback.
#[test]
fn sigint_interrupts_blocking_calls_at_once() {
    let carets = "                                             ^^^^^^^^^^^^^^^";
    let (err, o, took) = interrupt_with_stdin(
        "sleep",
        "import time; print('start', flush=True); time.sleep(100)\n",
    );
    assert!(took.as_secs() < 5, "{took:?}");
    assert!(
        err.ends_with(&format!(
            "line 1, in <module>\n    import time; print('start', flush=True); time.sleep(100)\n{carets}\nKeyboardInterrupt\n"
        )),
        "{err}"
    );
    assert_eq!(killed_by(&o), Some(libc::SIGINT));
    let (err, o, took) = interrupt_with_stdin(
        "input",
        "print('start', flush=True); x = input('? '); print(x)\n",
    );
    assert!(took.as_secs() < 5, "{took:?}");
    assert!(
        err.ends_with("x = input('? '); print(x)\n                                    ^^^^^^^^^^^\nKeyboardInterrupt\n"),
        "{err}"
    );
    assert_eq!(killed_by(&o), Some(libc::SIGINT));
}

/// Ctrl-C in `asyncio.run`: CPython 3.11's two tracebacks, the CancelledError
/// starting inside `Runner.run` and the KeyboardInterrupt out of `run`.
#[test]
fn sigint_in_asyncio_run_traceback_as_cpython() {
    let (err, o, _) = interrupt_with_stdin(
        "arun",
        "import asyncio\nasync def main():\n    print('start', flush=True)\n    await asyncio.sleep(100)\nasyncio.run(main())\n",
    );
    let files: Vec<&str> = err
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("File \""))
        .map(|l| l.rsplit('/').next().unwrap_or(l))
        .collect();
    assert_eq!(
        files,
        [
            "runners.py\", line 118, in run",
            "base_events.py\", line 653, in run_until_complete",
            "coil-{pid}-arun.py\", line 4, in main",
            "tasks.py\", line 649, in sleep",
            "coil-{pid}-arun.py\", line 5, in <module>",
            "runners.py\", line 190, in run",
            "runners.py\", line 123, in run",
        ]
        .map(|f| f.replace("{pid}", &std::process::id().to_string())),
        "{err}"
    );
    assert!(
        err.ends_with("line 123, in run\n    raise KeyboardInterrupt()\nKeyboardInterrupt\n"),
        "{err}"
    );
    assert_eq!(killed_by(&o), Some(libc::SIGINT));
}

/// Ctrl-C lands on a loop's back-edge, reported where CPython 3.11 reports it:
/// a `for` loop's at the body's last instruction (`x` of `x = i * 2`), a
/// `while True:` loop's at the whole statement (so no carets).
#[test]
fn sigint_in_loops_reports_the_back_edge_as_cpython() {
    let (err, code) = interrupt_after_first_line(
        "for",
        "print('go', flush=True)\nfor i in range(10**12):\n    x = i * 2\n",
    );
    assert!(
        err.ends_with("line 3, in <module>\n    x = i * 2\n    ^\nKeyboardInterrupt\n"),
        "{err}"
    );
    assert_eq!(code, Some(libc::SIGINT));
    let (err, _) = interrupt_after_first_line(
        "while",
        "def spin():\n    x = 0\n    while True:\n        x = x + 1\nprint('go', flush=True)\nspin()\n",
    );
    assert!(
        err.ends_with("line 3, in spin\n    while True:\nKeyboardInterrupt\n"),
        "{err}"
    );
}

/// A Rust panic (forced by `COIL_TEST_PANIC`) keeps what the program printed,
/// reports itself in one line asking for a bug report, and exits 70.
#[test]
fn internal_error_flushes_output_and_exits_70() {
    let out = Command::new(env!("CARGO_BIN_EXE_coil"))
        .args(["-c", "print('printed before')"])
        .env("COIL_TEST_PANIC", "1")
        .env_remove("RUST_BACKTRACE")
        .output()
        .expect("run coil");
    assert_eq!(text(&out.stdout), "printed before\n");
    let err = text(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("coil: internal error, please report this bug")
            && err.contains("COIL_TEST_PANIC is set"),
        "{err}"
    );
    assert_eq!(out.status.code(), Some(70));
}

/// Under virtual time a timer 2**31 s ahead fires (the clock jumps to it; the
/// loop's resolution is lost in rounding that far out and must not keep the
/// timer pending forever). Coil-only: CPython would really wait.
#[test]
fn virtual_time_far_timer_fires() {
    let program = "import asyncio\n\
        async def main():\n\
        \x20   loop = asyncio.get_running_loop()\n\
        \x20   t0 = loop.time()\n\
        \x20   await asyncio.sleep(2**31)\n\
        \x20   print(loop.time() - t0)\n\
        asyncio.run(main())\n";
    let o = coil(&["--virtual-time", "-c", program], "");
    assert_eq!(text(&o.stdout), "2147483648.0\n", "{}", text(&o.stderr));
    assert_eq!(o.status.code(), Some(0));
}
