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
pub use vm::Vm;
