//! Bytecode: the instruction set, code objects and the disassembler.

pub mod code;
pub mod dis;
pub mod instr;
pub mod marshal;
pub mod stack_effect;

pub use code::{CodeFlags, CodeObject, Position};
pub use instr::Instr;

#[cfg(test)]
mod marshal_tests;
