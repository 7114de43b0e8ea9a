//! Cross-check against CPython: `ast_cases.txt` holds sources and CPython 3.11's AST for
//! each (regenerate with `python3.11 parser/tests/ast_oracle.py`); this test prints
//! Coil's AST in the same compact `ast.dump`-like format, spans included, and compares.

use coil_parser::ast::*;
use coil_parser::parse_module;

fn list<T>(items: &[T], f: impl Fn(&T) -> String) -> String {
    format!("[{}]", items.iter().map(f).collect::<Vec<_>>().join(", "))
}

fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn repr_float(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e16 {
        format!("{f:.1}")
    } else {
        format!("{f}")
    }
}

fn node(name: &str, fields: Vec<(&str, Option<String>)>, span: Option<Span>) -> String {
    let parts: Vec<String> = fields
        .into_iter()
        .filter_map(|(k, v)| v.map(|v| format!("{k}={v}")))
        .collect();
    let mut s = format!("{name}({})", parts.join(", "));
    if let Some(span) = span {
        s.push_str(&format!("@{}:{}", span.start, span.end));
    }
    s
}

fn opt_expr(e: &Option<Expr>) -> Option<String> {
    e.as_ref().map(expr)
}

fn opt_box(e: &Option<Box<Expr>>) -> Option<String> {
    e.as_deref().map(expr)
}

fn binop(op: BinOp) -> String {
    let name = match op {
        BinOp::Add => "Add",
        BinOp::Sub => "Sub",
        BinOp::Mult => "Mult",
        BinOp::MatMult => "MatMult",
        BinOp::Div => "Div",
        BinOp::Mod => "Mod",
        BinOp::Pow => "Pow",
        BinOp::LShift => "LShift",
        BinOp::RShift => "RShift",
        BinOp::BitOr => "BitOr",
        BinOp::BitXor => "BitXor",
        BinOp::BitAnd => "BitAnd",
        BinOp::FloorDiv => "FloorDiv",
    };
    format!("{name}()")
}

fn cmpop(op: &CmpOp) -> String {
    format!("{op:?}()")
}

fn comprehension(c: &Comprehension) -> String {
    node(
        "comprehension",
        vec![
            ("target", Some(expr(&c.target))),
            ("iter", Some(expr(&c.iter))),
            ("ifs", Some(list(&c.ifs, expr))),
            ("is_async", Some((c.is_async as u8).to_string())),
        ],
        None,
    )
}

fn arg(a: &Arg) -> String {
    node(
        "arg",
        vec![
            ("arg", Some(repr_str(&a.name.name))),
            ("annotation", opt_expr(&a.annotation)),
        ],
        None,
    )
}

fn arguments(a: &Arguments) -> String {
    node(
        "arguments",
        vec![
            ("posonlyargs", Some(list(&a.posonlyargs, arg))),
            ("args", Some(list(&a.args, arg))),
            ("vararg", a.vararg.as_ref().map(arg)),
            ("kwonlyargs", Some(list(&a.kwonlyargs, arg))),
            (
                "kw_defaults",
                Some(list(&a.kw_defaults, |d| {
                    d.as_ref().map(expr).unwrap_or("None".into())
                })),
            ),
            ("kwarg", a.kwarg.as_ref().map(arg)),
            ("defaults", Some(list(&a.defaults, expr))),
        ],
        None,
    )
}

fn keyword(k: &Keyword) -> String {
    node(
        "keyword",
        vec![
            ("arg", k.arg.as_ref().map(|a| repr_str(&a.name))),
            ("value", Some(expr(&k.value))),
        ],
        None,
    )
}

