//! The interactive prompt driven through a pseudo-terminal, as a user sees it.
//! Assertions look for text the input itself does not contain (results are
//! computed), so the line editor's echo and redraws cannot satisfy them.

use rexpect::session::{spawn_command, PtySession};
use std::process::Command;

/// Generous: CI machines are slow, and a passing test never waits this long.
const TIMEOUT_MS: u64 = 8_000;

fn start() -> PtySession {
    start_with_history("")
}

/// A session whose history file is `history` (empty: no history).
fn start_with_history(history: &str) -> PtySession {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_coil"));
    cmd.env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .env("COIL_HISTORY", history);
    let mut p = spawn_command(cmd, Some(TIMEOUT_MS)).expect("spawn coil");
    p.exp_string(">>> ").expect("first prompt");
    p
}

fn ctrl_d_exits_zero(mut p: PtySession) {
    p.send_control('d').expect("send ^D");
    p.exp_eof().expect("coil exits on ^D");
    let status = p.process.wait().expect("wait");
    assert_eq!(
        format!("{status:?}").split(", ").last(),
        Some("0)"),
        "{status:?}"
    );
}

#[test]
fn multi_line_function_then_call() {
    let mut p = start();
    p.send_line("def twice(x):").unwrap();
    p.exp_string("... ").unwrap();
    // Tab at the start of a line indents (nothing is pre-filled, as in CPython).
    p.send_line("\treturn x * 2").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("twice(500 + 21)").unwrap();
    p.exp_string("1042").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("_ + 1").unwrap();
    p.exp_string("1043").unwrap();
    ctrl_d_exits_zero(p);
}

#[test]
fn top_level_await() {
    let mut p = start();
    p.send_line("import asyncio").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("await asyncio.sleep(0.1, result=5 * 1001)")
        .unwrap();
    p.exp_string("5005").unwrap();
    p.exp_string(">>> ").unwrap();
    ctrl_d_exits_zero(p);
}

#[test]
fn background_task_prints_while_prompt_waits() {
    let mut p = start();
    p.send_line("import asyncio").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("async def later():").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("\tawait asyncio.sleep(0.3)").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("\tprint('back' + 'ground', 6 * 7)").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("t = asyncio.ensure_future(later())").unwrap();
    p.exp_string(">>> ").unwrap();
    // Nothing more is typed: the task runs while the prompt waits.
    p.exp_string("background 42").unwrap();
    p.send_line("t.done()").unwrap();
    p.exp_string("True").unwrap();
    ctrl_d_exits_zero(p);
}

#[test]
fn error_then_working_prompt() {
    let mut p = start();
    p.send_line("x = 10").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("1 / 0").unwrap();
    p.exp_string("File \"<stdin>\", line 1, in <module>")
        .unwrap();
    p.exp_string("ZeroDivisionError: division by zero").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("def (:").unwrap();
    p.exp_string("SyntaxError").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("x * 7 + 1").unwrap();
    p.exp_string("71").unwrap();
    ctrl_d_exits_zero(p);
}

#[test]
fn ctrl_c_cancels_a_running_await() {
    let mut p = start();
    p.send_line("import asyncio").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("await asyncio.sleep(100)").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    p.send_control('c').unwrap();
    p.exp_string("KeyboardInterrupt").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("3 * 111").unwrap();
    p.exp_string("333").unwrap();
    ctrl_d_exits_zero(p);
}

