//! The binder's messages against CPython 3.11's, convention by convention.

use super::*;
use crate::object::{Args, Str, Value};
use crate::{Exc, Vm};

fn msg(e: Exc) -> String {
    let data = e.exc().expect("exception instance").borrow();
    match &data.args[0] {
        Value::Str(s) => s.as_str().to_string(),
        other => other.debug_repr(),
    }
}

/// The message of the error `r` must be.
fn err<T>(r: crate::RunResult<T>) -> String {
    match r {
        Ok(_) => panic!("expected an error"),
        Err(e) => msg(e),
    }
}

#[test]
fn counts_use_cpython_wording() {
    let vm = Vm::new();
    let two = [Value::Int(1), Value::Int(2)];
    let a = Args::positional(&two);
    assert_eq!(
        err(no_args(&vm, ("str", "upper"), &a)),
        "str.upper() takes no arguments (2 given)"
    );
    assert_eq!(
        err(one_arg(&vm, ("list", "append"), &a)),
        "list.append() takes exactly one argument (2 given)"
    );
    assert_eq!(
        err(one_arg(&vm, "len", &a)),
        "len() takes exactly one argument (2 given)"
    );
    assert_eq!(
        err(positional(&vm, ("str", "strip"), &a, 0, 1)),
        "strip expected at most 1 argument, got 2"
    );
    assert_eq!(
        err(positional(
            &vm,
            ("list", "insert"),
            &Args::positional(&two[..1]),
            2,
            2
        )),
        "insert expected 2 arguments, got 1"
    );
    assert_eq!(
        err(parse_tuple(
            &vm,
            ("str", "find"),
            &Args::positional(&[]),
            1,
            3
        )),
        "find() takes at least 1 argument (0 given)"
    );
    let kw = [(Str::intern("x"), Value::None)];
    assert_eq!(
        err(one_arg(&vm, ("str", "strip"), &Args { pos: &[], kw: &kw })),
        "str.strip() takes no keyword arguments"
    );
}

#[test]
fn keywords_bind_and_fail_as_cpython() {
    let vm = Vm::new();
    let sig = Signature::new("split", &["sep", "maxsplit"]).required(0);
    let pos = [Value::str(" ")];
    let kw = [(Str::intern("maxsplit"), Value::Int(1))];
    let bound = sig.bind(&vm, &Args { pos: &pos, kw: &kw });
    assert!(matches!(
        bound.ok().as_deref(),
        Some([Some(_), Some(Value::Int(1))])
    ));
    let kw = [(Str::intern("sep"), Value::None)];
    assert_eq!(
        err(sig.bind(&vm, &Args { pos: &pos, kw: &kw })),
        "argument for split() given by name ('sep') and position (1)"
    );
    let kw = [(Str::intern("foo"), Value::None)];
    assert_eq!(
        err(sig.bind(&vm, &Args { pos: &[], kw: &kw })),
        "'foo' is an invalid keyword argument for split()"
    );
    let three = [Value::None, Value::None, Value::None];
    assert_eq!(
        err(sig.bind(&vm, &Args::positional(&three))),
        "split() takes at most 2 arguments (3 given)"
    );
    let sort = Signature::new("sort", &["key", "reverse"])
        .required(0)
        .kw_only_from(0);
    assert_eq!(
        err(sort.bind(&vm, &Args::positional(&three[..1]))),
        "sort() takes no positional arguments"
    );
    // A missing required argument is reported before an unknown keyword.
    assert_eq!(
        err(clinic(
            &vm,
            "round",
            &Args { pos: &[], kw: &kw },
            &["number", "ndigits"],
            1,
            2
        )),
        "round() missing required argument 'number' (pos 1)"
    );
}

#[test]
fn ranges_adjust_like_cpython() {
    assert_eq!(adjust_range(None, None, 5), (0, 5));
    assert_eq!(adjust_range(Some(-2), None, 5), (3, 5));
    assert_eq!(adjust_range(Some(-9), Some(99), 5), (0, 5));
    assert_eq!(adjust_range(Some(7), None, 5), (7, 5));
    assert_eq!(adjust_range(Some(3), Some(1), 5), (3, 1));
}
