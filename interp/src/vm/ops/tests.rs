//! Unit tests of the object protocol on values built directly (no compiler needed);
//! the expected strings are what CPython 3.11 prints.

// `Exc` (an `Instance`) has no `Debug`, so results are unwrapped with `ok().expect`.
#![allow(clippy::ok_expect)]

use crate::intern;
use crate::object::class::BaseKind;
use crate::object::{Args, Dict, Set, Str, Value};
use crate::vm::types::new_class;
use crate::vm::Vm;
use coil_parser::ast::{BinOp, CmpOp, UnaryOp};
use std::rc::Rc;

fn vm() -> Vm {
    let mut vm = Vm::new();
    super::install_type_methods(&mut vm);
    vm
}

/// `repr` of a result, or `Type: message` of the exception.
fn show(vm: &mut Vm, r: crate::RunResult<Value>) -> String {
    match r {
        Ok(v) => vm
            .repr(&v)
            .map(|s| s.as_str().to_string())
            .unwrap_or_default(),
        Err(e) => {
            let msg = vm
                .exception_str(&e)
                .map(|s| s.as_str().to_string())
                .unwrap_or_default();
            format!("{}: {}", e.class().name.as_str(), msg)
        }
    }
}

fn big(s: &str) -> Value {
    Value::from_bigint(s.parse().ok().expect("test literal"))
}

#[test]
fn arithmetic() {
    let mut vm = vm();
    let mut op = |a: Value, b: Value, o: BinOp| {
        let r = vm.binary_op(&a, &b, o);
        show(&mut vm, r)
    };
    assert_eq!(
        op(Value::Int(i64::MAX), Value::Int(1), BinOp::Add),
        "9223372036854775808"
    );
    assert_eq!(
        op(Value::Int(2), Value::Int(100), BinOp::Pow),
        "1267650600228229401496703205376"
    );
    assert_eq!(op(Value::Int(2), Value::Int(-1), BinOp::Pow), "0.5");
    assert_eq!(op(Value::Int(-7), Value::Int(2), BinOp::FloorDiv), "-4");
    assert_eq!(op(Value::Int(5), Value::Int(-3), BinOp::Mod), "-1");
    assert_eq!(op(Value::Float(-5.5), Value::Int(3), BinOp::Mod), "0.5");
    assert_eq!(
        op(Value::Float(-7.5), Value::Int(2), BinOp::FloorDiv),
        "-4.0"
    );
    assert_eq!(
        op(Value::Int(1), Value::Int(0), BinOp::Div),
        "ZeroDivisionError: division by zero"
    );
    assert_eq!(
        op(Value::Int(1), Value::Int(0), BinOp::FloorDiv),
        "ZeroDivisionError: integer division or modulo by zero"
    );
    assert_eq!(
        op(Value::Int(1), Value::Int(0), BinOp::Mod),
        "ZeroDivisionError: integer modulo by zero"
    );
    assert_eq!(
        op(Value::Float(1.0), Value::Int(0), BinOp::Div),
        "ZeroDivisionError: float division by zero"
    );
    assert_eq!(
        op(Value::Float(1.0), Value::Int(0), BinOp::Mod),
        "ZeroDivisionError: float modulo"
    );
    assert_eq!(
        op(Value::Float(0.0), Value::Int(-1), BinOp::Pow),
        "ZeroDivisionError: 0.0 cannot be raised to a negative power"
    );
    assert_eq!(
        op(Value::Float(2.0), Value::Int(10000), BinOp::Pow),
        "OverflowError: (34, 'Numerical result out of range')"
    );
    let huge = big(&format!("1{}", "0".repeat(400)));
    assert_eq!(
        op(huge, Value::Float(1.0), BinOp::Mult),
        "OverflowError: int too large to convert to float"
    );
    assert_eq!(
        op(Value::Int(1), Value::Int(-1), BinOp::LShift),
        "ValueError: negative shift count"
    );
    assert_eq!(op(Value::Int(-1), Value::Int(100), BinOp::RShift), "-1");
    assert_eq!(
        op(Value::Int(1), Value::Int(63), BinOp::LShift),
        "9223372036854775808"
    );
    assert_eq!(
        op(Value::Int(1), Value::str("a"), BinOp::Add),
        "TypeError: unsupported operand type(s) for +: 'int' and 'str'"
    );
    assert_eq!(
        op(Value::str("a"), Value::Int(1), BinOp::Add),
        "TypeError: can only concatenate str (not \"int\") to str"
    );
    assert_eq!(
        op(Value::list(vec![]), Value::tuple(vec![]), BinOp::Add),
        "TypeError: can only concatenate list (not \"tuple\") to list"
    );
    assert_eq!(
        op(Value::list(vec![]), Value::Float(1.5), BinOp::Mult),
        "TypeError: can't multiply sequence by non-int of type 'float'"
    );
    assert_eq!(
        op(Value::str("a"), Value::Int(2), BinOp::Pow),
        "TypeError: unsupported operand type(s) for ** or pow(): 'str' and 'int'"
    );
    assert_eq!(op(Value::Int(2), Value::str("ab"), BinOp::Mult), "'abab'");
    assert_eq!(
        op(Value::Bool(true), Value::Bool(true), BinOp::BitAnd),
        "True"
    );
    assert_eq!(op(Value::Bool(true), Value::Int(2), BinOp::BitOr), "3");
    assert_eq!(
        op(Value::Int(1), Value::Int(3), BinOp::Div),
        "0.3333333333333333"
    );
    let r = vm.unary_op(&Value::str("a"), UnaryOp::USub);
    assert_eq!(
        show(&mut vm, r),
        "TypeError: bad operand type for unary -: 'str'"
    );
    let r = vm.unary_op(&Value::Bool(true), UnaryOp::Invert);
    assert_eq!(show(&mut vm, r), "-2");
    let r = vm.inplace_op(&Value::Int(1), &Value::str("a"), BinOp::Add);
    assert_eq!(
        show(&mut vm, r),
        "TypeError: unsupported operand type(s) for +=: 'int' and 'str'"
    );
    let l = Value::list(vec![Value::Int(1)]);
    let r = vm.inplace_op(&l, &Value::tuple(vec![Value::Int(2)]), BinOp::Add);
    assert!(r.is_ok_and(|v| v.is(&l)));
    assert_eq!(show(&mut vm, Ok(l)), "[1, 2]");
}

