//! coil-interp: the compiler (AST to bytecode), the bytecode, the stackless VM, the
//! object model, exceptions and tracebacks, and the event loop.

pub mod builtin;
pub mod bytecode;
pub mod compile;
pub mod event_loop;
pub mod gc;
pub mod limits;
pub mod object;
pub mod vm;

pub use object::{Exc, RunResult, Value};

/// The system allocator with a reserve for running out of memory
/// (`object/parachute.rs`): small allocations that fail become MemoryError.
#[global_allocator]
static GLOBAL: object::parachute::Parachute = object::parachute::Parachute;
pub use vm::Vm;
