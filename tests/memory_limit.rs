//! Programs under an address-space limit (`RLIMIT_AS`, set in the child): growth
//! that runs out of memory ends in MemoryError the program can catch, never in
//! Rust's "memory allocation failed" abort that loses the output. Found by
//! `coil-fuzz` (a mutant filling a deque from `range(2**1000)`). CPython 3.11
//! raises MemoryError for the list; for the deque it raises SystemError
//! ("returned NULL without setting an exception"), its own bug, not copied.
//!
//! Run: `cargo test --release --test memory_limit`.

use std::os::unix::process::CommandExt;
use std::process::Command;

/// Address space for the child: the interpreter thread's 256 MiB stack, the
/// binary, and a few hundred MiB of heap.
const LIMIT: u64 = 768 << 20;

fn run_limited(source: &str) -> (String, String, Option<i32>) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_coil"));
    cmd.args(["-c", source]);
    // SAFETY: `setrlimit` is async-signal-safe and touches only the child.
    unsafe {
        cmd.pre_exec(|| {
            let lim = libc::rlimit {
                rlim_cur: LIMIT,
                rlim_max: LIMIT,
            };
            libc::setrlimit(libc::RLIMIT_AS, &lim);
            Ok(())
        });
    }
    let o = cmd.output().expect("run coil");
    (
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
        o.status.code(),
    )
}

#[test]
fn deque_from_endless_range_is_memory_error() {
    let (out, err, code) = run_limited(
        "from collections import deque\nprint('start')\n\
         try:\n    deque(range(2**1000))\nexcept MemoryError as e:\n    print('MemoryError', repr(e))\n\
         d = deque()\ntry:\n    while True: d.append(0)\nexcept MemoryError:\n    print('append too')\n\
         del d\nprint('usable', sum(range(10)))\n",
    );
    assert_eq!(
        out, "start\nMemoryError MemoryError()\nappend too\nusable 45\n",
        "{err}"
    );
    assert_eq!(code, Some(0));
}

#[test]
fn list_append_until_full_is_memory_error() {
    let (out, err, code) = run_limited(
        "print('start')\nl = []\ntry:\n    while True: l.append(None)\n\
         except MemoryError:\n    n = len(l)\n    del l\n    print('MemoryError', n > 1000)\n",
    );
    assert_eq!(out, "start\nMemoryError True\n", "{err}");
    assert_eq!(code, Some(0));
}

/// Results a program's data makes too large to build: each raises MemoryError
/// and the interpreter stays usable (found by `coil-fuzz`: the repr of a 2 GiB
/// bytearray aborted while it grew).
#[test]
fn too_large_results_are_memory_errors() {
    let (out, err, code) = run_limited(
        "cases = {\n\
         'bytes repr': lambda: repr(b'\\x00' * 2**27),\n\
         'bytearray repr': lambda: repr(bytearray(2**27)),\n\
         'str repr': lambda: repr('\\x00' * 2**27),\n\
         'list repr': lambda: repr([10**6] * 2**24),\n\
         'str concat': lambda: ('a' * 2**27) * 2 + 'a' * 2**28,\n\
         'list concat': lambda: [0] * 2**25 + [0] * 2**25,\n\
         'join': lambda: ''.join(['a' * 2**20] * 600),\n\
         'replace': lambda: ('ab' * 2**26).replace('a', 'aaaaaaaa'),\n\
         'split': lambda: ('a ' * 2**26).split(),\n\
         'utf-32': lambda: ('a' * 2**27).encode('utf-32'),\n\
         'list()': lambda: list(i for i in range(2**28)),\n\
         'comprehension': lambda: [0 for _ in range(2**28)],\n\
         'f-string': lambda: (lambda x: f'{x}{x}{x}{x}')('a' * 2**27),\n\
         }\n\
         for name, make in cases.items():\n\
         \x20   try:\n\
         \x20       make()\n\
         \x20       print(name, 'built')\n\
         \x20   except MemoryError:\n\
         \x20       print(name, 'MemoryError')\n\
         print('usable', sum(range(10)))\n",
    );
    let expected: String = [
        "bytes repr",
        "bytearray repr",
        "str repr",
        "list repr",
        "str concat",
        "list concat",
        "join",
        "replace",
        "split",
        "utf-32",
        "list()",
        "comprehension",
        "f-string",
    ]
    .iter()
    .map(|name| format!("{name} MemoryError\n"))
    .collect();
    assert_eq!(out, expected + "usable 45\n", "{err}");
    assert_eq!(code, Some(0));
}

/// Memory filled by many small objects: the failing allocation is a small one
/// deep in the interpreter (a str, a dict's resize, the collector's registry),
/// where the allocator's reserve (`object/parachute.rs`) turns it into a
/// MemoryError at the next safepoint. Found by coil-fuzz (`"+".join(map(str,
/// range(10**100)))` aborted on a 48-byte allocation).
#[test]
fn many_small_objects_are_memory_errors() {
    let (out, err, code) = run_limited(
        "class P:\n    def __init__(self, i): self.i = i\n\
         cases = {\n\
         \x20   'join of map': lambda: '+'.join(map(str, range(10**100))),\n\
         \x20   'list of lists': lambda: [[i] for i in range(10**9)],\n\
         \x20   'dict of str': lambda: {i: str(i) for i in range(10**9)},\n\
         \x20   'set add': lambda: {str(i) for i in range(10**9)},\n\
         \x20   'instances': lambda: [P(i) for i in range(10**9)],\n\
         }\n\
         for name, make in cases.items():\n\
         \x20   try:\n\
         \x20       make()\n\
         \x20       print(name, 'built')\n\
         \x20   except MemoryError:\n\
         \x20       print(name, 'MemoryError')\n\
         print('usable', sum(range(10)))\n",
    );
    let expected: String = [
        "join of map",
        "list of lists",
        "dict of str",
        "set add",
        "instances",
    ]
    .iter()
    .map(|name| format!("{name} MemoryError\n"))
    .collect();
    assert_eq!(out, expected + "usable 45\n", "{err}");
    assert_eq!(code, Some(0));
}
