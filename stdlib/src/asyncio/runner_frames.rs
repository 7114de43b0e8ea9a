//! The traceback entries CPython 3.11.7 shows between `<module>` and the main
//! coroutine's frames when an exception escapes `asyncio.run(main())`:
//! `runners.py` (`run` → `Runner.run`) and `base_events.py`
//! (`run_until_complete` → `future.result()`), and those of the errors
//! `asyncio.run` raises itself (a non-coroutine argument, a running loop). Coil's `asyncio.run` is Rust, so
//! the entries are synthesised with those files' line numbers, source lines and
//! caret ranges, under `<prefix>/lib/python3.11/asyncio/` (`prefix` being the
//! folder above the `coil` binary's, as CPython's `sys.prefix` is above `bin/`).

use coil_interp::bytecode::{CodeObject, Position};
use coil_interp::object::exception::TracebackEntry;
use coil_interp::object::Str;
use coil_interp::vm::traceback::register_source;
use coil_interp::Exc;
use std::rc::Rc;

/// One synthesised entry: file, function, line, source line as in 3.11.7,
/// caret columns, and the last line of the statement (a `raise` spanning
/// several lines shows its first line without carets, as CPython prints it).
type Frame = (&'static str, &'static str, u32, &'static str, u32, u32, u32);

/// `run` → `Runner.run` → `run_until_complete`: the main task ended with an
/// exception (the `base_events.py` entry, `return future.result()`, is added by
/// `Vm::run_until_complete` itself, as for `loop.run_until_complete`).
const UNTIL_COMPLETE: [Frame; 2] = [
    (
        "runners.py",
        "run",
        190,
        "        return runner.run(main)",
        15,
        31,
        190,
    ),
    (
        "runners.py",
        "run",
        118,
        "            return self._loop.run_until_complete(task)",
        19,
        54,
        118,
    ),
];

/// Ctrl-C: the main task's CancelledError is caught inside `Runner.run`, so its
/// traceback starts there (no `run` entry above it; `base_events.py`'s comes
/// from `Vm::run_until_complete`)...
const CANCELLED_BY_INTERRUPT: [Frame; 1] = [UNTIL_COMPLETE[1]];

/// ... and the KeyboardInterrupt raised while handling it comes out of `run`.
const INTERRUPTED: [Frame; 2] = [
    UNTIL_COMPLETE[0],
    (
        "runners.py",
        "run",
        123,
        "                    raise KeyboardInterrupt()",
        20,
        45,
        123,
    ),
];

/// `Runner.run` refusing what is not a coroutine.
const NOT_COROUTINE: [Frame; 2] = [
    UNTIL_COMPLETE[0],
    (
        "runners.py",
        "run",
        89,
        "            raise ValueError(\"a coroutine was expected, got {!r}\".format(coro))",
        12,
        79,
        89,
    ),
];

/// `asyncio.run` called while a loop runs (fails before making a `Runner`).
const NESTED: [Frame; 1] = [(
    "runners.py",
    "run",
    186,
    "        raise RuntimeError(",
    8,
    71,
    187,
)];

/// Which of `asyncio.run`'s ways out an exception takes.
#[derive(Clone, Copy)]
pub enum Exit {
    /// The main task's exception, out of `run_until_complete`.
    UntilComplete,
    /// `ValueError`: the argument is not a coroutine.
    NotCoroutine,
    /// `RuntimeError`: called from a running event loop.
    Nested,
    /// The main task's CancelledError after Ctrl-C.
    CancelledByInterrupt,
    /// The KeyboardInterrupt `Runner.run` raises after Ctrl-C.
    Interrupted,
}

impl Exit {
    fn frames(self) -> &'static [Frame] {
        match self {
            Exit::UntilComplete => &UNTIL_COMPLETE,
            Exit::NotCoroutine => &NOT_COROUTINE,
            Exit::Nested => &NESTED,
            Exit::CancelledByInterrupt => &CANCELLED_BY_INTERRUPT,
            Exit::Interrupted => &INTERRUPTED,
        }
    }
}

/// Where CPython's asyncio sources would be for this `coil` binary: the file
/// names of asyncio's frames, native and Python parts alike.
pub(crate) fn asyncio_dir() -> String {
    format!("{}/asyncio", coil_interp::vm::import::cpython_lib_dir())
}

thread_local! {
    static ENTRIES: [Vec<TracebackEntry>; 5] = entries();
}

fn entries() -> [Vec<TracebackEntry>; 5] {
    let dir = asyncio_dir();
    let all = [
        Exit::UntilComplete,
        Exit::NotCoroutine,
        Exit::Nested,
        Exit::CancelledByInterrupt,
        Exit::Interrupted,
    ];
    for file in ["runners.py", "base_events.py"] {
        let lines: Vec<(u32, &str)> = all
            .iter()
            .flat_map(|e| e.frames())
            .filter(|f| f.0 == file)
            .map(|f| (f.2, f.3))
            .collect();
        register_source(&format!("{dir}/{file}"), &lines);
    }
    all.map(|exit| {
        exit.frames()
            .iter()
            .map(|&(file, name, line, _, col, end_col, end_line)| {
                let name = Str::intern(name);
                TracebackEntry {
                    code: Rc::new(CodeObject {
                        name: name.clone(),
                        qualname: name,
                        filename: Str::intern(&format!("{dir}/{file}")),
                        first_line: line,
                        instrs: Vec::new(),
                        positions: vec![Position {
                            line,
                            end_line,
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
                    }),
                    ip: 0,
                }
            })
            .collect()
    })
}

/// Puts the entries of `asyncio.run`'s way out `exit` in front of `e`'s
/// traceback (the `<module>` entry is added outside, as the exception leaves
/// the call).
pub fn add(e: &Exc, exit: Exit) {
    if let Some(d) = e.exc() {
        let mut d = d.borrow_mut();
        ENTRIES.with(|frames| {
            d.traceback
                .splice(0..0, frames[exit as usize].iter().cloned());
        });
    }
}
