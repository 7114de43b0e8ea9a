//! The library modules written in Python (`stdlib/lib/`): `functools.py` is the
//! module `functools`, `json/__init__.py` the package `json`, `json/decoder.py`
//! its submodule. `build.rs` embeds every file; each is compiled on its first
//! import (`Vm::import_module`), under CPython's file name for it.
//!
//! A module here that needs native help imports a private native module
//! (`_name`, registered in `modules/mod.rs`), as CPython's `functools.py` imports
//! `_functools`.

use coil_interp::vm::FrozenModule;
use coil_interp::Vm;

include!(concat!(env!("OUT_DIR"), "/pylib.rs"));

/// Registers every embedded Python module with the importer.
pub fn register(vm: &mut Vm) {
    for &(name, path, is_package, source) in PYLIB {
        vm.register_frozen(
            name,
            FrozenModule {
                source,
                path,
                is_package,
            },
        );
    }
}
