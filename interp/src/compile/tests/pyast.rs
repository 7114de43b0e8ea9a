//! Test support until coil-parser can parse: CPython 3.11's own parser (through
//! `pyast.py`) gives the AST of a test program as an s-expression, converted here
//! into Coil's AST with the same byte spans.

use coil_parser::ast::*;
use num_bigint::BigInt;

#[derive(Debug, Clone)]
enum S {
    Node(String, Span, Vec<S>),
    List(Vec<S>),
    Atom(String),
    Str(String),
}

/// Parses `source` with python3.11 and converts the result.
pub fn parse(source: &str) -> Module {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new("python3.11")
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src/compile/tests/pyast.py"
        ))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("python3.11 runs (test support for the compiler tests)");
    child
        .stdin
        .take()
        .expect("piped")
        .write_all(source.as_bytes())
        .expect("write source");
    let out = child.wait_with_output().expect("python3.11 finishes");
    assert!(
        out.status.success(),
        "python3.11 could not parse the test program: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let mut r = Reader {
        chars: text.chars().collect(),
        pos: 0,
    };
    let tree = r.read();
    match tree {
        S::Node(_, _, f) => Module { body: stmts(&f[0]) },
        _ => panic!("not a module"),
    }
}

struct Reader {
    chars: Vec<char>,
    pos: usize,
}

impl Reader {
    fn skip_ws(&mut self) {
        while self.pos < self.chars.len() && self.chars[self.pos].is_whitespace() {
            self.pos += 1;
        }
    }

    fn read(&mut self) -> S {
        self.skip_ws();
        match self.chars[self.pos] {
            '(' => {
                self.pos += 1;
                let S::Atom(name) = self.read() else {
                    panic!("node name")
                };
                let S::Atom(start) = self.read() else {
                    panic!("start")
                };
                let S::Atom(end) = self.read() else {
                    panic!("end")
                };
                let mut fields = Vec::new();
                loop {
                    self.skip_ws();
                    if self.chars[self.pos] == ')' {
                        self.pos += 1;
                        break;
                    }
                    fields.push(self.read());
                }
                S::Node(
                    name,
                    Span::new(start.parse().unwrap(), end.parse().unwrap()),
                    fields,
                )
            }
            '[' => {
                self.pos += 1;
                let mut items = Vec::new();
                loop {
                    self.skip_ws();
                    if self.chars[self.pos] == ']' {
                        self.pos += 1;
                        break;
                    }
                    items.push(self.read());
                }
                S::List(items)
            }
            '"' => {
                self.pos += 1;
                let mut s = String::new();
                loop {
                    let c = self.chars[self.pos];
                    self.pos += 1;
                    match c {
                        '"' => break,
                        '\\' => {
                            let e = self.chars[self.pos];
                            self.pos += 1;
                            match e {
                                'n' => s.push('\n'),
                                't' => s.push('\t'),
                                'r' => s.push('\r'),
                                'b' => s.push('\u{8}'),
                                'f' => s.push('\u{c}'),
                                'u' => {
                                    let hex: String =
                                        self.chars[self.pos..self.pos + 4].iter().collect();
                                    self.pos += 4;
                                    s.push(
                                        char::from_u32(u32::from_str_radix(&hex, 16).unwrap())
                                            .unwrap(),
                                    );
                                }
                                other => s.push(other),
                            }
                        }
                        c => s.push(c),
                    }
                }
                S::Str(s)
            }
            _ => {
                let start = self.pos;
                while self.pos < self.chars.len()
                    && !self.chars[self.pos].is_whitespace()
                    && !matches!(self.chars[self.pos], '(' | ')' | '[' | ']')
                {
                    self.pos += 1;
                }
                S::Atom(self.chars[start..self.pos].iter().collect())
            }
        }
    }
}

fn node(s: &S) -> (&str, Span, &[S]) {
    match s {
        S::Node(n, sp, f) => (n, *sp, f),
        other => panic!("expected a node, got {other:?}"),
    }
}

fn list(s: &S) -> &[S] {
    match s {
        S::List(items) => items,
        other => panic!("expected a list, got {other:?}"),
    }
}

fn string(s: &S) -> String {
    match s {
        S::Str(s) => s.clone(),
        other => panic!("expected a string, got {other:?}"),
    }
}

