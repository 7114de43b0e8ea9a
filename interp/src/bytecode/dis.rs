//! `coil --dis`: a listing in the spirit of CPython's `dis` module (`Lib/dis.py`):
//! one line per instruction with its source line (when it changes), `>>` on jump
//! targets, the index, the opcode name, the operand and what the operand means
//! (the name, constant, local or jump target it refers to); nested code objects
//! (functions, classes, comprehensions) follow their parent.

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
        "Disassembly of <code object {} (qualname {}), file \"{}\", line {}>:",
        code.name.as_str(),
        code.qualname.as_str(),
        code.filename.as_str(),
        code.first_line
    );
    let _ = writeln!(out, "  {}", summary(code));
    let targets: std::collections::HashSet<u32> =
        code.instrs.iter().filter_map(|i| i.jump_target()).collect();
    let mut last_line = 0;
    for (i, instr) in code.instrs.iter().enumerate() {
        let line = code.position(i).line;
        let line_col = if line != last_line {
            last_line = line;
            format!("{line:>4}")
        } else {
            String::from("    ")
        };
        let marker = if targets.contains(&(i as u32)) {
            ">>"
        } else {
            "  "
        };
        let (name, arg, meaning) = describe(code, instr);
        let mut text = format!("{line_col} {marker} {i:>5} {name:<20} {arg:>5}");
        if !meaning.is_empty() {
            let _ = write!(text, " ({meaning})");
        }
        let _ = writeln!(out, "{}", text.trim_end());
    }
    for c in &code.consts {
        if let Value::Code(inner) = c {
            out.push('\n');
            dis_one(inner, out);
        }
    }
}

/// Flags, counts and variable names of a code object, on one line.
fn summary(code: &CodeObject) -> String {
    let f = code.flags;
    let mut flags = Vec::new();
    for (set, name) in [
        (f.has_namespace, "namespace"),
        (f.varargs, "varargs"),
        (f.varkeywords, "varkeywords"),
        (f.generator, "generator"),
        (f.coroutine, "coroutine"),
        (f.async_generator, "async_generator"),
    ] {
        if set {
            flags.push(name);
        }
    }
    let names = |v: &[std::rc::Rc<crate::object::Str>]| {
        v.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
    };
    let mut s = format!(
        "args {}/{}/{} stack {} flags [{}]",
        code.posonlyargcount,
        code.argcount,
        code.kwonlyargcount,
        code.stacksize,
        flags.join(", ")
    );
    if !code.varnames.is_empty() {
        let _ = write!(s, " locals ({})", names(&code.varnames));
    }
    if !code.cellvars.is_empty() {
        let _ = write!(s, " cells ({})", names(&code.cellvars));
    }
    if !code.freevars.is_empty() {
        let _ = write!(s, " free ({})", names(&code.freevars));
    }
    s
}

/// Opcode name, operand, and what the operand refers to.
fn describe(code: &CodeObject, instr: &Instr) -> (String, String, String) {
    let debug = format!("{instr:?}");
    let (name, arg) = match debug.find('(') {
        Some(p) => (
            debug[..p].to_string(),
            debug[p + 1..debug.len() - 1].to_string(),
        ),
        None => (debug.clone(), String::new()),
    };
    let get = |v: &[std::rc::Rc<crate::object::Str>], i: u32| {
        v.get(i as usize)
            .map(|s| s.as_str().to_string())
            .unwrap_or_else(|| "?".into())
    };
    let cell = |i: u32| {
        let i = i as usize;
        if i < code.cellvars.len() {
            get(&code.cellvars, i as u32)
        } else {
            get(&code.freevars, (i - code.cellvars.len()) as u32)
        }
    };
    let meaning = match *instr {
        Instr::LoadConst(i) => code
            .consts
            .get(i as usize)
            .map(|v| v.debug_repr())
            .unwrap_or_default(),
        Instr::LoadFast(i) | Instr::StoreFast(i) | Instr::DeleteFast(i) => get(&code.varnames, i),
        Instr::LoadDeref(i)
        | Instr::StoreDeref(i)
        | Instr::DeleteDeref(i)
        | Instr::LoadClassDeref(i)
        | Instr::LoadClosure(i) => cell(i),
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
        | Instr::ImportModule(i)
        | Instr::ImportFrom(i) => get(&code.names, i),
        Instr::LoadMethod(n) => get(&code.names, n),
        Instr::BinaryOp(op) => op.symbol().to_string(),
        Instr::InplaceOp(op) => format!("{}=", op.symbol()),
        Instr::CompareOp(op) => match op {
            coil_parser::ast::CmpOp::Lt => "<",
            coil_parser::ast::CmpOp::LtE => "<=",
            coil_parser::ast::CmpOp::Eq => "==",
            coil_parser::ast::CmpOp::NotEq => "!=",
            coil_parser::ast::CmpOp::Gt => ">",
            coil_parser::ast::CmpOp::GtE => ">=",
            _ => "?",
        }
        .to_string(),
        Instr::FormatValue(f) => {
            let conv = ["", "!s", "!r", "!a"][(f & 3) as usize];
            let spec = if f & 4 != 0 { "with format" } else { "" };
            [conv, spec]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(", ")
        }
        Instr::MakeFunction(f) => {
            let parts: Vec<&str> = [
                (1, "defaults"),
                (2, "kwdefaults"),
                (4, "annotations"),
                (8, "closure"),
            ]
            .iter()
            .filter(|(bit, _)| f & bit != 0)
            .map(|(_, n)| *n)
            .collect();
            parts.join(", ")
        }
        _ => match instr.jump_target() {
            Some(t) => format!("to {t}"),
            None => String::new(),
        },
    };
    let arg = match *instr {
        Instr::BinaryOp(_) | Instr::InplaceOp(_) | Instr::CompareOp(_) => String::new(),
        Instr::CallMethod(argc) => format!("{argc}"),
        _ => arg,
    };
    (name, arg, meaning)
}
