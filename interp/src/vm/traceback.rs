//! The uncaught-exception report, exactly as CPython 3.11 prints it
//! (`Python/pythonrun.c` `print_exception_recursive`, `print_exception`;
//! `Python/traceback.c` `tb_print_internal`, `tb_displayline`,
//! `print_error_location_carets`; the anchors as `Lib/traceback.py`'s
//! `_extract_caret_anchors_from_line_segment`, which 3.11.7's C code matches).
//! Exception groups as `print_exception_group`: every line of a sub-exception
//! behind `EXC_INDENT` spaces and a `| ` margin, `+-+---- 1 ----` separators,
//! and `print_exception_notes` for `__notes__`.

use super::Vm;
use crate::object::exception::TracebackEntry;
use crate::object::{Exc, Value};
use coil_parser::ast::{ExprKind, StmtKind};
use std::collections::{HashMap, HashSet};
use std::fmt::Write;
use std::rc::Rc;

const CAUSE_MESSAGE: &str =
    "The above exception was the direct cause of the following exception:\n";
const CONTEXT_MESSAGE: &str =
    "During handling of the above exception, another exception occurred:\n";
const HEADER: &str = "Traceback (most recent call last):";
const GROUP_HEADER: &str = "Exception Group Traceback (most recent call last):";
use crate::limits::{
    MAX_GROUP_DEPTH, MAX_GROUP_WIDTH, TRACEBACK_LIMIT, TRACEBACK_REPEATS as RECURSIVE_CUTOFF,
};

thread_local! {
    /// Source files read for tracebacks (`linecache`).
    static LINES: std::cell::RefCell<HashMap<String, Option<Rc<Vec<String>>>>> =
        std::cell::RefCell::new(HashMap::new());
    /// Sources of the library modules compiled into the binary, by the file name
    /// their frames carry (no such file exists on disk): CPython's tracebacks show
    /// the lines of library frames, so ours read them from here.
    /// Several parts share a file name when CPython's module is one file
    /// (`line_map::shown_file`).
    static LIBRARY: std::cell::RefCell<HashMap<String, Vec<&'static str>>> =
        std::cell::RefCell::new(HashMap::new());
}

/// Remembers an embedded library module's source under its frames' file name
/// (split into lines only if a traceback needs one).
pub fn register_library_source(filename: String, source: &'static str) {
    LIBRARY.with(|l| {
        let mut l = l.borrow_mut();
        let parts = l.entry(filename.clone()).or_default();
        if !parts.iter().any(|p| std::ptr::eq(*p, source)) {
            parts.push(source);
        }
    });
    // Lines registered natively before the module (`register_source`) stay
    // laid over its own.
    let earlier = LINES
        .with(|cache| cache.borrow_mut().remove(&filename))
        .flatten();
    if let Some(earlier) = earlier {
        let lines: Vec<(u32, &str)> = (1u32..)
            .zip(earlier.iter())
            .filter(|(_, l)| !l.is_empty())
            .map(|(n, l)| (n, l.as_str()))
            .collect();
        register_source(&filename, &lines);
    }
}

