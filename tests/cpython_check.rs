//! The CPython check: runs every golden program (except `coil_only/` ones) with CPython 3.11
//! and fails if what it prints differs from the recorded expectation. This proves that no
//! expectation was blessed from Coil's output, and that every program is deterministic.
//!
//! CPython is `$(pyenv root)/versions/3.11.7/bin/python3.11` when present (the pyenv shim
//! costs 70 ms a start), else `python3.11` on `PATH`, or the `COIL_CPYTHON` variable. Without
//! any, the check prints a notice and runs nothing — except under CI (`CI` set and not
//! `false`), where a missing CPython fails the run: CI must not pass on an unchecked
//! suite. `PYTHONHASHSEED` is left random on
//! purpose: a program whose output depends on string hashing fails here sooner or later.
//! For `# coil-test: syntax-error` programs only CPython's final stderr line is compared.
//! CPython runs with `-S` (no `site` import), like `scripts/regen-golden`.

mod harness;

use harness::{Exit, Expected, Program};
use libtest_mimic::{Arguments, Failed, Trial};
use std::path::Path;
use std::process::Command;

fn main() {
    let mut args = Arguments::from_args();
    harness::default_threads(&mut args);
    let Some(python) = harness::find_python() else {
        if harness::under_ci() {
            eprintln!("cpython_check: no python3.11 found under CI (set COIL_CPYTHON)");
            std::process::exit(1);
        }
        eprintln!("cpython_check: no python3.11 found (set COIL_CPYTHON); skipping the check");
        libtest_mimic::run(&args, Vec::new()).exit();
    };
    let trials = harness::discover()
        .into_iter()
        .filter(|p| !p.is_coil_only())
        .map(|program| {
            let python = python.clone();
            Trial::test(program.name.clone(), move || {
                check_one(&python, &program).map_err(Failed::from)
            })
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}

fn check_one(python: &Path, program: &Program) -> Result<(), String> {
    let directives = program.directives.clone()?;
    let expected = Expected::load(program)?;
    let mut command = Command::new(python);
    // -S: no `site` import, as in scripts/regen-golden (see there why).
    command
        .arg("-S")
        .arg(&program.path)
        .current_dir(program.dir());
    harness::clean_env(&mut command);
    // Helper modules are imported: keep __pycache__ out of tests/golden.
    command.env("PYTHONDONTWRITEBYTECODE", "1");
    let mut actual = harness::run(command, directives.stdin.as_deref().unwrap_or(""))?;
    if let Some(line) = &expected.stderr_contains {
        let last = actual
            .stderr
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("")
            .trim_end();
        if last != line {
            return Err(format!(
                "{}: CPython's final stderr line is\n  {last}\nbut {}.err_contains holds\n  {line}",
                program.path.display(),
                program.name
            ));
        }
        // The final line is all that is recorded of CPython's report; it has been checked.
        actual.stderr = line.clone();
    }
    let result = harness::compare(program, &directives, &expected, &actual);
    if actual.exit != Exit::TimedOut && actual.elapsed.as_secs_f64() > 2.0 {
        eprintln!(
            "note: {} took {:.1} s under CPython",
            program.name,
            actual.elapsed.as_secs_f64()
        );
    }
    result
}
