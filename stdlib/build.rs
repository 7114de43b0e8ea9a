//! Embeds the library modules written in Python (`lib/**/*.py`): writes
//! `$OUT_DIR/pylib.rs`, a table of `(module name, path under lib/, is a
//! package, source)`, so a new module is a new file and nothing else.
//!
//! It also compiles them, and the Python parts of native modules (`PARTS`), with
//! Coil's own compiler (`coil-interp` is a build dependency) and writes each
//! module's code objects serialized (`bytecode::marshal`) to
//! `$OUT_DIR/pycode/`, listed in `$OUT_DIR/pycode.rs` by their path under
//! CPython's `lib/python3.11/`; `vm/frozen_code.rs` reads them at import.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Python parts of native modules: `(path under lib/python3.11, file here)`,
/// as their `compile_library_source` calls name them. asyncio's parts
/// (`src/asyncio/*.py`) are found by listing the folder.
const PARTS: &[(&str, &str)] = &[
    (
        "collections/__init__.py",
        "src/modules/collections/collections.py",
    ),
    ("heapq.py", "src/modules/heapq.py"),
    ("random.py", "src/modules/random_variates.py"),
];

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    let root = manifest.join("lib");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect(&root, &mut files);
    files.sort();
    let mut out = String::from("pub const PYLIB: &[(&str, &str, bool, &str)] = &[\n");
    let mut compiled: Vec<(String, PathBuf)> = Vec::new();
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
        compiled.push((rel_str, file.clone()));
    }
    out.push_str("];\n");
    write(&out_dir.join("pylib.rs"), out.as_bytes());

    let asyncio = manifest.join("src/asyncio");
    println!("cargo:rerun-if-changed={}", asyncio.display());
    let mut parts = Vec::new();
    collect(&asyncio, &mut parts);
    for file in parts {
        if let Some(stem) = file.file_stem() {
            let rel = format!("asyncio/{}.py", stem.to_string_lossy());
            compiled.push((rel, file));
        }
    }
    for (rel, file) in PARTS {
        compiled.push((rel.to_string(), manifest.join(file)));
    }
    embed_code(&out_dir, compiled);
    doc_index(&manifest, &out_dir);
}

/// Indexes `src/builtins/docs.txt` (records `owner\tname\tkind\n text`,
/// separated by U+001E) into `$OUT_DIR/doc_index.rs`: the keys sorted, each
/// with its text's byte range (a later record wins over an earlier one with
/// the same key), so `builtins/docs.rs` finds a docstring by binary search
/// instead of hashing the whole file at every start.
fn doc_index(manifest: &Path, out_dir: &Path) {
    let path = manifest.join("src/builtins/docs.txt");
    println!("cargo:rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let mut entries: Vec<(&str, usize, usize)> = Vec::new();
    let mut start = 0;
    for rec in text.split('\x1e') {
        if let Some(nl) = rec.find('\n') {
            entries.push((&rec[..nl], start + nl + 1, start + rec.len()));
        }
        start += rec.len() + '\x1e'.len_utf8();
    }
    // A stable sort keeps equal keys in file order; the last one is kept.
    entries.sort_by(|a, b| a.0.cmp(b.0));
    let mut out = String::from("pub static DOC_INDEX: &[(&str, u32, u32)] = &[\n");
    for (i, (key, from, to)) in entries.iter().enumerate() {
        if entries.get(i + 1).is_some_and(|next| next.0 == *key) {
            continue;
        }
        let _ = writeln!(out, "    ({key:?}, {from}, {to}),");
    }
    out.push_str("];\n");
    write(&out_dir.join("doc_index.rs"), out.as_bytes());
}

/// Compiles each `(path under lib/python3.11, file)` and writes the table of
/// their serialized code. A module that cannot be embedded is left out (it is
/// compiled at import, as before) and named in a build warning.
fn embed_code(out_dir: &Path, mut modules: Vec<(String, PathBuf)>) {
    modules.sort();
    let dir = out_dir.join("pycode");
    if let Err(e) = std::fs::create_dir_all(&dir) {
        panic!("cannot create {}: {e}", dir.display());
    }
    let mut table = String::from("pub const PYCODE: &[(&str, &[u8])] = &[\n");
    for (rel, file) in &modules {
        println!("cargo:rerun-if-changed={}", file.display());
        let source = match std::fs::read_to_string(file) {
            Ok(s) => s,
            Err(e) => panic!("cannot read {}: {e}", file.display()),
        };
        let blob = match coil_interp::vm::frozen_code::compile_for_embedding(&source, rel) {
            Ok(blob) => blob,
            Err(why) => {
                println!("cargo:warning={rel} is compiled at import: {why}");
                continue;
            }
        };
        let path = dir.join(format!("{}.bin", rel.replace('/', "__")));
        write(&path, &blob);
        let _ = writeln!(
            table,
            "    ({rel:?}, include_bytes!({:?})),",
            path.display().to_string()
        );
    }
    table.push_str("];\n");
    write(&out_dir.join("pycode.rs"), table.as_bytes());
}

fn write(path: &Path, data: &[u8]) {
    if let Err(e) = std::fs::write(path, data) {
        panic!("cannot write {}: {e}", path.display());
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
