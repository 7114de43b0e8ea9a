//! The argument binder of the builtin types' methods: the one in
//! `coil_interp::builtin` (methods name themselves as `(owner, name)` pairs, see
//! `Callee`). Kept as a path so code written against `types::args` still builds.

pub use coil_interp::builtin::*;
