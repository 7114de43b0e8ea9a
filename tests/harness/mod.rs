//! Shared machinery of the golden runner (`tests/golden.rs`) and the CPython check
//! (`tests/cpython_check.rs`): finding the programs under `tests/golden/`, reading their
//! `# coil-test:` directives and expectation files, running a program with a timeout, and
//! comparing what it printed with what CPython 3.11 printed. The expectation files are
//! written by `scripts/regen-golden`, which applies the same directive and normalisation
//! rules in Python; keep the two in step.

// Each test binary uses a different subset of these helpers.
#![allow(dead_code)]

pub mod diff;
pub mod normalise;

use std::fmt::Write as _;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// Wall-clock limit for one program; the child is killed when it is exceeded.
pub const TIMEOUT: Duration = Duration::from_secs(10);

/// Folder whose programs are known failures: run on request, never required.
pub const WISHLIST: &str = "wishlist";
/// Folder whose programs pin Coil-only behaviour: excluded from the CPython check.
pub const COIL_ONLY: &str = "coil_only";

/// Directives read from a program's leading comment block.
///
/// A directive is a line `# coil-test: WORD` or `# coil-test: stdin=TEXT` among the
/// comment lines that open the file (the block ends at the first line that is not a
/// comment). Several directives take several lines.
#[derive(Debug, Default, Clone)]
pub struct Directives {
    /// `helper`: a module imported by other programs, not a test itself.
    pub helper: bool,
    /// `real-time`: run without `COIL_VIRTUAL_TIME=1`; output is compared after the lossy
    /// clock and duration rules of [`normalise`].
    pub real_time: bool,
    /// `syntax-error`: the program does not compile. Its stderr is Coil's miette report, so
    /// only CPython's final stderr line (kept in `NAME.err_contains`) must appear in it.
    pub syntax_error: bool,
    /// `stdin=TEXT`: standard input, with the escapes `\n`, `\t` and `\\`. Without it the
    /// program gets an empty standard input.
    pub stdin: Option<String>,
}

/// One golden program.
#[derive(Debug, Clone)]
pub struct Program {
    /// Path relative to `tests/golden/`, `/`-separated, without `.py`: `builtins/sorted_key`.
    pub name: String,
    /// Absolute path of `NAME.py`.
    pub path: PathBuf,
    /// Directives, or the reason they could not be read.
    pub directives: Result<Directives, String>,
}

impl Program {
    /// The folder the program is run from.
    pub fn dir(&self) -> &Path {
        self.path
            .parent()
            .expect("a golden program lives in a folder")
    }

    /// Path of one of the expectation files: `suffix` is `out`, `err`, `err_contains`, `exit`.
    pub fn expectation_path(&self, suffix: &str) -> PathBuf {
        self.path.with_extension(suffix)
    }

    pub fn area(&self) -> &str {
        self.name.split('/').next().unwrap_or("")
    }

    pub fn is_wishlist(&self) -> bool {
        self.area() == WISHLIST
    }

    pub fn is_coil_only(&self) -> bool {
        self.area() == COIL_ONLY
    }
}

/// `tests/golden/` of this checkout.
pub fn golden_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("golden")
}

/// Every golden program except helper modules, sorted by name.
pub fn discover() -> Vec<Program> {
    let root = golden_root();
    let mut files = Vec::new();
    collect_py_files(&root, &mut files);
    let mut programs: Vec<Program> = files
        .into_iter()
        .filter_map(|path| {
            let rel = path.strip_prefix(&root).ok()?.with_extension("");
            let name = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            let directives = fs::read_to_string(&path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))
                .and_then(|source| parse_directives(&source));
            if matches!(&directives, Ok(d) if d.helper) {
                return None;
            }
            Some(Program {
                name,
                path,
                directives,
            })
        })
        .collect();
    programs.sort_by(|a, b| a.name.cmp(&b.name));
    programs
}

