//! Structure-aware generation: random programs that follow Python's grammar
//! (`Grammar/python.gram` of CPython 3.11 is the map: statements, compound
//! statements, expressions by precedence, displays, comprehensions, f-strings,
//! `match`, `async`), biased towards what breaks interpreters: extreme numbers,
//! self-referencing containers, dunders that recurse or mutate, deep nesting.
//! Most programs parse; a few are left malformed on purpose by the mutator.

use crate::rng::Rng;

const NAMES: &[&str] = &["a", "b", "c", "x", "y", "n", "s", "d", "lst", "obj", "it"];

const INTS: &[&str] = &[
    "0",
    "1",
    "-1",
    "2",
    "7",
    "255",
    "256",
    "-5",
    "2**31",
    "2**63",
    "-2**63",
    "2**64",
    "10**20",
    "10**100",
    "0x7fffffff",
    "1_000",
    "0o17",
    "0b101",
    "sys.maxsize",
    "-sys.maxsize - 1",
];

const FLOATS: &[&str] = &[
    "0.0",
    "-0.0",
    "1.5",
    "1e308",
    "1e-320",
    "float('nan')",
    "float('inf')",
    "-float('inf')",
    "3.141592653589793",
    "2.5e-5",
];

const STRS: &[&str] = &[
    "''",
    "'abc'",
    "\"a b c\"",
    "'\\n'",
    "'\\x00'",
    "'\\u00e9t\\u00e9'",
    "'%s %d'",
    "'{}'",
    "'{0!r:>10}'",
    "'\\N{BULLET}'",
    "r'\\d+'",
    "'a' * 3",
    "'\\U0001F600'",
    "'x,y,,z'",
];

const BUILTINS1: &[&str] = &[
    "len",
    "repr",
    "str",
    "int",
    "float",
    "list",
    "tuple",
    "dict",
    "set",
    "frozenset",
    "sorted",
    "reversed",
    "enumerate",
    "iter",
    "next",
    "abs",
    "hash",
    "bool",
    "bytes",
    "bytearray",
    "chr",
    "ord",
    "hex",
    "bin",
    "oct",
    "min",
    "max",
    "sum",
    "any",
    "all",
    "type",
    "callable",
    "round",
    "format",
    "ascii",
    "dir",
    "vars",
    "complex",
    "memoryview",
    "range",
    "zip",
    "print",
    "id",
];

const BUILTINS2: &[&str] = &[
    "divmod",
    "pow",
    "isinstance",
    "issubclass",
    "getattr",
    "hasattr",
    "map",
    "filter",
    "zip",
    "range",
    "format",
    "round",
    "min",
    "max",
    "iter",
    "sorted",
    "enumerate",
    "int",
    "setattr",
];

const METHODS: &[&str] = &[
    "append(1)",
    "pop()",
    "sort()",
    "reverse()",
    "copy()",
    "clear()",
    "keys()",
    "values()",
    "items()",
    "get(1)",
    "setdefault(2, [])",
    "update({})",
    "join(['a', 'b'])",
    "split(',')",
    "upper()",
    "strip()",
    "replace('a', 'b')",
    "format(1, 2)",
    "center(9, '*')",
    "zfill(5)",
    "encode()",
    "decode()",
    "index(1)",
    "count(1)",
    "insert(0, 2)",
    "extend(range(3))",
    "add(3)",
    "discard(3)",
    "union({1})",
    "startswith('a')",
    "find('b')",
    "partition('b')",
    "to_bytes(4, 'big')",
    "bit_length()",
    "as_integer_ratio()",
    "is_integer()",
    "hex()",
    "__class__",
    "__dict__",
    "__len__()",
    "__repr__()",
    "__iter__()",
    "__next__()",
];

const BINOPS: &[&str] = &[
    "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@", "==", "!=", "<", "<=",
    ">", ">=", "is", "is not", "in", "not in", "and", "or",
];

