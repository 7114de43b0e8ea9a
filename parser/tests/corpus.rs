//! End to end: every seed tutorial (`../shared/seed-examples`, beside the
//! repository, as on every machine and in CI; else the copies in
//! `examples/seeds/`), every program in `examples/` and every golden program
//! that is not a syntax-error test parses. CPython's own asyncio sources can be
//! reported on demand.

use coil_parser::parse_module;
use std::path::{Path, PathBuf};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The `.py` files below `dir`, sorted; `recurse` walks sub-folders too.
fn python_files(dir: &Path, recurse: bool) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(d) = dirs.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for path in rd.filter_map(|e| e.ok()).map(|e| e.path()) {
            if path.is_dir() {
                if recurse {
                    dirs.push(path);
                }
            } else if path.extension().is_some_and(|e| e == "py") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// Parses each file; returns the failures as `path:line:col: message`.
fn parse_all(files: &[PathBuf]) -> Vec<String> {
    let mut failures = Vec::new();
    for path in files {
        let source = match std::fs::read_to_string(path) {
            Ok(s) => s,
            Err(e) => {
                failures.push(format!("{}: cannot read: {e}", path.display()));
                continue;
            }
        };
        if let Err(e) = parse_module(&source, &path.display().to_string()) {
            failures.push(format!(
                "{}:{}:{}: {}",
                path.display(),
                e.line,
                e.col,
                e.python_line()
            ));
        }
    }
    failures
}

#[test]
fn seed_examples_parse() {
    let shared = repo_root().join("../shared/seed-examples");
    let dir = if shared.is_dir() {
        shared
    } else {
        repo_root().join("examples/seeds")
    };
    let files = python_files(&dir, false);
    assert!(
        files.len() >= 26,
        "expected the 26 seed programs in {}",
        dir.display()
    );
    let failures = parse_all(&files);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn examples_and_goldens_parse() {
    let mut files = python_files(&repo_root().join("examples"), true);
    let goldens = python_files(&repo_root().join("tests/golden"), true);
    let expected_to_fail = |p: &PathBuf| {
        p.components().any(|c| c.as_os_str() == "wishlist")
            || std::fs::read_to_string(p).is_ok_and(|s| s.contains("# coil-test: syntax-error"))
    };
    files.extend(goldens.into_iter().filter(|p| !expected_to_fail(p)));
    assert!(files.len() > 500, "only {} programs found", files.len());
    let failures = parse_all(&files);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Not an assertion: prints which of CPython's asyncio modules fail and why (run with
/// `--nocapture`). Set COIL_ASYNCIO_DIR to the directory of `asyncio/__init__.py`.
#[test]
fn asyncio_sources_report() {
    let Ok(dir) = std::env::var("COIL_ASYNCIO_DIR") else {
        return;
    };
    let files = python_files(Path::new(&dir), false);
    let failures = parse_all(&files);
    for f in &failures {
        println!("FAIL {f}");
    }
    println!("asyncio: {} files parsed", files.len() - failures.len());
}
