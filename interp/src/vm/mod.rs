//! The stackless virtual machine: the `Vm` (builtin types, modules, output streams,
//! the running frames) and the protocol operations every other part calls.
//!
//! Who implements what (one file per concept):
//! - `frame.rs`, `dispatch.rs`, `call.rs`, `unwind.rs`, `generator.rs`, `class_builder.rs`,
//!   `import.rs`, `traceback.rs`: frames, the dispatch loop, calls and argument binding,
//!   exception unwinding, generators, `__build_class__`/`super`, imports, tracebacks.
//! - `types.rs`: the builtin type objects and CPython's exception hierarchy.
//! - `errors.rs`: constructors for the exceptions the runtime raises.
//! - `ops/`: the object protocol (attributes, operators, comparison, hashing, repr/str,
//!   subscripts, iteration, formatting) for builtin values and instances with dunders.

pub mod anext;
pub mod async_gen;
pub mod async_gen_hooks;
mod compile_warnings;
pub mod context;
pub mod errors;
pub mod frame;
pub mod frame_object;
pub mod green;
pub mod green_io;
pub mod ops;
pub mod types;

mod attr_cache;
mod awaited_call;
mod bind;
mod budget;
mod call;
mod class_builder;
pub mod class_slots;
mod construction;
mod coro_wrapper;
pub(crate) mod del;
mod dispatch;
mod dunder;
mod except_star;
pub mod exception_group;
mod fast_ops;
pub mod finalize;
pub mod frozen_code;
pub(crate) mod gen_step;
pub(crate) mod generator;
pub mod import;
pub mod import_path;
mod init_frame;
mod instance_dicts;
mod instr;
pub mod library_frames;
pub mod line_map;
mod match_ops;
mod namespace;
mod recursion;
mod run;
mod spare_tuples;
mod stack;
pub mod suggestions;
mod super_;
mod syntax_error;
pub mod traceback;
mod trashcan;
mod unwind;
pub mod weakref;

pub use attr_cache::AttrEntry;
pub use call::GenStep;
pub use frame::{Block, Frame, FrameRole, PendingFrame, Segment};
pub use run::{exit_code_for, main_namespace, run_main, RunOutcome, UNHANDLED_KEYBOARD_INTERRUPT};
pub use super_::super_getattr;
pub use trashcan::drop_deep;
pub use types::{BuiltinTypes, ExceptionTypes};

use crate::object::{Dict, Module, Str, Value};
use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;

/// Creates a builtin module on first import (registered by `coil-stdlib`).
pub type ModuleInit = fn(&mut Vm) -> crate::RunResult<Rc<Module>>;

/// A library module whose source is compiled into the binary.
#[derive(Clone, Copy)]
pub struct FrozenModule {
    /// The Python source.
    pub source: &'static str,
    /// Its path under CPython's `lib/python3.11/` (`json/__init__.py`), which
    /// names it in tracebacks as CPython's file would be named.
    pub path: &'static str,
    /// A package (`__init__.py`): it gets `__path__` and submodules.
    pub is_package: bool,
}

