//! Struct sequences: tuple-like objects with named fields, such as
//! `sys.version_info` and `time.struct_time` (CPython's `Objects/structseq.c`).
//! Each is an instance whose dict holds the fields by name; the class's
//! `__match_args__` lists the fields that form the tuple, and its dunders make it
//! index, slice, iterate, compare and print like CPython's.

use crate::builtins::args::{class, field, new_instance};
use coil_interp::object::class::BaseKind;
use coil_interp::object::{Args, Class, Str};
use coil_interp::{RunResult, Value, Vm};
use coil_parser::ast::CmpOp;
use std::rc::Rc;

/// The struct-sequence class `module.name` (key `"module.name"`) whose tuple part
/// is `fields`.
pub fn structseq_class(vm: &Vm, key: &'static str, module: &str, fields: &[&str]) -> Rc<Class> {
    let cls = class(
        vm,
        key,
        module,
        None,
        BaseKind::Object,
        &[
            ("__getitem__", getitem),
            ("__len__", len),
            ("__iter__", iter),
            ("__repr__", repr),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__lt__", lt),
            ("__le__", le),
            ("__gt__", gt),
            ("__ge__", ge),
            ("__hash__", hash),
        ],
    );
    if cls.dict.get_str("__match_args__").is_none() {
        let names = fields.iter().map(|f| Value::interned(f)).collect();
        cls.dict.set_str("__match_args__", Value::tuple(names));
        cls.dict
            .set_str("n_sequence_fields", Value::Int(fields.len() as i64));
    }
    cls
}

/// A new struct sequence of class `cls` with the tuple `values` (and any extra
/// named-only attributes).
pub fn new_structseq(cls: &Rc<Class>, values: Vec<Value>, extra: &[(&str, Value)]) -> Value {
    let names = field_names(cls);
    let mut fields: Vec<(&str, Value)> = names.iter().map(|n| n.as_str()).zip(values).collect();
    fields.extend(extra.iter().cloned());
    new_instance(cls, &fields)
}

fn field_names(cls: &Class) -> Vec<String> {
    match cls.lookup(&Str::intern("__match_args__")) {
        Some(Value::Tuple(t)) => t
            .items
            .iter()
            .filter_map(|v| match v {
                Value::Str(s) => Some(s.as_str().to_string()),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// The tuple part of a struct sequence, or None if `v` is not one.
pub fn as_tuple(v: &Value) -> Option<Vec<Value>> {
    let Value::Instance(inst) = v else {
        return None;
    };
    let names = field_names(&inst.class());
    if names.is_empty() {
        return None;
    }
    names.iter().map(|n| field(v, n)).collect()
}

fn tuple_of(vm: &Vm, this: &Value) -> RunResult<Value> {
    as_tuple(this)
        .map(Value::tuple)
        .ok_or_else(|| vm.type_error("descriptor requires a struct sequence"))
}

fn getitem(vm: &mut Vm, this: &Value, args: Args) -> RunResult<Value> {
    let t = tuple_of(vm, this)?;
    let key = crate::builtins::args::one_arg(vm, "__getitem__", &args)?;
    vm.get_item(&t, key)
}

fn len(vm: &mut Vm, this: &Value, _: Args) -> RunResult<Value> {
    let t = tuple_of(vm, this)?;
    Ok(Value::Int(vm.len(&t)? as i64))
}

fn iter(vm: &mut Vm, this: &Value, _: Args) -> RunResult<Value> {
    let t = tuple_of(vm, this)?;
    vm.get_iter(&t)
}

fn repr(vm: &mut Vm, this: &Value, _: Args) -> RunResult<Value> {
    let Value::Instance(inst) = this else {
        return Err(vm.type_error("descriptor requires a struct sequence"));
    };
    let cls = inst.class();
    let mut parts = Vec::new();
    for name in field_names(&cls) {
        let v = field(this, &name).unwrap_or(Value::None);
        parts.push(format!("{name}={}", vm.repr(&v)?.as_str()));
    }
    Ok(Value::string(format!(
        "{}({})",
        cls.full_name(),
        parts.join(", ")
    )))
}

fn compare(vm: &mut Vm, this: &Value, args: Args, op: CmpOp) -> RunResult<Value> {
    let t = tuple_of(vm, this)?;
    let other = crate::builtins::args::one_arg(vm, "__eq__", &args)?;
    let other = match other {
        Value::Tuple(_) => other.clone(),
        v => match as_tuple(v) {
            Some(items) => Value::tuple(items),
            None => return Ok(Value::NotImplemented),
        },
    };
    vm.rich_compare(&t, &other, op)
}

forward! {
    eq => compare(CmpOp::Eq);
    ne => compare(CmpOp::NotEq);
    lt => compare(CmpOp::Lt);
    le => compare(CmpOp::LtE);
    gt => compare(CmpOp::Gt);
    ge => compare(CmpOp::GtE);
}

fn hash(vm: &mut Vm, this: &Value, _: Args) -> RunResult<Value> {
    let t = tuple_of(vm, this)?;
    Ok(Value::Int(vm.hash(&t)?))
}
