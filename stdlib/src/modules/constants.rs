//! The integer constants a native module exports under their C names (what
//! CPython's C modules add with `PyModule_AddIntMacro`, e.g. in
//! `Modules/signalmodule.c`, `socketmodule.c`, `posixmodule.c`): a table macro
//! that writes each name once, so the Python name cannot drift from the C one.

use coil_interp::Value;

/// `libc_ints![SIGINT, SIGTERM]`: a `&[(&str, i64)]` of libc's constants,
/// each under its C name.
macro_rules! libc_ints {
    ($($name:ident),* $(,)?) => {
        &[$((stringify!($name), libc::$name as i64)),*]
    };
}
pub(crate) use libc_ints;

/// The entries of a table of int constants, ready for a module's namespace.
pub fn ints<'t>(table: &'t [(&'t str, i64)]) -> impl Iterator<Item = (&'t str, Value)> + 't {
    table.iter().map(|(n, v)| (*n, Value::Int(*v)))
}
