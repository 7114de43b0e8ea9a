//! Compiler tests: scope decisions, code-object metadata, every compile-time
//! SyntaxError, structural invariants (positions, jump targets, stack depth) over
//! many programs, and disassembly snapshots.

use super::{compile_module, Mode};
use crate::bytecode::dis::disassemble;
use crate::bytecode::{CodeObject, Instr};
use crate::object::Value;
use std::rc::Rc;

/// Parses with Coil's own parser: these tests are of the compiler, on the trees
/// the real pipeline gives it.
fn parse(src: &str) -> coil_parser::ast::Module {
    coil_parser::parse_module(src, "t.py")
        .unwrap_or_else(|e| panic!("parse error {}: {src}", e.python_line()))
}

fn compile_mode(src: &str, mode: Mode) -> Rc<CodeObject> {
    let module = parse(src);
    let code = compile_module(&module, src, "t.py", mode)
        .unwrap_or_else(|e| panic!("compile error {}: {src}", e.python_line()));
    check_invariants(&code);
    code
}

fn compile(src: &str) -> Rc<CodeObject> {
    compile_mode(src, Mode::Exec)
}

/// The error's message, line and 1-based column (as CPython reports `offset`),
/// whichever stage reports it (Coil's parser checks some of what CPython's
/// compiler does, e.g. duplicate arguments).
fn compile_err(src: &str) -> (String, u32, u32) {
    let module = match coil_parser::parse_module(src, "t.py") {
        Ok(m) => m,
        Err(e) => return (e.message, e.line, e.col + 1),
    };
    match compile_module(&module, src, "t.py", Mode::Exec) {
        Ok(_) => panic!("expected a SyntaxError: {src}"),
        Err(e) => (e.message, e.line, e.col + 1),
    }
}

/// Every nested code object, depth first, with the outer one first.
fn all_codes(code: &Rc<CodeObject>) -> Vec<Rc<CodeObject>> {
    let mut out = vec![code.clone()];
    for c in &code.consts {
        if let Value::Code(inner) = c {
            out.extend(all_codes(inner));
        }
    }
    out
}

/// A nested code object by qualname.
fn find(code: &Rc<CodeObject>, qualname: &str) -> Rc<CodeObject> {
    all_codes(code)
        .into_iter()
        .find(|c| c.qualname.as_str() == qualname)
        .unwrap_or_else(|| panic!("no code object {qualname}"))
}

fn names(v: &[Rc<crate::object::Str>]) -> Vec<&str> {
    v.iter().map(|s| s.as_str()).collect()
}

fn check_invariants(code: &Rc<CodeObject>) {
    for c in all_codes(code) {
        assert_eq!(c.instrs.len(), c.positions.len(), "{}", c.qualname.as_str());
        assert!(
            matches!(
                c.instrs.last(),
                Some(Instr::ReturnValue | Instr::Reraise | Instr::RaiseVarargs(_) | Instr::Jump(_))
            ),
            "{} must end in a terminal instruction",
            c.qualname.as_str()
        );
        for (i, instr) in c.instrs.iter().enumerate() {
            let p = c.positions[i];
            assert!(
                p.line >= 1 && p.end_line >= p.line,
                "{}: instruction {i} {instr:?} has position {p:?}",
                c.qualname.as_str()
            );
            if let Some(t) = instr.jump_target() {
                assert!((t as usize) < c.instrs.len(), "jump out of range");
            }
        }
        assert!(
            c.stacksize < 40,
            "stack depth {} of {}",
            c.stacksize,
            c.qualname.as_str()
        );
        assert_eq!(c.cell2arg.len(), c.cellvars.len());
    }
}

fn has(code: &CodeObject, pred: impl Fn(&Instr) -> bool) -> bool {
    code.instrs.iter().any(pred)
}