const MODULES: &[&str] = &[
    "math",
    "itertools",
    "functools",
    "collections",
    "asyncio",
    "json",
    "re",
    "copy",
    "operator",
    "string",
    "heapq",
    "bisect",
    "random",
    "fractions",
    "decimal",
    "dataclasses",
    "enum",
    "typing",
    "textwrap",
    "struct",
    "datetime",
    "gc",
    "weakref",
    "contextlib",
    "abc",
    "sys",
];

const DUNDERS: &[(&str, &str)] = &[
    ("__repr__", "self"),
    ("__str__", "self"),
    ("__eq__", "self, other"),
    ("__lt__", "self, other"),
    ("__hash__", "self"),
    ("__len__", "self"),
    ("__iter__", "self"),
    ("__next__", "self"),
    ("__getitem__", "self, key"),
    ("__setitem__", "self, key, value"),
    ("__contains__", "self, item"),
    ("__bool__", "self"),
    ("__index__", "self"),
    ("__add__", "self, other"),
    ("__radd__", "self, other"),
    ("__call__", "self, *args, **kw"),
    ("__enter__", "self"),
    ("__exit__", "self, *exc"),
    ("__getattr__", "self, name"),
    ("__del__", "self"),
    ("__format__", "self, spec"),
    ("__init__", "self, *args"),
    ("__await__", "self"),
    ("__aiter__", "self"),
    ("__anext__", "self"),
];

/// One generated program.
pub fn program(rng: &mut Rng) -> String {
    let mut g = Gen::new(rng);
    g.out.push_str("import sys\n");
    let n = 3 + g.rng.below(12);
    for _ in 0..n {
        g.top_stmt();
    }
    if g.rng.one_in(3) {
        g.out.push_str("import asyncio\n");
        g.out.push_str("async def main():\n");
        g.in_async = true;
        g.in_func = true;
        for _ in 0..2 + g.rng.below(5) {
            g.stmt(1);
        }
        g.out.push_str("    return 0\n");
        g.in_async = false;
        g.in_func = false;
        g.out.push_str("print(asyncio.run(main()))\n");
    }
    g.out
}

/// A few statements at `indent` levels, for splicing into another program.
pub fn statements(rng: &mut Rng, indent: usize) -> String {
    let mut g = Gen::new(rng);
    g.stmt(indent);
    g.out
}

/// An expression, for replacing part of a line.
pub fn expression(rng: &mut Rng) -> String {
    let mut g = Gen::new(rng);
    g.expr()
}

struct Gen<'r> {
    rng: &'r mut Rng,
    out: String,
    depth: usize,
    in_func: bool,
    in_async: bool,
    in_loop: bool,
}

impl<'r> Gen<'r> {
    /// A generator at the top level of an empty program.
    fn new(rng: &'r mut Rng) -> Self {
        Gen {
            rng,
            out: String::new(),
            depth: 0,
            in_func: false,
            in_async: false,
            in_loop: false,
        }
    }

