//! coil-stdlib: the builtin functions (`builtins/`), the methods of the builtin types
//! (`types/`), the builtin modules written in Rust (`modules/`, `asyncio/`) and
//! those written in Python (`lib/`, embedded by `pylib`). `install` wires them all
//! into a fresh `Vm`.

/// Builtin methods that only pass their own parameters on to one shared body:
/// `forward! { pub lt => compare(CmpOp::Lt); }` defines the `NativeFn`
/// `lt(vm, recv, args)` as `compare(vm, recv, args, CmpOp::Lt)`. A `NativeFn` is
/// a plain function pointer and cannot carry the parameters itself.
macro_rules! forward {
    ($($vis:vis $name:ident => $body:ident($($arg:expr),*);)*) => {$(
        $vis fn $name(
            vm: &mut coil_interp::Vm,
            recv: &coil_interp::Value,
            args: coil_interp::object::Args,
        ) -> coil_interp::RunResult<coil_interp::Value> {
            $body(vm, recv, args, $($arg),*)
        }
    )*};
}

pub mod asyncio;
pub mod builtins;
pub mod library_lines;
pub mod modules;
pub mod pylib;
pub mod types;

use coil_interp::Vm;

/// Fills `builtins`, the builtin types' methods, and the importable modules.
pub fn install(vm: &mut Vm) {
    // The core dunders (object, BaseException, descriptors, iterators) first, so
    // the type methods and builtins below can rely on them.
    coil_interp::vm::ops::install_type_methods(vm);
    types::install(vm);
    builtins::install(vm);
    modules::register(vm);
    pylib::register(vm);
}
