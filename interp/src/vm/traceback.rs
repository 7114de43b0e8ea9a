//! The uncaught-exception report, exactly as CPython 3.11 prints it
//! (`Python/pythonrun.c` `print_exception_recursive`, `print_exception`;
//! `Python/traceback.c` `tb_print_internal`, `tb_displayline`,
//! `print_error_location_carets`; the anchors as `Lib/traceback.py`'s
//! `_extract_caret_anchors_from_line_segment`, which 3.11.7's C code matches).

use super::Vm;
use crate::object::exception::TracebackEntry;
use crate::object::{Exc, Instance, Value};
use coil_parser::ast::{ExprKind, StmtKind};
use std::collections::HashMap;
use std::fmt::Write;
use std::rc::Rc;

const CAUSE_MESSAGE: &str =
    "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MESSAGE: &str =
    "\nDuring handling of the above exception, another exception occurred:\n\n";
/// `TB_RECURSIVE_CUTOFF`: identical entries shown before "[Previous line repeated …]".
const RECURSIVE_CUTOFF: usize = 3;
/// `PyTraceBack_LIMIT`: only the innermost this many entries are printed.
const TRACEBACK_LIMIT: usize = 1000;

thread_local! {
    /// Source files read for tracebacks (`linecache`).
    static LINES: std::cell::RefCell<HashMap<String, Option<Rc<Vec<String>>>>> =
        std::cell::RefCell::new(HashMap::new());
}

/// Line `lineno` (1-based) of `filename`, without its newline.
pub(crate) fn source_line(filename: &str, lineno: u32) -> Option<String> {
    if filename.starts_with('<') {
        return None;
    }
    LINES.with(|cache| {
        let mut cache = cache.borrow_mut();
        let lines = cache
            .entry(filename.to_string())
            .or_insert_with(|| {
                let text = std::fs::read_to_string(filename).ok()?;
                Some(Rc::new(
                    text.split('\n')
                        .map(|l| l.trim_end_matches('\r').to_string())
                        .collect(),
                ))
            })
            .clone()?;
        lines.get((lineno as usize).checked_sub(1)?).cloned()
    })
}

/// Gives `filename` these source lines (1-based; missing ones are empty), for
/// frames of library code Coil implements natively but whose CPython source
/// tracebacks show (`linecache` filled in advance).
pub fn register_source(filename: &str, lines: &[(u32, &str)]) {
    let len = lines.iter().map(|(n, _)| *n as usize).max().unwrap_or(0);
    let mut text = vec![String::new(); len];
    for (n, l) in lines {
        if let Some(slot) = (*n as usize).checked_sub(1).and_then(|i| text.get_mut(i)) {
            *slot = l.to_string();
        }
    }
    LINES.with(|cache| {
        cache
            .borrow_mut()
            .insert(filename.to_string(), Some(Rc::new(text)))
    });
}

/// The whole report for an uncaught exception, with its cause/context chain.
pub fn format_exception(vm: &mut Vm, exc: &Exc) -> String {
    // Newest first; links[i] is printed between chain[i + 1] and chain[i].
    let mut chain: Vec<Exc> = vec![exc.clone()];
    let mut links: Vec<&str> = Vec::new();
    let seen = |chain: &[Exc], e: &Rc<Instance>| chain.iter().any(|c| Rc::ptr_eq(c, e));
    loop {
        let cur = chain.last().expect("non-empty").clone();
        let Some(data) = cur.exc() else { break };
        let (cause, context, suppress) = {
            let d = data.borrow();
            (d.cause.clone(), d.context.clone(), d.suppress_context)
        };
        let next = match (cause, context) {
            (Some(Value::Instance(c)), _) => (!seen(&chain, &c)).then_some((c, CAUSE_MESSAGE)),
            (_, Some(Value::Instance(c))) if !suppress => {
                (!seen(&chain, &c)).then_some((c, CONTEXT_MESSAGE))
            }
            _ => None,
        };
        match next {
            Some((e, msg)) => {
                chain.push(e);
                links.push(msg);
            }
            None => break,
        }
    }
    let mut out = String::new();
    for i in (0..chain.len()).rev() {
        format_single(vm, &chain[i], &mut out);
        if i > 0 {
            out.push_str(links[i - 1]);
        }
    }
    out
}

/// One exception without its chain (what `PyErr_WriteUnraisable` prints).
pub fn format_single_exception(vm: &mut Vm, exc: &Exc) -> String {
    let mut out = String::new();
    format_single(vm, exc, &mut out);
    out
}

/// One exception: its traceback entries and the final `Type: message` line.
fn format_single(vm: &mut Vm, exc: &Exc, out: &mut String) {
    let entries: Vec<TracebackEntry> = exc
        .exc()
        .map(|d| d.borrow().traceback.clone())
        .unwrap_or_default();
    if !entries.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        let skip = entries.len().saturating_sub(TRACEBACK_LIMIT);
        format_entries(&entries[skip..], out);
    }
    out.push_str(&exception_line(vm, exc));
    out.push('\n');
}

