//! The traceback entries CPython 3.11.7 shows between `<module>` and the main
//! coroutine's frames when an exception escapes `asyncio.run(main())`:
//! `runners.py` (`run` → `Runner.run`) and `base_events.py`
//! (`run_until_complete` → `future.result()`), and those of the errors
//! `asyncio.run` raises itself (a non-coroutine argument, a running loop).
//! Coil's `asyncio.run` is Rust, so the entries are described as
//! `vm/library_frames.rs` frames with those files' line numbers, source lines
//! and caret ranges.

use crate::library_lines::LibraryFile;
use coil_interp::vm::library_frames;
use coil_interp::Exc;

/// The lines of `runners.py` these tracebacks show.
#[rustfmt::skip]
const RUNNERS: LibraryFile = LibraryFile {
    name: "asyncio/runners.py",
    lines: &[
        (190, "run", "        return runner.run(main)", Some((15, 31)), None),
        (118, "run", "            return self._loop.run_until_complete(task)", Some((19, 54)), None),
        (123, "run", "                    raise KeyboardInterrupt()", Some((20, 45)), None),
        (89, "run", "            raise ValueError(\"a coroutine was expected, got {!r}\".format(coro))", Some((12, 79)), None),
        (186, "run", "        raise RuntimeError(", Some((8, 71)), Some(187)),
    ],
};

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
    /// The lines of `runners.py` this way out passes, outermost first.
    fn lines(self) -> &'static [u32] {
        match self {
            // `run` → `Runner.run` → `run_until_complete` (the `base_events.py`
            // entry, `return future.result()`, is added by
            // `Vm::run_until_complete` itself, as for `loop.run_until_complete`).
            Exit::UntilComplete => &[190, 118],
            // `Runner.run` refusing what is not a coroutine.
            Exit::NotCoroutine => &[190, 89],
            // Called while a loop runs: fails before making a `Runner`.
            Exit::Nested => &[186],
            // Ctrl-C: the main task's CancelledError is caught inside
            // `Runner.run`, so its traceback starts there...
            Exit::CancelledByInterrupt => &[118],
            // ... and the KeyboardInterrupt raised while handling it comes out of `run`.
            Exit::Interrupted => &[190, 123],
        }
    }
}

/// Puts the entries of `asyncio.run`'s way out `exit` in front of `e`'s
/// traceback (the `<module>` entry is added outside, as the exception leaves
/// the call).
pub fn add(e: &Exc, exit: Exit) {
    if let Some(d) = e.exc() {
        let frames = RUNNERS.frames(exit.lines());
        let mut d = d.borrow_mut();
        d.traceback
            .splice(0..0, frames.iter().map(library_frames::entry));
    }
}
