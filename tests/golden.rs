//! The golden runner: runs every program under `tests/golden/` with the `coil` binary and
//! compares its stdout, stderr and exit status with what CPython 3.11 printed (the
//! `NAME.out`, `NAME.err`, `NAME.err_contains` and `NAME.exit` files written by
//! `scripts/regen-golden`).
//!
//! One trial per program, named by its path: `cargo test --test golden -- builtins/` runs a
//! folder, `cargo test --test golden -- builtins/sorted_key --exact` one program. Programs in
//! `wishlist/` are known failures, ignored unless `--include-ignored` (or `--ignored`) is
//! given; each also runs as a report-only `wishlist_report/…` trial, which always passes but
//! prints a notice when the program now passes, so a fixed one is noticed and moved. Three `self_check/` trials test the harness's own directive and normalisation rules, and
//! that README.md's list of golden folders names exactly the folders that exist.

mod harness;

use harness::{Directives, Expected, Program};
use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    let mut args = Arguments::from_args();
    harness::default_threads(&mut args);
    let coil = PathBuf::from(env!("CARGO_BIN_EXE_coil"));

    let mut trials = vec![
        Trial::test("self_check/normalise", || {
            harness::normalise::self_check().map_err(Failed::from)
        }),
        Trial::test("self_check/directives", || {
            directives_self_check().map_err(Failed::from)
        }),
        Trial::test("self_check/readme_folders", || {
            readme_folders_self_check().map_err(Failed::from)
        }),
    ];
    for program in harness::discover() {
        let coil = coil.clone();
        let wishlist = program.is_wishlist();
        if wishlist {
            let coil = coil.clone();
            let program = program.clone();
            trials.push(Trial::test(
                format!("wishlist_report/{}", program.name),
                move || {
                    if run_one(&coil, &program).is_ok() {
                        eprintln!(
                            "notice: {} now passes: move it out of tests/golden/wishlist/",
                            program.name
                        );
                    }
                    Ok(())
                },
            ));
        }
        trials.push(
            Trial::test(program.name.clone(), move || {
                run_one(&coil, &program).map_err(Failed::from)
            })
            .with_ignored_flag(wishlist),
        );
    }
    libtest_mimic::run(&args, trials).exit();
}

fn run_one(coil: &Path, program: &Program) -> Result<(), String> {
    let directives = program.directives.clone()?;
    let expected = Expected::load(program)?;
    let mut command = Command::new(coil);
    command.arg(&program.path).current_dir(program.dir());
    harness::clean_env(&mut command);
    if let Ok(backtrace) = std::env::var("RUST_BACKTRACE") {
        command.env("RUST_BACKTRACE", backtrace);
    }
    if !directives.real_time {
        command.env("COIL_VIRTUAL_TIME", "1");
    }
    let actual = harness::run(command, directives.stdin.as_deref().unwrap_or(""))?;
    harness::compare(program, &directives, &expected, &actual)
}

fn directives_self_check() -> Result<(), String> {
    let source = "# Reads two lines.\n# coil-test: stdin=Ada\\n4\\t2\\\\\n#coil-test: real-time\nx = 1\n# coil-test: helper\n";
    let d: Directives = harness::parse_directives(source)?;
    if d.stdin.as_deref() != Some("Ada\n4\t2\\") || !d.real_time || d.helper || d.syntax_error {
        return Err(format!("parse_directives({source:?}) = {d:?}"));
    }
    if harness::parse_directives("# coil-test: stdin=a\\qb\n").is_ok() {
        return Err("an unknown stdin escape was accepted".into());
    }
    if harness::parse_directives("# coil-test: realtime\n").is_ok() {
        return Err("an unknown directive was accepted".into());
    }
    Ok(())
}

/// README.md lists the golden folders in backquoted runs on the lines after
/// "Folders (one per language area"; every folder must be listed there, and every name
/// listed (a lower-case name in backquotes) must be a folder, so the list cannot drift as areas are added.
fn readme_folders_self_check() -> Result<(), String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).map_err(|e| e.to_string())?;
    let start = readme
        .find("Folders (one per language area")
        .ok_or("README.md: no list of golden folders")?;
    let section = &readme[start..];
    let section = &section[..section.find("\n\n").unwrap_or(section.len())];
    let listed: std::collections::BTreeSet<String> = section
        .split('`')
        .skip(1)
        .step_by(2)
        .flat_map(|run| run.split_whitespace())
        .map(|name| name.trim_end_matches('/').to_string())
        .filter(|name| {
            name.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        })
        .collect();
    let mut on_disk = std::collections::BTreeSet::new();
    for entry in std::fs::read_dir(root.join("tests/golden")).map_err(|e| e.to_string())? {
        let entry = entry.map_err(|e| e.to_string())?;
        if entry.path().is_dir() {
            on_disk.insert(entry.file_name().to_string_lossy().into_owned());
        }
    }
    let unlisted: Vec<_> = on_disk.difference(&listed).collect();
    let missing: Vec<_> = listed.difference(&on_disk).collect();
    if unlisted.is_empty() && missing.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "README.md's golden folders: not listed {unlisted:?}; listed but absent {missing:?}"
        ))
    }
}
