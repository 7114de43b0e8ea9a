//! The code objects of the library modules written in Python, compiled when
//! Coil itself is built (`stdlib/build.rs` writes them with
//! `bytecode::marshal::dump`), so an import reads its module's code instead of
//! lexing, parsing and compiling the source (CPython's frozen modules,
//! `Python/frozen.c`, and `.pyc` files). `coil-stdlib` registers the table;
//! `Vm::compile_library_source` asks it first and compiles the source only when
//! no blob fits: a module not in the table, one read from `COIL_LIB_DIR` whose
//! text differs from the embedded copy, or a blob `marshal::load` refuses.
//! `COIL_FROZEN_CODE=0` turns the table off (to compare the two paths).

use crate::bytecode::{marshal, CodeObject};
use std::rc::Rc;
use std::sync::OnceLock;

/// `(path under lib/python3.11, serialized code)`, sorted by path.
pub type Table = &'static [(&'static str, &'static [u8])];

static TABLE: OnceLock<Table> = OnceLock::new();

/// Whether `COIL_FROZEN_CODE=0` asked for compiling from source.
fn disabled() -> bool {
    static OFF: OnceLock<bool> = OnceLock::new();
    *OFF.get_or_init(|| std::env::var_os("COIL_FROZEN_CODE").is_some_and(|v| v == "0"))
}

/// Registers the table of embedded code (once per process; later calls, from
/// further `Vm`s, register the same table and are ignored).
pub fn register(table: Table) {
    let _ = TABLE.set(table);
}

/// The embedded code of the module at `rel_path` (`asyncio/tasks.py`) if it was
/// compiled from exactly `source`, named `filename`.
pub fn load(rel_path: &str, source: &str, filename: &str) -> Option<Rc<CodeObject>> {
    let table = TABLE.get()?;
    if disabled() {
        return None;
    }
    let i = table.binary_search_by(|(p, _)| (*p).cmp(rel_path)).ok()?;
    marshal::load(table[i].1, source, filename)
}

/// For the build script: compiles a library module's source as
/// `Vm::compile_library_source` does (universal newlines, exec mode, the
/// `# cpython: N` line directives applied) and serializes it. An error for a
/// module that must stay compiled at run time: one that does not compile, one
/// whose compilation warns (the warning is emitted at import), or one with a
/// constant the format does not hold.
pub fn compile_for_embedding(source: &str, rel_path: &str) -> Result<Vec<u8>, String> {
    use crate::compile::{compile_module, warnings, Mode};
    let filename = format!("<frozen {rel_path}>");
    let text = &*coil_parser::universal_newlines(source);
    warnings::clear();
    let ast = coil_parser::parse_module(text, &filename).map_err(|e| e.message)?;
    let mut code = compile_module(&ast, text, &filename, Mode::Exec).map_err(|e| e.message)?;
    if warnings::pending() {
        warnings::clear();
        return Err("compiling it warns".into());
    }
    if super::line_map::has_directives(source) {
        super::line_map::apply(&mut code, &super::line_map::parse(source));
    }
    marshal::dump(&code, source)
}
