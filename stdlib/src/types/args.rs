//! Argument checking for builtin methods, with CPython 3.11's exact messages. CPython
//! parses method arguments in several ways, each with its own wording, and scripts
//! can see the difference:
//! - `METH_NOARGS` / `METH_O` (`Objects/methodobject.c`): `str.upper() takes no
//!   arguments (1 given)`, `list.append() takes exactly one argument (0 given)`;
//! - `_PyArg_CheckPositional` (`Python/getargs.c`), used by Argument Clinic for
//!   positional-only signatures: `strip expected at most 1 argument, got 2`;
//! - `PyArg_ParseTuple` (`Python/getargs.c`, `vgetargs1_impl`): `find() takes at
//!   least 1 argument (0 given)`;
//! - `_PyArg_UnpackKeywords` (`Python/getargs.c`) for signatures with keywords:
//!   `split() takes at most 2 arguments (3 given)`, `'x' is an invalid keyword
//!   argument for split()`, `argument for split() given by name ('sep') and position (1)`.
//!
//! Every family rejects keywords it does not take with `str.strip() takes no
//! keyword arguments` (`_PyArg_NoKeywords`, qualified by the type's name).

use coil_interp::object::{Args, Str};
use coil_interp::{RunResult, Value, Vm};
use num_traits::{Signed, ToPrimitive};
use std::rc::Rc;

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// `owner.name() takes no keyword arguments` unless `args` has none.
pub fn no_kw(vm: &Vm, owner: &str, name: &str, args: &Args) -> RunResult<()> {
    if args.kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{owner}.{name}() takes no keyword arguments")))
    }
}

/// `METH_NOARGS`: no arguments at all.
pub fn no_args(vm: &Vm, owner: &str, name: &str, args: &Args) -> RunResult<()> {
    no_kw(vm, owner, name, args)?;
    if args.pos.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!(
            "{owner}.{name}() takes no arguments ({} given)",
            args.pos.len()
        )))
    }
}

/// `METH_O`: exactly one positional argument.
pub fn one_arg<'a>(vm: &Vm, owner: &str, name: &str, args: &Args<'a>) -> RunResult<&'a Value> {
    no_kw(vm, owner, name, args)?;
    match args.pos {
        [v] => Ok(v),
        _ => Err(vm.type_error(format!(
            "{owner}.{name}() takes exactly one argument ({} given)",
            args.pos.len()
        ))),
    }
}

/// Argument Clinic's positional-only check (`_PyArg_CheckPositional`):
/// `name expected at least 1 argument, got 0`.
pub fn positional<'a>(
    vm: &Vm,
    owner: &str,
    name: &str,
    args: &Args<'a>,
    min: usize,
    max: usize,
) -> RunResult<&'a [Value]> {
    no_kw(vm, owner, name, args)?;
    let n = args.pos.len();
    if n < min || n > max {
        let (how, count) = if min == max {
            ("", min)
        } else if n < min {
            ("at least ", min)
        } else {
            ("at most ", max)
        };
        return Err(vm.type_error(format!(
            "{name} expected {how}{count} argument{}, got {n}",
            plural(count)
        )));
    }
    Ok(args.pos)
}

/// `PyArg_ParseTuple`'s count check: `find() takes at least 1 argument (0 given)`.
pub fn parse_tuple<'a>(
    vm: &Vm,
    owner: &str,
    name: &str,
    args: &Args<'a>,
    min: usize,
    max: usize,
) -> RunResult<&'a [Value]> {
    no_kw(vm, owner, name, args)?;
    let n = args.pos.len();
    if n < min || n > max {
        let (how, count) = if min == max {
            ("exactly", min)
        } else if n < min {
            ("at least", min)
        } else {
            ("at most", max)
        };
        return Err(vm.type_error(format!(
            "{name}() takes {how} {count} argument{} ({n} given)",
            plural(count)
        )));
    }
    Ok(args.pos)
}

/// A signature with keyword arguments, for `bind`.
pub struct Signature {
    /// The function's name as messages show it (`split`, `int`).
    pub name: &'static str,
    /// Every parameter in order: positional-only first, then positional-or-keyword,
    /// then keyword-only.
    pub params: &'static [&'static str],
    /// How many leading parameters are positional-only.
    pub posonly: usize,
    /// How many leading parameters may be given by position.
    pub max_pos: usize,
    /// How many leading parameters are required.
    pub required: usize,
}