/// The interpreter: builtin types, modules, output streams and the running frames.
pub struct Vm {
    /// Every builtin type and exception class.
    pub types: BuiltinTypes,
    /// The `builtins` module's namespace (filled by `coil-stdlib`).
    pub builtins: Rc<Dict>,
    /// `sys.modules`: imported modules by name.
    pub modules: Rc<Dict>,
    /// Builtin modules that can be imported (`time`, `math`, `asyncio`, …).
    pub native_modules: HashMap<&'static str, ModuleInit>,
    /// Library modules written in Python and compiled into the binary
    /// (`stdlib/lib/`): name → source, compiled on first import.
    pub frozen_modules: HashMap<&'static str, FrozenModule>,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// `sys.path[0]`: the script's folder, where `import other` looks for `other.py`.
    pub script_dir: Option<std::path::PathBuf>,
    /// Buffered standard output; flushed before anything goes to stderr and at exit,
    /// so the two streams interleave as the program wrote them.
    stdout: std::io::BufWriter<std::io::Stdout>,
    /// Maximum depth of nested frames (`sys.setrecursionlimit`).
    pub recursion_limit: usize,
    /// Addresses of the containers whose repr is being built, so a list that
    /// contains itself prints `[[...]]` (CPython's `Py_ReprEnter`).
    pub repr_stack: Vec<usize>,
    /// The running frames, innermost last (all nested runs share this one stack;
    /// each nested run starts at a `Boundary` frame).
    pub frames: Vec<Frame>,
    /// The running frames' fast locals and operand stacks, one after the other,
    /// from the top frame down to the nearest generator frame (which starts its
    /// own stack; see `frame.rs`); `None` is an unbound local.
    pub values: Vec<Option<Value>>,
    /// The value stacks of the frames below each running generator's frame,
    /// one per frame with a generator role on `frames` (bottom first): resuming a
    /// generator pushes `values` here and runs on the generator's own stack; a
    /// yield or return pops it back (`vm/generator.rs`).
    pub outer_stacks: Vec<Vec<Option<Value>>>,
    /// Recycled scratch vectors.
    pub(crate) pool: frame::FramePool,
    /// Native code nested inside script code (`Vm::call` from builtins), counted
    /// with the frames against `recursion_limit`.
    pub native_depth: usize,
    /// The wording of the next simple nested call's recursion check, when a
    /// protocol makes it (`recursion.rs`); empty for a plain call.
    pub(crate) recursion_where: &'static str,
    /// `--virtual-time` / `COIL_VIRTUAL_TIME`: clocks jump instead of sleeping.
    pub virtual_time: bool,
    /// Address of a local near the bottom of the interpreter thread's stack and the
    /// stack's usable size, so nested native calls can refuse to overflow it.
    pub stack_limit: Option<(usize, usize)>,
    /// Core builtins the VM compares against (`object.__new__`, `object.__init__`).
    pub(crate) core: construction::CoreMethods,
    /// The asyncio event loop's state: clock, running loop, current task
    /// (`crate::event_loop`).
    pub asyncio: crate::event_loop::AsyncState,
    /// Context variables: the current `Context` and the classes (`context.rs`).
    pub contextvars: context::ContextState,
    /// Set by the embedder's SIGINT handler; checked (and cleared) at safepoints,
    /// where it raises KeyboardInterrupt (CPython's `PyErr_CheckSignals`).
    pub interrupt: Option<&'static std::sync::atomic::AtomicBool>,
    /// What a set `interrupt` flag means once `signal` is imported: it runs the
    /// Python handlers of the signals that arrived (None: KeyboardInterrupt).
    pub signal_hook: Option<fn(&mut Vm) -> crate::RunResult<()>>,
    /// Steps left before the run is stopped (`budget.rs`; the fuzz harness sets it,
    /// `None` everywhere else: one untaken branch per call and loop back-edge).
    pub budget: Option<std::cell::Cell<u64>>,
    /// The contents of a bytes-like object the VM does not know (bytearray,
    /// memoryview: set by the stdlib), so `b"x" + view` and `view in b"xy"`
    /// accept any buffer as CPython's `PyObject_GetBuffer` callers do.
    pub buffer_hook: Option<BufferHook>,
    /// CPython's `__doc__` (or `__text_signature__`, the third argument) of
    /// a builtin function or method, by owner type and name (the stdlib's
    /// table, `stdlib/src/builtins/docs.rs`).
    pub doc_hook: Option<DocHook>,
    /// Class bodies running in a `__prepare__` namespace that is a dict subclass:
    /// its dict and the object, so `StoreName`/`DeleteName` call its
    /// `__setitem__`/`__delitem__` (empty almost always: one `is_empty` test).
    pub(crate) custom_namespaces: Vec<(Rc<Dict>, Value)>,
    /// What MRO lookups of special methods found (`object/type_cache.rs`).
    pub(crate) type_cache: crate::object::type_cache::TypeCache,
    /// Python threads: the running one and the suspended ones (`green.rs`).
    pub green: green::GreenThreads,
}

