//! Binding a builtin's arguments, with the messages of CPython 3.11's calling
//! conventions, which scripts can observe:
//! - `METH_NOARGS` / `METH_O` (`Objects/methodobject.c`): `str.upper() takes no
//!   arguments (1 given)`, `len() takes exactly one argument (2 given)`;
//! - `_PyArg_CheckPositional` (`Python/getargs.c`): `divmod expected 2 arguments,
//!   got 1`, `strip expected at most 1 argument, got 2`;
//! - `PyArg_ParseTuple` (`vgetargs1_impl`): `find() takes at least 1 argument (0 given)`;
//! - Argument Clinic's `_PyArg_UnpackKeywords`, as `Signature::bind`: `round()
//!   missing required argument 'number' (pos 1)`, `'foo' is an invalid keyword
//!   argument for split()`, `argument for split() given by name ('sep') and
//!   position (1)`;
//! - `_PyArg_NoKeywords`: `str.strip() takes no keyword arguments`.
//!
//! Messages name the callee as a `Callee`: a plain `&str` for a function
//! (`"len"`), an `(owner, name)` pair for a method (`("list", "append")`), whose
//! METH_O and no-keyword messages are qualified while the others use the bare name,
//! as CPython's are.

use crate::object::{Args, Value};
use crate::{RunResult, Vm};
use std::fmt;
use std::ops::{Deref, DerefMut};

/// Who is being called, for error messages (see the module comment).
#[derive(Clone, Copy, Debug)]
pub struct Callee<'n> {
    /// The type of a method (`"str"`); `None` for a function.
    pub owner: Option<&'n str>,
    /// The bare name (`"strip"`).
    pub name: &'n str,
}

impl<'n> From<&'n str> for Callee<'n> {
    fn from(name: &'n str) -> Callee<'n> {
        Callee { owner: None, name }
    }
}

impl<'n> From<&'n String> for Callee<'n> {
    fn from(name: &'n String) -> Callee<'n> {
        Callee {
            owner: None,
            name: name.as_str(),
        }
    }
}

impl<'n> From<(&'n str, &'n str)> for Callee<'n> {
    fn from((owner, name): (&'n str, &'n str)) -> Callee<'n> {
        Callee {
            owner: Some(owner),
            name,
        }
    }
}

/// The qualified name: `str.strip`, or `len` for a function.
impl fmt::Display for Callee<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.owner {
            Some(o) => write!(f, "{o}.{}", self.name),
            None => f.write_str(self.name),
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// `_PyArg_NoKeywords`: `str.strip() takes no keyword arguments` unless `args` has none.
pub fn no_kwargs<'n>(vm: &Vm, callee: impl Into<Callee<'n>>, args: &Args) -> RunResult<()> {
    if args.kw.is_empty() {
        Ok(())
    } else {
        let c = callee.into();
        Err(vm.type_error(format!("{c}() takes no keyword arguments")))
    }
}

/// A conversion of an argument value (`to_i64`, `to_f64`, …).
type Converter<T> = fn(&mut Vm, &Value) -> RunResult<T>;

/// `METH_NOARGS`: no arguments at all.
pub fn no_args<'n>(vm: &Vm, callee: impl Into<Callee<'n>>, args: &Args) -> RunResult<()> {
    exactly(vm, callee.into(), args, 0, "no arguments").map(|_| ())
}

/// `METH_O`: exactly one positional argument, no keywords.
pub fn one_arg<'a, 'n>(
    vm: &Vm,
    callee: impl Into<Callee<'n>>,
    args: &Args<'a>,
) -> RunResult<&'a Value> {
    let pos = exactly(vm, callee.into(), args, 1, "exactly one argument")?;
    Ok(&pos[0])
}

/// No keywords and exactly `n` positional arguments, else CPython's
/// `f() takes {what} (k given)`.
fn exactly<'a>(
    vm: &Vm,
    c: Callee,
    args: &Args<'a>,
    n: usize,
    what: &str,
) -> RunResult<&'a [Value]> {
    no_kwargs(vm, c, args)?;
    if args.pos.len() == n {
        Ok(args.pos)
    } else {
        Err(vm.type_error(format!("{c}() takes {what} ({} given)", args.pos.len())))
    }
}