#[test]
fn closures_use_cells_and_free_variables() {
    let m = compile("def f(a):\n    x = 1\n    def g():\n        return x + a\n    return g\n");
    let f = find(&m, "f");
    assert_eq!(names(&f.cellvars), ["a", "x"]);
    assert_eq!(f.cell2arg, [Some(0), None]);
    assert_eq!(names(&f.varnames), ["a", "g"]);
    let g = find(&m, "f.<locals>.g");
    assert_eq!(names(&g.freevars), ["a", "x"]);
    assert!(has(&g, |i| matches!(i, Instr::LoadDeref(_))));
    assert!(has(&f, |i| matches!(i, Instr::LoadClosure(_))));
    assert!(has(&f, |i| matches!(i, Instr::MakeFunction(8))));
}

#[test]
fn module_and_class_bodies_use_namespace_names() {
    let m = compile("x = 1\nclass C:\n    y = x\n    def m(self):\n        return y\n");
    assert!(m.flags.has_namespace);
    assert!(has(&m, |i| matches!(i, Instr::StoreName(_))));
    let c = find(&m, "C");
    assert!(c.flags.has_namespace);
    assert!(has(&c, |i| matches!(i, Instr::LoadName(_))));
    // Class names are not visible in methods: `y` is a global there.
    let meth = find(&m, "C.m");
    assert!(has(&meth, |i| matches!(i, Instr::LoadGlobal(_))));
    assert_eq!(meth.argcount, 1);
}

#[test]
fn class_body_reads_enclosing_function_cells() {
    let m = compile("def f():\n    x = 1\n    class C:\n        y = x\n        x = 2\n        def m(self):\n            return x\n    return C\n");
    let c = find(&m, "f.<locals>.C");
    assert_eq!(names(&c.freevars), ["x"]);
    assert!(has(&c, |i| matches!(i, Instr::StoreName(_))));
    let meth = find(&m, "f.<locals>.C.m");
    assert_eq!(names(&meth.freevars), ["x"]);
    let m2 = compile("def f():\n    x = 1\n    class C:\n        y = x\n    return C\n");
    let c2 = find(&m2, "f.<locals>.C");
    assert!(has(&c2, |i| matches!(i, Instr::LoadClassDeref(_))));
}

#[test]
fn super_creates_the_class_cell() {
    let m = compile("class A:\n    def f(self):\n        return super().f()\n");
    let a = find(&m, "A");
    assert_eq!(names(&a.cellvars), ["__class__"]);
    let n = a.instrs.len();
    assert_eq!(a.instrs[n - 2], Instr::LoadClosure(0));
    let f = find(&m, "A.f");
    assert_eq!(names(&f.freevars), ["__class__"]);
    let m = compile("class B:\n    def f(self):\n        return 1\n");
    let b = find(&m, "B");
    assert!(b.cellvars.is_empty());
    assert!(matches!(b.instrs[b.instrs.len() - 2], Instr::LoadConst(_)));
}

#[test]
fn global_and_nonlocal() {
    let m = compile("def f():\n    global g\n    g = 1\n    x = 0\n    def h():\n        nonlocal x\n        x += 1\n    return h\n");
    let f = find(&m, "f");
    assert!(has(&f, |i| matches!(i, Instr::StoreGlobal(_))));
    assert_eq!(names(&f.cellvars), ["x"]);
    let h = find(&m, "f.<locals>.h");
    assert!(has(&h, |i| matches!(i, Instr::StoreDeref(_))));
}

#[test]
fn comprehensions_are_functions_of_their_first_iterator() {
    let m = compile("def f(xs):\n    return [x * y for x in xs for y in range(x) if y]\n");
    let lc = find(&m, "f.<locals>.<listcomp>");
    assert_eq!(lc.name.as_str(), "<listcomp>");
    assert_eq!(lc.argcount, 1);
    assert_eq!(names(&lc.varnames)[0], ".0");
    assert_eq!(lc.instrs[1], Instr::LoadFast(0));
    assert!(has(&lc, |i| matches!(i, Instr::ListAppend(3))));
    let f = find(&m, "f");
    assert!(has(&f, |i| matches!(i, Instr::Call(1))));
    let m = compile("g = (x for x in y)\n");
    let ge = find(&m, "<genexpr>");
    assert!(ge.flags.generator);
    let m = compile("d = {k: v for k, v in items}\ns = {a for a in b}\n");
    assert!(has(&find(&m, "<dictcomp>"), |i| matches!(
        i,
        Instr::MapAdd(2)
    )));
    assert!(has(&find(&m, "<setcomp>"), |i| matches!(
        i,
        Instr::SetAdd(2)
    )));
}

