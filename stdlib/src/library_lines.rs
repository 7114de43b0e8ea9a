//! The lines of CPython's library files that tracebacks show where a Coil
//! native stands for Python code (`re/_parser.py`, `_strptime.py`,
//! `asyncio/runners.py`): each file is a table of rows, and one lookup makes a
//! row the `LibraryFrame` (`vm/library_frames.rs`) the traceback printer shows.
//! The rows copy CPython 3.11.7's files: line numbers, function names, source
//! text, and the caret columns of the failing call.

use coil_interp::vm::library_frames::LibraryFrame;

/// One line: (line number, function, text as the file has it, caret columns
/// of the failing call, last line of a statement spanning several). A `raise`
/// statement has no carets.
pub type Line = (
    u32,
    &'static str,
    &'static str,
    Option<(u32, u32)>,
    Option<u32>,
);

/// One library file (its path under CPython's library folder) and the lines
/// of it that tracebacks show.
pub struct LibraryFile {
    pub name: &'static str,
    pub lines: &'static [Line],
}

impl LibraryFile {
    /// The frame of line `line` (the first row for it), if the table has it.
    pub fn frame(&self, line: u32) -> Option<LibraryFrame> {
        let &(line, function, text, span, end_line) = self.lines.iter().find(|l| l.0 == line)?;
        Some(LibraryFrame {
            file: self.name,
            line,
            function,
            text,
            span,
            end_line,
        })
    }

    /// The frames of `lines` (outermost first) that the table has.
    pub fn frames(&self, lines: &[u32]) -> Vec<LibraryFrame> {
        lines.iter().filter_map(|&l| self.frame(l)).collect()
    }
}
