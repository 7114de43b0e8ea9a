//! The library modules written in Python (`stdlib/lib/`): `functools.py` is the
//! module `functools`, `json/__init__.py` the package `json`, `json/decoder.py`
//! its submodule. `build.rs` embeds every file and its code, compiled at build
//! time; each runs on its first import (`Vm::import_module`), under CPython's
//! file name for it.
//!
//! A module here that needs native help imports a private native module
//! (`_name`, registered in `modules/mod.rs`), as CPython's `functools.py` imports
//! `_functools`.

use coil_interp::vm::FrozenModule;
use coil_interp::Vm;

include!(concat!(env!("OUT_DIR"), "/pylib.rs"));
include!(concat!(env!("OUT_DIR"), "/pycode.rs"));

/// Registers every embedded Python module with the importer, and the code
/// `build.rs` compiled for them and for the Python parts of native modules.
pub fn register(vm: &mut Vm) {
    coil_interp::vm::frozen_code::register(PYCODE);
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