#[test]
fn reprs() {
    let mut vm = vm();
    let l = Value::list(vec![
        Value::Int(1),
        Value::str("a'b"),
        Value::Float(1e16),
        Value::None,
    ]);
    assert_eq!(show(&mut vm, Ok(l.clone())), "[1, \"a'b\", 1e+16, None]");
    if let Value::List(inner) = &l {
        inner.items.borrow_mut().push(l.clone());
    }
    assert_eq!(
        show(&mut vm, Ok(l.clone())),
        "[1, \"a'b\", 1e+16, None, [...]]"
    );
    if let Value::List(inner) = &l {
        inner.items.borrow_mut().clear();
    }
    assert_eq!(show(&mut vm, Ok(Value::tuple(vec![Value::Int(1)]))), "(1,)");
    let d = Dict::new();
    vm.dict_set(&d, Value::str("a"), Value::Int(1))
        .ok()
        .expect("set");
    vm.dict_set(&d, Value::Int(1), Value::tuple(vec![]))
        .ok()
        .expect("set");
    assert_eq!(
        show(&mut vm, Ok(Value::Dict(Rc::new(d)))),
        "{'a': 1, 1: ()}"
    );
    let s = Set::new(true);
    vm.set_add(&s, Value::Int(1)).ok().expect("add");
    assert_eq!(show(&mut vm, Ok(Value::Set(Rc::new(s)))), "frozenset({1})");
    assert_eq!(
        show(&mut vm, Ok(Value::Set(Rc::new(Set::new(false))))),
        "set()"
    );
    let r = Value::Range(Rc::new(crate::object::Range::new(0, 10, 2)));
    assert_eq!(show(&mut vm, Ok(r)), "range(0, 10, 2)");
    let int = Value::Class(vm.types.int.clone());
    assert_eq!(show(&mut vm, Ok(int)), "<class 'int'>");
    let e = vm.new_exception(
        &vm.types.exc.value_error.clone(),
        vec![Value::Int(1), Value::Int(2)],
    );
    assert_eq!(
        show(&mut vm, Ok(Value::Instance(e.clone()))),
        "ValueError(1, 2)"
    );
    assert_eq!(
        vm.to_str(&Value::Instance(e)).ok().expect("str").as_str(),
        "(1, 2)"
    );
    let k = vm.key_error(Value::str("k"));
    assert_eq!(
        vm.to_str(&Value::Instance(k)).ok().expect("str").as_str(),
        "'k'"
    );
    let c = new_class(
        "C",
        "__main__",
        Some(&vm.types.object.clone()),
        BaseKind::Object,
    );
    let obj = vm.new_instance(&c, vec![]).ok().expect("instance");
    assert!(show(&mut vm, Ok(obj)).starts_with("<__main__.C object at 0x"));
}

