//! The `builtins` module: print, len, isinstance, sorted, … and the builtin
//! type and exception names.

use coil_interp::Vm;

/// Fills `vm.builtins`.
pub fn install(vm: &mut Vm) {
    let _ = vm;
}