/// `_PyArg_CheckPositional`: `min..=max` positional arguments, no keywords.
pub fn positional<'a, 'n>(
    vm: &Vm,
    callee: impl Into<Callee<'n>>,
    args: &Args<'a>,
    min: usize,
    max: usize,
) -> RunResult<&'a [Value]> {
    let c = callee.into();
    no_kwargs(vm, c, args)?;
    check_count(vm, c.name, args.pos.len(), min, max)?;
    Ok(args.pos)
}

/// The count check of `_PyArg_CheckPositional` alone: `name expected at most 1
/// argument, got 2`.
pub fn check_count(vm: &Vm, name: &str, n: usize, min: usize, max: usize) -> RunResult<()> {
    if n >= min && n <= max {
        return Ok(());
    }
    let (how, count) = if min == max {
        ("", min)
    } else if n < min {
        ("at least ", min)
    } else {
        ("at most ", max)
    };
    Err(vm.type_error(format!(
        "{name} expected {how}{count} argument{}, got {n}",
        plural(count)
    )))
}

/// `PyArg_ParseTuple`'s count check: `find() takes at least 1 argument (0 given)`.
pub fn parse_tuple<'a, 'n>(
    vm: &Vm,
    callee: impl Into<Callee<'n>>,
    args: &Args<'a>,
    min: usize,
    max: usize,
) -> RunResult<&'a [Value]> {
    let c = callee.into();
    no_kwargs(vm, c, args)?;
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
            "{}() takes {how} {count} argument{} ({n} given)",
            c.name,
            plural(count)
        )));
    }
    Ok(args.pos)
}

/// Exactly `n` positional arguments and no keywords, in the wording of the
/// convention CPython uses for that count (METH_NOARGS, METH_O, or
/// `_PyArg_CheckPositional`).
pub fn expect_args<'n>(
    vm: &Vm,
    callee: impl Into<Callee<'n>>,
    args: &Args,
    n: usize,
) -> RunResult<()> {
    let c = callee.into();
    match n {
        0 => no_args(vm, c, args),
        1 => one_arg(vm, c, args).map(|_| ()),
        _ => positional(vm, c, args, n, n).map(|_| ()),
    }
}

/// Only the listed keywords are accepted, positional arguments are the caller's
/// business (`print(*objects, sep, end, file, flush)`): `'foo' is an invalid
/// keyword argument for print()`. Returns one slot per name.
pub fn keywords<'n>(
    vm: &Vm,
    callee: impl Into<Callee<'n>>,
    args: &Args,
    names: &[&str],
) -> RunResult<Bound<'static>> {
    let mut slots: Vec<Option<Value>> = vec![None; names.len()];
    for (k, v) in args.kw {
        match names.iter().position(|p| *p == k.as_str()) {
            Some(i) => slots[i] = Some(v.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for {}()",
                    k.as_str(),
                    callee.into().name
                )))
            }
        }
    }
    Ok(Bound {
        name: "",
        params: &[],
        slots,
    })
}

/// An Argument Clinic signature (`_PyArg_Parser`): parameter names in order,
/// positional-only first, then positional-or-keyword, then keyword-only.
#[derive(Clone, Copy, Debug)]
pub struct Signature<'s> {
    /// The name messages show (`split`, `round`).
    pub name: &'s str,
    /// Every parameter, in order.
    pub params: &'s [&'s str],
    /// How many leading parameters are positional-only.
    pub posonly: usize,
    /// How many leading parameters may be given by position.
    pub max_pos: usize,
    /// How many leading parameters are required.
    pub required: usize,
}

impl<'s> Signature<'s> {
    /// Every parameter positional-or-keyword and required; narrow it with the
    /// builder methods.
    pub const fn new(name: &'s str, params: &'s [&'s str]) -> Signature<'s> {
        Signature {
            name,
            params,
            posonly: 0,
            max_pos: params.len(),
            required: params.len(),
        }
    }

    /// The first `n` parameters are required.
    pub const fn required(mut self, n: usize) -> Signature<'s> {
        self.required = n;
        self
    }

    /// The first `n` parameters are positional-only.
    pub const fn posonly(mut self, n: usize) -> Signature<'s> {
        self.posonly = n;
        self
    }