/// `ValueError: msg`, `KeyError: 'x'`, `mod.MyError: msg`, or just the name.
pub fn exception_line(vm: &mut Vm, exc: &Exc) -> String {
    let cls = exc.class();
    let mut line = match cls.module.as_str() {
        "builtins" | "__main__" => cls.qualname.as_str().to_string(),
        m => format!("{m}.{}", cls.qualname.as_str()),
    };
    match vm.to_str(&Value::Instance(exc.clone())) {
        Ok(s) if s.as_str().is_empty() => {}
        Ok(s) => {
            line.push_str(": ");
            line.push_str(s.as_str());
        }
        Err(_) => line.push_str(": <exception str() failed>"),
    }
    line.push_str(&super::suggestions::suggestion_suffix(vm, exc));
    line
}

fn format_entries(entries: &[TracebackEntry], out: &mut String) {
    let mut last: Option<(Rc<crate::object::Str>, u32, Rc<crate::object::Str>)> = None;
    let mut count = 0usize;
    for e in entries {
        let line = e.code.position(e.ip as usize).line;
        let same = last
            .as_ref()
            .is_some_and(|(f, l, n)| *l == line && **f == *e.code.filename && **n == *e.code.name);
        if !same {
            if count > RECURSIVE_CUTOFF {
                repeated(count, out);
            }
            last = Some((e.code.filename.clone(), line, e.code.name.clone()));
            count = 0;
        }
        count += 1;
        if count <= RECURSIVE_CUTOFF {
            display_line(e, out);
        }
    }
    if count > RECURSIVE_CUTOFF {
        repeated(count, out);
    }
}

fn repeated(count: usize, out: &mut String) {
    let n = count - RECURSIVE_CUTOFF;
    let _ = writeln!(
        out,
        "  [Previous line repeated {n} more time{}]",
        if n > 1 { "s" } else { "" }
    );
}

/// `tb_displayline`: the File line, the stripped source line and the carets.
fn display_line(e: &TracebackEntry, out: &mut String) {
    let pos = e.code.position(e.ip as usize);
    let _ = writeln!(
        out,
        "  File \"{}\", line {}, in {}",
        e.code.filename.as_str(),
        pos.line,
        e.code.name.as_str()
    );
    let Some(line) = source_line(e.code.filename.as_str(), pos.line) else {
        return;
    };
    let chars: Vec<char> = line.chars().collect();
    let leading = chars
        .iter()
        .take_while(|c| matches!(c, ' ' | '\t' | '\x0c'))
        .count();
    let stripped: String = chars[leading..].iter().collect();
    let _ = writeln!(out, "    {stripped}");
    if pos.line == 0 || pos.end_line == 0 || pos.end_line < pos.line {
        return;
    }
    let start = byte_to_char(&line, pos.col as usize);
    let mut end = byte_to_char(&line, pos.end_col as usize);
    let mut anchors = None;
    if pos.line == pos.end_line {
        if end <= start {
            return;
        }
        let segment: String = chars[start.min(chars.len())..end.min(chars.len())]
            .iter()
            .collect();
        anchors = caret_anchors(&segment);
    } else {
        end = chars
            .iter()
            .rposition(|c| !c.is_whitespace())
            .map_or(0, |i| i + 1);
    }
    let stripped_len = chars.len() - leading;
    if end.saturating_sub(start) == stripped_len && anchors.is_none() {
        return;
    }
    let mut carets = String::from("    ");
    for c in leading..end {
        if c < start {
            carets.push(' ');
        } else if let Some((l, r)) = anchors {
            let rel = c - start;
            carets.push(if rel >= l && rel < r { '^' } else { '~' });
        } else {
            carets.push('^');
        }
    }
    out.push_str(&carets);
    out.push('\n');
}

/// Character offset of a byte offset into `s` (clamped, as CPython's
/// `_PyPegen_byte_offset_to_character_offset`).
fn byte_to_char(s: &str, byte: usize) -> usize {
    let byte = byte.min(s.len());
    let mut b = byte;
    while b > 0 && !s.is_char_boundary(b) {
        b -= 1;
    }
    s[..b].chars().count()
}

/// For a segment that is one binary operation or subscript: the (start, end)
/// character range, relative to the segment, that gets `^` while the rest gets `~`.
fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    let module = coil_parser::parse_module(segment, "<traceback>").ok()?;
    let [stmt] = module.body.as_slice() else {
        return None;
    };
    let StmtKind::Expr(expr) = &stmt.kind else {
        return None;
    };
    let chars: Vec<char> = segment.chars().collect();
    let norm = |byte: u32| byte_to_char(segment, byte as usize);
    match &expr.kind {
        ExprKind::BinOp { left, right, .. } => {
            let op_start = norm(left.span.end);
            let op_end = norm(right.span.start);
            let op: Vec<char> = chars.get(op_start..op_end.max(op_start))?.to_vec();
            let offset = op.iter().take_while(|c| c.is_whitespace()).count();
            let mut l = op_start + offset;
            let mut r = l + 1;
            if offset + 1 < op.len() && !op[offset + 1].is_whitespace() {
                r += 1;
            }
            while l < chars.len() && (chars[l].is_whitespace() || matches!(chars[l], ')' | '#')) {
                l += 1;
                r += 1;
            }
            Some((l, r))
        }
        ExprKind::Subscript { value, slice } => {
            let mut l = norm(value.span.end);
            let mut r = norm(slice.span.end) + 1;
            while l < chars.len() && chars[l] != '[' {
                l += 1;
            }
            while r < chars.len() && chars[r] != ']' {
                r += 1;
            }
            if r < chars.len() {
                r += 1;
            }
            Some((l, r))
        }
        _ => None,
    }
}
