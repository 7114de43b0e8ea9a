//! Frames of CPython library functions that Coil implements natively.
//!
//! `random.choice` is Python in CPython (`Lib/random.py`) but Rust here, so an
//! exception it raises would show no frame of its own where CPython's
//! traceback shows `File ".../random.py", line 373, in choice` and the line's
//! text. A native function that stands for such Python code describes the
//! frames CPython would show as [`LibraryFrame`]s and attaches them to the
//! exception it raises with [`raised_in`]; they read as ordinary frames of the
//! library file (its name under `sys.prefix`, the line's text registered for
//! the traceback printer).
//!
//! asyncio's runner frames (`stdlib/src/asyncio/runner_frames.rs`), which stand
//! *outside* the main coroutine, and the loop's `events.py`/`base_events.py`
//! entries (`event_loop/report.rs`) are described the same way and placed
//! with [`entry`].

use super::import::cpython_lib_dir;
use super::traceback::register_source;
use crate::bytecode::{CodeObject, Position};
use crate::object::exception::TracebackEntry;
use crate::object::{Exc, Str};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// One frame of CPython's library as its traceback shows it.
#[derive(Clone, Copy)]
pub struct LibraryFrame {
    /// The file under CPython's library folder, e.g. `random.py`.
    pub file: &'static str,
    pub line: u32,
    /// The function's name, e.g. `choice`.
    pub function: &'static str,
    /// The line's text as CPython's file has it, indentation included.
    pub text: &'static str,
    /// The columns (in `text`) of the failing expression, for the carets;
    /// `None` for a whole statement (a `raise`), which gets none.
    pub span: Option<(u32, u32)>,
    /// The statement's last line when it spans several (CPython then prints
    /// its first line without carets); `None` for one line.
    pub end_line: Option<u32>,
}

/// A described frame: its file, line and function.
type FrameKey = (&'static str, u32, &'static str);

thread_local! {
    /// One code object per frame described, so that an exception raised a
    /// million times does not build a million.
    static CODES: RefCell<HashMap<FrameKey, Rc<CodeObject>>> = RefCell::new(HashMap::new());
}

/// Attaches `frames` (outermost first) to `e` as the innermost entries of its
/// traceback: the frames of the library code that raised it. Returns `e`.
pub fn raised_in(e: Exc, frames: &[LibraryFrame]) -> Exc {
    if let Some(data) = e.exc() {
        let mut data = data.borrow_mut();
        for frame in frames {
            data.traceback.push(entry(frame));
        }
    }
    e
}

/// The traceback entry of one described frame.
pub fn entry(frame: &LibraryFrame) -> TracebackEntry {
    TracebackEntry {
        code: code_for(frame),
        ip: 0,
    }
}

fn code_for(frame: &LibraryFrame) -> Rc<CodeObject> {
    let key = (frame.file, frame.line, frame.function);
    if let Some(code) = CODES.with(|c| c.borrow().get(&key).cloned()) {
        return code;
    }
    let filename = format!("{}/{}", cpython_lib_dir(), frame.file);
    register_source(&filename, &[(frame.line, frame.text)]);
    let indent = frame.text.len() - frame.text.trim_start().len();
    let (col, end_col) = frame
        .span
        .unwrap_or((indent as u32, frame.text.trim_end().len() as u32));
    let name = Str::intern(frame.function);
    let code = Rc::new(CodeObject {
        name: name.clone(),
        qualname: name,
        filename: Str::intern(&filename),
        first_line: frame.line,
        instrs: Vec::new(),
        positions: vec![Position {
            line: frame.line,
            end_line: frame.end_line.unwrap_or(frame.line),
            col,
            end_col,
        }],
        consts: Vec::new(),
        names: Vec::new(),
        varnames: Vec::new(),
        cellvars: Vec::new(),
        freevars: Vec::new(),
        cell2arg: Vec::new(),
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        flags: Default::default(),
        stacksize: 0,
        docstring: None,
    });
    CODES.with(|c| c.borrow_mut().insert(key, code.clone()));
    code
}
