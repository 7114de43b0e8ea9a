//! Syntax errors: CPython 3.11's class, message and caret line/column (checked with
//! python3.11's `compile`; `col` here is 0-based, CPython's `offset` is 1-based).

use coil_parser::parse_module;

/// (class: message, line, col)
fn err(src: &str) -> (String, u32, u32) {
    match parse_module(src, "<test>") {
        Ok(m) => panic!("{src:?} parsed: {m:?}"),
        Err(e) => (e.python_line(), e.line, e.col),
    }
}

fn msg(src: &str) -> String {
    err(src).0
}

#[test]
fn tokenizer_errors() {
    assert_eq!(
        err("x = (1,"),
        ("SyntaxError: '(' was never closed".into(), 1, 4)
    );
    assert_eq!(err("x = 1)"), ("SyntaxError: unmatched ')'".into(), 1, 5));
    assert_eq!(
        err("x = (]"),
        (
            "SyntaxError: closing parenthesis ']' does not match opening parenthesis '('".into(),
            1,
            5
        )
    );
    assert_eq!(
        err("print(1 2"),
        ("SyntaxError: '(' was never closed".into(), 1, 5)
    );
    assert_eq!(
        err("x = \"abc"),
        (
            "SyntaxError: unterminated string literal (detected at line 1)".into(),
            1,
            4
        )
    );
    assert_eq!(
        msg("x = \"\"\"abc\n\n"),
        "SyntaxError: unterminated triple-quoted string literal (detected at line 2)"
    );
    assert_eq!(
        err("1abc"),
        ("SyntaxError: invalid decimal literal".into(), 1, 0)
    );
    assert_eq!(
        err("x = 1 € 2"),
        ("SyntaxError: invalid character '€' (U+20AC)".into(), 1, 6)
    );
    let deep = format!("x = {}{}", "(".repeat(10_000), ")".repeat(10_000));
    assert_eq!(
        err(&deep),
        ("SyntaxError: too many nested parentheses".into(), 1, 204)
    );
}

#[test]
fn indentation_errors() {
    assert_eq!(
        err(" x"),
        ("IndentationError: unexpected indent".into(), 1, 1)
    );
    assert_eq!(
        err("if x:\n    a\n        b"),
        ("IndentationError: unexpected indent".into(), 3, 8)
    );
    assert_eq!(
        err("if x:\npass"),
        (
            "IndentationError: expected an indented block after 'if' statement on line 1".into(),
            2,
            0
        )
    );
    assert_eq!(
        msg("def f():\npass"),
        "IndentationError: expected an indented block after function definition on line 1"
    );
    assert_eq!(
        msg("class A:\npass"),
        "IndentationError: expected an indented block after class definition on line 1"
    );
    assert_eq!(
        msg("try:\n pass\nexcept:\npass"),
        "IndentationError: expected an indented block after 'except' statement on line 3"
    );
    assert_eq!(
        msg("if x:\n  a\n b"),
        "IndentationError: unindent does not match any outer indentation level"
    );
    assert_eq!(
        msg("if x:\n\ta\n        b"),
        "TabError: inconsistent use of tabs and spaces in indentation"
    );
}

#[test]
fn parser_errors() {
    assert_eq!(
        err("if True\n  pass"),
        ("SyntaxError: expected ':'".into(), 1, 7)
    );
    assert_eq!(
        err("def f() pass"),
        ("SyntaxError: expected ':'".into(), 1, 8)
    );
    assert_eq!(msg("while x\n  pass"), "SyntaxError: expected ':'");
    assert_eq!(
        err("f(a b)"),
        (
            "SyntaxError: invalid syntax. Perhaps you forgot a comma?".into(),
            1,
            2
        )
    );
    assert_eq!(
        err("x = [a.b c]"),
        (
            "SyntaxError: invalid syntax. Perhaps you forgot a comma?".into(),
            1,
            5
        )
    );
    assert_eq!(err("x = a b"), ("SyntaxError: invalid syntax".into(), 1, 6));
    assert_eq!(msg("f(a \"b\")"), "SyntaxError: invalid syntax");
    assert_eq!(err("x = 1 +"), ("SyntaxError: invalid syntax".into(), 1, 7));
    assert_eq!(msg("a = 1;; b = 2"), "SyntaxError: invalid syntax");
    assert_eq!(msg("x = $"), "SyntaxError: invalid syntax");
    assert_eq!(
        err("print \"hi\""),
        (
            "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?".into(),
            1,
            0
        )
    );
}

