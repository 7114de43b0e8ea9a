//! The traceback entries CPython 3.11.7 shows between `<module>` and the main
//! coroutine's frames when an exception escapes `asyncio.run(main())`:
//! `runners.py` (`run` → `Runner.run`) and `base_events.py`
//! (`run_until_complete` → `future.result()`), and those of the errors
//! `asyncio.run` raises itself (a non-coroutine argument, a running loop).
//! Coil's `asyncio.run` is Rust, so the entries are described as
//! `vm/library_frames.rs` frames with those files' line numbers, source lines
//! and caret ranges.

use coil_interp::vm::library_frames::{self, LibraryFrame};
use coil_interp::Exc;

/// `run` → `Runner.run` → `run_until_complete`: the main task ended with an
/// exception (the `base_events.py` entry, `return future.result()`, is added by
/// `Vm::run_until_complete` itself, as for `loop.run_until_complete`).
const UNTIL_COMPLETE: [LibraryFrame; 2] = [
    LibraryFrame {
        file: "asyncio/runners.py",
        line: 190,
        function: "run",
        text: "        return runner.run(main)",
        span: Some((15, 31)),
        end_line: None,
    },
    LibraryFrame {
        file: "asyncio/runners.py",
        line: 118,
        function: "run",
        text: "            return self._loop.run_until_complete(task)",
        span: Some((19, 54)),
        end_line: None,
    },
];

/// Ctrl-C: the main task's CancelledError is caught inside `Runner.run`, so its
/// traceback starts there (no `run` entry above it; `base_events.py`'s comes
/// from `Vm::run_until_complete`)...
const CANCELLED_BY_INTERRUPT: [LibraryFrame; 1] = [UNTIL_COMPLETE[1]];

/// ... and the KeyboardInterrupt raised while handling it comes out of `run`.
const INTERRUPTED: [LibraryFrame; 2] = [
    UNTIL_COMPLETE[0],
    LibraryFrame {
        file: "asyncio/runners.py",
        line: 123,
        function: "run",
        text: "                    raise KeyboardInterrupt()",
        span: Some((20, 45)),
        end_line: None,
    },
];

/// `Runner.run` refusing what is not a coroutine.
const NOT_COROUTINE: [LibraryFrame; 2] = [
    UNTIL_COMPLETE[0],
    LibraryFrame {
        file: "asyncio/runners.py",
        line: 89,
        function: "run",
        text: "            raise ValueError(\"a coroutine was expected, got {!r}\".format(coro))",
        span: Some((12, 79)),
        end_line: None,
    },
];

/// `asyncio.run` called while a loop runs (fails before making a `Runner`).
const NESTED: [LibraryFrame; 1] = [LibraryFrame {
    file: "asyncio/runners.py",
    line: 186,
    function: "run",
    text: "        raise RuntimeError(",
    span: Some((8, 71)),
    end_line: Some(187),
}];

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
    fn frames(self) -> &'static [LibraryFrame] {
        match self {
            Exit::UntilComplete => &UNTIL_COMPLETE,
            Exit::NotCoroutine => &NOT_COROUTINE,
            Exit::Nested => &NESTED,
            Exit::CancelledByInterrupt => &CANCELLED_BY_INTERRUPT,
            Exit::Interrupted => &INTERRUPTED,
        }
    }
}

/// Puts the entries of `asyncio.run`'s way out `exit` in front of `e`'s
/// traceback (the `<module>` entry is added outside, as the exception leaves
/// the call).
pub fn add(e: &Exc, exit: Exit) {
    if let Some(d) = e.exc() {
        let mut d = d.borrow_mut();
        d.traceback
            .splice(0..0, exit.frames().iter().map(library_frames::entry));
    }
}