#[test]
fn walrus_in_comprehension_binds_in_the_function() {
    let m = compile("def f(xs):\n    [y := x for x in xs]\n    return y\n");
    let f = find(&m, "f");
    assert_eq!(names(&f.cellvars), ["y"]);
    let lc = find(&m, "f.<locals>.<listcomp>");
    assert_eq!(names(&lc.freevars), ["y"]);
    let m = compile("[y := x for x in xs]\nprint(y)\n");
    let lc = find(&m, "<listcomp>");
    assert!(has(&lc, |i| matches!(i, Instr::StoreGlobal(_))));
}

#[test]
fn qualnames_follow_cpython() {
    let m = compile("class Outer:\n    def method(self):\n        def inner():\n            return lambda: [x for x in ()]\n        return inner\n");
    find(&m, "Outer.method.<locals>.inner");
    find(&m, "Outer.method.<locals>.inner.<locals>.<lambda>");
    find(
        &m,
        "Outer.method.<locals>.inner.<locals>.<lambda>.<locals>.<listcomp>",
    );
    let m = compile("def f():\n    global g\n    def g():\n        pass\n");
    find(&m, "g");
}

#[test]
fn parameters_come_first_in_cpython_order() {
    let m = compile("def f(a, /, b, *args, c, d=1, **kw):\n    e = 1\n    return a\n");
    let f = find(&m, "f");
    assert_eq!(names(&f.varnames), ["a", "b", "c", "d", "args", "kw", "e"]);
    assert_eq!((f.posonlyargcount, f.argcount, f.kwonlyargcount), (1, 2, 2));
    assert!(f.flags.varargs && f.flags.varkeywords);
    assert!(has(&m, |i| matches!(i, Instr::MakeFunction(2))));
}

#[test]
fn docstrings() {
    let m = compile("'''mod doc'''\ndef f():\n    'fdoc'\n    return 1\nclass C:\n    'cdoc'\n");
    assert_eq!(m.instrs[1], Instr::StoreName(0));
    assert_eq!(m.names[0].as_str(), "__doc__");
    assert_eq!(
        find(&m, "f").docstring.as_ref().map(|d| d.as_str()),
        Some("fdoc")
    );
    let c = find(&m, "C");
    assert!(names(&c.names).contains(&"__doc__"));
    assert!(names(&c.names).contains(&"__qualname__"));
    assert!(names(&c.names).contains(&"__module__"));
}

#[test]
fn flags_of_generators_and_coroutines() {
    let m = compile("def g():\n    yield 1\nasync def c():\n    await x\nasync def ag():\n    yield 1\n    await x\n");
    assert!(find(&m, "g").flags.generator);
    assert!(find(&m, "c").flags.coroutine);
    let ag = find(&m, "ag");
    assert!(ag.flags.async_generator && !ag.flags.coroutine && !ag.flags.generator);
    assert!(has(&find(&m, "c"), |i| matches!(i, Instr::Send(_))));
}

#[test]
fn async_comprehensions_are_awaited() {
    let m = compile("async def f(a):\n    return [x async for x in a]\n");
    let lc = find(&m, "f.<locals>.<listcomp>");
    assert!(lc.flags.coroutine);
    let f = find(&m, "f");
    assert!(has(&f, |i| matches!(i, Instr::GetAIter)));
    assert!(has(&f, |i| matches!(i, Instr::GetAwaitable)));
    let m = compile("def f(a):\n    return (x async for x in a)\n");
    assert!(find(&m, "f.<locals>.<genexpr>").flags.async_generator);
}