#[test]
fn target_errors() {
    assert_eq!(
        err("f() = 1"),
        ("SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?".into(), 1, 0)
    );
    assert_eq!(
        msg("1 = x"),
        "SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?"
    );
    assert_eq!(
        msg("x = f() = 1"),
        "SyntaxError: cannot assign to function call"
    );
    assert_eq!(
        msg("[f()] = 1"),
        "SyntaxError: cannot assign to function call"
    );
    assert_eq!(msg("True = 1"), "SyntaxError: cannot assign to True");
    assert_eq!(msg("a < b = 1"), "SyntaxError: cannot assign to comparison");
    assert_eq!(
        err("a, b += 1"),
        (
            "SyntaxError: 'tuple' is an illegal expression for augmented assignment".into(),
            1,
            0
        )
    );
    assert_eq!(
        msg("f(x) += 1"),
        "SyntaxError: 'function call' is an illegal expression for augmented assignment"
    );
    assert_eq!(
        err("del f()"),
        ("SyntaxError: cannot delete function call".into(), 1, 4)
    );
    assert_eq!(msg("del a + b"), "SyntaxError: cannot delete expression");
    assert_eq!(
        msg("for f() in x: pass"),
        "SyntaxError: cannot assign to function call"
    );
    assert_eq!(
        msg("with a as f(): pass"),
        "SyntaxError: cannot assign to function call"
    );
    assert_eq!(
        msg("*a = 1"),
        "SyntaxError: starred assignment target must be in a list or tuple"
    );
    assert_eq!(
        msg("[a, *b, *c] = d"),
        "SyntaxError: multiple starred expressions in assignment"
    );
    assert_eq!(
        msg("x = *a"),
        "SyntaxError: can't use starred expression here"
    );
    assert_eq!(
        msg("(*a)"),
        "SyntaxError: cannot use starred expression here"
    );
    assert_eq!(
        msg("(a, b): int"),
        "SyntaxError: only single target (not tuple) can be annotated"
    );
    assert_eq!(
        msg("a + 1: int"),
        "SyntaxError: illegal target for annotation"
    );
}

#[test]
fn argument_errors() {
    assert_eq!(
        msg("f(a=1, b)"),
        "SyntaxError: positional argument follows keyword argument"
    );
    assert_eq!(
        msg("f(**k, a)"),
        "SyntaxError: positional argument follows keyword argument unpacking"
    );
    assert_eq!(
        msg("f(**k, *a)"),
        "SyntaxError: iterable argument unpacking follows keyword argument unpacking"
    );
    assert_eq!(
        msg("f(x for x in y, 1)"),
        "SyntaxError: Generator expression must be parenthesized"
    );
    assert_eq!(
        msg("def f(a=1, b): pass"),
        "SyntaxError: non-default argument follows default argument"
    );
    assert_eq!(
        msg("def f(*): pass"),
        "SyntaxError: named arguments must follow bare *"
    );
    assert_eq!(
        msg("def f(x, x): pass"),
        "SyntaxError: duplicate argument 'x' in function definition"
    );
    assert_eq!(
        msg("def f(**k, a): pass"),
        "SyntaxError: arguments cannot follow var-keyword argument"
    );
    assert_eq!(
        msg("def f(a, /, b, /): pass"),
        "SyntaxError: / may appear only once"
    );
    assert_eq!(
        msg("try:\n pass\nexcept:\n pass\nexcept B:\n pass"),
        "SyntaxError: default 'except:' must be last"
    );
}

