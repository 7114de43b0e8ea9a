//! The builtin modules, registered for `import`.

use coil_interp::Vm;

/// Registers every builtin module with the VM's importer.
pub fn register(vm: &mut Vm) {
    let _ = vm;
}