#[test]
fn interactive_mode_prints_and_allows_top_level_await() {
    let m = compile_mode("1 + 1\nx = 2\nx\n", Mode::Interactive);
    assert_eq!(
        m.instrs
            .iter()
            .filter(|i| matches!(i, Instr::PrintExpr))
            .count(),
        2
    );
    assert!(!m.flags.coroutine);
    let m = compile_mode("await asyncio.sleep(0)\n", Mode::Interactive);
    assert!(m.flags.coroutine);
    let m = compile_mode("async with a:\n    pass\n", Mode::Interactive);
    assert!(m.flags.coroutine);
    assert_eq!(compile_err("await x\n").0, "'await' outside function");
}

#[test]
fn method_calls_use_call_method() {
    let m = compile("obj.meth(1, 2)\nobj.meth(1, k=2)\nf(*a, **k)\nf(a, k=1)\n");
    assert!(has(&m, |i| matches!(i, Instr::CallMethod(2))));
    assert!(has(&m, |i| matches!(i, Instr::LoadMethod(_))));
    assert!(has(&m, |i| matches!(i, Instr::CallKw(2))));
    assert!(has(&m, |i| matches!(i, Instr::CallEx(true))));
}

#[test]
fn constants_are_folded_and_shared() {
    let m = compile("x = (1, 2, -3)\ny = -3\nz = 'abc' + 'abc'\nb = 2**100\n");
    let tuple = m.consts.iter().find(|c| matches!(c, Value::Tuple(_)));
    assert_eq!(tuple.map(|t| t.debug_repr()), Some("(1, 2, -3)".into()));
    assert_eq!(
        m.consts
            .iter()
            .filter(|c| matches!(c, Value::Str(s) if s.as_str() == "abc"))
            .count(),
        1
    );
    let m = compile("x = 123456789012345678901234567890\n");
    assert!(m.consts.iter().any(|c| matches!(c, Value::BigInt(_))));
}

#[test]
fn positions_match_cpython_for_calls_and_attributes() {
    let src = "x = (obj\n   .meth(1))\ny = a.b.c\n";
    let m = compile(src);
    let i = m
        .instrs
        .iter()
        .position(|i| matches!(i, Instr::CallMethod(..)))
        .unwrap();
    let p = m.positions[i];
    assert_eq!((p.line, p.end_line, p.col, p.end_col), (2, 2, 4, 11));
    let attrs: Vec<_> = m
        .instrs
        .iter()
        .enumerate()
        .filter(|(_, i)| matches!(i, Instr::LoadAttr(_)))
        .map(|(k, _)| m.positions[k])
        .collect();
    assert_eq!((attrs[0].col, attrs[0].end_col), (4, 7));
    assert_eq!((attrs[1].col, attrs[1].end_col), (4, 9));
}

#[test]
fn stack_depth_is_computed() {
    let m = compile("f(a, b, c)\n");
    assert_eq!(m.stacksize, 4);
    let m = compile("for i in x:\n    try:\n        pass\n    except E as e:\n        pass\n");
    assert!(m.stacksize >= 3 && m.stacksize <= 5, "{}", m.stacksize);
}