#[test]
fn hashing_and_dict_keys() {
    let mut vm = vm();
    assert_eq!(vm.hash(&Value::Int(-1)).ok(), Some(-2));
    assert_eq!(vm.hash(&Value::Float(1.5)).ok(), Some(1152921504606846977));
    let fs = Set::new(true);
    for i in 1..=3 {
        vm.set_add(&fs, Value::Int(i)).ok().expect("add");
    }
    assert_eq!(
        vm.hash(&Value::Set(Rc::new(fs))).ok(),
        Some(-272375401224217160)
    );
    assert_eq!(
        vm.hash(&Value::Set(Rc::new(Set::new(true)))).ok(),
        Some(133146708735736)
    );
    let r = vm.hash(&Value::list(vec![])).map(Value::Int);
    assert_eq!(show(&mut vm, r), "TypeError: unhashable type: 'list'");
    let d = Dict::new();
    vm.dict_set(&d, Value::Bool(true), Value::Int(1))
        .ok()
        .expect("set");
    vm.dict_set(&d, Value::Int(1), Value::Int(2))
        .ok()
        .expect("set");
    vm.dict_set(&d, Value::Float(1.0), Value::Int(3))
        .ok()
        .expect("set");
    assert_eq!(d.len(), 1);
    assert_eq!(show(&mut vm, Ok(Value::Dict(Rc::new(d)))), "{True: 3}");
}

#[test]
fn comparisons() {
    let mut vm = vm();
    let mut cmp = |a: Value, b: Value, op: CmpOp| {
        let r = vm.rich_compare(&a, &b, op);
        show(&mut vm, r)
    };
    assert_eq!(
        cmp(Value::Int(1), Value::str("a"), CmpOp::Lt),
        "TypeError: '<' not supported between instances of 'int' and 'str'"
    );
    assert_eq!(cmp(Value::Int(1), Value::str("a"), CmpOp::Eq), "False");
    assert_eq!(
        cmp(
            big("9007199254740993"),
            Value::Float(9007199254740992.0),
            CmpOp::Gt
        ),
        "True"
    );
    let t = |v: Vec<i64>| Value::tuple(v.into_iter().map(Value::Int).collect());
    assert_eq!(cmp(t(vec![1, 2]), t(vec![1, 3]), CmpOp::Lt), "True");
    assert_eq!(cmp(t(vec![1, 2]), t(vec![1, 2, 0]), CmpOp::Lt), "True");
    assert_eq!(cmp(Value::str("b"), Value::str("ab"), CmpOp::Gt), "True");
    assert_eq!(
        cmp(Value::Float(f64::NAN), Value::Float(f64::NAN), CmpOp::NotEq),
        "True"
    );
    let nan_list = Value::list(vec![Value::Float(f64::NAN)]);
    let r = vm.contains(&nan_list, &Value::Float(2.0));
    assert_eq!(r.ok(), Some(false));
    assert_eq!(
        vm.contains(&Value::str("hello"), &Value::str("ell")).ok(),
        Some(true)
    );
    let r = vm.contains(&Value::Int(1), &Value::Int(1)).map(Value::Bool);
    assert_eq!(
        show(&mut vm, r),
        "TypeError: argument of type 'int' is not iterable"
    );
    let rng = Value::Range(Rc::new(crate::object::Range::new(0, 10, 3)));
    assert_eq!(vm.contains(&rng, &Value::Int(9)).ok(), Some(true));
    assert_eq!(vm.contains(&rng, &Value::Int(10)).ok(), Some(false));
}