thread_local! {
    /// Code of library functions written in Python that stand for CPython's C
    /// functions (`warnings.warn`): exceptions passing through them get no
    /// traceback entry, as a C function adds none.
    static HIDDEN: std::cell::RefCell<Vec<Rc<crate::bytecode::CodeObject>>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Keeps `code`'s frames out of tracebacks (see `HIDDEN`).
pub fn hide_from_tracebacks(code: Rc<crate::bytecode::CodeObject>) {
    HIDDEN.with(|h| h.borrow_mut().push(code));
    super::unwind::forget_leaves_cache();
}

/// Whether `code` is a hidden library function's (see `HIDDEN`).
pub fn is_hidden(code: &Rc<crate::bytecode::CodeObject>) -> bool {
    HIDDEN.with(|h| h.borrow().iter().any(|c| Rc::ptr_eq(c, code)))
}

/// Line `lineno` (1-based) of `filename`, without its newline.
pub fn source_line(filename: &str, lineno: u32) -> Option<String> {
    if filename.starts_with('<') {
        return None;
    }
    let lines = LINES.with(|cache| {
        cache
            .borrow_mut()
            .entry(filename.to_string())
            .or_insert_with(|| read_lines(filename))
            .clone()
    })?;
    lines.get((lineno as usize).checked_sub(1)?).cloned()
}

/// `filename`'s lines: the file on disk, else the embedded library module of
/// that name (laid out by CPython's numbers if it carries `line_map` directives).
fn read_lines(filename: &str) -> Option<Rc<Vec<String>>> {
    let text = match std::fs::read_to_string(filename) {
        Ok(text) => text,
        Err(_) => {
            let parts = LIBRARY.with(|l| l.borrow().get(filename).cloned())?;
            match parts[..] {
                [source] if !super::line_map::has_directives(source) => source.to_string(),
                _ => return Some(Rc::new(library_lines(&parts))),
            }
        }
    };
    Some(Rc::new(
        text.split('\n')
            .map(|l| l.trim_end_matches('\r').to_string())
            .collect(),
    ))
}

/// The lines of library parts laid out by CPython's numbers; a later part's
/// line fills only what earlier ones left empty.
fn library_lines(parts: &[&'static str]) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for source in parts {
        let mine = super::line_map::source_lines(source);
        if lines.len() < mine.len() {
            lines.resize(mine.len(), String::new());
        }
        for (slot, line) in lines.iter_mut().zip(mine) {
            if slot.is_empty() {
                *slot = line;
            }
        }
    }
    lines
}

/// Gives `filename` these source lines (1-based), for frames of library code
/// Coil implements natively but whose CPython source tracebacks show
/// (`linecache` filled in advance). They are laid over the file's other lines
/// (an embedded module's), so a file that is partly native keeps both.
pub fn register_source(filename: &str, lines: &[(u32, &str)]) {
    LINES.with(|cache| {
        let mut cache = cache.borrow_mut();
        let mut text = match cache.get(filename) {
            Some(known) => known.as_deref().cloned().unwrap_or_default(),
            None => read_lines(filename)
                .map(|l| (*l).clone())
                .unwrap_or_default(),
        };
        for (n, l) in lines {
            let Some(i) = (*n as usize).checked_sub(1) else {
                continue;
            };
            if text.len() <= i {
                text.resize(i + 1, String::new());
            }
            text[i] = l.to_string();
        }
        cache.insert(filename.to_string(), Some(Rc::new(text)));
    });
}

/// `register_source` of one line.
pub fn register_source_line(filename: &str, line: u32, text: &str) {
    register_source(filename, &[(line, text)]);
}

/// The whole report for an uncaught exception, with its cause/context chain and,
/// for exception groups, their sub-exceptions (`_PyErr_Display`).
pub fn format_exception(vm: &mut Vm, exc: &Exc) -> String {
    format_exception_limited(vm, exc, None, true)
}

/// The report as the `traceback` module formats it: `limit` entries per
/// traceback (the outermost ones, or the innermost if negative; `Lib/traceback.py`
/// `StackSummary._extract_from_extended_frame_gen`), the chain only if `chain`.
pub fn format_exception_limited(vm: &mut Vm, exc: &Exc, limit: Option<i64>, chain: bool) -> String {
    let mut p = Printer {
        out: String::new(),
        seen: HashSet::new(),
        depth: 0,
        need_close: false,
        limit,
    };
    if chain {
        p.recursive(vm, exc);
    } else {
        p.one(vm, exc);
    }
    p.out
}

/// `traceback.format_exception_only`: the `Type: message` line and the notes.
pub fn format_exception_only(vm: &mut Vm, exc: &Exc) -> String {
    let mut p = Printer {
        out: exception_line(vm, exc),
        seen: HashSet::new(),
        depth: 0,
        need_close: false,
        limit: None,
    };
    p.out.push('\n');
    p.notes(vm, exc);
    p.out
}

/// The entries as `StackSummary.format` returns them: one string per entry shown
/// (File line, source, carets), plus the "[Previous line repeated …]" lines.
pub fn format_entry_chunks(entries: &[TracebackEntry]) -> Vec<String> {
    let mut out = String::new();
    format_entries(entries, "", &mut out);
    let mut chunks: Vec<String> = Vec::new();
    for line in out.split_inclusive('\n') {
        match chunks.last_mut() {
            Some(last) if line.starts_with("    ") => last.push_str(line),
            _ => chunks.push(line.to_string()),
        }
    }
    chunks
}

/// One exception without its chain (what `PyErr_WriteUnraisable` prints).
pub fn format_single_exception(vm: &mut Vm, exc: &Exc) -> String {
    let mut p = Printer {
        out: String::new(),
        seen: HashSet::new(),
        depth: 0,
        need_close: false,
        limit: None,
    };
    p.one(vm, exc);
    p.out
}

/// `struct exception_print_context`.
struct Printer {
    out: String,
    /// Exceptions already printed or queued (cycles in chains).
    seen: HashSet<usize>,
    /// `exception_group_depth`: nesting of the group being printed (0 outside).
    depth: usize,
    /// A closing `+----…` line is still owed by the innermost last sub-exception.
    need_close: bool,
    /// The `traceback` module's `limit` (None: `PyTraceBack_LIMIT` innermost).
    limit: Option<i64>,
}

fn id(e: &Exc) -> usize {
    Rc::as_ptr(e) as *const u8 as usize
}

impl Printer {
    /// `EXC_INDENT` spaces then `EXC_MARGIN`: the prefix of every line in a group.
    fn margin(&self) -> String {
        if self.depth == 0 {
            String::new()
        } else {
            format!("{}| ", " ".repeat(2 * self.depth))
        }
    }

    /// `print_exception_recursive`: the chain (oldest first, each followed by
    /// its link message), then `exc` itself. The chain is collected first, as
    /// CPython marks every member seen before printing any.
    fn recursive(&mut self, vm: &mut Vm, exc: &Exc) {
        self.seen.insert(id(exc));
        let mut chain: Vec<(Exc, &str)> = Vec::new();
        let mut cur = exc.clone();
        while let Some(data) = cur.exc() {
            let (cause, context, suppress) = {
                let d = data.borrow();
                (d.cause.clone(), d.context.clone(), d.suppress_context)
            };
            let next = match (cause, context) {
                (Some(Value::Instance(c)), _) => Some((c, CAUSE_MESSAGE)),
                (_, Some(Value::Instance(c))) if !suppress => Some((c, CONTEXT_MESSAGE)),
                _ => None,
            };
            match next {
                Some((e, msg)) if self.seen.insert(id(&e)) => {
                    chain.push((e.clone(), msg));
                    cur = e;
                }
                _ => break,
            }
        }
        for (e, msg) in chain.iter().rev() {
            let need_close = self.need_close;
            self.one(vm, e);
            self.need_close = need_close;
            let m = self.margin();
            let _ = write!(self.out, "{m}\n{m}{msg}{m}\n");
        }
        self.one(vm, exc);
    }

    fn one(&mut self, vm: &mut Vm, exc: &Exc) {
        match vm.group_exceptions(&Value::Instance(exc.clone())) {
            Some(items) => self.group(vm, exc, &items.items),
            None => self.single(vm, exc),
        }
    }

    /// `print_exception`: traceback, `Type: message` line, notes.
    fn single(&mut self, vm: &mut Vm, exc: &Exc) {
        let entries: Vec<TracebackEntry> = exc
            .exc()
            .map(|d| d.borrow().traceback.to_vec())
            .unwrap_or_default();
        let margin = self.margin();
        let shown = match self.limit {
            None => &entries[entries.len().saturating_sub(TRACEBACK_LIMIT)..],
            Some(n) if n >= 0 => &entries[..entries.len().min(n as usize)],
            Some(n) => {
                let keep = usize::try_from(n.unsigned_abs()).unwrap_or(usize::MAX);
                &entries[entries.len().saturating_sub(keep)..]
            }
        };
        if !shown.is_empty() {
            let is_group = vm.group_exceptions(&Value::Instance(exc.clone())).is_some();
            let (header_margin, header) = match (is_group, self.depth) {
                (true, 1) => ("  + ".to_string(), GROUP_HEADER),
                (true, _) => (margin.clone(), GROUP_HEADER),
                (false, _) => (margin.clone(), HEADER),
            };
            let _ = writeln!(self.out, "{header_margin}{header}");
            format_entries(shown, &margin, &mut self.out);
        }
        if exc.class().is_subclass(&vm.types.exc.syntax_error) {
            syntax_error_block(vm, exc, &margin, &mut self.out);
        }
        self.out.push_str(&margin);
        self.out.push_str(&exception_line(vm, exc));
        self.out.push('\n');
        self.notes(vm, exc);
    }

    /// `print_exception_notes`: each note's lines behind the margin.
    fn notes(&mut self, vm: &mut Vm, exc: &Exc) {
        let v = Value::Instance(exc.clone());
        let notes = match vm.get_attr_opt(&v, &crate::intern!("__notes__")) {
            Ok(Some(n)) => n,
            _ => return,
        };
        let margin = self.margin();
        let items = match &notes {
            Value::List(l) => l.items.borrow().clone(),
            Value::Tuple(t) => t.items.to_vec(),
            other => {
                let r = vm
                    .repr(other)
                    .map(|s| s.as_str().to_string())
                    .unwrap_or_else(|_| "<__notes__ repr() failed>".to_string());
                // 3.11.7's C printer writes no newline after it.
                let _ = write!(self.out, "{margin}{r}");
                return;
            }
        };
        for note in items {
            match vm.to_str(&note) {
                Ok(s) => {
                    for line in s.as_str().split_inclusive('\n') {
                        self.out.push_str(&margin);
                        self.out.push_str(line);
                    }
                }
                Err(_) => self.out.push_str("<note str() failed>"),
            }
            self.out.push('\n');
        }
    }

    /// `print_exception_group`: the group, then each sub-exception in its frame
    /// (at most `MAX_GROUP_WIDTH`, nested at most `MAX_GROUP_DEPTH` deep).
    fn group(&mut self, vm: &mut Vm, exc: &Exc, items: &[Value]) {
        if self.depth > MAX_GROUP_DEPTH {
            let m = self.margin();
            let _ = writeln!(self.out, "{m}... (max_group_depth is {MAX_GROUP_DEPTH})");
            return;
        }
        if self.depth == 0 {
            self.depth = 1;
        }
        self.single(vm, exc);
        let n = items.len().min(MAX_GROUP_WIDTH + 1);
        self.need_close = false;
        for (i, item) in items.iter().take(n).enumerate() {
            let last = i == n - 1;
            if last {
                self.need_close = true;
            }
            let indent = " ".repeat(2 * self.depth);
            let lead = if i == 0 { "+-" } else { "  " };
            let truncated = i >= MAX_GROUP_WIDTH;
            if truncated {
                let _ = writeln!(
                    self.out,
                    "{indent}{lead}+---------------- ... ----------------"
                );
            } else {
                let _ = writeln!(
                    self.out,
                    "{indent}{lead}+---------------- {} ----------------",
                    i + 1
                );
            }
            self.depth += 1;
            if truncated {
                let more = items.len() - MAX_GROUP_WIDTH;
                let m = self.margin();
                let s = if more > 1 { "s" } else { "" };
                let _ = writeln!(self.out, "{m}and {more} more exception{s}");
            } else if let Value::Instance(e) = item {
                self.recursive(vm, e);
            }
            if last && self.need_close {
                let indent = " ".repeat(2 * self.depth);
                let _ = writeln!(self.out, "{indent}+------------------------------------");
                self.need_close = false;
            }
            self.depth -= 1;
        }
        if self.depth == 1 {
            self.depth = 0;
        }
    }
}

/// `ValueError: msg`, `KeyError: 'x'`, `mod.MyError: msg`, or just the name.
pub fn exception_line(vm: &mut Vm, exc: &Exc) -> String {
    let cls = exc.class();
    let mut line = match cls.module_name().as_str() {
        "builtins" | "__main__" => cls.qualname.as_str().to_string(),
        m => format!("{m}.{}", cls.qualname.as_str()),
    };
    if cls.is_subclass(&vm.types.exc.syntax_error) {
        line.push_str(": ");
        line.push_str(&syntax_error_message(vm, exc));
        return line;
    }
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

fn format_entries(entries: &[TracebackEntry], margin: &str, out: &mut String) {
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
            display_line(e, margin, out);
        }
    }
    if count > RECURSIVE_CUTOFF {
        repeated(count, out);
    }
}