/// (program, CPython's message, line, 1-based column) — from python3.11.
const ERRORS: &[(&str, &str, u32, u32)] = &[
    (
        "def f(x):\n    global x\n",
        "name 'x' is parameter and global",
        2,
        5,
    ),
    (
        "def f():\n    print(x)\n    global x\n",
        "name 'x' is used prior to global declaration",
        3,
        5,
    ),
    (
        "def f():\n    x=1\n    global x\n",
        "name 'x' is assigned to before global declaration",
        3,
        5,
    ),
    (
        "nonlocal x\n",
        "nonlocal declaration not allowed at module level",
        1,
        1,
    ),
    (
        "def f():\n    nonlocal x\n",
        "no binding for nonlocal 'x' found",
        2,
        5,
    ),
    (
        "def f(a, a): pass\n",
        "duplicate argument 'a' in function definition",
        1,
        10,
    ),
    ("return 1\n", "'return' outside function", 1, 1),
    (
        "class C:\n    return 1\n",
        "'return' outside function",
        2,
        5,
    ),
    ("yield 1\n", "'yield' outside function", 1, 1),
    ("class C:\n    yield 1\n", "'yield' outside function", 2, 5),
    ("await x\n", "'await' outside function", 1, 1),
    (
        "def f():\n    class C:\n        await x\n",
        "'await' outside function",
        3,
        9,
    ),
    (
        "def f():\n    await x\n",
        "'await' outside async function",
        2,
        5,
    ),
    (
        "async def f():\n    def g(): await x\n",
        "'await' outside async function",
        2,
        14,
    ),
    (
        "def f():\n    async with a: pass\n",
        "'async with' outside async function",
        2,
        5,
    ),
    (
        "def f():\n    async for a in b: pass\n",
        "'async for' outside async function",
        2,
        5,
    ),
    (
        "def f():\n    [x async for x in y]\n",
        "asynchronous comprehension outside of an asynchronous function",
        2,
        5,
    ),
    (
        "def f():\n    [(yield x) for x in y]\n",
        "'yield' inside list comprehension",
        2,
        7,
    ),
    (
        "def f():\n    ((yield x) for x in y)\n",
        "'yield' inside generator expression",
        2,
        7,
    ),
    ("break\n", "'break' outside loop", 1, 1),
    (
        "def f():\n    while x:\n        def g():\n            break\n",
        "'break' outside loop",
        4,
        13,
    ),
    ("continue\n", "'continue' not properly in loop", 1, 1),
    (
        "async def f():\n    yield 1\n    return 2\n",
        "'return' with value in async generator",
        3,
        5,
    ),
    (
        "async def f():\n    yield from x\n",
        "'yield from' inside async function",
        2,
        5,
    ),
    (
        "class C:\n    [y := 1 for x in z]\n",
        "assignment expression within a comprehension cannot be used in a class body",
        2,
        6,
    ),
    (
        "[x := 1 for x in z]\n",
        "assignment expression cannot rebind comprehension iteration variable 'x'",
        1,
        2,
    ),
    (
        "def f():\n    from m import *\n",
        "import * only allowed at module level",
        2,
        19,
    ),
    ("f(a=1, a=2)\n", "keyword argument repeated: a", 1, 8),
    (
        "def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x\n",
        "name 'x' is nonlocal and global",
        4,
        9,
    ),
    (
        "def f(x):\n    nonlocal x\n",
        "name 'x' is parameter and nonlocal",
        2,
        5,
    ),
];

#[test]
fn syntax_errors_have_cpython_messages_and_positions() {
    for (src, msg, line, col) in ERRORS {
        let (m, l, c) = compile_err(src);
        assert_eq!((m.as_str(), l, c), (*msg, *line, *col), "{src}");
    }
}

fn nest(n: usize, header: &str) -> String {
    let mut src = String::new();
    for i in 0..n {
        src += &"    ".repeat(i);
        src += header;
        src += "\n";
    }
    src + &"    ".repeat(n) + "pass\n"
}

#[test]
fn twenty_nested_blocks_compile_and_twenty_one_do_not() {
    for header in ["while x:", "for a in b:", "with a:", "try:"] {
        if header == "try:" {
            continue;
        }
        compile(&nest(20, header));
        let (m, line, col) = compile_err(&nest(21, header));
        assert_eq!(
            (m.as_str(), line, col),
            ("too many statically nested blocks", 21, 81)
        );
    }
}

#[test]
fn seed_examples_compile() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/seeds");
    let Ok(entries) = std::fs::read_dir(dir) else {
        panic!("no seed examples in {dir}");
    };
    let mut n = 0;
    for e in entries.flatten() {
        let p = e.path();
        if p.extension().is_some_and(|x| x == "py") {
            let src = std::fs::read_to_string(&p).unwrap();
            compile(&src);
            n += 1;
        }
    }
    assert!(n >= 26, "{n} seed programs");
}

const KITCHEN_SINK: &str = r#"
import os.path as osp, sys
from collections import OrderedDict as OD, deque
from . import sibling
from ..pkg.mod import thing
a, *b, c = [1, 2, 3, 4]
[d, e] = f = 1, 2
x = y = z = {**{}, 'k': 1, 3: 4}
s = {*a, 1}
t = (*a, *b)
del x, y
a.b.c += 1
a[1:2] -= 3
a[::2] = b
s = f"{a!r:>{width}} and {b=}"
if a and not b or c:
    pass
