//! The `builtins` module: the builtin functions (one file per family), the
//! builtin type and exception names, and the constants `NotImplemented` and
//! `Ellipsis`. `type`, `super` and `__build_class__` come from the VM helper:
//! the first two are types installed here by name, the last the VM installs.

pub mod args;
pub mod convert;
pub mod docs;
pub mod frames;
pub mod help;
pub mod imports;
pub mod introspect;
pub mod io;
pub mod iter;
pub mod iterators;
pub mod numeric;
pub mod sort;

use coil_interp::object::NativeFn;
use coil_interp::{Value, Vm};

/// Fills `vm.builtins`.
pub fn install(vm: &mut Vm) {
    for (name, class) in vm.types.builtin_names() {
        vm.add_builtin(name, Value::Class(class));
    }
    let exceptions = vm.types.exc.all.clone();
    for class in exceptions {
        let name = class.name.as_str().to_string();
        vm.add_builtin(&name, Value::Class(class));
    }
    // Aliases kept since PEP 3151 merged them into OSError.
    let os_error = Value::Class(vm.types.exc.os_error.clone());
    vm.add_builtin("IOError", os_error.clone());
    vm.add_builtin("EnvironmentError", os_error);
    vm.add_builtin("NotImplemented", Value::NotImplemented);
    vm.add_builtin("Ellipsis", Value::Ellipsis);
    io::install(vm);
    add_funcs(vm, convert::FUNCS);
    iter::install(vm);
    add_funcs(vm, numeric::FUNCS);
    add_funcs(vm, introspect::FUNCS);
    frames::install(vm);
    imports::install(vm);
    help::install(vm);
    // Last: it documents every type installed above.
    docs::install(vm);
}

/// Installs a family's table of builtin functions under their names.
fn add_funcs(vm: &mut Vm, table: &[(&str, NativeFn)]) {
    for (name, f) in table {
        vm.add_builtin(name, args::func(name, *f));
    }
}
