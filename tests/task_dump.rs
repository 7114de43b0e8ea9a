//! SIGQUIT (Ctrl-\) makes `coil` print every pending task's await graph to
//! stderr and go on (`src/sigquit.rs`, `interp/src/event_loop/call_graph.rs`):
//! a child `coil` waiting in `asyncio.run` gets the signal, dumps its three
//! tasks in 3.14's `format_call_graph` form, and still finishes normally.

use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const PROGRAM: &str = r#"
import asyncio

async def worker(n, go):
    await go.wait()
    return n

async def main():
    go = asyncio.Event()
    asyncio.get_running_loop().call_later(2.0, go.set)
    g = asyncio.gather(worker(1, go), worker(2, go))
    await asyncio.sleep(0.1)
    print("ready", flush=True)
    print(await g)

asyncio.run(main())
"#;

#[test]
fn sigquit_dumps_the_tasks_and_the_program_goes_on() {
    let dir = std::env::temp_dir().join(format!("coil-task-dump-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let script = dir.join("dump_me.py");
    std::fs::write(&script, PROGRAM).expect("the script is written");
    let mut child = Command::new(env!("CARGO_BIN_EXE_coil"))
        .arg(&script)
        .env_remove("COIL_VIRTUAL_TIME")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("coil starts");
    let mut out = BufReader::new(child.stdout.take().expect("stdout is piped"));
    let mut line = String::new();
    out.read_line(&mut line).expect("the first line");
    assert_eq!(line, "ready\n");
    // SAFETY: kill(2) on our own child's pid.
    let sent = unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGQUIT) };
    assert_eq!(sent, 0);
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait works") {
            break s;
        }
        if start.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            panic!("coil did not finish after SIGQUIT");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut rest = String::new();
    out.read_to_string(&mut rest).expect("the rest of stdout");
    let mut err = String::new();
    child
        .stderr
        .take()
        .expect("stderr is piped")
        .read_to_string(&mut err)
        .expect("stderr");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(status.success(), "exit status {status:?}; stderr:\n{err}");
    assert_eq!(rest, "[1, 2]\n", "stderr:\n{err}");
    assert!(
        err.starts_with("Task dump (SIGQUIT): 3 pending tasks\n"),
        "{err}"
    );
    for expected in [
        "* Task(name='Task-1', id=0x",
        "* Task(name='Task-2', id=0x",
        "* Task(name='Task-3', id=0x",
        "  + Call stack:\n",
        "locks.py', line 213, in async Event.wait()\n",
        "dump_me.py', line 14, in async main()\n",
        "dump_me.py', line 5, in async worker()\n",
        "  + Awaited by:\n    * Task(name='Task-1', id=0x",
    ] {
        assert!(err.contains(expected), "missing {expected:?} in:\n{err}");
    }
}