/// Reads the bytes of a bytes-like object the VM does not know (`Vm::buffer_hook`).
pub type BufferHook = fn(&Value) -> Option<Vec<u8>>;

/// CPython's documentation text of a builtin: (owner type, name, attribute)
/// (`Vm::doc_hook`).
pub type DocHook = fn(&str, &str, &str) -> Option<&'static str>;

impl Vm {
    pub fn new() -> Vm {
        // The allocator's reserve for MemoryError (`object/parachute.rs`).
        crate::object::parachute::retake();
        let types = BuiltinTypes::new();
        let mut vm = Vm {
            types,
            builtins: Rc::new(Dict::new()),
            modules: Rc::new(Dict::new()),
            native_modules: HashMap::new(),
            frozen_modules: HashMap::new(),
            argv: Vec::new(),
            script_dir: None,
            stdout: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
            recursion_limit: crate::limits::RECURSION_LIMIT,
            repr_stack: Vec::new(),
            frames: Vec::new(),
            values: Vec::with_capacity(1024),
            outer_stacks: Vec::new(),
            pool: frame::FramePool::default(),
            native_depth: 0,
            recursion_where: "",
            virtual_time: false,
            stack_limit: None,
            core: construction::CoreMethods::default(),
            asyncio: Default::default(),
            contextvars: Default::default(),
            interrupt: None,
            signal_hook: None,
            budget: None,
            buffer_hook: None,
            doc_hook: None,
            custom_namespaces: Vec::new(),
            type_cache: Default::default(),
            green: Default::default(),
        };
        vm.install_construction();
        vm
    }

    /// Writes to standard output (`print`, `sys.stdout.write`).
    pub fn write_stdout(&mut self, s: &str) {
        // A generator freed before this output was produced finalises first.
        self.run_finalizers();
        let _ = self.stdout.write_all(s.as_bytes());
    }

    /// Writes bytes to standard output, in order with `write_stdout`
    /// (`sys.stdout.buffer.write`).
    pub fn write_stdout_bytes(&mut self, b: &[u8]) {
        self.run_finalizers();
        let _ = self.stdout.write_all(b);
    }

    pub fn flush_stdout(&mut self) {
        let _ = self.stdout.flush();
    }

    /// Writes to standard error, after flushing stdout so the order is preserved.
    pub fn write_stderr(&mut self, s: &str) {
        self.run_finalizers();
        self.write_stderr_now(s);
    }

    /// `write_stderr` without running pending finalisers first: the report of an
    /// uncaught exception comes before what freeing its frames reports, since in
    /// CPython the traceback keeps those frames alive until it is printed.
    pub fn write_stderr_now(&mut self, s: &str) {
        self.flush_stdout();
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(s.as_bytes());
        let _ = err.flush();
    }

    /// Registers a builtin module for `import name`.
    pub fn register_module(&mut self, name: &'static str, init: ModuleInit) {
        self.native_modules.insert(name, init);
    }

    /// Registers a library module written in Python (`stdlib/lib/NAME.py`, or
    /// `NAME/__init__.py` for a package).
    pub fn register_frozen(&mut self, name: &'static str, module: FrozenModule) {
        self.frozen_modules.insert(name, module);
    }

    /// Adds a builtin function or constant to `builtins`.
    pub fn add_builtin(&mut self, name: &str, value: Value) {
        self.builtins.set_name(&Str::intern(name), value);
    }
}

impl Default for Vm {
    fn default() -> Vm {
        Vm::new()
    }
}

impl Drop for Vm {
    fn drop(&mut self) {
        self.flush_stdout();
    }
}
