//! The instruction handlers, one file per concept. `dispatch.rs` matches every
//! `Instr` exhaustively (no catch-all arm: a new instruction does not compile
//! until it has a handler) and either runs it inline, for the instructions that
//! move words on the value stack or switch frames (fast locals, constants,
//! jumps, int/float operations, calls and returns), or calls its handler here:
//!
//! | file | instructions |
//! | --- | --- |
//! | `names.rs` | names, globals (with `LoadGlobal`'s memo), cells, `DeleteFast` |
//! | `build.rs` | displays, comprehension appends, star displays, unpacking, f-string pieces |
//! | `calls.rs` | `Call`, `CallKw`, `CallMethod`, `CallEx`, `LoadMethod` off their fast paths |
//! | `awaiting.rs` | `GetAwaitable` (the runtime half of `await`), `Send`, `YieldValue`, `GetYieldFromIter`, `ForIter` over a generator, `async for` |
//! | `with.rs` | `BeforeWith`, `BeforeAsyncWith`, `WithExceptStart` |
//! | `exceptions.rs` | handler blocks, `PushExcInfo`/`PopExcept`, `Reraise`, `except*` |
//! | `defs.rs` | imports, `MakeFunction`, `LoadBuildClass`, `PrintExpr` (`SetupAnnotations` is `vm/namespace.rs`) |
//! | `ops.rs` | unary operators, `DeleteAttr`, `DeleteSubscr` |
//!
//! Pattern matching's instructions are in `vm/match_ops.rs`; attribute caches in
//! `vm/attr_cache.rs`; int/float fast paths in `vm/fast_ops.rs`.

pub(crate) mod awaiting;
pub(crate) mod build;
pub(crate) mod calls;
pub(crate) mod defs;
pub(crate) mod exceptions;
pub(crate) mod names;
pub(crate) mod ops;
pub(crate) mod with;