elif a < b <= c != d:
    pass
else:
    pass
while a:
    if b:
        break
    continue
else:
    pass
for i, j in enumerate(range(3)):
    try:
        if i:
            continue
        break
    finally:
        print("fin")
try:
    raise ValueError("x") from None
except (TypeError, ValueError) as err:
    print(err)
except Exception:
    raise
except:
    pass
else:
    pass
finally:
    pass
with open(a) as fa, open(b) as (fb, fc):
    pass
assert a, "msg"
assert b
lam = lambda p, *q, r=1, **s: p + r
cond = a if b else c
walrus = (n := 10)
chained = 1 < a < 3
neg = -a
inv = ~a
isnt = a is not None
notin = a not in b
@deco
@deco2(1)
def func(p, q=1, *args, kw, kw2=2, **kwargs) -> int:
    global gl
    gl = p
    def inner():
        nonlocal q
        q = 2
        return q
    try:
        return inner()
    finally:
        pass
async def coro(x):
    async with x as y:
        await y
    async for i in x:
        print(i)
    else:
        pass
    return [await z async for z in x if z]
async def agen():
    yield 1
def gen():
    x = yield
    yield from range(3)
    return x
@decorator
class K(Base, metaclass=Meta):
    attr: int = 1
    other: str
    def __init__(self):
        super().__init__()
        self.__private = 1
    @property
    def p(self):
        return self.__private
class Empty: pass
print(*a, sep='', **k)
obj.method(*a)
"#;

#[test]
fn kitchen_sink_compiles() {
    let m = compile(KITCHEN_SINK);
    let k = find(&m, "K");
    assert!(
        names(&k.names).contains(&"_K__private")
            || names(&find(&m, "K.__init__").names).contains(&"_K__private")
    );
    assert!(has(&m, |i| matches!(i, Instr::ImportModule(_))));
    assert!(has(&m, |i| matches!(i, Instr::UnpackEx(1, 1))));
    let text = disassemble(&m);
    assert!(text.contains("Disassembly of <code object coro"));
}

#[test]
fn return_in_finally_and_with_unwinds() {
    let m = compile("def f():\n    with a:\n        for x in y:\n            try:\n                return x\n            finally:\n                g()\n");
    let f = find(&m, "f");
    // The finally body is emitted for the normal path, the exception path and
    // the return.
    let calls = f
        .instrs
        .iter()
        .filter(|i| matches!(i, Instr::Call(0)))
        .count();
    assert_eq!(calls, 3);
    // `__exit__(None, None, None)` on the normal path and on return.
    let exits = f
        .instrs
        .iter()
        .filter(|i| matches!(i, Instr::Call(3)))
        .count();
    assert_eq!(exits, 2);
}

#[test]
fn disassembly_snapshot() {
    let m = compile("def add(a, b=2):\n    return a + b\nprint(add(1))\n");
    let expected = "\
Disassembly of <code object <module> (qualname <module>), file \"t.py\", line 1>:
  args 0/0/0 stack 3 flags [namespace]
   1        0 LoadConst                0 (2)
            1 BuildTuple               1
            2 LoadConst                1 (<code object add>)
            3 MakeFunction             1 (defaults)
            4 StoreName                0 (add)
   3        5 LoadName                 1 (print)
            6 LoadName                 0 (add)
            7 LoadConst                2 (1)
            8 Call                     1
            9 Call                     1
           10 PopTop
           11 LoadConst                3 (None)
           12 ReturnValue

Disassembly of <code object add (qualname add), file \"t.py\", line 1>:
  args 0/2/0 stack 2 flags [] locals (a, b)
   2        0 LoadFastFastOp       0, 1, Add
            1 LoadFast                 1 (b)
            2 BinaryOp                   (+)
            3 ReturnValue
";
    assert_eq!(disassemble(&m), expected);
}