/// Binds positional and keyword arguments to `sig`'s parameters, as
/// `_PyArg_UnpackKeywords`; an absent optional parameter is `None`.
pub fn bind(vm: &Vm, sig: &Signature, args: &Args) -> RunResult<Vec<Option<Value>>> {
    let name = sig.name;
    let nargs = args.pos.len();
    let total = nargs + args.kw.len();
    let maxargs = sig.params.len();
    if total > maxargs && sig.max_pos > 0 {
        // CPython adds "keyword " when no positional argument was given (bpo-31229).
        return Err(vm.type_error(format!(
            "{name}() takes at most {maxargs} {}argument{} ({total} given)",
            if nargs == 0 { "keyword " } else { "" },
            plural(maxargs)
        )));
    }
    if nargs > sig.max_pos {
        return Err(vm.type_error(if sig.max_pos == 0 {
            format!("{name}() takes no positional arguments")
        } else {
            format!(
                "{name}() takes {} {} positional argument{} ({nargs} given)",
                if sig.required < sig.max_pos {
                    "at most"
                } else {
                    "exactly"
                },
                sig.max_pos,
                plural(sig.max_pos)
            )
        }));
    }
    let mut out: Vec<Option<Value>> = vec![None; maxargs];
    for (slot, v) in out.iter_mut().zip(args.pos) {
        *slot = Some(v.clone());
    }
    for (key, value) in args.kw {
        let found = sig.params[sig.posonly..]
            .iter()
            .position(|p| *p == key.as_str())
            .map(|i| i + sig.posonly);
        match found {
            Some(i) if i < nargs => {
                return Err(vm.type_error(format!(
                    "argument for {name}() given by name ('{}') and position ({})",
                    key.as_str(),
                    i + 1
                )))
            }
            Some(i) => out[i] = Some(value.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for {name}()",
                    key.as_str()
                )))
            }
        }
    }
    for (i, slot) in out.iter().enumerate().take(sig.required) {
        if slot.is_none() {
            return Err(vm.type_error(if i < sig.posonly {
                format!(
                    "{name}() takes at least {} positional argument{} ({nargs} given)",
                    sig.posonly,
                    plural(sig.posonly)
                )
            } else {
                format!(
                    "{name}() missing required argument '{}' (pos {})",
                    sig.params[i],
                    i + 1
                )
            }));
        }
    }
    Ok(out)
}

/// The receiver of a method as `T`, or CPython's descriptor error for calls such
/// as `str.upper(5)`.
pub fn wrong_receiver(vm: &Vm, owner: &str, name: &str, recv: &Value) -> coil_interp::Exc {
    vm.type_error(format!(
        "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
        recv.type_name()
    ))
}

/// The str receiver of a `str` method.
pub fn recv_str<'a>(vm: &Vm, name: &str, recv: &'a Value) -> RunResult<&'a Rc<Str>> {
    match recv {
        Value::Str(s) => Ok(s),
        other => Err(wrong_receiver(vm, "str", name, other)),
    }
}

/// `operator.index(v)` (`PyNumber_Index`): ints, bools and `__index__`, else
/// `'float' object cannot be interpreted as an integer`. Big ints are returned as
/// `Value::BigInt`; see `index_i64` for the clamped forms.
pub fn index_value(vm: &mut Vm, v: &Value) -> RunResult<Value> {
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Instance(_) => {
            let hook = vm.lookup_special(v, &Str::intern("__index__"));
            match hook {
                Some(f) => {
                    let r = vm.call(&f, std::slice::from_ref(v), &[])?;
                    match r {
                        Value::Int(_) | Value::BigInt(_) => Ok(r),
                        Value::Bool(b) => Ok(Value::Int(b as i64)),
                        other => Err(vm.type_error(format!(
                            "__index__ returned non-int (type {})",
                            other.type_name()
                        ))),
                    }
                }
                None => Err(not_an_integer(vm, v)),
            }
        }
        _ => Err(not_an_integer(vm, v)),
    }
}

fn not_an_integer(vm: &Vm, v: &Value) -> coil_interp::Exc {
    vm.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        v.type_name()
    ))
}

/// `PyNumber_AsSsize_t(v, OverflowError)`: an index that must fit in a C ssize_t.
pub fn index_i64(vm: &mut Vm, v: &Value) -> RunResult<i64> {
    match index_value(vm, v)? {
        Value::Int(i) => Ok(i),
        Value::BigInt(b) => b
            .to_i64()
            .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t")),
        _ => Err(not_an_integer(vm, v)),
    }
}

/// An index clamped to i64 rather than overflowing (`PyNumber_AsSsize_t(v, NULL)`),
/// as CPython does for slice bounds and `str.center` widths.
pub fn index_clamped(vm: &mut Vm, v: &Value) -> RunResult<i64> {
    match index_value(vm, v)? {
        Value::Int(i) => Ok(i),
        Value::BigInt(b) => Ok(if b.is_negative() { i64::MIN } else { i64::MAX }),
        _ => Err(not_an_integer(vm, v)),
    }
}

