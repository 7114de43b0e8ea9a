//! Every program under `examples/` (including the seed tutorials in
//! `examples/seeds/`) runs with the `coil` binary under the virtual clock and
//! prints its `NAME.out` (and `NAME.err`, when there is one): the expectations
//! are CPython 3.11's output, compared after the lossy real-time normalisation
//! (addresses, directories, clock times, durations to one decimal), as
//! `../shared/tools/seed-check` compares them. One trial per program:
//! `cargo test --release --test examples -- seeds/`.
//!
//! The trial `cpython_check` runs every example outside `seeds/` with CPython 3.11 (all
//! at once: they mostly sleep) and fails if CPython does not print the expectation
//! either, so no `.out` was blessed from Coil; `scripts/regen-examples` rewrites them
//! from CPython. The seeds' expectations are the shared seed outputs, copied verbatim
//! (`scripts/regen-examples` copies them again): four of them (`10`, `19`, `20`, `21`)
//! pass coroutines to `asyncio.wait`, which 3.11 refuses, so they pin the behaviour the
//! project was started from rather than 3.11's.

mod harness;

use harness::normalise::normalise;
use harness::Exit;
use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    let mut args = Arguments::from_args();
    harness::default_threads(&mut args);
    let coil = PathBuf::from(env!("CARGO_BIN_EXE_coil"));
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut files = Vec::new();
    collect(&root, &mut files);
    files.sort();
    let mut trials: Vec<Trial> = files
        .clone()
        .into_iter()
        .map(|path| {
            let name = path
                .strip_prefix(&root)
                .unwrap_or(&path)
                .with_extension("")
                .to_string_lossy()
                .into_owned();
            let coil = coil.clone();
            Trial::test(name, move || run_one(&coil, &path).map_err(Failed::from))
        })
        .collect();
    let own: Vec<PathBuf> = files
        .into_iter()
        .filter(|p| !p.strip_prefix(&root).is_ok_and(|r| r.starts_with("seeds")))
        .filter(|p| !coil_only(p))
        .collect();
    trials.push(Trial::test("cpython_check", move || {
        cpython_check(&own).map_err(Failed::from)
    }));
    libtest_mimic::run(&args, trials).exit();
}

/// Runs every example under CPython 3.11 concurrently and compares its output with
/// the expectation, as `run_one` compares Coil's.
fn cpython_check(files: &[PathBuf]) -> Result<(), String> {
    let Some(python) = harness::find_python() else {
        if harness::under_ci() {
            return Err("no python3.11 found under CI (set COIL_CPYTHON)".into());
        }
        eprintln!("examples: no python3.11 found; skipping the CPython check");
        return Ok(());
    };
    let handles: Vec<_> = files
        .iter()
        .map(|path| {
            let mut command = Command::new(&python);
            command.arg("-S");
            if let (Some(name), Some(dir)) = (path.file_name(), path.parent()) {
                command.arg(name).current_dir(dir);
            }
            harness::clean_env(&mut command);
            command.env("PYTHONDONTWRITEBYTECODE", "1");
            let path = path.clone();
            std::thread::spawn(move || (path, command.output()))
        })
        .collect();
    let mut problems = String::new();
    for handle in handles {
        let Ok((path, output)) = handle.join() else {
            problems.push_str("a CPython run panicked\n");
            continue;
        };
        let output = output.map_err(|e| format!("cannot run {}: {e}", python.display()))?;
        let read = |ext: &str| std::fs::read_to_string(path.with_extension(ext)).ok();
        let expected_out = read("out").unwrap_or_default();
        let expected_err = read("err").unwrap_or_default();
        for (what, expected, got) in [
            ("stdout", &expected_out, &output.stdout),
            ("stderr", &expected_err, &output.stderr),
        ] {
            let got = String::from_utf8_lossy(got);
            let (e, g) = (normalise(expected, true), normalise(&got, true));
            if e != g {
                problems.push_str(&format!("{} (CPython):\n", path.display()));
                problems.push_str(&harness::diff::unified(what, &e, &g));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// An example whose opening comment says `coil-only:` shows what CPython cannot
/// (a deadlock report where CPython hangs): no CPython check.
fn coil_only(path: &Path) -> bool {
    std::fs::read_to_string(path).is_ok_and(|source| {
        source
            .lines()
            .take_while(|l| l.starts_with('#'))
            .any(|l| l.starts_with("# coil-only:"))
    })
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

fn run_one(coil: &Path, path: &Path) -> Result<(), String> {
    let read = |ext: &str| std::fs::read_to_string(path.with_extension(ext)).ok();
    let expected_out = read("out").ok_or("no .out beside the example")?;
    let expected_err = read("err").unwrap_or_default();
    let mut command = Command::new(coil);
    command
        .arg(path.file_name().ok_or("no file name")?)
        .current_dir(path.parent().ok_or("no folder")?);
    harness::clean_env(&mut command);
    command.env("COIL_VIRTUAL_TIME", "1");
    let actual = harness::run(command, "")?;
    let mut problems = String::new();
    for (what, expected, got) in [
        ("stdout", &expected_out, &actual.stdout),
        ("stderr", &expected_err, &actual.stderr),
    ] {
        let (e, g) = (normalise(expected, true), normalise(got, true));
        if e != g {
            problems.push_str(&harness::diff::unified(what, &e, &g));
        }
    }
    // `NAME.exit` (absent: 0), as for golden programs: the deadlock example
    // exits with status 3.
    let expected_exit = read("exit")
        .and_then(|s| s.trim().parse::<i32>().ok())
        .unwrap_or(0);
    if !matches!(actual.exit, Exit::Code(c) if c == expected_exit) {
        problems.push_str(&format!(
            "exit: {:?}, expected {expected_exit}\n",
            actual.exit
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}