fn opt_string(s: &S) -> Option<String> {
    match s {
        S::Atom(a) if a == "None" => None,
        other => Some(string(other)),
    }
}

fn is_none(s: &S) -> bool {
    matches!(s, S::Atom(a) if a == "None")
}

fn ident(s: &S, span: Span) -> Ident {
    Ident {
        name: string(s),
        span,
    }
}

fn stmts(s: &S) -> Vec<Stmt> {
    list(s).iter().map(stmt).collect()
}

fn exprs(s: &S) -> Vec<Expr> {
    list(s).iter().map(expr).collect()
}

fn opt_expr(s: &S) -> Option<Expr> {
    if is_none(s) {
        None
    } else {
        Some(expr(s))
    }
}

fn bx(s: &S) -> Box<Expr> {
    Box::new(expr(s))
}

fn stmt(s: &S) -> Stmt {
    let (name, span, f) = node(s);
    let kind = match name {
        "FunctionDef" | "AsyncFunctionDef" => StmtKind::FunctionDef(Box::new(FunctionDef {
            is_async: name == "AsyncFunctionDef",
            name: ident(&f[0], span),
            args: arguments(&f[1]),
            body: stmts(&f[2]),
            decorators: exprs(&f[3]),
            returns: opt_expr(&f[4]),
        })),
        "ClassDef" => StmtKind::ClassDef(Box::new(ClassDef {
            name: ident(&f[0], span),
            bases: exprs(&f[1]),
            keywords: list(&f[2]).iter().map(keyword).collect(),
            body: stmts(&f[3]),
            decorators: exprs(&f[4]),
        })),
        "Return" => StmtKind::Return(opt_expr(&f[0])),
        "Delete" => StmtKind::Delete(exprs(&f[0])),
        "Assign" => StmtKind::Assign {
            targets: exprs(&f[0]),
            value: expr(&f[1]),
        },
        "AugAssign" => StmtKind::AugAssign {
            target: expr(&f[0]),
            op: binop(&f[1]),
            value: expr(&f[2]),
        },
        "AnnAssign" => StmtKind::AnnAssign {
            target: expr(&f[0]),
            annotation: expr(&f[1]),
            value: opt_expr(&f[2]),
            simple: matches!(&f[3], S::Atom(a) if a == "i1"),
        },
        "For" | "AsyncFor" => StmtKind::For {
            is_async: name == "AsyncFor",
            target: expr(&f[0]),
            iter: expr(&f[1]),
            body: stmts(&f[2]),
            orelse: stmts(&f[3]),
        },
        "While" => StmtKind::While {
            test: expr(&f[0]),
            body: stmts(&f[1]),
            orelse: stmts(&f[2]),
        },
        "If" => StmtKind::If {
            test: expr(&f[0]),
            body: stmts(&f[1]),
            orelse: stmts(&f[2]),
        },
        "With" | "AsyncWith" => StmtKind::With {
            is_async: name == "AsyncWith",
            items: list(&f[0])
                .iter()
                .map(|w| {
                    let (_, _, wf) = node(w);
                    WithItem {
                        context_expr: expr(&wf[0]),
                        optional_vars: opt_expr(&wf[1]),
                    }
                })
                .collect(),
            body: stmts(&f[1]),
        },
        "Raise" => StmtKind::Raise {
            exc: opt_expr(&f[0]),
            cause: opt_expr(&f[1]),
        },
        "Try" | "TryStar" => StmtKind::Try {
            body: stmts(&f[0]),
            handlers: list(&f[1])
                .iter()
                .map(|h| {
                    let (_, hspan, hf) = node(h);
                    ExceptHandler {
                        typ: opt_expr(&hf[0]),
                        name: opt_string(&hf[1]).map(|n| Ident {
                            name: n,
                            span: hspan,
                        }),
                        body: stmts(&hf[2]),
                        span: hspan,
                    }
                })
                .collect(),
            orelse: stmts(&f[2]),
            finalbody: stmts(&f[3]),
            is_star: name == "TryStar",
        },
        "Assert" => StmtKind::Assert {
            test: expr(&f[0]),
            msg: opt_expr(&f[1]),
        },
        "Import" => StmtKind::Import(list(&f[0]).iter().map(alias).collect()),
        "ImportFrom" => StmtKind::ImportFrom {
            module: opt_string(&f[0]),
            names: list(&f[1]).iter().map(alias).collect(),
            level: int(&f[2]) as u32,
        },
        "Global" => StmtKind::Global(list(&f[0]).iter().map(|n| ident(n, span)).collect()),
        "Nonlocal" => StmtKind::Nonlocal(list(&f[0]).iter().map(|n| ident(n, span)).collect()),
        "Expr" => StmtKind::Expr(expr(&f[0])),
        "Pass" => StmtKind::Pass,
        "Break" => StmtKind::Break,
        "Continue" => StmtKind::Continue,
        other => panic!("statement {other} not converted"),
    };
    Stmt { kind, span }
}