fn expr(e: &Expr) -> String {
    let span = Some(e.span);
    let b = |e: &Expr| Some(expr(e));
    match &e.kind {
        ExprKind::BoolOp { op, values } => node(
            "BoolOp",
            vec![
                ("op", Some(format!("{op:?}()"))),
                ("values", Some(list(values, expr))),
            ],
            span,
        ),
        ExprKind::NamedExpr { target, value } => node(
            "NamedExpr",
            vec![("target", b(target)), ("value", b(value))],
            span,
        ),
        ExprKind::BinOp { left, op, right } => node(
            "BinOp",
            vec![
                ("left", b(left)),
                ("op", Some(binop(*op))),
                ("right", b(right)),
            ],
            span,
        ),
        ExprKind::UnaryOp { op, operand } => node(
            "UnaryOp",
            vec![("op", Some(format!("{op:?}()"))), ("operand", b(operand))],
            span,
        ),
        ExprKind::Lambda { args, body } => node(
            "Lambda",
            vec![("args", Some(arguments(args))), ("body", b(body))],
            span,
        ),
        ExprKind::IfExp { test, body, orelse } => node(
            "IfExp",
            vec![("test", b(test)), ("body", b(body)), ("orelse", b(orelse))],
            span,
        ),
        ExprKind::Dict { keys, values } => node(
            "Dict",
            vec![
                (
                    "keys",
                    Some(list(keys, |k| {
                        k.as_ref().map(expr).unwrap_or("None".into())
                    })),
                ),
                ("values", Some(list(values, expr))),
            ],
            span,
        ),
        ExprKind::Set(elts) => node("Set", vec![("elts", Some(list(elts, expr)))], span),
        ExprKind::ListComp { elt, generators } => node(
            "ListComp",
            vec![
                ("elt", b(elt)),
                ("generators", Some(list(generators, comprehension))),
            ],
            span,
        ),
        ExprKind::SetComp { elt, generators } => node(
            "SetComp",
            vec![
                ("elt", b(elt)),
                ("generators", Some(list(generators, comprehension))),
            ],
            span,
        ),
        ExprKind::GeneratorExp { elt, generators } => node(
            "GeneratorExp",
            vec![
                ("elt", b(elt)),
                ("generators", Some(list(generators, comprehension))),
            ],
            span,
        ),
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => node(
            "DictComp",
            vec![
                ("key", b(key)),
                ("value", b(value)),
                ("generators", Some(list(generators, comprehension))),
            ],
            span,
        ),
        ExprKind::Await(v) => node("Await", vec![("value", b(v))], span),
        ExprKind::Yield(v) => node("Yield", vec![("value", opt_box(v))], span),
        ExprKind::YieldFrom(v) => node("YieldFrom", vec![("value", b(v))], span),
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => node(
            "Compare",
            vec![
                ("left", b(left)),
                ("ops", Some(list(ops, cmpop))),
                ("comparators", Some(list(comparators, expr))),
            ],
            span,
        ),
        ExprKind::Call {
            func,
            args,
            keywords,
        } => node(
            "Call",
            vec![
                ("func", b(func)),
                ("args", Some(list(args, expr))),
                ("keywords", Some(list(keywords, keyword))),
            ],
            span,
        ),
        ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        } => node(
            "FormattedValue",
            vec![
                ("value", b(value)),
                (
                    "conversion",
                    Some(conversion.map(|c| c as i32).unwrap_or(-1).to_string()),
                ),
                ("format_spec", opt_box(format_spec)),
            ],
            span,
        ),
        ExprKind::JoinedStr(values) => node(
            "JoinedStr",
            vec![("values", Some(list(values, expr)))],
            span,
        ),
        ExprKind::Constant(c) => {
            let v = match c {
                Constant::None => "None".to_string(),
                Constant::True => "True".to_string(),
                Constant::False => "False".to_string(),
                Constant::Ellipsis => "Ellipsis".to_string(),
                Constant::Int(i) => i.to_string(),
                Constant::Float(f) => repr_float(*f),
                Constant::Complex(f) => format!("{}j", repr_float(*f).trim_end_matches(".0")),
                Constant::Str(s) => repr_str(s),
                Constant::Bytes(b) => format!("b{}", repr_str(&String::from_utf8_lossy(b))),
            };
            // ast.dump leaves out fields whose value is None.
            let v = Some(v).filter(|v| v != "None");
            node("Constant", vec![("value", v)], span)
        }
        ExprKind::Attribute { value, attr } => node(
            "Attribute",
            vec![("value", b(value)), ("attr", Some(repr_str(&attr.name)))],
            span,
        ),
        ExprKind::Subscript { value, slice } => node(
            "Subscript",
            vec![("value", b(value)), ("slice", b(slice))],
            span,
        ),
        ExprKind::Starred(v) => node("Starred", vec![("value", b(v))], span),
        ExprKind::Name(id) => node("Name", vec![("id", Some(repr_str(id)))], span),
        ExprKind::List(elts) => node("List", vec![("elts", Some(list(elts, expr)))], span),
        ExprKind::Tuple(elts) => node("Tuple", vec![("elts", Some(list(elts, expr)))], span),
        ExprKind::Slice { lower, upper, step } => node(
            "Slice",
            vec![
                ("lower", opt_box(lower)),
                ("upper", opt_box(upper)),
                ("step", opt_box(step)),
            ],
            span,
        ),
    }
}