#[test]
fn subscripts_and_iteration() {
    let mut vm = vm();
    let l = Value::list((1..=5).map(Value::Int).collect());
    let sl = |a: Value, b: Value, c: Value| {
        Value::Slice(Rc::new(crate::object::Slice {
            start: a,
            stop: b,
            step: c,
        }))
    };
    let r = vm.get_item(&l, &sl(Value::None, Value::None, Value::Int(-2)));
    assert_eq!(show(&mut vm, r), "[5, 3, 1]");
    let r = vm.get_item(&l, &Value::Int(-6));
    assert_eq!(show(&mut vm, r), "IndexError: list index out of range");
    let r = vm.get_item(&l, &Value::str("a"));
    assert_eq!(
        show(&mut vm, r),
        "TypeError: list indices must be integers or slices, not str"
    );
    let r = vm.get_item(&l, &sl(Value::None, Value::None, Value::Int(0)));
    assert_eq!(show(&mut vm, r), "ValueError: slice step cannot be zero");
    let r = vm
        .set_item(
            &l,
            &sl(Value::None, Value::None, Value::Int(2)),
            Value::list(vec![Value::Int(0)]),
        )
        .map(|_| Value::None);
    assert_eq!(
        show(&mut vm, r),
        "ValueError: attempt to assign sequence of size 1 to extended slice of size 3"
    );
    vm.set_item(
        &l,
        &sl(Value::Int(1), Value::Int(3), Value::None),
        Value::list(vec![]),
    )
    .ok()
    .expect("splice");
    assert_eq!(show(&mut vm, Ok(l.clone())), "[1, 4, 5]");
    vm.del_item(&l, &sl(Value::None, Value::None, Value::Int(2)))
        .ok()
        .expect("del");
    assert_eq!(show(&mut vm, Ok(l.clone())), "[4]");
    let r = vm.get_item(
        &Value::str("héllo"),
        &sl(Value::Int(1), Value::Int(-1), Value::None),
    );
    assert_eq!(show(&mut vm, r), "'éll'");
    let r = vm.get_item(&Value::Int(1), &Value::Int(0));
    assert_eq!(
        show(&mut vm, r),
        "TypeError: 'int' object is not subscriptable"
    );
    let r = vm
        .set_item(&Value::tuple(vec![]), &Value::Int(0), Value::None)
        .map(|_| Value::None);
    assert_eq!(
        show(&mut vm, r),
        "TypeError: 'tuple' object does not support item assignment"
    );
    let d = Rc::new(Dict::new());
    let r = vm.get_item(&Value::Dict(d.clone()), &Value::str("k"));
    assert_eq!(show(&mut vm, r), "KeyError: 'k'");
    let r = vm.len(&Value::Int(1)).map(|n| Value::Int(n as i64));
    assert_eq!(
        show(&mut vm, r),
        "TypeError: object of type 'int' has no len()"
    );

    let it = vm.get_iter(&Value::str("aé")).ok().expect("iter");
    assert_eq!(vm.type_of(&it).name.as_str(), "str_iterator");
    let items = vm.collect(&it).ok().expect("collect");
    assert_eq!(show(&mut vm, Ok(Value::list(items))), "['a', 'é']");
    vm.dict_set(&d, Value::Int(1), Value::Int(2))
        .ok()
        .expect("set");
    let view = vm
        .types
        .views
        .view(d.clone(), crate::object::iterators::ViewKind::Items);
    assert_eq!(show(&mut vm, Ok(view.clone())), "dict_items([(1, 2)])");
    let it = vm.get_iter(&Value::Dict(d.clone())).ok().expect("iter");
    vm.dict_set(&d, Value::Int(3), Value::Int(4))
        .ok()
        .expect("set");
    let r = vm.next(&it).map(|v| v.unwrap_or(Value::None));
    assert_eq!(
        show(&mut vm, r),
        "RuntimeError: dictionary changed size during iteration"
    );
    let r = vm
        .next(&Value::list(vec![]))
        .map(|v| v.unwrap_or(Value::None));
    assert_eq!(
        show(&mut vm, r),
        "TypeError: 'list' object is not an iterator"
    );
    let r = vm.get_iter(&Value::Int(1));
    assert_eq!(show(&mut vm, r), "TypeError: 'int' object is not iterable");
}

fn fake_upper(vm: &mut Vm, recv: &Value, _args: Args) -> crate::RunResult<Value> {
    let s = vm.to_str(recv)?;
    Ok(Value::string(s.as_str().to_uppercase()))
}