    /// Parameters from index `n` on are keyword-only.
    pub const fn kw_only_from(mut self, n: usize) -> Signature<'s> {
        self.max_pos = n;
        self
    }

    /// `bind` for a native `__new__`, called with or without its class first
    /// (`T(x)` or `T.__new__(T, x)`): a leading class is not a parameter.
    pub fn bind_new(&self, vm: &Vm, args: &Args) -> RunResult<Bound<'s>> {
        let pos = match args.pos.first() {
            Some(Value::Class(_)) => &args.pos[1..],
            _ => args.pos,
        };
        self.bind(vm, &Args { pos, kw: args.kw })
    }

    /// Binds `args` as `_PyArg_UnpackKeywords` does, checks in CPython's order;
    /// an absent optional parameter is `None` in the result.
    pub fn bind(&self, vm: &Vm, args: &Args) -> RunResult<Bound<'s>> {
        let name = self.name;
        let nargs = args.pos.len();
        let maxargs = self.params.len();
        let minpos = self.required.min(self.max_pos);
        let mut slots: Vec<Option<Value>> = vec![None; maxargs];
        let bound = |slots| Bound {
            name,
            params: self.params,
            slots,
        };
        if args.kw.is_empty() && minpos <= nargs && nargs <= self.max_pos {
            for (slot, v) in slots.iter_mut().zip(args.pos) {
                *slot = Some(v.clone());
            }
            return Ok(bound(slots));
        }
        let total = nargs + args.kw.len();
        if total > maxargs {
            // CPython adds "keyword " when no positional argument was given (bpo-31229).
            return Err(vm.type_error(format!(
                "{name}() takes at most {maxargs} {}argument{} ({total} given)",
                if nargs == 0 { "keyword " } else { "" },
                plural(maxargs)
            )));
        }
        if nargs > self.max_pos {
            return Err(vm.type_error(if self.max_pos == 0 {
                format!("{name}() takes no positional arguments")
            } else {
                format!(
                    "{name}() takes {} {} positional argument{} ({nargs} given)",
                    if minpos < self.max_pos {
                        "at most"
                    } else {
                        "exactly"
                    },
                    self.max_pos,
                    plural(self.max_pos)
                )
            }));
        }
        let minposonly = self.posonly.min(minpos);
        if nargs < minposonly {
            return Err(vm.type_error(format!(
                "{name}() takes {} {minposonly} positional argument{} ({nargs} given)",
                if minposonly < self.max_pos {
                    "at least"
                } else {
                    "exactly"
                },
                plural(minposonly)
            )));
        }
        for (slot, v) in slots.iter_mut().zip(args.pos) {
            *slot = Some(v.clone());
        }
        let mut unused = args.kw.len();
        let first_kw = nargs.max(self.posonly);
        for (i, slot) in slots.iter_mut().enumerate().skip(first_kw) {
            if unused == 0 && i >= self.required {
                break;
            }
            if let Some(v) = args.kwarg(self.params[i]) {
                *slot = Some(v.clone());
                unused -= 1;
            } else if i < self.required {
                return Err(missing(vm, name, self.params[i], i));
            }
        }
        if unused > 0 {
            for (i, p) in self
                .params
                .iter()
                .enumerate()
                .take(nargs)
                .skip(self.posonly)
            {
                if args.kwarg(p).is_some() {
                    return Err(vm.type_error(format!(
                        "argument for {name}() given by name ('{p}') and position ({})",
                        i + 1
                    )));
                }
            }
            for (k, _) in args.kw {
                if !self.params[self.posonly..].contains(&k.as_str()) {
                    return Err(vm.type_error(format!(
                        "'{}' is an invalid keyword argument for {name}()",
                        k.as_str()
                    )));
                }
            }
        }
        Ok(bound(slots))
    }
}

