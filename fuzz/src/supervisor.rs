//! The supervisor: runs the programs in chunks in `coil-fuzz --worker` child
//! processes, watches each child's progress file, and turns a child that died
//! by a signal (abort, stack overflow), exited abnormally, reported a panic, or
//! stopped making progress (a hang in native code) into a saved finding.
//!
//! "No progress" is measured in the worker's CPU time, not wall-clock time: on
//! a loaded machine (a low-priority campaign beside builds) a worker can wait
//! for a core for many seconds, which is not a hang. A worker that sits idle
//! (blocked in the kernel) is caught by a wall-clock ceiling several times
//! longer.

use crate::corpus::Corpus;
use crate::Options;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Runs `opts.execs` programs; returns the number of findings.
pub fn run(opts: &Options, corpus: &Corpus) -> usize {
    let dir = opts.out.join(format!("seed-{}", opts.seed));
    let found_dir = opts.out.join("findings");
    let _ = std::fs::create_dir_all(&dir);
    let _ = std::fs::create_dir_all(&found_dir);
    let _ = std::fs::remove_file(dir.join("stats"));
    let _ = std::fs::remove_file(dir.join("findings"));
    let exe = std::env::current_exe().unwrap_or_else(|_| "coil-fuzz".into());
    let start = Instant::now();
    let end = opts.from + opts.execs;
    let mut next = opts.from;
    let mut findings = 0;
    let mut last_report = Instant::now();
    while next < end {
        if opts
            .minutes
            .is_some_and(|m| start.elapsed().as_secs_f64() > m * 60.0)
        {
            break;
        }
        let to = end.min(next + opts.chunk);
        let _ = std::fs::write(dir.join("progress"), format!("{next:020}\n"));
        let child = Command::new(&exe)
            .args(["--worker", "--seed", &opts.seed.to_string()])
            .args(["--from", &next.to_string(), "--to", &to.to_string()])
            .args([
                "--steps",
                &opts.steps.to_string(),
                "--mem-mb",
                &opts.mem_mb.to_string(),
            ])
            .arg("--dir")
            .arg(&dir)
            .current_dir(&dir)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn();
        let Ok(mut child) = child else {
            eprintln!("coil-fuzz: cannot start a worker");
            return findings + 1;
        };
        let mut seen = (u64::MAX, Instant::now(), cpu_secs(child.id()));
        let verdict = loop {
            std::thread::sleep(Duration::from_millis(50));
            match child.try_wait() {
                Ok(Some(status)) => break status_verdict(status),
                Ok(None) => {}
                Err(_) => break Some("lost".to_string()),
            }
            let at = progress(&dir);
            let cpu = cpu_secs(child.id());
            if at != seen.0 {
                seen = (at, Instant::now(), cpu);
            } else if cpu - seen.2 > opts.hang_secs as f64
                || seen.1.elapsed() > Duration::from_secs(opts.hang_secs * IDLE_FACTOR)
            {
                let _ = child.kill();
                let _ = child.wait();
                break Some("hang".to_string());
            }
        };
        let at = progress(&dir);
        match verdict {
            None => next = to,
            Some(kind) => {
                findings += 1;
                let what = if kind == "panic" {
                    last_line(&dir.join("findings"))
                } else {
                    format!("{kind} {} {at}", opts.seed)
                };
                let file = found_dir.join(format!("{kind}-{}-{at}.py", opts.seed));
                let text = std::fs::read_to_string(dir.join("current.py"))
                    .unwrap_or_else(|_| corpus.program(opts.seed, at));
                let _ = std::fs::write(&file, text);
                println!("FINDING: {what} -> {}", file.display());
                next = at + 1;
            }
        }
        if last_report.elapsed() > Duration::from_secs(30) || next >= end {
            last_report = Instant::now();
            report(&dir, next - opts.from, start, findings);
        }
    }
    report(&dir, next - opts.from, start, findings);
    findings
}

/// How many times `--hang-secs` of wall-clock time a worker may go without
/// progress while using no CPU (blocked) before it counts as hung.
const IDLE_FACTOR: u64 = 6;

/// The CPU time (user + system) process `pid` has used, from `/proc/PID/stat`
/// (0 where it cannot be read: the wall-clock ceiling still applies).
fn cpu_secs(pid: u32) -> f64 {
    let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
        return 0.0;
    };
    // Fields after the parenthesised command name; utime and stime are the
    // 14th and 15th fields of the line, the 12th and 13th after `) `.
    let Some((_, rest)) = stat.rsplit_once(") ") else {
        return 0.0;
    };
    let fields: Vec<&str> = rest.split(' ').collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<u64>().ok())
            .unwrap_or(0)
    };
    // SAFETY: sysconf has no preconditions.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as f64;
    (ticks(11) + ticks(12)) as f64 / hz
}

/// `None` for a clean exit; otherwise the kind of finding.
fn status_verdict(status: std::process::ExitStatus) -> Option<String> {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(0), _) => None,
        (Some(3), _) => Some("panic".into()),
        (Some(c), _) => Some(format!("exit{c}")),
        (None, Some(s)) => Some(format!("signal{s}")),
        (None, None) => Some("died".into()),
    }
}

fn progress(dir: &Path) -> u64 {
    std::fs::read_to_string(dir.join("progress"))
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0)
}

fn last_line(path: &Path) -> String {
    std::fs::read_to_string(path)
        .ok()
        .and_then(|s| s.lines().last().map(str::to_string))
        .unwrap_or_default()
}

fn report(dir: &Path, done: u64, start: Instant, findings: usize) {
    let mut totals = [0u64; 4];
    if let Ok(s) = std::fs::read_to_string(dir.join("stats")) {
        for line in s.lines() {
            for (t, v) in totals.iter_mut().zip(line.split(' ')) {
                *t += v.parse::<u64>().unwrap_or(0);
            }
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{done} programs in {secs:.0} s ({:.0}/s): finished {}, raised {}, syntax error {}, budget spent {}; findings {findings}",
        done as f64 / secs.max(0.001),
        totals[0],
        totals[1],
        totals[2],
        totals[3]
    );
}
