//! The stackless virtual machine.

pub mod frame;

pub use frame::{Block, Frame, FrameRole};

/// The interpreter: builtin types, modules, and the running frame stacks.
pub struct Vm {}
