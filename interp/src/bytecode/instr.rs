//! The instruction set. A stack machine whose opcode names follow CPython 3.11's
//! (`dis` reads alike), with operands inline so an `Instr` is 8 bytes and never boxed.
//!
//! Stack effects are written `[before] -> [after]`, top of stack on the right.
//! Jump targets are absolute instruction indices into `CodeObject::instrs`.
//! Name operands index `CodeObject::names`; `LoadConst` indexes `CodeObject::consts`;
//! fast-local operands index `CodeObject::varnames`; deref operands index the frame's
//! cells, which are `cellvars` followed by `freevars`.

use coil_parser::ast::{BinOp, CmpOp};

/// Serialized by `marshal.rs` through the derived encoding (postcard: the
/// variant's index, then its operands as varints).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Instr {
    Nop,
    /// `[a] -> []`
    PopTop,
    /// Push a copy of the n-th item from the top (1 = top). `[.., x, .. ] -> [.., x, .., x]`
    Copy(u32),
    /// Swap the top with the n-th item from the top (n >= 2).
    Swap(u32),

    /// `[] -> [consts[i]]`
    LoadConst(u32),
    /// `[] -> [local]`; UnboundLocalError if the slot is empty.
    LoadFast(u32),
    /// `[v] -> []`
    StoreFast(u32),
    /// Empties the slot; UnboundLocalError if already empty.
    DeleteFast(u32),
    /// `[] -> [cell contents]`; NameError ("free variable … referenced before
    /// assignment") or UnboundLocalError if empty.
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// In a class body: look the name `freevars[i - ncellvars]` up in the class
    /// namespace first, then in the cell.
    LoadClassDeref(u32),
    /// `[] -> [cell]`: the cell object itself, to build a closure tuple.
    LoadClosure(u32),
    /// Module or class level: the frame's namespace dict, then globals, then builtins.
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    /// Globals, then builtins.
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// `[obj] -> [obj.name]`
    LoadAttr(u32),
    /// `[value, obj] -> []`: `obj.name = value`
    StoreAttr(u32),
    /// `[obj] -> []`
    DeleteAttr(u32),

    /// `[container, key] -> [container[key]]`
    BinarySubscr,
    /// `[value, container, key] -> []`: `container[key] = value`
    StoreSubscr,
    /// `[container, key] -> []`
    DeleteSubscr,

    /// `[a, b] -> [a op b]`
    BinaryOp(BinOp),
    /// `[a, b] -> [a op= b]`: tries `__iop__` first, as augmented assignment does.
    InplaceOp(BinOp),
    /// Superinstruction written by the peephole pass (`compile/peephole.rs`) over
    /// `LoadFast(i) LoadConst(j) BinaryOp(op)` (or `InplaceOp(op)`: ints and
    /// floats have no `__iop__`), which stay right after it. When
    /// local `i` and constant `j` are ints or floats and `op` needs no protocol call
    /// (no overflow, no division by zero): `[] -> [local op const]` and the next two
    /// instructions are skipped. Otherwise it is exactly `LoadFast(i)` and the two
    /// that follow run as usual (so errors, tracebacks and jumps into the pair are
    /// unchanged).
    LoadFastConstOp(u16, u16, BinOp),
    /// `LoadFastConstOp` where the sequence is followed by a `StoreFast(k)`
    /// or a conditional jump, run with it on the fast path: the number goes
    /// into local `k` (`[] -> []`), or, for an int result, the jump is taken
    /// on its truth; the next three are skipped.
    LoadFastConstOpThen(u16, u16, BinOp),
    /// Superinstruction over `LoadFast(i) LoadConst(j) CompareOp(op)
    /// PopJumpIfFalse/PopJumpIfTrue(t)`, which stay right after it (as
    /// `LoadFastConstOp`). When local `i` and constant `j` are both ints or both
    /// floats: `[] -> []`, jumps to `t` as the conditional jump would, and
    /// otherwise skips the next three instructions. Otherwise exactly `LoadFast(i)`.
    LoadFastConstCompareJump(u16, u16, CmpOp),
    /// Superinstruction (as `LoadFastConstCompareJump`) over `LoadFast(i)
    /// LoadFast(j) CompareOp(op) PopJumpIfFalse/PopJumpIfTrue(t)`: when both
    /// locals are ints or both floats, compares and jumps with no push;
    /// otherwise exactly `LoadFast(i)`.
    LoadFastFastCompareJump(u16, u16, CmpOp),
    /// Superinstruction over `LoadFast(i) LoadFast(j) BinarySubscr`: when
    /// local `i` is a list and local `j` an int index in range,
    /// `[] -> [local_i[local_j]]` (or straight into the local of a
    /// `StoreFast` right after) and the next two are skipped; otherwise
    /// exactly `LoadFast(i)`.
    LoadFastFastSubscr(u16, u16),
    /// Superinstruction (as `LoadFastConstOp`) over `LoadFast(i) LoadFast(j)
    /// BinaryOp(op)` (or `InplaceOp(op)`): when both locals are ints or floats and `op` needs no
    /// protocol call, `[] -> [local_i op local_j]` and the next two are skipped;
    /// otherwise exactly `LoadFast(i)`.
    LoadFastFastOp(u16, u16, BinOp),
    /// `LoadFastFastOp` followed by a `StoreFast` or a conditional jump, as
    /// `LoadFastConstOpThen`.
    LoadFastFastOpThen(u16, u16, BinOp),
    /// Superinstruction over `LoadFast(i) LoadConst(j) BinarySubscr` with an int
    /// constant: when local `i` is a list and the index is in range,
    /// `[] -> [local[const]]` and the next two are skipped; otherwise exactly
    /// `LoadFast(i)`.
    LoadFastConstSubscr(u16, u16),
    /// Superinstruction over `LoadFast(i) LoadConst(j) Copy(2) Copy(2)
    /// BinarySubscr` with an int constant (the load of `c[k] op= v` on a
    /// local): when local `i` is a list and the index is in range,
    /// `[] -> [c, k, c[k]]` and the next four are skipped; otherwise exactly
    /// `LoadFast(i)`.
    LoadFastConstCopySubscr(u16, u16),
    /// Superinstruction over `LoadFast(i) LoadAttr(n)`: when local `i` is an
    /// instance whose attribute the inline cache finds, `[] -> [local.name]` and
    /// the `LoadAttr` is skipped; otherwise exactly `LoadFast(i)`.
    LoadFastAttr(u16, u16),
    /// Superinstruction over `LoadFast(i) StoreAttr(n)`: when local `i` is an
    /// instance whose attribute the inline cache stores, `[v] -> []` and the
    /// `StoreAttr` is skipped; otherwise exactly `LoadFast(i)`.
    LoadFastStoreAttr(u16, u16),
    /// Superinstruction over `Copy(2) Copy(2) BinarySubscr` (the load of
    /// `c[k] op= v`): for a list and an int index in range,
    /// `[c, k] -> [c, k, c[k]]` and the next two are skipped; otherwise exactly
    /// `Copy(2)`.
    CopySubscr,
    /// Superinstruction over `InplaceOp(op) Swap(3) Swap(2) StoreSubscr` (the
    /// store of `c[k] op= v`): for a list, an int index in range and an `op` on
    /// ints or floats that needs no protocol call, `[c, k, old, v] -> []` with
    /// `c[k] = old op v`, and the next three are skipped; otherwise exactly
    /// `InplaceOp(op)`.
    InplaceOpStoreSubscr(BinOp),
    /// `[a] -> [-a]`
    UnaryNegative,
    UnaryPositive,
    UnaryNot,
    UnaryInvert,
    /// `[a, b] -> [a op b]`, for `<`, `<=`, `==`, `!=`, `>`, `>=` only.
    CompareOp(CmpOp),
    /// `[a, b] -> [a is b]`, or `is not` when the flag is set.
    IsOp(bool),
    /// `[a, b] -> [a in b]`, or `not in` when the flag is set.
    ContainsOp(bool),

    /// `[x1..xn] -> [(x1..xn)]`
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// `[k1, v1, .. kn, vn] -> [{k1: v1, ..}]`
    BuildMap(u32),
    /// `[s1..sn] -> [s1 + .. + sn]`: concatenates the strings of an f-string.
    BuildString(u32),
    /// `[lower, upper] -> [slice]` (n = 2) or `[lower, upper, step] -> [slice]` (n = 3).
    BuildSlice(u32),
    /// `[list, .., x] -> [list, ..]`: pops x, then appends it to the list that is
    /// now the n-th item from the top (1 = top), as CPython's LIST_APPEND. Displays
    /// use n = 1; a comprehension with k `for` clauses uses n = k + 1 (the
    /// iterators sit above the list).
    ListAppend(u32),
    /// As `ListAppend`, adding to a set.
    SetAdd(u32),
    /// `[dict, .., k, v] -> [dict, ..]`: pops v then k, then `dict[k] = v` on the
    /// dict that is now the n-th item from the top (CPython's MAP_ADD).
    MapAdd(u32),
    /// `[list, .., iterable] -> [list, ..]`: pops the iterable, then
    /// `list.extend(iterable)` on the n-th item from the top (`*x` in displays;
    /// the compiler always uses n = 1).
    ListExtend(u32),
    /// As `ListExtend`, for sets (`{*x}`).
    SetUpdate(u32),
    /// `[dict, .., mapping] -> [dict, ..]`: `{**m}` in displays (n as `ListExtend`).
    /// TypeError "'X' object is not a mapping" if m has no `keys`.
    DictUpdate(u32),
    /// As `DictUpdate`, for `f(**m)`: a repeated key is a TypeError
    /// ("f() got multiple values for keyword argument 'k'").
    DictMerge(u32),
    /// `[list] -> [tuple]`
    ListToTuple,
    /// `[seq] -> [xn .. x1]`: unpacks exactly n items, first item on top.
    UnpackSequence(u32),
    /// `[seq] -> [after items.., list, before items..]`: `a, *b, c = seq` with
    /// (before, after) = (1, 1); first item ends on top, as CPython's UNPACK_EX.
    UnpackEx(u16, u16),
    /// `[value] -> [str]` or `[value, spec] -> [str]`. Flags: low 2 bits the
    /// conversion (0 none, 1 `!s`, 2 `!r`, 3 `!a`); bit 2 set when a spec is on the stack.
    FormatValue(u8),

    /// `[] -> []`: jump unconditionally.
    Jump(u32),
    /// `[cond] -> []`: jump if false.
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    /// `[cond] -> [cond]` and jump if false, else `[cond] -> []` (short-circuit `and`).
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    /// `[iterable] -> [iterator]`
    GetIter,
    /// `[iterator] -> [iterator, next]`, or when exhausted pop the iterator and jump.
    ForIter(u32),

    /// `[callable, a1..an] -> [result]`
    Call(u32),
    /// `[callable, a1..an, names] -> [result]` where `names` is a constant tuple of
    /// keyword names naming the last `len(names)` of the n values.
    CallKw(u32),
    /// `[callable, args] -> [result]` (flag false) or
    /// `[callable, args, kwargs_dict] -> [result]` (flag true), for `*`/`**` calls.
    /// `args` is usually a tuple, but for `f(*x)` it is `x` itself, as in CPython:
    /// a non-tuple is converted with `tuple(x)` (TypeError "f() argument after * must
    /// be an iterable, not int"). `kwargs_dict` is always a fresh dict.
    CallEx(bool),
    /// `[obj] -> [function, obj]` when `obj.name` is a plain method of its type
    /// (no bound method is built), else `[obj.name, NULL]` (CPython 3.11's
    /// LOAD_METHOD). Looked up before the arguments are evaluated.
    LoadMethod(u32),
    /// `[meth, self_or_NULL, a1..an] -> [result]`: after `LoadMethod`, a call with
    /// `self` as the first argument when it is there (CPython's PRECALL/CALL).
    CallMethod(u16),
    /// `[code] -> [function]`, with optional items below `code` in this order when
    /// the flag bit is set: 1 defaults tuple, 2 kw-only defaults dict (keyword name
    /// to value), 4 annotations (a flat tuple `(name, value, name, value, …)` with
    /// `'return'` last, as CPython 3.11; may be ignored, but must be popped),
    /// 8 closure tuple of cells (one per `code.freevars`, in that order).
    /// The function's name and qualname are the code object's; its `__doc__` is
    /// `code.docstring`.
    MakeFunction(u8),
    /// `[] -> [__build_class__]`. It is called as `__build_class__(body_function,
    /// name, *bases, **keywords)`; the body function runs with a fresh namespace
    /// dict as its frame namespace (Load/StoreName) and returns the `__class__` cell
    /// if the body created one (for zero-argument `super()`), else None. The body
    /// code (flag `has_namespace`, no parameters) first stores `__module__` (from
    /// `LoadName __name__`, i.e. the globals' `__name__`), `__qualname__` and, if
    /// there is a docstring, `__doc__`. When a cell is returned, `__build_class__`
    /// must set its contents to the new class. Methods using `super`/`__class__`
    /// have `__class__` among their freevars; zero-argument `super()` takes that
    /// cell and the frame's first argument (local 0, or cell-moved per cell2arg).
    LoadBuildClass,
    /// `[] -> []`: a module or class body with annotated names starts with this. If
    /// the frame's namespace (module and class bodies: `namespace`, else the
    /// globals) has no `__annotations__`, it gets a new empty dict there (CPython's
    /// `SETUP_ANNOTATIONS`); each `name: ann` then stores into it.
    SetupAnnotations,
    /// `[v] -> []`
    ReturnValue,

    /// Push a handler block: an exception raised before the matching `PopBlock`
    /// truncates the stack to its depth at this point (`Vec::truncate`: if the stack
    /// has become shorter, it is left as it is; the compiler only relies on this in
    /// handlers that immediately re-raise), drops the handled-exception entries
    /// pushed since (see `PushExcInfo`), pushes the exception and jumps to the
    /// target. Blocks nest at most 20 deep per frame (CPython's CO_MAXBLOCKS; the
    /// compiler rejects deeper nesting with "too many statically nested blocks").
    SetupFinally(u32),
    /// As `SetupFinally`, but the depth recorded excludes the top item (the
    /// `__enter__` result just pushed by `BeforeWith`/after an awaited
    /// `BeforeAsyncWith`): `[exit, enter_result]` records the depth with `exit` on
    /// top, so the handler starts with `[.., exit, exc]` (CPython's SETUP_WITH).
    SetupWith(u32),
    /// Pop the innermost handler block (leaving its protected range normally, or
    /// before `break`/`continue`/`return` jump out of it).
    PopBlock,
    /// `[exc] -> [exc]`: marks exc as being handled in this frame (what bare `raise`
    /// re-raises, what new exceptions take as `__context__`).
    PushExcInfo,
    /// `[] -> []`: ends the innermost handled exception (end of an except/finally
    /// body, or before a jump out of it).
    PopExcept,
    /// `[exc, type] -> [exc, matches]`: TypeError if type is not an exception class
    /// or tuple of them ("catching classes that do not inherit from BaseException is
    /// not allowed").
    CheckExcMatch,
    /// `[exc] -> raise exc` keeping its traceback (end of a finally, no handler matched).
    Reraise,
    /// `except*` (`vm/except_star.rs`): `[exc, type] -> [rest, match, True]` when
    /// part of exc (None once all matched) matches type — the match becomes the
    /// frame's handled exception — else `[exc, None, False]`. TypeError for a type
    /// that is not an exception class, or is an exception group class.
    CheckEgMatch,
    /// `[orig, list] -> [exc or None]`: what leaves a `try`/`except*`, from what
    /// the clauses raised and the unhandled rest (CPython's PREP_RERAISE_STAR).
    PrepReraiseStar,
    /// n = 0: re-raise the exception being handled (RuntimeError "No active exception
    /// to reraise" if none); n = 1: `[exc] -> raise exc`; n = 2: `[exc, cause]`.
    RaiseVarargs(u32),
    /// `[] -> [AssertionError]`
    LoadAssertionError,

    /// `[mgr] -> [exit, enter_result]`: looks up `__exit__` (bound) and calls
    /// `__enter__`. TypeError as CPython's if the protocol is missing.
    BeforeWith,
    /// `[exit, exc] -> [exit, exc, result]`: calls `exit(type(exc), exc, tb)`.
    /// The with-block's handler is set up with only `exit` above the outer stack, so
    /// after unwinding `exit` is directly below the exception.
    WithExceptStart,

    /// `[v] -> [sent]`: suspends the generator/coroutine, giving v to its consumer;
    /// on resume pushes the sent value (or raises the thrown exception here).
    YieldValue,
    /// `[iterable] -> [iterator]` for `yield from`: generators and coroutines pass
    /// through (a coroutine only inside a coroutine-flavoured generator), others get
    /// `iter()`.
    GetYieldFromIter,
    /// `[obj] -> [awaitable iterator]` for `await`: a coroutine passes through
    /// ("cannot reuse already awaited coroutine" if finished), a Future/Task gives
    /// its iterator, an object with `__await__` gives what that returns; otherwise
    /// TypeError "object X can't be used in 'await' expression".
    GetAwaitable,
    /// `[receiver, value] -> [result]`: delegate to the receiver (yield from / await)
    /// until it returns. A script generator or coroutine is resumed inline on the
    /// current frame stack; a native iterator is sent to, and each value it yields
    /// is yielded outward from this frame (the instruction re-executes on resume
    /// with the sent value on the stack). The operand is unused (kept for `dis`).
    Send(u32),
    /// `[aiterable] -> [aiterator]`: `__aiter__`.
    GetAIter,
    /// `[aiterator] -> [aiterator, awaitable]`: `__anext__` then made awaitable.
    GetANext,
    /// `[aiterator, exc] -> []` at the end of `async for`: if exc is
    /// StopAsyncIteration, swallow it and pop the iterator; else re-raise.
    EndAsyncFor,
    /// `[mgr] -> [aexit, awaitable]`: looks up `__aexit__` (bound), calls `__aenter__`
    /// and makes its result awaitable.
    BeforeAsyncWith,

    /// `[] -> [module]`: imports `names[i]` (a dotted name imports
    /// each level and pushes the top package, as `import a.b` binds `a`).
    /// `[obj] -> [obj, len(obj)]` (GET_LEN, for sequence and mapping patterns).
    GetLen,
    /// `[subject] -> [subject, bool]`: is the subject a sequence for pattern matching
    /// (not str/bytes/bytearray)?
    MatchSequence,
    /// `[subject] -> [subject, bool]`: is the subject a mapping?
    MatchMapping,
    /// `[subject, keys] -> [subject, keys, values]`: the values of `keys` in the
    /// mapping as a tuple, or None when one is missing.
    MatchKeys,
    /// `[subject, cls, names] -> [attrs]`: for `cls(p1, …, pN, name=…)`, the tuple of
    /// the N positional and the named sub-subjects, or None when not an instance or
    /// an attribute is missing.
    MatchClass(u32),

    ImportName(u32),
    /// `[] -> [module]`: imports `names[i]` and pushes the module itself (the leaf
    /// of a dotted name), for `from a.b import x`. Leading dots in the name give a
    /// relative import's level (`from ..m import x` has the name `..m`; `from .
    /// import x` has the name `.`), resolved against the importing module's
    /// `__package__`/`__name__`, as `importlib.__import__` does.
    ImportModule(u32),
    /// `[module] -> [module, module.name]`; ImportError "cannot import name …".
    ImportFrom(u32),
    /// `[module] -> []`: copies public names into the current namespace.
    ImportStar,
    /// `[v] -> []`: the REPL's echo: prints repr(v) unless None and binds `_`.
    PrintExpr,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instr_fits_in_eight_bytes() {
        assert!(std::mem::size_of::<Instr>() <= 8);
    }
}