fn body(stmts: &[Stmt]) -> Option<String> {
    Some(list(stmts, stmt))
}

fn alias(a: &Alias) -> String {
    node(
        "alias",
        vec![
            ("name", Some(repr_str(&a.name))),
            ("asname", a.asname.as_ref().map(|n| repr_str(&n.name))),
        ],
        None,
    )
}

fn stmt(s: &Stmt) -> String {
    let span = Some(s.span);
    let e = |e: &Expr| Some(expr(e));
    match &s.kind {
        StmtKind::FunctionDef(f) => node(
            if f.is_async {
                "AsyncFunctionDef"
            } else {
                "FunctionDef"
            },
            vec![
                ("name", Some(repr_str(&f.name.name))),
                ("args", Some(arguments(&f.args))),
                ("body", body(&f.body)),
                ("decorator_list", Some(list(&f.decorators, expr))),
                ("returns", opt_expr(&f.returns)),
            ],
            span,
        ),
        StmtKind::ClassDef(c) => node(
            "ClassDef",
            vec![
                ("name", Some(repr_str(&c.name.name))),
                ("bases", Some(list(&c.bases, expr))),
                ("keywords", Some(list(&c.keywords, keyword))),
                ("body", body(&c.body)),
                ("decorator_list", Some(list(&c.decorators, expr))),
            ],
            span,
        ),
        StmtKind::Return(v) => node("Return", vec![("value", opt_expr(v))], span),
        StmtKind::Delete(t) => node("Delete", vec![("targets", Some(list(t, expr)))], span),
        StmtKind::Assign { targets, value } => node(
            "Assign",
            vec![("targets", Some(list(targets, expr))), ("value", e(value))],
            span,
        ),
        StmtKind::AugAssign { target, op, value } => node(
            "AugAssign",
            vec![
                ("target", e(target)),
                ("op", Some(binop(*op))),
                ("value", e(value)),
            ],
            span,
        ),
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        } => node(
            "AnnAssign",
            vec![
                ("target", e(target)),
                ("annotation", e(annotation)),
                ("value", opt_expr(value)),
                ("simple", Some((*simple as u8).to_string())),
            ],
            span,
        ),
        StmtKind::For {
            is_async,
            target,
            iter,
            body: b,
            orelse,
        } => node(
            if *is_async { "AsyncFor" } else { "For" },
            vec![
                ("target", e(target)),
                ("iter", e(iter)),
                ("body", body(b)),
                ("orelse", body(orelse)),
            ],
            span,
        ),
        StmtKind::While {
            test,
            body: b,
            orelse,
        } => node(
            "While",
            vec![
                ("test", e(test)),
                ("body", body(b)),
                ("orelse", body(orelse)),
            ],
            span,
        ),
        StmtKind::If {
            test,
            body: b,
            orelse,
        } => node(
            "If",
            vec![
                ("test", e(test)),
                ("body", body(b)),
                ("orelse", body(orelse)),
            ],
            span,
        ),
        StmtKind::With {
            is_async,
            items,
            body: b,
        } => node(
            if *is_async { "AsyncWith" } else { "With" },
            vec![
                (
                    "items",
                    Some(list(items, |i| {
                        node(
                            "withitem",
                            vec![
                                ("context_expr", e(&i.context_expr)),
                                ("optional_vars", opt_expr(&i.optional_vars)),
                            ],
                            None,
                        )
                    })),
                ),
                ("body", body(b)),
            ],
            span,
        ),
        StmtKind::Raise { exc, cause } => node(
            "Raise",
            vec![("exc", opt_expr(exc)), ("cause", opt_expr(cause))],
            span,
        ),
        StmtKind::Try {
            body: b,
            handlers,
            orelse,
            finalbody,
            is_star,
        } => node(
            if *is_star { "TryStar" } else { "Try" },
            vec![
                ("body", body(b)),
                (
                    "handlers",
                    Some(list(handlers, |h| {
                        node(
                            "ExceptHandler",
                            vec![
                                ("type", opt_expr(&h.typ)),
                                ("name", h.name.as_ref().map(|n| repr_str(&n.name))),
                                ("body", body(&h.body)),
                            ],
                            None,
                        )
                    })),
                ),
                ("orelse", body(orelse)),
                ("finalbody", body(finalbody)),
            ],
            span,
        ),
        StmtKind::Assert { test, msg } => node(
            "Assert",
            vec![("test", e(test)), ("msg", opt_expr(msg))],
            span,
        ),
        StmtKind::Import(names) => node("Import", vec![("names", Some(list(names, alias)))], span),
        StmtKind::ImportFrom {
            module,
            names,
            level,
        } => node(
            "ImportFrom",
            vec![
                ("module", module.as_ref().map(|m| repr_str(m))),
                ("names", Some(list(names, alias))),
                ("level", Some(level.to_string())),
            ],
            span,
        ),
        StmtKind::Global(n) => node(
            "Global",
            vec![("names", Some(list(n, |i| repr_str(&i.name))))],
            span,
        ),
        StmtKind::Nonlocal(n) => node(
            "Nonlocal",
            vec![("names", Some(list(n, |i| repr_str(&i.name))))],
            span,
        ),
        StmtKind::Expr(v) => node("Expr", vec![("value", e(v))], span),
        StmtKind::Match { subject, cases } => node(
            "Match",
            vec![
                ("subject", e(subject)),
                ("cases", Some(list(cases, match_case))),
            ],
            span,
        ),
        StmtKind::Pass => node("Pass", vec![], span),
        StmtKind::Break => node("Break", vec![], span),
        StmtKind::Continue => node("Continue", vec![], span),
    }
}

