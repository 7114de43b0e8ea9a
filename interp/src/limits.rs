//! Every limit Coil enforces, named once, each with its CPython 3.11 counterpart.
//! The lexer's and the parser's are defined in their crates (which cannot see this
//! one) and re-exported here, so this file is the whole list. Golden programs
//! under `tests/golden/limits/` pin the observable ones.

/// `MAXLEVEL` (`Parser/tokenizer.c`): deepest bracket nesting the tokenizer accepts.
pub use coil_lexer::layout::MAX_BRACKET_DEPTH;
/// `MAXINDENT` (`Parser/tokenizer.c`): deepest indentation the tokenizer accepts.
pub use coil_lexer::layout::MAX_INDENT_DEPTH;
/// Deepest expression nesting compiled: CPython's recursion limit ×
/// `COMPILER_STACK_FRAME_SCALE` levels of AST (`Python/compile.c`), checked by the
/// parser's nesting pre-pass before any tree is built.
pub use coil_parser::prepass::MAX_EXPRESSION_DEPTH;

/// `Py_DEFAULT_RECURSION_LIMIT` (`sys.getrecursionlimit()`), counted over script
/// frames and native re-entries alike.
pub const RECURSION_LIMIT: usize = 1000;

/// The interpreter thread's stack. Deep native nesting (`__repr__` calling `repr`,
/// `sorted(key=...)` recursing) is bounded by the recursion limit; this is the
/// second line of defence (CPython relies on the C stack of the main thread).
pub const THREAD_STACK: usize = 256 << 20;

/// Bytes of Rust stack kept free below `THREAD_STACK` for the code that reports
/// the error and unwinds.
pub const STACK_MARGIN: usize = 1 << 20;

/// `_PyTrash_UNWIND_LEVEL` (`Include/cpython/object.h`): container drops nested
/// deeper than this are deferred to a queue instead of recursing.
pub const TRASHCAN_DEPTH: usize = 50;

/// Containers nested deeper than this are left by the native equality shortcut
/// to the VM's comparison, which counts the nesting towards the recursion limit.
pub const FAST_EQ_DEPTH: u32 = 50;

/// How far the handled-exception `__context__` chain is followed looking for a
/// cycle (CPython uses Floyd's algorithm in `_PyErr_SetObject`; a bound does the
/// same job).
pub const CONTEXT_CHAIN_LIMIT: usize = 10_000;

/// `gc.get_threshold()[0]` (`Modules/gcmodule.c`): registrations between young
/// collections.
pub const GC_YOUNG_THRESHOLD: i64 = 700;
/// The least number of pending old containers before a full collection (CPython's
/// gen-0 × gen-1 thresholds, 700 × 10).
pub const GC_FULL_PENDING_MIN: usize = 7_000;
/// The most the full-collection ratio grows to while collections find nothing
/// (CPython 3.11 uses a fixed 25%; see `gc/collector.rs`).
pub const GC_MAX_RATIO: usize = 8;
/// The old registry is compacted once it has doubled and is at least this long.
pub const GC_OLD_LEN_MIN: usize = 20_000;

/// `TB_RECURSIVE_CUTOFF` (`Python/traceback.c`): identical entries shown before
/// "[Previous line repeated N more times]".
pub const TRACEBACK_REPEATS: usize = 3;
/// `PyTraceBack_LIMIT`: only the innermost this many entries are printed.
pub const TRACEBACK_LIMIT: usize = 1000;
/// `max_group_width` (`Lib/traceback.py`, `Python/pythonrun.c`): sub-exceptions
/// shown per exception group.
pub const MAX_GROUP_WIDTH: usize = 15;
/// `max_group_depth`: nested exception groups shown.
pub const MAX_GROUP_DEPTH: usize = 10;

/// CPython 3.11's default `sys.get_int_max_str_digits()` (`_PY_LONG_DEFAULT_MAX_STR_DIGITS`).
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;
/// The smallest nonzero limit `sys.set_int_max_str_digits` accepts
/// (`_PY_LONG_MAX_STR_DIGITS_THRESHOLD`).
pub const MAX_STR_DIGITS_THRESHOLD: usize = 640;
