//! Embeds the library modules written in Python (`lib/**/*.py`): writes
//! `$OUT_DIR/pylib.rs`, a table of `(module name, path under lib/, is a
//! package, source)`, so a new module is a new file and nothing else.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default()).join("lib");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect(&root, &mut files);
    files.sort();
    let mut out = String::from("pub const PYLIB: &[(&str, &str, bool, &str)] = &[\n");
    for file in &files {
        println!("cargo:rerun-if-changed={}", file.display());
        let rel = file.strip_prefix(&root).unwrap_or(file);
        let rel_str = rel.to_string_lossy().replace('\\', "/");
        let is_package = rel.file_name().is_some_and(|n| n == "__init__.py");
        let dotted = if is_package {
            rel_str.trim_end_matches("/__init__.py").replace('/', ".")
        } else {
            rel_str.trim_end_matches(".py").replace('/', ".")
        };
        let _ = writeln!(
            out,
            "    ({dotted:?}, {rel_str:?}, {is_package}, include_str!({:?})),",
            file.display().to_string()
        );
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("pylib.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        panic!("cannot write {}: {e}", dest.display());
    }
}

/// Every `.py` file below `dir`, folders included (each is a rerun trigger).
fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            collect(&path, files);
        } else if path.extension().is_some_and(|e| e == "py") {
            files.push(path);
        }
    }
}