#[test]
fn ctrl_c_interrupts_a_loop_and_discards_input() {
    let mut p = start();
    p.send_line("while True: pass").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    p.send_control('c').unwrap();
    p.exp_string("KeyboardInterrupt").unwrap();
    p.exp_string(">>> ").unwrap();
    // Ctrl-C at the prompt throws away what was typed.
    p.send("1 + ").unwrap();
    p.send_control('c').unwrap();
    p.exp_string("KeyboardInterrupt").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("4 * 111").unwrap();
    p.exp_string("444").unwrap();
    p.send_line("exit()").unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn tab_completes_names_and_attributes() {
    let mut p = start();
    p.send_line("zebra_count = 41").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send("zeb\t").unwrap();
    p.send_line(" + 1").unwrap();
    p.exp_string("42").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("import asyncio").unwrap();
    p.exp_string(">>> ").unwrap();
    // `ga` has one completion among asyncio's names: `gather`.
    p.send("asyncio.ga\t").unwrap();
    p.send_line(".__name__").unwrap();
    p.exp_string("'gather'").unwrap();
    ctrl_d_exits_zero(p);
}

#[test]
fn history_persists_across_sessions() {
    let path = std::env::temp_dir().join(format!("coil-history-{}", std::process::id()));
    let _ = std::fs::remove_file(&path);
    let history = path.to_string_lossy().into_owned();
    let mut p = start_with_history(&history);
    p.send_line("6 * 7").unwrap();
    p.exp_string("42").unwrap();
    p.exp_string(">>> ").unwrap();
    ctrl_d_exits_zero(p);
    let saved = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(saved.contains("6 * 7"), "{saved:?}");
    // The next session recalls it with the up arrow.
    let mut p = start_with_history(&history);
    p.send("\x1b[A").unwrap();
    p.send_line("").unwrap();
    p.exp_string("42").unwrap();
    ctrl_d_exits_zero(p);
    let _ = std::fs::remove_file(&path);
}

/// Bytes that arrive before the prompt asks for them (a paste without
/// bracketed-paste markers, as tmux and screen send it: lines end in CR).
/// CPython 3.11's REPL under the same pty runs each line in turn: `>>> x = 1`,
/// `>>> y = 2`, `>>> print(x + y)`, `3`.
#[test]
fn pasted_lines_all_run_in_order() {
    let mut p = start();
    p.send("x = 1\ry = 2\rprint(x + y)\r").unwrap();
    p.flush().unwrap();
    p.exp_string("print(x + y)").unwrap();
    p.exp_string("3").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("x * 100 + y * 10 + x + y").unwrap();
    p.exp_string("123").unwrap();
    ctrl_d_exits_zero(p);
}

/// A pasted definition keeps its own indentation (nothing is added to it) and
/// its blank line ends it; CPython prints `'negpos'` for the call.
#[test]
fn pasted_function_with_body_then_call() {
    let mut p = start();
    p.send(concat!(
        "def sign(n):\r",
        "    if n < 0:\r",
        "        return 'neg'\r",
        "    return 'pos'\r",
        "\r",
        "sign(-5) + sign(5)\r",
    ))
    .unwrap();
    p.flush().unwrap();
    p.exp_string("'negpos'").unwrap();
    p.exp_string(">>> ").unwrap();
    ctrl_d_exits_zero(p);
}

/// Type-ahead while an await runs is the next input (CPython's
/// `python -m asyncio` prints `'ab'` after the sleep, then `'ccc'`).
#[test]
fn type_ahead_during_await_is_the_next_input() {
    let mut p = start();
    p.send_line("import asyncio").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("await asyncio.sleep(1, result='a' + 'b')")
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    p.send("'c' * 3\r").unwrap();
    p.flush().unwrap();
    p.exp_string("'ab'").unwrap();
    p.exp_string("'ccc'").unwrap();
    p.exp_string(">>> ").unwrap();
    ctrl_d_exits_zero(p);
}

/// Ctrl-C while a script sleeps in `time.sleep(100)` or waits in `input()`
/// raises KeyboardInterrupt at once (the session would time out otherwise),
/// with CPython's traceback.
#[test]
fn ctrl_c_interrupts_time_sleep_and_input() {
    for code in ["import time; time.sleep(100)", "input('> ')"] {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_coil"));
        cmd.args(["-c", code]).env("TERM", "xterm");
        let mut p = spawn_command(cmd, Some(TIMEOUT_MS)).expect("spawn coil");
        std::thread::sleep(std::time::Duration::from_millis(500));
        p.send_control('c').unwrap();
        p.exp_string("File \"<string>\", line 1, in <module>")
            .unwrap();
        p.exp_string("KeyboardInterrupt").unwrap();
        p.exp_eof().unwrap();
    }
}

#[test]
fn deadlocked_await_reports_and_returns_to_the_prompt() {
    let mut p = start();
    p.send_line("import asyncio").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("q = asyncio.Queue()").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("await q.get()").unwrap();
    p.exp_string("Deadlock: the prompt waits for Task-")
        .unwrap();
    p.exp_string("waiting for Queue.get() on <Queue maxsize=0>")
        .unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("6 * 7 + 100").unwrap();
    p.exp_string("142").unwrap();
    ctrl_d_exits_zero(p);
}

#[test]
fn percent_tasks_prints_the_task_dump() {
    let mut p = start();
    p.send_line("import asyncio").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("e = asyncio.Event()").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("t = asyncio.create_task(e.wait(), name='wait' + 'er')")
        .unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("%tasks").unwrap();
    p.exp_string("Task dump (%tasks): 1 pending task").unwrap();
    p.exp_string("* Task(name='waiter', id=0x").unwrap();
    p.exp_string(">>> ").unwrap();
    ctrl_d_exits_zero(p);
}