fn int(s: &S) -> i64 {
    match s {
        S::Atom(a) => a[1..].parse().expect("int"),
        other => panic!("expected int, got {other:?}"),
    }
}

fn alias(s: &S) -> Alias {
    let (_, span, f) = node(s);
    Alias {
        name: string(&f[0]),
        asname: opt_string(&f[1]).map(|n| Ident { name: n, span }),
        span,
    }
}

fn keyword(s: &S) -> Keyword {
    let (_, span, f) = node(s);
    Keyword {
        arg: opt_string(&f[0]).map(|n| Ident { name: n, span }),
        value: expr(&f[1]),
        span,
    }
}

fn arg(s: &S) -> Arg {
    let (_, span, f) = node(s);
    Arg {
        name: ident(&f[0], span),
        annotation: opt_expr(&f[1]),
    }
}

fn opt_arg(s: &S) -> Option<Arg> {
    if is_none(s) {
        None
    } else {
        Some(arg(s))
    }
}

fn arguments(s: &S) -> Arguments {
    let (_, _, f) = node(s);
    Arguments {
        posonlyargs: list(&f[0]).iter().map(arg).collect(),
        args: list(&f[1]).iter().map(arg).collect(),
        vararg: opt_arg(&f[2]),
        kwonlyargs: list(&f[3]).iter().map(arg).collect(),
        kw_defaults: list(&f[4]).iter().map(opt_expr).collect(),
        kwarg: opt_arg(&f[5]),
        defaults: exprs(&f[6]),
    }
}

fn binop(s: &S) -> BinOp {
    match node(s).0 {
        "Add" => BinOp::Add,
        "Sub" => BinOp::Sub,
        "Mult" => BinOp::Mult,
        "MatMult" => BinOp::MatMult,
        "Div" => BinOp::Div,
        "Mod" => BinOp::Mod,
        "Pow" => BinOp::Pow,
        "LShift" => BinOp::LShift,
        "RShift" => BinOp::RShift,
        "BitOr" => BinOp::BitOr,
        "BitXor" => BinOp::BitXor,
        "BitAnd" => BinOp::BitAnd,
        "FloorDiv" => BinOp::FloorDiv,
        other => panic!("binop {other}"),
    }
}

fn cmpop(s: &S) -> CmpOp {
    match node(s).0 {
        "Eq" => CmpOp::Eq,
        "NotEq" => CmpOp::NotEq,
        "Lt" => CmpOp::Lt,
        "LtE" => CmpOp::LtE,
        "Gt" => CmpOp::Gt,
        "GtE" => CmpOp::GtE,
        "Is" => CmpOp::Is,
        "IsNot" => CmpOp::IsNot,
        "In" => CmpOp::In,
        "NotIn" => CmpOp::NotIn,
        other => panic!("cmpop {other}"),
    }
}

fn comprehensions(s: &S) -> Vec<Comprehension> {
    list(s)
        .iter()
        .map(|c| {
            let (_, _, f) = node(c);
            Comprehension {
                target: expr(&f[0]),
                iter: expr(&f[1]),
                ifs: exprs(&f[2]),
                is_async: int(&f[3]) != 0,
            }
        })
        .collect()
}

fn constant(s: &S) -> Constant {
    match s {
        S::Str(s) => Constant::Str(s.clone()),
        S::Atom(a) => match a.as_str() {
            "None" => Constant::None,
            "True" => Constant::True,
            "False" => Constant::False,
            "Ellipsis" => Constant::Ellipsis,
            a if a.starts_with('i') => Constant::Int(a[1..].parse::<BigInt>().expect("int")),
            a if a.starts_with('f') => Constant::Float(a[1..].parse().expect("float")),
            a if a.starts_with('c') => Constant::Complex(a[1..].parse().expect("complex")),
            a if a.starts_with('b') => Constant::Bytes(
                (0..a.len() / 2)
                    .map(|i| u8::from_str_radix(&a[1 + 2 * i..3 + 2 * i], 16).unwrap())
                    .collect(),
            ),
            other => panic!("constant {other}"),
        },
        other => panic!("constant {other:?}"),
    }
}

