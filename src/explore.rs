//! `coil --explore K program`: runs the program K times as child processes of
//! this binary, under `--schedule-seed 0` … `K-1` (which implies virtual
//! time), and reports each distinct outcome — standard output, standard error
//! (the exception), exit status — with the seeds that produced it. Child
//! processes keep every run independent: no state of one run (modules, the
//! clock, the hash counter) leaks into the next, and a run that crashes or
//! hangs cannot take the explorer with it. What the seeds perturb is
//! documented in `interp/src/event_loop/schedule.rs`. CPython has no
//! counterpart: its loop cannot be made to vary or replay a schedule.

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A run that takes longer than this (real time) is stopped and reported as
/// timed out; under virtual time only a busy loop or real I/O takes long.
const RUN_TIMEOUT: Duration = Duration::from_secs(60);

/// How many lines of a run's output the report shows.
const SHOWN_LINES: usize = 12;

struct Outcome {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    /// The exit status, or a description (signal, timeout).
    status: Result<i32, String>,
}

/// Runs the exploration; `program` is the command line that selects the
/// program (`-c CODE`, `-m MOD` or `SCRIPT`, then its arguments), `stdin` the
/// program text when it came on standard input. Returns the exit status: 0
/// when every run had the same outcome, 1 when they differed, 2 on a usage
/// error.
pub fn run(runs: u64, program: &[String], stdin: Option<&[u8]>) -> u8 {
    if runs == 0 {
        eprintln!("coil: --explore needs at least one run");
        return 2;
    }
    let exe = match std::env::current_exe() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("coil: cannot find the coil binary to run: {e}");
            return 2;
        }
    };
    let mut outcomes: Vec<(Outcome, Vec<u64>)> = Vec::new();
    for seed in 0..runs {
        let o = match run_one(&exe, seed, program, stdin) {
            Ok(o) => o,
            Err(e) => {
                eprintln!("coil: cannot run seed {seed}: {e}");
                return 2;
            }
        };
        match outcomes.iter_mut().find(|(seen, _)| same(seen, &o)) {
            Some((_, seeds)) => seeds.push(seed),
            None => outcomes.push((o, vec![seed])),
        }
    }
    print!("{}", report(runs, &outcomes, program));
    if outcomes.len() == 1 {
        0
    } else {
        1
    }
}

/// Whether two runs had the same outcome. Memory addresses (`at 0x7f…` in
/// reprs) differ between any two processes, so they are masked first.
fn same(a: &Outcome, b: &Outcome) -> bool {
    a.status == b.status
        && mask_addresses(&a.stdout) == mask_addresses(&b.stdout)
        && mask_addresses(&a.stderr) == mask_addresses(&b.stderr)
}

/// `0x` followed by nine or more hex digits (an address, not a constant a
/// program prints) replaced by `0x…`.
fn mask_addresses(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        if text[i..].starts_with(b"0x") {
            let digits = text[i + 2..]
                .iter()
                .take_while(|c| c.is_ascii_hexdigit())
                .count();
            if digits >= 9 {
                out.extend_from_slice("0x…".as_bytes());
                i += 2 + digits;
                continue;
            }
        }
        out.push(text[i]);
        i += 1;
    }
    out
}

fn run_one(
    exe: &std::path::Path,
    seed: u64,
    program: &[String],
    stdin: Option<&[u8]>,
) -> std::io::Result<Outcome> {
    let mut child = Command::new(exe)
        .arg("--schedule-seed")
        .arg(seed.to_string())
        .args(program)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    if let (Some(text), Some(mut pipe)) = (stdin, child.stdin.take()) {
        let text = text.to_vec();
        std::thread::spawn(move || {
            use std::io::Write;
            let _ = pipe.write_all(&text);
        });
    }
    // Read both pipes on threads, so a child filling one cannot block.
    let drain = |p: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut p) = p {
                let _ = p.read_to_end(&mut buf);
            }
            buf
        })
    };
    let out = drain(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let err = drain(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let start = Instant::now();
    let status = loop {
        if let Some(st) = child.try_wait()? {
            break match st.code() {
                Some(c) => Ok(c),
                None => Err(signal_text(&st)),
            };
        }
        if start.elapsed() > RUN_TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            break Err(format!("timed out after {} s", RUN_TIMEOUT.as_secs()));
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    Ok(Outcome {
        stdout: out.join().unwrap_or_default(),
        stderr: err.join().unwrap_or_default(),
        status,
    })
}

fn signal_text(st: &std::process::ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt;
    match st.signal() {
        Some(s) => format!("killed by signal {s}"),
        None => "ended without a status".into(),
    }
}

/// `A`, `B`, … `Z`, `AA`, …
fn label(mut i: usize) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (i % 26) as u8);
        if i < 26 {
            break;
        }
        i = i / 26 - 1;
    }
    s.reverse();
    String::from_utf8_lossy(&s).into_owned()
}