fn match_case(c: &MatchCase) -> String {
    node(
        "match_case",
        vec![
            ("pattern", Some(pattern(&c.pattern))),
            ("guard", opt_expr(&c.guard)),
            ("body", body(&c.body)),
        ],
        None,
    )
}

fn pattern(p: &Pattern) -> String {
    let name = |n: &Option<Ident>| n.as_ref().map(|i| repr_str(&i.name));
    match &p.kind {
        PatternKind::MatchValue(v) => node("MatchValue", vec![("value", Some(expr(v)))], None),
        PatternKind::MatchSingleton(c) => {
            let v = match c {
                Constant::True => Some("True".to_string()),
                Constant::False => Some("False".to_string()),
                _ => None,
            };
            node("MatchSingleton", vec![("value", v)], None)
        }
        PatternKind::MatchSequence(items) => node(
            "MatchSequence",
            vec![("patterns", Some(list(items, pattern)))],
            None,
        ),
        PatternKind::MatchMapping {
            keys,
            patterns,
            rest,
        } => node(
            "MatchMapping",
            vec![
                ("keys", Some(list(keys, expr))),
                ("patterns", Some(list(patterns, pattern))),
                ("rest", name(rest)),
            ],
            None,
        ),
        PatternKind::MatchClass {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        } => node(
            "MatchClass",
            vec![
                ("cls", Some(expr(cls))),
                ("patterns", Some(list(patterns, pattern))),
                ("kwd_attrs", Some(list(kwd_attrs, |i| repr_str(&i.name)))),
                ("kwd_patterns", Some(list(kwd_patterns, pattern))),
            ],
            None,
        ),
        PatternKind::MatchStar(n) => node("MatchStar", vec![("name", name(n))], None),
        PatternKind::MatchAs {
            pattern: inner,
            name: n,
        } => node(
            "MatchAs",
            vec![
                ("pattern", inner.as_deref().map(pattern)),
                ("name", name(n)),
            ],
            None,
        ),
        PatternKind::MatchOr(alts) => node(
            "MatchOr",
            vec![("patterns", Some(list(alts, pattern)))],
            None,
        ),
    }
}

#[test]
fn matches_cpython_ast() {
    let text = include_str!("ast_cases.txt");
    let mut failures = Vec::new();
    let mut count = 0;
    for case in text.split("=== source\n").skip(1) {
        let (source, expected) = case.split_once("\n=== ast\n").expect("case format");
        let expected = expected.trim_end();
        count += 1;
        let got = match parse_module(source, "<case>") {
            Ok(m) => format!("Module(body={})", list(&m.body, stmt)),
            Err(e) => format!("error: {}", e.python_line()),
        };
        if got != expected {
            failures.push(format!(
                "--- {source}\nexpected: {expected}\n     got: {got}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {count} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