/// The `.py` files under `dir`, skipping package folders (those with an
/// `__init__.py`, and `__pycache__`): their files are modules that golden programs
/// beside them import, not programs.
fn collect_py_files(dir: &Path, out: &mut Vec<PathBuf>) {
    if dir.join("__init__.py").is_file() || dir.file_name().is_some_and(|n| n == "__pycache__") {
        return;
    }
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_py_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

/// Reads the `# coil-test:` directives of a program's leading comment block.
pub fn parse_directives(source: &str) -> Result<Directives, String> {
    let mut d = Directives::default();
    for line in source.lines() {
        let line = line.trim_end_matches('\r');
        let Some(comment) = line.strip_prefix('#') else {
            break;
        };
        let Some(directive) = comment.trim_start().strip_prefix("coil-test:") else {
            continue;
        };
        let directive = directive.trim_start();
        if let Some(text) = directive.strip_prefix("stdin=") {
            d.stdin = Some(unescape_stdin(text)?);
            continue;
        }
        match directive.trim_end() {
            "helper" => d.helper = true,
            "real-time" => d.real_time = true,
            "syntax-error" => d.syntax_error = true,
            other => return Err(format!("unknown directive `# coil-test: {other}`")),
        }
    }
    Ok(d)
}

/// Decodes the value of `stdin=`: `\n` newline, `\t` tab, `\\` backslash.
pub fn unescape_stdin(text: &str) -> Result<String, String> {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('\\') => out.push('\\'),
            other => {
                return Err(format!(
                    "bad escape `\\{}` in `stdin=` (use \\n, \\t or \\\\)",
                    other.map(String::from).unwrap_or_default()
                ))
            }
        }
    }
    Ok(out)
}

/// What CPython 3.11 printed for a program, as `scripts/regen-golden` recorded it.
#[derive(Debug)]
pub struct Expected {
    pub stdout: String,
    /// Expected stderr (normalised); empty when there is no `NAME.err`.
    pub stderr: String,
    /// For syntax errors: CPython's final stderr line, which Coil's stderr must contain.
    pub stderr_contains: Option<String>,
    pub exit: i32,
}

impl Expected {
    pub fn load(program: &Program) -> Result<Expected, String> {
        let read = |suffix: &str| -> Result<Option<String>, String> {
            let path = program.expectation_path(suffix);
            match fs::read_to_string(&path) {
                Ok(text) => Ok(Some(text)),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(e) => Err(format!("cannot read {}: {e}", path.display())),
            }
        };
        let stdout = read("out")?.ok_or_else(|| {
            format!(
                "{} has no expectation: run scripts/regen-golden",
                program.name
            )
        })?;
        let exit = match read("exit")? {
            None => 0,
            Some(text) => text
                .trim()
                .parse()
                .map_err(|e| format!("bad {}.exit: {e}", program.name))?,
        };
        let stderr_contains = read("err_contains")?.map(|s| s.trim_end().to_owned());
        Ok(Expected {
            stdout,
            stderr: read("err")?.unwrap_or_default(),
            stderr_contains,
            exit,
        })
    }
}

/// How a child process ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Exit status; death by signal N is reported as 128 + N, as a shell does (CPython
    /// re-raises an uncaught KeyboardInterrupt as SIGINT: status 130).
    Code(i32),
    /// Killed after [`TIMEOUT`].
    TimedOut,
}

/// What a program printed.
#[derive(Debug)]
pub struct Actual {
    pub stdout: String,
    pub stderr: String,
    pub exit: Exit,
    pub elapsed: Duration,
}

/// Runs `command` to completion (or until [`TIMEOUT`]) with `stdin` as its input.
pub fn run(mut command: Command, stdin: &str) -> Result<Actual, String> {
    let start = Instant::now();
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {command:?}: {e}"))?;
    let input = stdin.as_bytes().to_vec();
    let mut child_stdin = child.stdin.take().expect("stdin is piped");
    // A program that does not read its input closes the pipe early: ignore that error.
    let writer = thread::spawn(move || {
        let _ = child_stdin.write_all(&input);
    });
    let stdout = reader(child.stdout.take().expect("stdout is piped"));
    let stderr = reader(child.stderr.take().expect("stderr is piped"));

    let mut pause = Duration::from_micros(200);
    let exit = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Exit::Code(exit_code(status)),
            Ok(None) if start.elapsed() > TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                break Exit::TimedOut;
            }
            Ok(None) => {
                thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(10));
            }
            Err(e) => return Err(format!("waiting for {command:?}: {e}")),
        }
    };
    let elapsed = start.elapsed();
    let _ = writer.join();
    let stdout = stdout.join().expect("reader thread does not panic");
    let stderr = stderr.join().expect("reader thread does not panic");
    Ok(Actual {
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
        exit,
        elapsed,
    })
}

