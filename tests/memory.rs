//! Memory tests: the `coil` binary runs programs that create a million objects in
//! reference cycles, and the child's peak resident set size (`ru_maxrss` from
//! `wait4`, so per child, not per test process) must stay under a fixed bound that a
//! leaking implementation blows through (each program below leaks 150 MB – 850 MB
//! without the cycle collector in `interp/src/gc/`). Also: a 100,000-deep nested
//! list and a 100,000-deep cycle are freed without overflowing the stack.
//!
//! Run: `cargo test --release --test memory`.

use std::io::Read;
use std::process::{Command, Stdio};

/// Peak RSS allowed for every program here. Coil itself needs about 6 MB.
const BOUND_KB: i64 = 60 * 1024;

/// Runs `source` with the built `coil`; returns (stdout, exit status, peak RSS in KB).
fn run(name: &str, source: &str) -> (String, i32, i64) {
    let dir = std::env::temp_dir().join(format!("coil-memory-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(format!("{name}.py"));
    std::fs::write(&path, source).expect("write program");
    let mut child = Command::new(env!("CARGO_BIN_EXE_coil"))
        .arg(&path)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("spawn coil");
    let mut out = String::new();
    child
        .stdout
        .take()
        .expect("stdout")
        .read_to_string(&mut out)
        .expect("read stdout");
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: `rusage` is plain data that `wait4` fills in; the child is ours and
    // has not been waited for (std's `Child` is dropped without waiting).
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(r, pid, "wait4 failed");
    drop(child);
    let _ = std::fs::remove_file(&path);
    let code = if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        -1
    };
    (out, code, usage.ru_maxrss)
}

fn check(name: &str, source: &str, expected: &str) {
    let (out, code, kb) = run(name, source);
    eprintln!("{name}: peak RSS {} MB", kb / 1024);
    assert_eq!(code, 0, "{name} exited with {code}");
    assert_eq!(out, expected, "{name} printed the wrong thing");
    assert!(
        kb < BOUND_KB,
        "{name}: peak RSS {} MB exceeds {} MB: cycles leak",
        kb / 1024,
        BOUND_KB / 1024
    );
}

#[test]
fn million_self_referencing_lists() {
    check(
        "self_lists",
        "for i in range(1_000_000):\n    a = [i]\n    a.append(a)\nprint('ok')\n",
        "ok\n",
    );
}

#[test]
fn million_instance_pairs() {
    check(
        "instance_pairs",
        "class A:\n    pass\n\
         for i in range(1_000_000):\n    a = A()\n    b = A()\n    a.other = b\n    b.other = a\n\
         print('ok')\n",
        "ok\n",
    );
}

#[test]
fn million_self_referencing_closures() {
    check(
        "closures",
        "def make():\n    def f():\n        return f\n    return f\n\
         for i in range(1_000_000):\n    make()\nprint('ok')\n",
        "ok\n",
    );
}

#[test]
fn million_dict_set_and_method_cycles() {
    check(
        "mixed",
        "class K:\n    def __init__(self):\n        self.s = {self}\n        self.m = self.meth\n\
         \x20   def meth(self):\n        return 1\n\
         for i in range(1_000_000):\n    d = {}\n    d['d'] = d\n    k = K()\n\
         print('ok')\n",
        "ok\n",
    );
}

#[test]
fn million_generator_cycles() {
    check(
        "generators",
        "def gen():\n    me = yield\n    yield me\n\
         for i in range(1_000_000):\n    g = gen()\n    next(g)\n    g.send(g)\n\
         print('ok')\n",
        "ok\n",
    );
}

#[test]
fn cycles_reachable_from_a_long_lived_list_survive() {
    // Half the cycles stay reachable from `keep`; collections must not clear them.
    check(
        "kept",
        "keep = []\n\
         for i in range(200_000):\n    a = [i]\n    a.append(a)\n    if i % 1000 == 0:\n        keep.append(a)\n\
         import gc\ngc.collect()\n\
         print(len(keep), all(k[1] is k and k[0] == 1000 * n for n, k in enumerate(keep)))\n",
        "200 True\n",
    );
}

#[test]
fn deep_nested_list_is_freed() {
    check(
        "deep",
        "for r in range(5):\n    x = []\n    for i in range(100_000):\n        x = [x]\n    x = None\n\
         print('ok')\n",
        "ok\n",
    );
}

#[test]
fn deep_cycle_is_collected() {
    check(
        "deep_cycle",
        "import gc\n\
         for r in range(5):\n    outer = []\n    cur = outer\n    for i in range(100_000):\n        nxt = []\n        cur.append(nxt)\n        cur = nxt\n\
         \x20   cur.append(outer)\n    outer = cur = nxt = None\n    gc.collect()\n\
         print('ok')\n",
        "ok\n",
    );
}

/// Golden programs rerun with `COIL_GC_STRESS=1` (a full collection at every
/// safepoint after any allocation): their output must still be CPython's. Programs
/// that build huge heaps are left out (stress makes collection quadratic).
#[test]
fn goldens_under_gc_stress() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let programs = [
        "memory/cycles_survive_collect",
        "memory/cycles_survive_edge_cases",
        "memory/gc_module",
        "generators/send",
        "generators/throw_close",
        "generators/yield_from_return",
        "generators/generator_pipeline",
        "functions/closures",
        "functions/decorators",
        "classes/super_forms",
        "dict/mutation_during_iteration",
        "list/recursive_repr",
        "exceptions/implicit_chaining",
        "dict/views",
    ];
    let mut checked = 0;
    for name in programs {
        let py = root.join(format!("{name}.py"));
        let Ok(expected) = std::fs::read_to_string(root.join(format!("{name}.out"))) else {
            continue;
        };
        let out = Command::new(env!("CARGO_BIN_EXE_coil"))
            .arg(&py)
            .current_dir(py.parent().expect("folder"))
            .env("COIL_GC_STRESS", "1")
            .env("COIL_VIRTUAL_TIME", "1")
            .output()
            .expect("run coil");
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            expected,
            "{name} under COIL_GC_STRESS"
        );
        checked += 1;
    }
    assert!(checked >= 3, "golden programs not found");
}

/// The async stress test: rounds of 20,000 tasks, each awaiting a sleep, all
/// gathered. Tasks, their coroutines, futures and timers are freed after each
/// round, so the peak is one round's (about 50 MB), not five rounds' (250 MB).
#[test]
fn rounds_of_twenty_thousand_gathered_tasks_are_freed() {
    let (out, code, kb) = run(
        "gathered_tasks",
        "import asyncio\n\
         async def worker(i):\n    await asyncio.sleep(0.01)\n    return i\n\
         async def main():\n    total = 0\n    for _ in range(5):\n        \
         tasks = [asyncio.create_task(worker(i)) for i in range(20000)]\n        \
         total += sum(await asyncio.gather(*tasks))\n        del tasks\n    print(total)\n\
         asyncio.run(main())\n",
    );
    eprintln!("gathered_tasks: peak RSS {} MB", kb / 1024);
    assert_eq!(code, 0);
    assert_eq!(out, "999950000\n");
    assert!(kb < 2 * BOUND_KB, "peak RSS {} MB: tasks leak", kb / 1024);
}
