//! coil-stdlib: builtin functions and builtin modules.