fn missing(vm: &Vm, name: &str, param: &str, i: usize) -> crate::Exc {
    vm.type_error(format!(
        "{name}() missing required argument '{param}' (pos {})",
        i + 1
    ))
}

/// Argument Clinic binding for a function whose parameters are all positional or
/// keyword: the first `required` of `params` are mandatory, those from
/// `kw_only_from` on keyword-only.
pub fn clinic<'s>(
    vm: &Vm,
    name: &'s str,
    args: &Args,
    params: &'s [&'s str],
    required: usize,
    kw_only_from: usize,
) -> RunResult<Bound<'s>> {
    Signature::new(name, params)
        .required(required)
        .kw_only_from(kw_only_from)
        .bind(vm, args)
}

/// The arguments bound to a signature's parameters: one slot per parameter,
/// `None` where an optional one was not given. Indexes like a slice
/// (`bound[1].clone()`); the accessors read a slot as a typed value and return
/// CPython's errors.
pub struct Bound<'s> {
    name: &'s str,
    params: &'s [&'s str],
    slots: Vec<Option<Value>>,
}

impl Deref for Bound<'_> {
    type Target = [Option<Value>];
    fn deref(&self) -> &[Option<Value>] {
        &self.slots
    }
}

impl DerefMut for Bound<'_> {
    fn deref_mut(&mut self) -> &mut [Option<Value>] {
        &mut self.slots
    }
}

impl IntoIterator for Bound<'_> {
    type Item = Option<Value>;
    type IntoIter = std::vec::IntoIter<Option<Value>>;
    fn into_iter(self) -> Self::IntoIter {
        self.slots.into_iter()
    }
}

impl Bound<'_> {
    /// A required parameter's value. The binder has checked it is present; should
    /// a signature be declared wrong, this is CPython's TypeError, not a panic.
    pub fn arg(&self, vm: &Vm, i: usize) -> RunResult<&Value> {
        match self.slots.get(i) {
            Some(Some(v)) => Ok(v),
            _ => Err(missing(
                vm,
                self.name,
                self.params.get(i).copied().unwrap_or("?"),
                i,
            )),
        }
    }

    /// An optional parameter's value, `None` when it was not given.
    pub fn opt(&self, i: usize) -> Option<&Value> {
        self.slots.get(i).and_then(Option::as_ref)
    }

    /// An optional parameter where an explicit `None` also means "not given"
    /// (CPython's `Py_None` defaults: `sep=None`, `key=None`).
    pub fn opt_some(&self, i: usize) -> Option<&Value> {
        self.opt(i).filter(|v| !v.is_none())
    }

    /// A required parameter through a converter.
    fn required<T>(&self, vm: &mut Vm, i: usize, convert: Converter<T>) -> RunResult<T> {
        let v = self.arg(vm, i)?.clone();
        convert(vm, &v)
    }

    /// An optional parameter through a converter, `default` when absent.
    fn optional<T>(
        &self,
        vm: &mut Vm,
        i: usize,
        default: T,
        convert: Converter<T>,
    ) -> RunResult<T> {
        match self.opt(i).cloned() {
            Some(v) => convert(vm, &v),
            None => Ok(default),
        }
    }

    /// A required parameter as an index (`operator.index`) narrowed to i64.
    pub fn i64(&self, vm: &mut Vm, i: usize) -> RunResult<i64> {
        self.required(vm, i, super::to_i64)
    }

    /// An optional index parameter, `default` when absent.
    pub fn i64_or(&self, vm: &mut Vm, i: usize, default: i64) -> RunResult<i64> {
        self.optional(vm, i, default, super::to_i64)
    }

    /// A required parameter as a float (`PyFloat_AsDouble`).
    pub fn f64(&self, vm: &mut Vm, i: usize) -> RunResult<f64> {
        self.required(vm, i, super::to_f64)
    }

    /// An optional float parameter, `default` when absent.
    pub fn f64_or(&self, vm: &mut Vm, i: usize, default: f64) -> RunResult<f64> {
        self.optional(vm, i, default, super::to_f64)
    }

    /// The slots, for callers that move values out.
    pub fn into_vec(self) -> Vec<Option<Value>> {
        self.slots
    }
}