#[test]
fn attributes() {
    let mut vm = vm();
    vm.types
        .str
        .dict
        .set_str("upper", crate::builtin::method("str", "upper", fake_upper));
    let (f, recv) = vm
        .load_method(&Value::str("ab"), &Str::intern("upper"))
        .ok()
        .expect("method");
    assert!(recv.is_some());
    let r = vm.call_unbound(&f, &Value::str("ab"), &[]);
    assert_eq!(show(&mut vm, r), "'AB'");
    let bound = vm
        .get_attr(&Value::str("ab"), &Str::intern("upper"))
        .ok()
        .expect("bound");
    let r = vm.call_value(&bound, &[]);
    assert_eq!(show(&mut vm, r), "'AB'");
    let r = vm.get_attr(&Value::Int(1), &Str::intern("x"));
    assert_eq!(
        show(&mut vm, r),
        "AttributeError: 'int' object has no attribute 'x'"
    );
    let r = vm
        .set_attr(&Value::str("a"), &Str::intern("upper"), Value::None)
        .map(|_| Value::None);
    assert_eq!(
        show(&mut vm, r),
        "AttributeError: 'str' object attribute 'upper' is read-only"
    );
    let r = vm
        .set_attr(
            &Value::Class(vm.types.int.clone()),
            &Str::intern("x"),
            Value::None,
        )
        .map(|_| Value::None);
    assert_eq!(
        show(&mut vm, r),
        "TypeError: cannot set 'x' attribute of immutable type 'int'"
    );

    let c = new_class(
        "C",
        "__main__",
        Some(&vm.types.object.clone()),
        BaseKind::Object,
    );
    let obj = vm.new_instance(&c, vec![]).ok().expect("instance");
    vm.set_attr(&obj, &Str::intern("x"), Value::Int(5))
        .ok()
        .expect("set");
    let r = vm.get_attr(&obj, &Str::intern("x"));
    assert_eq!(show(&mut vm, r), "5");
    let r = vm.get_attr(&obj, &Str::intern("y"));
    assert_eq!(
        show(&mut vm, r),
        "AttributeError: 'C' object has no attribute 'y'"
    );
    let r = vm.get_attr(&Value::Class(c.clone()), &Str::intern("y"));
    assert_eq!(
        show(&mut vm, r),
        "AttributeError: type object 'C' has no attribute 'y'"
    );
    let r = vm.get_attr(&obj, &intern!("__class__"));
    assert_eq!(show(&mut vm, r), "<class '__main__.C'>");
    // A read-only property built from a builtin getter.
    let getter = crate::builtin::owned_func("C", "p", fake_upper);
    let prop = crate::object::native(
        &vm.types.property.clone(),
        crate::object::descriptors::Property::new(Some(getter), None, None, None),
    );
    c.dict.set_str("p", prop);
    let r = vm
        .set_attr(&obj, &Str::intern("p"), Value::None)
        .map(|_| Value::None);
    assert_eq!(
        show(&mut vm, r),
        "AttributeError: property 'p' of 'C' object has no setter"
    );
    let r = vm.get_attr(&Value::Class(c.clone()), &intern!("__mro__"));
    assert_eq!(show(&mut vm, r), "(<class '__main__.C'>, <class 'object'>)");

    let e = vm.new_exception(&vm.types.exc.stop_iteration.clone(), vec![Value::Int(7)]);
    let r = vm.get_attr(&Value::Instance(e.clone()), &Str::intern("value"));
    assert_eq!(show(&mut vm, r), "7");
    let r = vm.get_attr(&Value::Instance(e), &Str::intern("args"));
    assert_eq!(show(&mut vm, r), "(7,)");
}

fn fmt(v: Value, spec: &str) -> String {
    let mut vm = vm();
    let r = vm.format(&v, spec).map(Value::Str);
    match r {
        Ok(Value::Str(s)) => s.as_str().to_string(),
        other => show(&mut vm, other),
    }
}