    fn line(&mut self, indent: usize, text: &str) {
        for _ in 0..indent {
            self.out.push_str("    ");
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn name(&mut self) -> String {
        self.rng.pick(NAMES).to_string()
    }

    /// A top-level statement, usually guarded so one error does not end the run.
    fn top_stmt(&mut self) {
        match self.rng.below(10) {
            0 => self.class_def(0),
            1 => self.func_def(0),
            2 => {
                let m = self.rng.pick(MODULES).to_string();
                self.line(0, &format!("import {m}"));
            }
            3..=6 => {
                self.line(0, "try:");
                self.stmt(1);
                if self.rng.one_in(2) {
                    self.stmt(1);
                }
                self.line(0, "except Exception as e:");
                self.line(1, "print(type(e).__name__, e)");
            }
            _ => self.stmt(0),
        }
    }

    fn stmt(&mut self, indent: usize) {
        if self.depth > 4 {
            let e = self.expr();
            self.line(indent, &format!("print({e})"));
            return;
        }
        self.depth += 1;
        match self.rng.below(24) {
            0..=3 => {
                let (t, e) = (self.target(), self.expr());
                self.line(indent, &format!("{t} = {e}"));
            }
            4 => {
                let (t, e) = (self.name(), self.expr());
                let op = self
                    .rng
                    .pick(&["+=", "-=", "*=", "//=", "%=", "|=", "<<=", "**="]);
                self.line(indent, &format!("{t} {op} {e}"));
            }
            5..=7 => {
                let e = self.expr();
                self.line(indent, &format!("print({e})"));
            }
            8 => {
                let e = self.expr();
                self.line(indent, &format!("if {e}:"));
                self.stmt(indent + 1);
                if self.rng.one_in(2) {
                    self.line(indent, "else:");
                    self.stmt(indent + 1);
                }
            }
            9 | 10 => {
                let (v, e) = (self.name(), self.iterable());
                self.line(indent, &format!("for {v} in {e}:"));
                let was = std::mem::replace(&mut self.in_loop, true);
                self.stmt(indent + 1);
                self.in_loop = was;
            }
            11 => {
                let e = self.expr();
                self.line(indent, "_k = 0");
                self.line(indent, &format!("while _k < 5 and ({e}):"));
                self.line(indent + 1, "_k += 1");
                let was = std::mem::replace(&mut self.in_loop, true);
                self.stmt(indent + 1);
                self.in_loop = was;
            }
            12 => {
                self.line(indent, "try:");
                self.stmt(indent + 1);
                let exc = self.rng.pick(&[
                    "Exception",
                    "BaseException",
                    "(TypeError, ValueError)",
                    "RecursionError",
                    "*ValueError",
                ]);
                if let Some(group) = exc.strip_prefix('*') {
                    self.line(indent, &format!("except* {group} as eg:"));
                } else {
                    self.line(indent, &format!("except {exc} as err:"));
                }
                self.line(
                    indent + 1,
                    "print('caught', type(err).__name__ if 'err' in dir() else 0)",
                );
                if self.rng.one_in(2) {
                    self.line(indent, "finally:");
                    self.stmt(indent + 1);
                }
            }
            13 => self.func_def(indent),
            14 => self.class_def(indent),
            15 => {
                let e = self.expr();
                self.line(indent, &format!("match {e}:"));
                for _ in 0..1 + self.rng.below(3) {
                    let p = self.pattern(0);
                    self.line(indent + 1, &format!("case {p}:"));
                    self.stmt(indent + 2);
                }
            }
            16 => {
                let e = self.expr();
                let kw = self
                    .rng
                    .pick(&["raise", "assert", "del", "return", "yield"]);
                match *kw {
                    "raise" => {
                        let what = *self.rng.pick(&[
                            "ValueError(1)",
                            "TypeError",
                            "StopIteration",
                            "KeyboardInterrupt()",
                            "SystemExit(3)",
                            "e",
                        ]);
                        self.line(indent, &format!("raise {what}"))
                    }
                    "assert" => self.line(indent, &format!("assert {e}, {e}")),
                    "del" => {
                        let t = self.target();
                        self.line(indent, &format!("del {t}"));
                    }
                    _ if self.in_func => self.line(indent, &format!("{kw} {e}")),
                    _ => self.line(indent, &format!("print({e})")),
                }
            }
            17 if self.in_loop => {
                let kw = self.rng.pick(&["break", "continue"]);
                self.line(indent, kw);
            }
            18 => {
                let e = self.expr();
                self.line(indent, &format!("with {e} as w:"));
                self.stmt(indent + 1);
            }
            19 if self.in_async => {
                let e = self.rng.pick(&[
                    "await asyncio.sleep(0)",
                    "await asyncio.sleep(0.01)",
                    "await asyncio.gather(*[asyncio.sleep(0) for _ in range(3)])",
                    "await asyncio.wait_for(asyncio.sleep(1), 0.001)",
                    "asyncio.create_task(asyncio.sleep(0))",
                    "[t async for t in agen()]",
                    "await asyncio.shield(asyncio.sleep(0))",
                ]);
                self.line(indent, &format!("r = {e}"));
            }
            20 => {
                let (a, b) = (self.name(), self.name());
                let e = self.expr();
                self.line(indent, &format!("{a}, *{b} = {e}"));
            }
            21 => self.nasty(indent),
            _ => {
                let e = self.expr();
                self.line(indent, &e);
            }
        }
        self.depth -= 1;
    }

    /// Shapes that have broken interpreters: self-containing containers, deep
    /// nesting, mutation during iteration, huge sizes.
    fn nasty(&mut self, indent: usize) {
        let n = self
            .rng
            .pick(&["3", "50", "1000", "100000", "2**20"])
            .to_string();
        let lines: &[&str] = match self.rng.below(12) {
            0 => &[
                "lst = [1]",
                "lst.append(lst)",
                "print(lst, lst == lst, repr(lst)[:20])",
            ],
            1 => &["d = {}", "d[1] = d", "print(d, d == {1: d})"],
            2 => &[
                "x = []",
                "for _ in range(N): x = [x]",
                "print(len(repr(x)) if N < 999 else 0)",
            ],
            3 => &["d = {1: 2, 3: 4}", "for k in d: d[k + 1] = 0"],
            4 => &["s = {1, 2}", "for k in s: s.add(k * 2)"],
            5 => &[
                "lst = list(range(10))",
                "lst.sort(key=lambda v: lst.clear() or v)",
            ],
            6 => &[
                "t = ()",
                "for _ in range(N): t = (t,)",
                "print(len(str(t)) if N < 999 else 1)",
            ],
            7 => &["print('%.*f' % (N, 1.5)[:10], format(1.5, '.' + str(N) + 'g')[:5])"],
            8 => &["print(len('ab' * N), len(bytes(N)), len([0] * N))"],
            9 => &["def rec(k): return rec(k + 1)", "rec(0)"],
            10 => &[
                "g = (i for i in range(N))",
                "print(next(g), list(zip(g, g))[:2])",
            ],
            _ => &[
                "it = iter(lambda: 1, 2)",
                "print(next(it), list(map(str, range(N)))[-1])",
            ],
        };
        for l in lines {
            let l = l.replace('N', &n);
            self.line(indent, &l);
        }
    }

    fn func_def(&mut self, indent: usize) {
        let name = self.rng.pick(&["f", "g", "agen", "gen", "h"]).to_string();
        let is_async = name == "agen" || self.rng.one_in(5);
        let params = self.rng.pick(&[
            "",
            "a",
            "a, b=2",
            "*args, **kw",
            "a, /, b, *, c=3",
            "n=0",
            "x=[]",
        ]);
        let kw = if is_async { "async def" } else { "def" };
        if self.rng.one_in(4) {
            self.line(indent, "import functools");
            self.line(indent, "@functools.lru_cache(maxsize=None)");
        }
        self.line(indent, &format!("{kw} {name}({params}):"));
        let saved = (self.in_func, self.in_async, self.in_loop);
        self.in_func = true;
        self.in_async = is_async;
        self.in_loop = false;
        if name == "agen" || name == "gen" {
            self.line(indent + 1, "yield 1");
        }
        for _ in 0..1 + self.rng.below(3) {
            self.stmt(indent + 1);
        }
        if self.rng.one_in(3) && !name.contains("gen") {
            self.line(
                indent + 1,
                &format!(
                    "return {name}({})",
                    if params.is_empty() { "" } else { "1" }
                ),
            );
        }
        (self.in_func, self.in_async, self.in_loop) = saved;
    }

    fn class_def(&mut self, indent: usize) {
        let base = self.rng.pick(&[
            "",
            "(int)",
            "(list)",
            "(dict)",
            "(Exception)",
            "(str)",
            "(tuple)",
            "(object, metaclass=type)",
        ]);
        let name = self.rng.pick(&["C", "D", "E"]).to_string();
        self.line(indent, &format!("class {name}{base}:"));
        let saved = (self.in_func, self.in_async, self.in_loop);
        self.in_loop = false;
        if self.rng.one_in(4) {
            self.line(indent + 1, "__slots__ = ('v',)");
        }
        for _ in 0..1 + self.rng.below(4) {
            let (m, params) = *self.rng.pick(DUNDERS);
            self.in_func = true;
            self.in_async = m.starts_with("__a");
            self.line(indent + 1, &format!("def {m}({params}):"));
            let body = self.rng.below(6);
            match body {
                0 => {
                    let call = match m {
                        "__repr__" => "repr(self)",
                        "__str__" => "str(self)",
                        "__eq__" => "self == other",
                        "__hash__" => "hash(self)",
                        "__len__" => "len(self)",
                        "__getitem__" => "self[key]",
                        "__getattr__" => "getattr(self, name)",
                        "__iter__" => "iter(self)",
                        "__bool__" => "bool(self)",
                        _ => "self",
                    };
                    self.line(indent + 2, &format!("return {call}"));
                }
                1 => self.line(indent + 2, "raise ValueError('in dunder')"),
                2 => {
                    self.stmt(indent + 2);
                    let e = self.expr();
                    self.line(indent + 2, &format!("return {e}"));
                }
                _ => {
                    let v = match m {
                        "__repr__" | "__str__" | "__format__" => "'C()'",
                        "__hash__" | "__len__" | "__index__" => "1",
                        "__bool__" | "__eq__" | "__lt__" | "__contains__" => "True",
                        "__iter__" | "__enter__" | "__aiter__" | "__await__" => "self",
                        "__next__" => "next(iter([]))",
                        "__init__" | "__setitem__" | "__del__" | "__exit__" => "None",
                        _ => "NotImplemented",
                    };
                    self.line(indent + 2, &format!("return {v}"));
                }
            }
        }
        (self.in_func, self.in_async, self.in_loop) = saved;
        let make = self
            .rng
            .pick(&["C()", "C(1)", "C([1, 2])", "C('a')"])
            .replace('C', &name);
        self.line(indent, &format!("obj = {make}"));
    }

    fn pattern(&mut self, d: usize) -> String {
        if d > 2 {
            return "_".into();
        }
        match self.rng.below(9) {
            0 => "q".into(),
            1 => self
                .rng
                .pick(&["0", "'abc'", "None", "True", "-1", "1.5"])
                .to_string(),
            2 => format!("[{}, *rest]", self.pattern(d + 1)),
            3 => format!("{{'k': {}, **kw}}", self.pattern(d + 1)),
            4 => format!("{}() | int()", self.rng.pick(&["str", "list", "dict"])),
            5 => format!("({} as q)", self.pattern(d + 1)),
            6 => format!("C(v={})", self.pattern(d + 1)),
            7 => format!("[{}, {}]", self.pattern(d + 1), self.pattern(d + 1)),
            _ => "x if x else y".replace(" if x else y", ""),
        }
    }

    fn target(&mut self) -> String {
        match self.rng.below(6) {
            0 => format!("{}[{}]", self.name(), self.small()),
            1 => format!("{}.attr", self.name()),
            2 => format!("{}, {}", self.name(), self.name()),
            3 => format!("{}[1:2]", self.name()),
            _ => self.name(),
        }
    }

    fn small(&mut self) -> String {
        self.rng
            .pick(&["0", "1", "-1", "2", "'k'", "None", "slice(None)", "10**30"])
            .to_string()
    }

    fn iterable(&mut self) -> String {
        match self.rng.below(6) {
            0 => format!(
                "range({})",
                self.rng
                    .pick(&["3", "10", "-2", "0, 10, 3", "2**70, 2**70 + 2"])
            ),
            1 => format!("list({})", self.name()),
            2 => "'abc'".into(),
            3 => self.expr(),
            4 => format!("enumerate({})", self.name()),
            _ => format!("zip({}, {})", self.name(), self.name()),
        }
    }

    fn atom(&mut self) -> String {
        match self.rng.below(14) {
            0..=2 => self.name(),
            3 | 4 => self.rng.pick(INTS).to_string(),
            5 => self.rng.pick(FLOATS).to_string(),
            6 | 7 => self.rng.pick(STRS).to_string(),
            8 => self
                .rng
                .pick(&[
                    "None",
                    "True",
                    "False",
                    "...",
                    "b'ab\\x00'",
                    "NotImplemented",
                ])
                .to_string(),
            9 => "[1, 2, 3]".into(),
            10 => "{'k': 1, 2: 'v'}".into(),
            11 => "{1, 2}".into(),
            12 => "(1, 'a')".into(),
            _ => self
                .rng
                .pick(&["obj", "C", "f", "gen()", "lst", "math.pi", "sys.maxsize"])
                .to_string(),
        }
    }

    fn expr(&mut self) -> String {
        if self.depth > 6 {
            return self.atom();
        }
        self.depth += 1;
        let e = match self.rng.below(22) {
            0..=4 => self.atom(),
            5..=7 => {
                let (a, b) = (self.expr(), self.expr());
                format!("({a} {} {b})", self.rng.pick(BINOPS))
            }
            8 => {
                let a = self.expr();
                format!("({}{a})", self.rng.pick(&["-", "+", "~", "not "]))
            }
            9 | 10 => {
                let a = self.expr();
                format!("{}({a})", self.rng.pick(BUILTINS1))
            }
            11 => {
                let (a, b) = (self.expr(), self.expr());
                format!("{}({a}, {b})", self.rng.pick(BUILTINS2))
            }
            12 => {
                let a = self.atom();
                format!("({a}).{}", self.rng.pick(METHODS))
            }
            13 => {
                let (a, i) = (self.atom(), self.expr());
                match self.rng.below(3) {
                    0 => format!("{a}[{i}]"),
                    1 => format!("{a}[{i}:]"),
                    _ => format!("{a}[::{}]", self.rng.pick(&["-1", "2", "0", "10**20"])),
                }
            }
            14 => {
                let (e, v, it) = (self.expr(), self.name(), self.iterable());
                match self.rng.below(4) {
                    0 => format!("[{e} for {v} in {it}]"),
                    1 => format!("{{{v}: {e} for {v} in {it}}}"),
                    2 => format!("list({e} for {v} in {it} if {v})"),
                    _ => format!("{{{e} for {v} in {it}}}"),
                }
            }
            15 => {
                let e = self.expr();
                format!("(lambda *a, **k: {e})({})", self.atom())
            }
            16 => {
                let (a, b, c) = (self.expr(), self.expr(), self.expr());
                format!("({a} if {b} else {c})")
            }
            17 => {
                // 3.11: no quotes or backslashes inside the braces
                let a = match self.rng.below(3) {
                    0 => self.name(),
                    1 => self.rng.pick(INTS).to_string(),
                    _ => self.rng.pick(FLOATS).to_string().replace('\'', ""),
                };
                let spec = self.rng.pick(&[
                    "", ":>10", ":.3f", "!r", ":x", ":,", "=", ":{n}", ":.65536f",
                ]);
                format!("f'{{{a}{spec}}}'")
            }
            18 => {
                let (a, b) = (self.expr(), self.expr());
                format!("[{a}, *{b}]")
            }
            19 => {
                let (a, b) = (self.name(), self.expr());
                format!("({a} := {b})")
            }
            20 => {
                let a = self.expr();
                let (pre, post) = *self.rng.pick(&[
                    ("math.sqrt(", ")"),
                    ("math.factorial(", ")"),
                    ("json.dumps(", ")"),
                    ("copy.deepcopy(", ")"),
                    ("functools.reduce(operator.add, ", ", 0)"),
                    ("list(itertools.islice(", ", 3))"),
                    ("collections.Counter(", ")"),
                    ("str.__add__(", ", 'a')"),
                    ("int.__add__(", ", 1)"),
                    ("sys.setrecursionlimit(", ")"),
                ]);
                format!("{pre}{a}{post}")
            }
            _ => {
                let (a, b) = (self.atom(), self.atom());
                format!("'%s %r %d' % ({a}, {b}, 1)")
            }
        };
        self.depth -= 1;
        e
    }
}
