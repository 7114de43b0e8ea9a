//! `coil --dis`: a listing in the spirit of CPython's `dis` module.

use super::code::CodeObject;
use super::instr::Instr;
use crate::object::Value;
use std::fmt::Write;

/// Disassembles `code` and, after it, every code object among its constants.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    dis_one(code, &mut out);
    out
}

fn dis_one(code: &CodeObject, out: &mut String) {
    let _ = writeln!(
        out,
        "Disassembly of <code object {} at {}, line {}>:",
        code.name.as_str(),
        code.filename.as_str(),
        code.first_line
    );
    let mut last_line = 0;
    for (i, instr) in code.instrs.iter().enumerate() {
        let line = code.position(i).line;
        let line_col = if line != last_line {
            last_line = line;
            format!("{line:>4}")
        } else {
            String::from("    ")
        };
        let _ = writeln!(out, "{line_col} {i:>6} {}", describe(code, instr));
    }
    for c in &code.consts {
        if let Value::Code(inner) = c {
            out.push('\n');
            dis_one(inner, out);
        }
    }
}

fn describe(code: &CodeObject, instr: &Instr) -> String {
    let name = |i: &u32| {
        code.names
            .get(*i as usize)
            .map(|s| s.as_str().to_string())
            .unwrap_or_default()
    };
    let var = |i: &u32| {
        code.varnames
            .get(*i as usize)
            .map(|s| s.as_str().to_string())
            .unwrap_or_default()
    };
    match instr {
        Instr::LoadConst(i) => format!(
            "LoadConst({i}) ({})",
            code.consts
                .get(*i as usize)
                .map(|v| v.debug_repr())
                .unwrap_or_default()
        ),
        Instr::LoadFast(i) | Instr::StoreFast(i) | Instr::DeleteFast(i) => {
            format!("{instr:?} ({})", var(i))
        }
        Instr::LoadName(i)
        | Instr::StoreName(i)
        | Instr::DeleteName(i)
        | Instr::LoadGlobal(i)
        | Instr::StoreGlobal(i)
        | Instr::DeleteGlobal(i)
        | Instr::LoadAttr(i)
        | Instr::StoreAttr(i)
        | Instr::DeleteAttr(i)
        | Instr::ImportName(i)
        | Instr::ImportFrom(i) => format!("{instr:?} ({})", name(i)),
        Instr::CallMethod(n, argc) => format!("CallMethod({n}, {argc}) ({})", name(&(*n as u32))),
        other => format!("{other:?}"),
    }
}