#[test]
fn format_ints() {
    assert_eq!(fmt(Value::Int(1234), "09,"), "0,001,234");
    assert_eq!(fmt(Value::Int(1234), "08,"), "0,001,234");
    assert_eq!(fmt(Value::Int(1234), "010,"), "00,001,234");
    assert_eq!(fmt(Value::Int(-1234), "09,"), "-0,001,234");
    assert_eq!(fmt(Value::Int(1234567), "_x"), "12_d687");
    assert_eq!(fmt(Value::Int(255), "#010x"), "0x000000ff");
    assert_eq!(fmt(Value::Int(-255), "#X"), "-0XFF");
    assert_eq!(fmt(Value::Int(65), "c"), "A");
    assert_eq!(fmt(Value::Bool(true), ">5"), "    1");
    assert_eq!(fmt(Value::Bool(true), ""), "True");
    assert_eq!(fmt(Value::Int(5), "=+5"), "+   5");
    assert_eq!(fmt(Value::Int(-5), "<05"), "-5000");
    assert_eq!(fmt(Value::Int(12), "#o"), "0o14");
    assert_eq!(
        fmt(big("100000000000000000000"), ","),
        "100,000,000,000,000,000,000"
    );
    assert_eq!(fmt(big("100000000000000000000"), "e"), "1.000000e+20");
    assert_eq!(
        fmt(Value::Int(1), "dd"),
        "ValueError: Invalid format specifier 'dd' for object of type 'int'"
    );
    assert_eq!(
        fmt(Value::Int(1), ".2d"),
        "ValueError: Precision not allowed in integer format specifier"
    );
    assert_eq!(
        fmt(Value::Int(1), "s"),
        "ValueError: Unknown format code 's' for object of type 'int'"
    );
    assert_eq!(
        fmt(Value::Int(1), ",b"),
        "ValueError: Cannot specify ',' with 'b'."
    );
    assert_eq!(
        fmt(Value::Int(1), "+c"),
        "ValueError: Sign not allowed with integer format specifier 'c'"
    );
    assert_eq!(
        fmt(Value::None, "x"),
        "TypeError: unsupported format string passed to NoneType.__format__"
    );
}

#[test]
fn format_floats() {
    let f = |x: f64, s: &str| fmt(Value::Float(x), s);
    assert_eq!(f(1.5, "05"), "001.5");
    assert_eq!(f(1e16, ".3"), "1e+16");
    assert_eq!(f(1.0, ".3"), "1.0");
    assert_eq!(f(123.456, ".2"), "1.2e+02");
    assert_eq!(f(0.0001234, ".2"), "0.00012");
    assert_eq!(f(123456789.0, ","), "123,456,789.0");
    assert_eq!(f(1234.5, ",.2f"), "1,234.50");
    assert_eq!(f(f64::INFINITY, "010"), "0000000inf");
    assert_eq!(f(f64::NAN, "+"), "+nan");
    assert_eq!(f(-0.0, "z.1f"), "0.0");
    assert_eq!(f(0.5, "%"), "50.000000%");
    assert_eq!(f(0.5, ".0%"), "50%");
    assert_eq!(f(12345.678, "e"), "1.234568e+04");
    assert_eq!(f(12345.678, ".2E"), "1.23E+04");
    assert_eq!(f(100.0, "g"), "100");
    assert_eq!(f(1e-5, "g"), "1e-05");
    assert_eq!(f(123456789.0, "g"), "1.23457e+08");
    assert_eq!(f(1.0, "#g"), "1.00000");
    assert_eq!(f(1.0, "#.0f"), "1.");
    assert_eq!(f(2.5, ".0f"), "2");
    assert_eq!(f(1234.5, "n"), "1234.5");
    assert_eq!(f(1234.5, "_"), "1_234.5");
    assert_eq!(f(0.1, ".17"), "0.10000000000000001");
    assert_eq!(f(3.0, "g"), "3");
    assert_eq!(
        f(1.5, "d"),
        "ValueError: Unknown format code 'd' for object of type 'float'"
    );
}

#[test]
fn format_strs() {
    assert_eq!(fmt(Value::str("a"), "05"), "a0000");
    assert_eq!(fmt(Value::str("ab"), "^6"), "  ab  ");
    assert_eq!(fmt(Value::str("ab"), "*^7"), "**ab***");
    assert_eq!(fmt(Value::str("abc"), ".2"), "ab");
    assert_eq!(
        fmt(Value::str("a"), "d"),
        "ValueError: Unknown format code 'd' for object of type 'str'"
    );
    assert_eq!(
        fmt(Value::str("a"), "=5"),
        "ValueError: '=' alignment not allowed in string format specifier"
    );
    assert_eq!(
        fmt(Value::str("a"), ","),
        "ValueError: Cannot specify ',' with 's'."
    );
}