fn reader(mut pipe: impl Read + Send + 'static) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = pipe.read_to_end(&mut buf);
        buf
    })
}

#[cfg(unix)]
fn exit_code(status: std::process::ExitStatus) -> i32 {
    use std::os::unix::process::ExitStatusExt;
    status
        .code()
        .or_else(|| status.signal().map(|s| 128 + s))
        .unwrap_or(-1)
}

#[cfg(not(unix))]
fn exit_code(status: std::process::ExitStatus) -> i32 {
    status.code().unwrap_or(-1)
}

/// The environment every program runs in: nothing inherited but `PATH`, so a developer's
/// settings cannot change an outcome. `TZ=UTC` pins `time.localtime`.
pub fn clean_env(command: &mut Command) {
    command.env_clear();
    if let Some(path) = std::env::var_os("PATH") {
        command.env("PATH", path);
    }
    command.env("LANG", "C.UTF-8").env("TZ", "UTC");
}

/// Compares a run with the expectation. `Err` holds a report with a unified diff of every
/// part that differs.
pub fn compare(
    program: &Program,
    directives: &Directives,
    expected: &Expected,
    actual: &Actual,
) -> Result<(), String> {
    let mut report = String::new();
    if actual.exit == Exit::TimedOut {
        let _ = writeln!(
            report,
            "timed out after {} s (killed)",
            TIMEOUT.as_secs_f64()
        );
    }
    let norm = |text: &str| normalise::normalise(text, directives.real_time);

    let (want, got) = (norm(&expected.stdout), norm(&actual.stdout));
    if want != got {
        report.push_str(&diff::unified("stdout", &want, &got));
    }

    match &expected.stderr_contains {
        Some(line) => {
            let got = norm(&actual.stderr);
            if !got.contains(line.as_str()) {
                let _ = writeln!(
                    report,
                    "stderr does not contain CPython's final line\n  {line}\nstderr was:\n{got}"
                );
            }
        }
        None => {
            let (want, got) = (norm(&expected.stderr), norm(&actual.stderr));
            if want != got {
                report.push_str(&diff::unified("stderr", &want, &got));
            }
        }
    }

    if let Exit::Code(code) = actual.exit {
        if code != expected.exit {
            let _ = writeln!(
                report,
                "exit status: expected {}, got {code}",
                expected.exit
            );
        }
    }

    if report.is_empty() {
        Ok(())
    } else {
        Err(format!("{}:\n{report}", program.path.display()))
    }
}

/// Number of worker threads when the user did not pass `--test-threads`: each trial
/// mostly waits on a child process, so twice the core count keeps the cores busy.
pub fn default_threads(args: &mut libtest_mimic::Arguments) {
    if args.test_threads.is_none() {
        let cores = thread::available_parallelism().map_or(2, |n| n.get());
        args.test_threads = Some(cores * 2);
    }
}

/// CPython 3.11: `COIL_CPYTHON`, else pyenv's 3.11.7 (the shim costs 70 ms a start), else
/// `python3.11` on `PATH`.
pub fn find_python() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("COIL_CPYTHON") {
        return Some(PathBuf::from(path));
    }
    let pyenv_root = std::env::var_os("PYENV_ROOT")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".pyenv")));
    if let Some(root) = pyenv_root {
        let candidate = root.join("versions/3.11.7/bin/python3.11");
        if candidate.is_file() {
            return Some(candidate);
        }
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join("python3.11"))
        .find(|candidate| candidate.is_file())
}

/// Under CI (`CI` set, and not `false`/`0`) a check that cannot run must fail, not skip.
pub fn under_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0")
}
