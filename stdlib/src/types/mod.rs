//! Methods of the builtin types (str, list, tuple, dict, set, frozenset, int,
//! float, range), installed as `Builtin` values in their class dicts.

use coil_interp::Vm;

/// Installs every builtin type's methods.
pub fn install(vm: &mut Vm) {
    let _ = vm;
}
