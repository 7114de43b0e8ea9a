//! The traceback entries CPython 3.11.7 shows between `<module>` and the main
//! coroutine's frames when an exception escapes `asyncio.run(main())`:
//! `runners.py` (`run` → `Runner.run`) and `base_events.py`
//! (`run_until_complete` → `future.result()`). Coil's `asyncio.run` is Rust, so
//! the entries are synthesised with those files' line numbers, source lines and
//! caret ranges, under `<prefix>/lib/python3.11/asyncio/` (`prefix` being the
//! folder above the `coil` binary's, as CPython's `sys.prefix` is above `bin/`).

use coil_interp::bytecode::{CodeObject, Position};
use coil_interp::object::exception::TracebackEntry;
use coil_interp::object::Str;
use coil_interp::vm::traceback::register_source;
use coil_interp::Exc;
use std::rc::Rc;

/// (file, function, line, source line as in 3.11.7, caret columns).
const FRAMES: [(&str, &str, u32, &str, u32, u32); 3] = [
    (
        "runners.py",
        "run",
        190,
        "        return runner.run(main)",
        15,
        31,
    ),
    (
        "runners.py",
        "run",
        118,
        "            return self._loop.run_until_complete(task)",
        19,
        54,
    ),
    (
        "base_events.py",
        "run_until_complete",
        653,
        "        return future.result()",
        15,
        30,
    ),
];

fn asyncio_dir() -> String {
    let prefix = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent()?.parent().map(|p| p.display().to_string()))
        .unwrap_or_default();
    format!("{prefix}/lib/python3.11/asyncio")
}

thread_local! {
    static ENTRIES: Vec<TracebackEntry> = entries();
}

fn entries() -> Vec<TracebackEntry> {
    let dir = asyncio_dir();
    for file in ["runners.py", "base_events.py"] {
        let lines: Vec<(u32, &str)> = FRAMES
            .iter()
            .filter(|f| f.0 == file)
            .map(|f| (f.2, f.3))
            .collect();
        register_source(&format!("{dir}/{file}"), &lines);
    }
    FRAMES
        .iter()
        .map(|&(file, name, line, _, col, end_col)| {
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
                        end_line: line,
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
}

/// Puts the runner's entries in front of `e`'s traceback (the `<module>` entry
/// is added outside, as the exception leaves the call).
pub fn add(e: &Exc) {
    if let Some(d) = e.exc() {
        let mut d = d.borrow_mut();
        ENTRIES.with(|frames| {
            d.traceback.splice(0..0, frames.iter().cloned());
        });
    }
}