/// A slice bound for `find`/`count`/`index` (`_PyEval_SliceIndex`): `None` means
/// absent; big ints clamp. `none_ok` picks between the two messages CPython uses.
pub fn slice_index(vm: &mut Vm, v: Option<&Value>, none_ok: bool) -> RunResult<Option<i64>> {
    let Some(v) = v else { return Ok(None) };
    if none_ok && v.is_none() {
        return Ok(None);
    }
    let ok = matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
        || (matches!(v, Value::Instance(_))
            && vm.lookup_special(v, &Str::intern("__index__")).is_some());
    if !ok {
        return Err(vm.type_error(if none_ok {
            "slice indices must be integers or None or have an __index__ method"
        } else {
            "slice indices must be integers or have an __index__ method"
        }));
    }
    index_clamped(vm, v).map(Some)
}

/// Resolves optional `start`/`end` against a sequence of length `len`, as
/// `ADJUST_INDICES` in CPython: negatives count from the end and clamp at 0, `end`
/// clamps at `len`, but `start` may stay past the end (so `"ab".find("", 3)` is -1):
/// callers treat `start > end` as an empty range.
pub fn adjust_range(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len = len as i64;
    let from_end = |i: i64| if i < 0 { (i + len).max(0) } else { i };
    let s = start.map(from_end).unwrap_or(0);
    let e = end.map(from_end).unwrap_or(len).min(len);
    (s as usize, e as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(vm: &Vm, e: coil_interp::Exc) -> String {
        let _ = vm;
        let data = e.exc().expect("exception instance").borrow();
        match &data.args[0] {
            Value::Str(s) => s.as_str().to_string(),
            other => other.debug_repr(),
        }
    }

    #[test]
    fn counts_use_cpython_wording() {
        let vm = Vm::new();
        let two = [Value::Int(1), Value::Int(2)];
        let a = Args::positional(&two);
        assert_eq!(
            msg(&vm, no_args(&vm, "str", "upper", &a).unwrap_err()),
            "str.upper() takes no arguments (2 given)"
        );
        assert_eq!(
            msg(&vm, one_arg(&vm, "list", "append", &a).unwrap_err()),
            "list.append() takes exactly one argument (2 given)"
        );
        assert_eq!(
            msg(&vm, positional(&vm, "str", "strip", &a, 0, 1).unwrap_err()),
            "strip expected at most 1 argument, got 2"
        );
        assert_eq!(
            msg(
                &vm,
                positional(&vm, "list", "insert", &Args::positional(&two[..1]), 2, 2).unwrap_err()
            ),
            "insert expected 2 arguments, got 1"
        );
        assert_eq!(
            msg(
                &vm,
                parse_tuple(&vm, "str", "find", &Args::positional(&[]), 1, 3).unwrap_err()
            ),
            "find() takes at least 1 argument (0 given)"
        );
    }

    #[test]
    fn keywords_bind_and_fail_as_cpython() {
        let vm = Vm::new();
        let sig = Signature {
            name: "split",
            params: &["sep", "maxsplit"],
            posonly: 0,
            max_pos: 2,
            required: 0,
        };
        let pos = [Value::str(" ")];
        let kw = [(Str::intern("maxsplit"), Value::Int(1))];
        let bound = crate::types::testing::ok(bind(&vm, &sig, &Args { pos: &pos, kw: &kw }));
        assert!(matches!(bound[1], Some(Value::Int(1))));
        let kw = [(Str::intern("sep"), Value::None)];
        assert_eq!(
            msg(
                &vm,
                bind(&vm, &sig, &Args { pos: &pos, kw: &kw }).unwrap_err()
            ),
            "argument for split() given by name ('sep') and position (1)"
        );
        let kw = [(Str::intern("foo"), Value::None)];
        assert_eq!(
            msg(
                &vm,
                bind(&vm, &sig, &Args { pos: &[], kw: &kw }).unwrap_err()
            ),
            "'foo' is an invalid keyword argument for split()"
        );
        let three = [Value::None, Value::None, Value::None];
        assert_eq!(
            msg(&vm, bind(&vm, &sig, &Args::positional(&three)).unwrap_err()),
            "split() takes at most 2 arguments (3 given)"
        );
        let sort = Signature {
            name: "sort",
            params: &["key", "reverse"],
            posonly: 0,
            max_pos: 0,
            required: 0,
        };
        assert_eq!(
            msg(
                &vm,
                bind(&vm, &sort, &Args::positional(&three[..1])).unwrap_err()
            ),
            "sort() takes no positional arguments"
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
}