/// `tb_print_line_repeated` (3.11 writes it without the group margin).
fn repeated(count: usize, out: &mut String) {
    let n = count - RECURSIVE_CUTOFF;
    let _ = writeln!(
        out,
        "  [Previous line repeated {n} more time{}]",
        if n > 1 { "s" } else { "" }
    );
}

/// `tb_displayline`: the File line, the stripped source line and the carets,
/// each behind `margin` (inside exception groups).
fn display_line(e: &TracebackEntry, margin: &str, out: &mut String) {
    let pos = e.code.position(e.ip as usize);
    let _ = writeln!(
        out,
        "{margin}  File \"{}\", line {}, in {}",
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
    let _ = writeln!(out, "{margin}    {stripped}");
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
    let mut carets = format!("{margin}    ");
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

/// An attribute of an exception for the report, `None` when absent or failing.
fn exc_attr(vm: &mut Vm, exc: &Exc, name: &str) -> Value {
    let v = Value::Instance(exc.clone());
    vm.get_attr_opt(&v, &crate::object::Str::intern(name))
        .ok()
        .flatten()
        .unwrap_or(Value::None)
}

/// A SyntaxError's message under its location block: `msg`, not `str(e)` (which
/// repeats the file and line), with the file name when there is no line
/// (`Lib/traceback.py` `_format_syntax_error`).
fn syntax_error_message(vm: &mut Vm, exc: &Exc) -> String {
    let mut attr = |name: &str| exc_attr(vm, exc, name);
    let (msg, lineno, filename) = (attr("msg"), attr("lineno"), attr("filename"));
    let mut text = match vm.truthy(&msg) {
        Ok(true) => vm.to_str(&msg).map_or_else(
            |_| "<exception str() failed>".to_string(),
            |s| s.as_str().to_string(),
        ),
        _ => "<no detail available>".to_string(),
    };
    if lineno.is_none() && !filename.is_none() {
        if let Ok(f) = vm.to_str(&filename) {
            text.push_str(&format!(" ({})", f.as_str()));
        }
    }
    text
}

/// The location block above a SyntaxError's message (`print_exception`'s
/// `print_error_text` path, as `Lib/traceback.py` `_format_syntax_error`):
/// `File "f", line N`, the stripped source line and the carets.
fn syntax_error_block(vm: &mut Vm, exc: &Exc, margin: &str, out: &mut String) {
    let mut attr = |name: &str| exc_attr(vm, exc, name);
    let (filename, lineno, text) = (attr("filename"), attr("lineno"), attr("text"));
    let (offset, end_offset) = (attr("offset"), attr("end_offset"));
    let Value::Int(lineno) = lineno else { return };
    let filename = match &filename {
        Value::Str(s) => s.as_str().to_string(),
        _ => "<string>".to_string(),
    };
    let _ = writeln!(out, "{margin}  File \"{filename}\", line {lineno}");
    let Value::Str(text) = text else { return };
    let rtext = text.as_str().trim_end_matches('\n');
    let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
    let indent = (rtext.chars().count() - ltext.chars().count()) as i64;
    let _ = writeln!(out, "{margin}    {ltext}");
    let Value::Int(start) = offset else { return };
    let end = match end_offset {
        Value::Int(e) if e != 0 => e,
        _ => start,
    };
    let end = if start == end || end == -1 {
        start + 1
    } else {
        end
    };
    let (col, end_col) = (start - 1 - indent, end - 1 - indent);
    if col < 0 {
        return;
    }
    let pad: String = ltext
        .chars()
        .take(col as usize)
        .map(|c| if c.is_whitespace() { c } else { ' ' })
        .collect();
    let carets = "^".repeat((end_col - col).max(0) as usize);
    let _ = writeln!(out, "{margin}    {pad}{carets}");
}