fn expr(s: &S) -> Expr {
    let (name, span, f) = node(s);
    let kind = match name {
        "BoolOp" => ExprKind::BoolOp {
            op: if node(&f[0]).0 == "And" {
                BoolOp::And
            } else {
                BoolOp::Or
            },
            values: exprs(&f[1]),
        },
        "NamedExpr" => ExprKind::NamedExpr {
            target: bx(&f[0]),
            value: bx(&f[1]),
        },
        "BinOp" => ExprKind::BinOp {
            left: bx(&f[0]),
            op: binop(&f[1]),
            right: bx(&f[2]),
        },
        "UnaryOp" => ExprKind::UnaryOp {
            op: match node(&f[0]).0 {
                "Invert" => UnaryOp::Invert,
                "Not" => UnaryOp::Not,
                "UAdd" => UnaryOp::UAdd,
                _ => UnaryOp::USub,
            },
            operand: bx(&f[1]),
        },
        "Lambda" => ExprKind::Lambda {
            args: Box::new(arguments(&f[0])),
            body: bx(&f[1]),
        },
        "IfExp" => ExprKind::IfExp {
            test: bx(&f[0]),
            body: bx(&f[1]),
            orelse: bx(&f[2]),
        },
        "Dict" => ExprKind::Dict {
            keys: list(&f[0]).iter().map(opt_expr).collect(),
            values: exprs(&f[1]),
        },
        "Set" => ExprKind::Set(exprs(&f[0])),
        "ListComp" => ExprKind::ListComp {
            elt: bx(&f[0]),
            generators: comprehensions(&f[1]),
        },
        "SetComp" => ExprKind::SetComp {
            elt: bx(&f[0]),
            generators: comprehensions(&f[1]),
        },
        "GeneratorExp" => ExprKind::GeneratorExp {
            elt: bx(&f[0]),
            generators: comprehensions(&f[1]),
        },
        "DictComp" => ExprKind::DictComp {
            key: bx(&f[0]),
            value: bx(&f[1]),
            generators: comprehensions(&f[2]),
        },
        "Await" => ExprKind::Await(bx(&f[0])),
        "Yield" => ExprKind::Yield(opt_expr(&f[0]).map(Box::new)),
        "YieldFrom" => ExprKind::YieldFrom(bx(&f[0])),
        "Compare" => ExprKind::Compare {
            left: bx(&f[0]),
            ops: list(&f[1]).iter().map(cmpop).collect(),
            comparators: exprs(&f[2]),
        },
        "Call" => ExprKind::Call {
            func: bx(&f[0]),
            args: exprs(&f[1]),
            keywords: list(&f[2]).iter().map(keyword).collect(),
        },
        "FormattedValue" => ExprKind::FormattedValue {
            value: bx(&f[0]),
            conversion: match int(&f[1]) {
                -1 => None,
                c => Some(c as u8 as char),
            },
            format_spec: opt_expr(&f[2]).map(Box::new),
        },
        "JoinedStr" => ExprKind::JoinedStr(exprs(&f[0])),
        "Constant" => ExprKind::Constant(constant(&f[0])),
        "Attribute" => ExprKind::Attribute {
            value: bx(&f[0]),
            attr: ident(&f[1], span),
        },
        "Subscript" => ExprKind::Subscript {
            value: bx(&f[0]),
            slice: bx(&f[1]),
        },
        "Starred" => ExprKind::Starred(bx(&f[0])),
        "Name" => ExprKind::Name(string(&f[0])),
        "List" => ExprKind::List(exprs(&f[0])),
        "Tuple" => ExprKind::Tuple(exprs(&f[0])),
        "Slice" => ExprKind::Slice {
            lower: opt_expr(&f[0]).map(Box::new),
            upper: opt_expr(&f[1]).map(Box::new),
            step: opt_expr(&f[2]).map(Box::new),
        },
        other => panic!("expression {other} not converted"),
    };
    Expr { kind, span }
}
