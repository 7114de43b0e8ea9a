//! End to end: every seed example parses; CPython's own asyncio sources are reported.

use coil_parser::parse_module;
use std::path::Path;

fn python_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "py"));
    files.sort();
    files
}

#[test]
fn seed_examples_parse() {
    let dir = Path::new("/work/shared/seed-examples");
    if !dir.exists() {
        return;
    }
    let mut failures = Vec::new();
    for path in python_files(dir) {
        let source = std::fs::read_to_string(&path).unwrap();
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
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Not an assertion: prints which of CPython's asyncio modules fail and why (run with
/// `--nocapture`). Set COIL_ASYNCIO_DIR to the directory of `asyncio/__init__.py`.
#[test]
fn asyncio_sources_report() {
    let Ok(dir) = std::env::var("COIL_ASYNCIO_DIR") else {
        return;
    };
    let mut ok = 0;
    for path in python_files(Path::new(&dir)) {
        let source = std::fs::read_to_string(&path).unwrap();
        match parse_module(&source, &path.display().to_string()) {
            Ok(_) => ok += 1,
            Err(e) => println!(
                "FAIL {}:{}:{}: {}",
                path.display(),
                e.line,
                e.col,
                e.python_line()
            ),
        }
    }
    println!("asyncio: {ok} files parsed");
}
