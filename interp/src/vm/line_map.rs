//! CPython's line numbers for the frames of library modules written in
//! Python (asyncio's parts, `json`, `enum`, …), so a traceback through them
//! reads as CPython 3.11.7's does (e.g. `File ".../asyncio/tasks.py", line
//! 649, in sleep` / `return await future`).
//!
//! A module's line that can show in a traceback ends with a directive comment
//! naming the line of the same statement in CPython's module,
//! `return await future  # cpython: 649`; its text (without the comment) must
//! read as CPython's line does once leading whitespace is stripped, since that
//! text is what the traceback shows and the caret columns are measured on it.
//! After compiling, [`apply`] rewrites the position table of every code object
//! (nested ones too) from our line numbers to CPython's, and [`source_lines`]
//! lays the module's text out under the same numbers for the traceback printer.
//! Modules without directives keep their own numbering.
//!
//! A line without a directive (in a module that has some) must not claim some
//! unrelated line of CPython's file: it becomes `UNMAPPED_BASE + our line`,
//! past the end of every such module, so its frame shows our text under a
//! number that says plainly it is not CPython's.

use crate::bytecode::CodeObject;
use crate::object::Value;
use std::collections::HashMap;
use std::rc::Rc;

/// Added to the line number of a line with no directive (the largest module
/// so mapped, asyncio's `base_events.py`, has about 2,000 lines).
pub const UNMAPPED_BASE: u32 = 10_000;

const DIRECTIVE: &str = "# cpython: ";

const FILE_DIRECTIVE: &str = "# cpython-file: ";

/// How many opening lines of a module may hold its file directive.
const FILE_DIRECTIVE_LINES: usize = 20;

/// The file a module's frames name when it is a part of a module CPython
/// keeps in one file: a `# cpython-file: argparse.py 2` line in its source
/// (the number tells the parts apart, see [`unmapped_base`]).
pub fn shown_file(source: &str) -> Option<&str> {
    file_directive(source).next()
}

fn file_directive(source: &str) -> std::str::SplitWhitespace<'_> {
    // The directive belongs to the module's opening lines: only those are
    // read (a whole-file search cost 1 M instructions per `import asyncio`).
    source
        .lines()
        .take(FILE_DIRECTIVE_LINES)
        .find_map(|line| line.strip_prefix(FILE_DIRECTIVE))
        .unwrap_or("")
        .split_whitespace()
}

/// Where a part's lines without a directive are numbered from: parts sharing
/// one file each get their own ten thousand, so their texts cannot collide.
fn unmapped_base(source: &str) -> u32 {
    let part: u32 = file_directive(source)
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    UNMAPPED_BASE * (1 + part.min(100))
}

/// Whether `source` carries directives at all (most library modules do not).
pub fn has_directives(source: &str) -> bool {
    source.contains(DIRECTIVE)
}

/// One module's directives: our line → CPython's line, and CPython's lines' text.
pub struct LineMap {
    map: HashMap<u32, u32>,
    base: u32,
    text: Vec<(u32, String)>,
}

/// Reads the `# cpython: N` directives of a part's source.
pub fn parse(source: &str) -> LineMap {
    let mut map = HashMap::new();
    let mut text = Vec::new();
    for (i, line) in source.lines().enumerate() {
        let Some(at) = line.rfind(DIRECTIVE) else {
            continue;
        };
        let Ok(theirs) = line[at + DIRECTIVE.len()..].trim().parse::<u32>() else {
            continue;
        };
        let ours = i as u32 + 1;
        map.insert(ours, theirs);
        text.push((theirs, line[..at].trim_end().to_string()));
    }
    LineMap {
        map,
        text,
        base: unmapped_base(source),
    }
}

impl LineMap {
    fn line(&self, ours: u32) -> u32 {
        if ours == 0 {
            return 0;
        }
        self.map.get(&ours).copied().unwrap_or(self.base + ours)
    }
}

/// The text of a module with directives, by the line numbers its frames
/// carry after [`apply`]: CPython's line's text at each directive's number,
/// and every other line of ours at `UNMAPPED_BASE` past its own.
pub fn source_lines(source: &str) -> Vec<String> {
    let map = parse(source);
    let base = map.base as usize;
    let ours: Vec<&str> = source.split('\n').collect();
    let mut lines = vec![String::new(); base + ours.len()];
    for (i, line) in ours.iter().enumerate() {
        lines[base + i] = line.trim_end_matches('\r').to_string();
    }
    for (n, text) in map.text {
        if let Some(slot) = (n as usize).checked_sub(1).and_then(|i| lines.get_mut(i)) {
            *slot = text;
        }
    }
    lines
}

/// Renumbers `code` and the code objects nested in its constants. A statement
/// spanning several lines keeps its extent from its first line's new number
/// (unless its last line has a directive of its own). The code objects are
/// fresh from the compiler, so each is ours alone; one that is not (never
/// expected) is left as it is rather than copied.
pub fn apply(code: &mut Rc<CodeObject>, map: &LineMap) {
    let Some(code) = Rc::get_mut(code) else {
        return;
    };
    code.first_line = map.line(code.first_line);
    for p in &mut code.positions {
        let line = map.line(p.line);
        let end_line = match map.map.get(&p.end_line) {
            Some(&l) if p.end_line != p.line => l,
            _ if p.end_line == 0 => 0,
            _ => line + p.end_line.saturating_sub(p.line),
        };
        p.line = line;
        p.end_line = end_line;
    }
    for c in &mut code.consts {
        if let Value::Code(inner) = c {
            apply(inner, map);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directives_map_lines_and_keep_text() {
        let m = parse("x = 1\n    return await future  # cpython: 649\n");
        assert_eq!(m.line(2), 649);
        assert_eq!(m.line(1), UNMAPPED_BASE + 1);
        assert_eq!(m.line(0), 0);
        assert_eq!(m.text, vec![(649, "    return await future".to_string())]);
    }
}