fn seed_list(seeds: &[u64]) -> String {
    const SHOWN: usize = 8;
    let mut parts: Vec<String> = seeds.iter().take(SHOWN).map(|s| s.to_string()).collect();
    if seeds.len() > SHOWN {
        parts.push("…".into());
    }
    let word = if seeds.len() == 1 { "seed" } else { "seeds" };
    let runs = if seeds.len() == 1 { "run" } else { "runs" };
    format!("{word} {}: {} {runs}", parts.join(", "), seeds.len())
}

fn shown(text: &[u8], indent: &str) -> String {
    let text = String::from_utf8_lossy(text);
    let lines: Vec<&str> = text.lines().collect();
    let mut out = String::new();
    for l in lines.iter().take(SHOWN_LINES) {
        out.push_str(indent);
        out.push_str(l);
        out.push('\n');
    }
    if lines.len() > SHOWN_LINES {
        out.push_str(&format!(
            "{indent}… ({} more lines)\n",
            lines.len() - SHOWN_LINES
        ));
    }
    out
}

/// The last line of a traceback: the exception and its message.
fn exception_line(stderr: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(stderr);
    text.lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .map(str::to_string)
}

fn report(runs: u64, outcomes: &[(Outcome, Vec<u64>)], program: &[String]) -> String {
    let n = outcomes.len();
    let mut out = format!(
        "{n} distinct outcome{} in {runs} run{}:\n",
        if n == 1 { "" } else { "s" },
        if runs == 1 { "" } else { "s" }
    );
    for (i, (o, seeds)) in outcomes.iter().enumerate() {
        let status = match &o.status {
            Ok(c) => format!("exit {c}"),
            Err(s) => s.clone(),
        };
        out.push_str(&format!(
            "  outcome {} ({}): {status}\n",
            label(i),
            seed_list(seeds)
        ));
        if o.stdout.is_empty() {
            out.push_str("    stdout: (empty)\n");
        } else {
            out.push_str("    stdout:\n");
            out.push_str(&shown(&o.stdout, "      "));
        }
        if o.status != Ok(0) {
            if let Some(e) = exception_line(&o.stderr) {
                out.push_str(&format!("    error: {e}\n"));
            }
        } else if !o.stderr.is_empty() {
            out.push_str("    stderr:\n");
            out.push_str(&shown(&o.stderr, "      "));
        }
    }
    if n > 1 {
        let examples: Vec<String> = outcomes
            .iter()
            .enumerate()
            .take(6)
            .map(|(i, (_, seeds))| format!("{} for {}", seeds[0], label(i)))
            .collect();
        out.push_str(&format!(
            "replay with: coil --schedule-seed SEED {} ({})\n",
            program_words(program),
            examples.join(", ")
        ));
    }
    out
}

fn program_words(program: &[String]) -> String {
    program
        .iter()
        .map(|w| {
            if w.is_empty()
                || w.contains(|c: char| c.is_whitespace() || "'\"$\\;&|<>()".contains(c))
            {
                format!("'{}'", w.replace('\'', "'\\''"))
            } else {
                w.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::{label, mask_addresses};

    #[test]
    fn addresses_are_masked() {
        assert_eq!(
            mask_addresses(b"<Lock object at 0x7f3b40216f70 [locked]> 0xff"),
            "<Lock object at 0x… [locked]> 0xff".as_bytes()
        );
    }

    #[test]
    fn labels() {
        assert_eq!(label(0), "A");
        assert_eq!(label(25), "Z");
        assert_eq!(label(26), "AA");
    }
}