#[test]
fn fstring_errors() {
    assert_eq!(msg("f'{'"), "SyntaxError: f-string: expecting '}'");
    assert_eq!(
        msg("f'{}'"),
        "SyntaxError: f-string: empty expression not allowed"
    );
    assert_eq!(
        msg("f'}'"),
        "SyntaxError: f-string: single '}' is not allowed"
    );
    assert_eq!(
        msg("f'{x!z}'"),
        "SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'"
    );
    assert_eq!(
        msg("f'{a b}'"),
        "SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma?"
    );
    assert_eq!(msg("f'{a +}'"), "SyntaxError: f-string: invalid syntax");
    assert_eq!(
        msg("b'a' 'c'"),
        "SyntaxError: cannot mix bytes and nonbytes literals"
    );
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let recursion = "RecursionError: maximum recursion depth exceeded during compilation";
    assert_eq!(msg(&format!("x = {}1", "-".repeat(100_000))), recursion);
    assert_eq!(msg(&format!("x = {}1", "not ".repeat(5_000))), recursion);
    assert_eq!(
        msg(&format!("x = {}", vec!["a"; 100_000].join("+"))),
        recursion
    );
    assert_eq!(
        msg(&format!("x = {}", vec!["a"; 100_000].join("**"))),
        recursion
    );
    assert_eq!(msg(&format!("x = a{}", "()".repeat(100_000))), recursion);
    assert_eq!(msg(&format!("x = a{}", ".b".repeat(100_000))), recursion);
    assert_eq!(
        msg(&format!("x = {}1", "lambda: ".repeat(5_000))),
        recursion
    );
    // Within the limits, deep input parses.
    let ok = [
        format!("x = {}1", "-".repeat(500)),
        format!("x = {}{}", "[".repeat(200), "]".repeat(200)),
        format!("x = {}", vec!["a"; 500].join("+")),
    ];
    for src in ok {
        assert!(parse_module(&src, "<test>").is_ok());
    }
    // A syntax error before the deep part is reported first, as CPython does.
    assert_eq!(
        msg(&format!("x = = 1\ny = {}1", "-".repeat(100_000))),
        "SyntaxError: invalid syntax"
    );
}

#[test]
fn incomplete_input() {
    use coil_parser::is_incomplete;
    for src in [
        "x = (1,",
        "if x:",
        "def f():\n    return 1",
        "x = '''abc",
        "x = 1 + \\",
        "@dec",
        "for x in y:\n  pass\n",
    ] {
        assert!(is_incomplete(src), "{src:?} should be incomplete");
    }
    for src in [
        "x = 1",
        "x = 1)",
        "if x:\n  pass\n\n",
        "x = 'abc",
        "f(a b)",
        "print(1)\n",
    ] {
        assert!(
            !is_incomplete(src),
            "{src:?} should be complete (or a real error)"
        );
    }
}

#[test]
fn tokenizer_errors_later_in_the_file_win() {
    assert_eq!(
        err("x = = 1\ny = \"abc"),
        (
            "SyntaxError: unterminated string literal (detected at line 2)".into(),
            2,
            4
        )
    );
    assert_eq!(msg("x = = 1\ny = )"), "SyntaxError: unmatched ')'");
    assert_eq!(
        msg("x = = 1\nif x:\n\ty\n        z"),
        "SyntaxError: invalid syntax"
    );
    assert_eq!(msg("x = (\n1 2"), "SyntaxError: '(' was never closed");
    assert_eq!(
        msg("f(a b)\nx = ("),
        "SyntaxError: invalid syntax. Perhaps you forgot a comma?"
    );
    assert_eq!(msg("x = = (\n"), "SyntaxError: invalid syntax");
}

#[test]
fn more_cpython_wording() {
    assert_eq!(msg("lambda x"), "SyntaxError: invalid syntax");
    assert_eq!(
        err("x = [1, 2\ny = 3"),
        ("SyntaxError: '[' was never closed".into(), 1, 4)
    );
    assert_eq!(
        msg("f(a b c d e\n"),
        "SyntaxError: invalid syntax. Perhaps you forgot a comma?"
    );
    assert_eq!(
        err("x = 0x"),
        ("SyntaxError: invalid hexadecimal literal".into(), 1, 5)
    );
    assert_eq!(
        err("while True:\n    x = 1\n  y = 2"),
        (
            "IndentationError: unindent does not match any outer indentation level".into(),
            3,
            7
        )
    );
    assert_eq!(
        err("try:\n  pass\n"),
        (
            "SyntaxError: expected 'except' or 'finally' block".into(),
            2,
            6
        )
    );
    assert_eq!(
        msg("try:\n  pass\nx = 1"),
        "SyntaxError: expected 'except' or 'finally' block"
    );
    assert_eq!(
        err("if x = 1: pass"),
        (
            "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?".into(),
            1,
            3
        )
    );
    assert_eq!(
        msg("a.b := 1"),
        "SyntaxError: cannot use assignment expressions with attribute"
    );
    assert_eq!(
        msg("(f() := 1)"),
        "SyntaxError: cannot use assignment expressions with function call"
    );
    assert_eq!(
        msg("f(a=1, a=2)"),
        "SyntaxError: keyword argument repeated: a"
    );
    assert_eq!(msg("def f(/): pass"), "SyntaxError: invalid syntax");
}
