//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654), as CPython 3.11's
//! `Objects/exceptions.c`: `BaseExceptionGroup_new` (validation, and the class
//! chosen: `BaseExceptionGroup(msg, excs)` of `Exception`s is an
//! `ExceptionGroup`), `BaseExceptionGroup_str`, `derive`, and `split`/`subgroup`
//! over `exceptiongroup_split_recursive` and `exceptiongroup_subset` (derived
//! groups copy `__traceback__`, `__cause__`, `__context__` and a copy of
//! `__notes__`). The fields live in `ExceptionData::group`; `except*`'s runtime
//! support is `vm/except_star.rs`.

use super::Vm;
use crate::builtin::{method, owned_func};
use crate::object::descriptors::Property;
use crate::object::exception::GroupFields;
use crate::object::native;
use crate::object::{Args, Exc, Str, Tuple, Value};
use crate::RunResult;
use std::rc::Rc;

/// Installs the group methods into `BaseExceptionGroup`'s dict (inherited by
/// `ExceptionGroup` and user subclasses).
pub fn install(vm: &mut Vm) {
    let beg = vm.types.exc.base_exception_group.clone();
    let property = vm.types.property.clone();
    let set = |name: &str, v: Value| beg.dict.set_str(name, v);
    set(
        "__new__",
        owned_func("BaseExceptionGroup", "__new__", group_new),
    );
    set(
        "__init__",
        // `__init__` is `BaseException`'s: no keywords, `args` kept as given.
        method(
            "BaseExceptionGroup",
            "__init__",
            super::ops::base_methods::exception_init,
        ),
    );
    set(
        "__str__",
        method("BaseExceptionGroup", "__str__", group_str),
    );
    set(
        "derive",
        method("BaseExceptionGroup", "derive", group_derive),
    );
    set("split", method("BaseExceptionGroup", "split", group_split));
    set(
        "subgroup",
        method("BaseExceptionGroup", "subgroup", group_subgroup),
    );
    let getter = |name: &str, f| {
        let g = owned_func("BaseExceptionGroup", name, f);
        native(&property, Property::new(Some(g), None, None, None))
    };
    set("message", getter("message", group_message));
    set("exceptions", getter("exceptions", group_exceptions));
}

/// How `split`/`subgroup`/`except*` decide whether a leaf matches
/// (`_exceptiongroup_split_matcher_type`).
#[derive(Clone)]
pub(crate) enum Matcher {
    /// A class or a tuple of classes (`PyErr_GivenExceptionMatches`).
    Type(Value),
    /// A callable returning a truth value.
    Predicate(Value),
    /// Leaves whose identity is in the set (`except*`'s projection of the
    /// re-raised parts back onto the original group).
    Ids(Rc<std::collections::HashSet<usize>>),
}

impl Vm {
    /// The sub-exceptions of `v` if it is an exception group.
    pub fn group_exceptions(&self, v: &Value) -> Option<Rc<Tuple>> {
        let Value::Instance(i) = v else { return None };
        let data = i.exc()?;
        let d = data.borrow();
        d.group.as_ref().map(|g| g.exceptions.clone())
    }

    /// `_PyExc_CreateExceptionGroup`: `BaseExceptionGroup(msg, excs)` (an
    /// `ExceptionGroup` when every item is an `Exception`). `excs` is a list or a
    /// tuple: it shows in the group's `args` and repr.
    pub fn new_exception_group(&mut self, msg: &str, excs: Value) -> RunResult<Value> {
        let cls = Value::Class(self.types.exc.base_exception_group.clone());
        self.call(&cls, &[Value::str(msg), excs], &[])
    }

    /// `get_matcher_type`: a non-class callable is a predicate; a class must derive
    /// from BaseException; a tuple must hold only such classes.
    pub(crate) fn group_matcher(&self, v: &Value) -> RunResult<Matcher> {
        let base = &self.types.exc.base_exception;
        let is_exc_class = |v: &Value| matches!(v, Value::Class(c) if c.is_subclass(base));
        let callable = match v {
            Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) => true,
            Value::Instance(_) | Value::Native(_) => {
                self.lookup_special(v, &Str::intern("__call__")).is_some()
            }
            _ => false,
        };
        if callable {
            return Ok(Matcher::Predicate(v.clone()));
        }
        let ok = match v {
            Value::Tuple(t) => t.items.iter().all(is_exc_class),
            v => is_exc_class(v),
        };
        if ok {
            Ok(Matcher::Type(v.clone()))
        } else {
            Err(self.type_error("expected a function, exception type or tuple of exception types"))
        }
    }

    /// `exceptiongroup_split_check_match`.
    fn group_leaf_matches(&mut self, exc: &Value, m: &Matcher) -> RunResult<bool> {
        match m {
            Matcher::Type(t) => {
                let cls = self.type_of(exc);
                Ok(match t {
                    Value::Tuple(t) => t
                        .items
                        .iter()
                        .any(|c| matches!(c, Value::Class(c) if cls.is_subclass(c))),
                    Value::Class(c) => cls.is_subclass(c),
                    _ => false,
                })
            }
            Matcher::Ids(ids) => Ok(match exc {
                Value::Instance(i) => ids.contains(&super::except_star::leaf_id(i)),
                _ => false,
            }),
            Matcher::Predicate(f) => {
                let r = self.call(f, std::slice::from_ref(exc), &[])?;
                self.truthy(&r)
            }
        }
    }

    /// `exceptiongroup_split_recursive`: (match, rest) of `exc`; `rest` only when
    /// `construct_rest`. The node itself is tested first, so a group matching the
    /// condition as a whole is returned as it is.
    pub(crate) fn group_split(
        &mut self,
        exc: &Value,
        m: &Matcher,
        construct_rest: bool,
    ) -> RunResult<(Option<Value>, Option<Value>)> {
        if self.group_leaf_matches(exc, m)? {
            return Ok((Some(exc.clone()), None));
        }
        let Some(items) = self.group_exceptions(exc) else {
            return Ok((None, construct_rest.then(|| exc.clone())));
        };
        self.enter_native()?;
        let mut matched = Vec::new();
        let mut rest = Vec::new();
        for e in items.items.iter() {
            let r = self.group_split(e, m, construct_rest);
            let (a, b) = match r {
                Ok(pair) => pair,
                Err(err) => {
                    self.native_depth -= 1;
                    return Err(err);
                }
            };
            matched.extend(a);
            rest.extend(b);
        }
        self.native_depth -= 1;
        let matched = self.group_subset(exc, matched)?;
        let rest = if construct_rest {
            self.group_subset(exc, rest)?
        } else {
            None
        };
        Ok((matched, rest))
    }

    /// `exceptiongroup_subset`: `orig.derive(excs)` carrying orig's traceback,
    /// cause, context and a copy of its notes; `None` for no items.
    pub(crate) fn group_subset(
        &mut self,
        orig: &Value,
        excs: Vec<Value>,
    ) -> RunResult<Option<Value>> {
        if excs.is_empty() {
            return Ok(None);
        }
        let eg = self.call_method(orig, "derive", &[Value::list(excs)])?;
        let (Value::Instance(new), Value::Instance(old)) = (&eg, orig) else {
            return Err(self.type_error("derive must return an instance of BaseExceptionGroup"));
        };
        if !new
            .class()
            .is_subclass(&self.types.exc.base_exception_group)
        {
            return Err(self.type_error("derive must return an instance of BaseExceptionGroup"));
        }
        if let (Some(n), Some(o)) = (new.exc(), old.exc()) {
            if !Rc::ptr_eq(new, old) {
                let o = o.borrow();
                let mut n = n.borrow_mut();
                n.traceback = o.traceback.clone();
                n.context = o.context.clone();
                n.cause = o.cause.clone();
                // `PyException_SetCause` always sets `__suppress_context__`.
                n.suppress_context = true;
            }
        }
        let notes_key = Str::intern("__notes__");
        if let Some(notes) = self.get_attr_opt(orig, &notes_key)? {
            // Non-sequence notes are ignored here, as CPython does.
            let copy = match &notes {
                Value::List(l) => Some(l.items.borrow().clone()),
                Value::Tuple(t) => Some(t.items.to_vec()),
                _ => None,
            };
            if let Some(copy) = copy {
                self.set_attr(&eg, &notes_key, Value::list(copy))?;
            }
        }
        Ok(Some(eg))
    }
}

/// The instance a group method was called on.
fn receiver(vm: &Vm, recv: &Value, name: &str) -> RunResult<Exc> {
    match recv {
        Value::Instance(i) if i.exc().is_some_and(|d| d.borrow().group.is_some()) => Ok(i.clone()),
        other => Err(vm.type_error(format!(
            "descriptor '{name}' for 'BaseExceptionGroup' objects doesn't apply to a '{}' object",
            vm.type_name(other).as_str()
        ))),
    }
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
fn group_new(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    let (cls, pos) = match (recv, args.pos.split_first()) {
        (Value::Class(c), _) => (c.clone(), args.pos),
        (_, Some((Value::Class(c), rest))) => (c.clone(), rest),
        _ => {
            return Err(vm.type_error("BaseExceptionGroup.__new__(X): X is not a type object"));
        }
    };
    let [message, exceptions] = pos else {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            pos.len()
        )));
    };
    if !vm.type_of(message).is_subclass(&vm.types.str) {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            vm.type_name(message).as_str()
        )));
    }
    if !is_sequence(vm, exceptions) {
        return Err(vm.type_error("second argument (exceptions) must be a sequence"));
    }
    let items = vm.collect(exceptions)?;
    if items.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let base = vm.types.exc.base_exception.clone();
    let exception = vm.types.exc.exception.clone();
    let mut nested_base = false;
    for (i, e) in items.iter().enumerate() {
        let c = vm.type_of(e);
        if !matches!(e, Value::Instance(_)) || !c.is_subclass(&base) {
            return Err(vm.value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        nested_base |= !c.is_subclass(&exception);
    }
    let t = &vm.types.exc;
    let mut target = cls.clone();
    if Rc::ptr_eq(&cls, &t.exception_group) {
        if nested_base {
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if Rc::ptr_eq(&cls, &t.base_exception_group) {
        if !nested_base {
            target = t.exception_group.clone();
        }
    } else if nested_base && cls.is_subclass(&exception) {
        return Err(vm.type_error(format!(
            "Cannot nest BaseExceptions in '{}'",
            cls.name.as_str()
        )));
    }
    let obj = vm.new_instance(&target, pos.to_vec())?;
    if let Value::Instance(i) = &obj {
        if let Some(d) = i.exc() {
            d.borrow_mut().group = Some(GroupFields {
                message: message.clone(),
                exceptions: Rc::new(Tuple::new(items)),
            });
        }
    }
    Ok(obj)
}

/// `PySequence_Check`: has `__getitem__` and is not a mapping.
fn is_sequence(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) => true,
        Value::Dict(_) | Value::Set(_) => false,
        _ => {
            let cls = vm.type_of(v);
            !cls.is_subclass(&vm.types.dict)
                && vm.lookup_special(v, &Str::intern("__getitem__")).is_some()
        }
    }
}

/// `"msg (2 sub-exceptions)"`.
fn group_str(vm: &mut Vm, recv: &Value, _args: Args) -> RunResult<Value> {
    let exc = receiver(vm, recv, "__str__")?;
    let (message, n) = fields(&exc);
    let message = vm.to_str(&message)?;
    Ok(Value::string(format!(
        "{} ({n} sub-exception{})",
        message.as_str(),
        if n > 1 { "s" } else { "" }
    )))
}

/// `(message, number of sub-exceptions)`.
fn fields(exc: &Exc) -> (Value, usize) {
    exc.exc()
        .and_then(|d| {
            let d = d.borrow();
            d.group
                .as_ref()
                .map(|g| (g.message.clone(), g.exceptions.items.len()))
        })
        .unwrap_or((Value::str(""), 0))
}

fn group_message(vm: &mut Vm, _recv: &Value, args: Args) -> RunResult<Value> {
    let exc = receiver(vm, args.pos.first().unwrap_or(&Value::None), "message")?;
    Ok(fields(&exc).0)
}

fn group_exceptions(vm: &mut Vm, _recv: &Value, args: Args) -> RunResult<Value> {
    let v = args.pos.first().unwrap_or(&Value::None);
    receiver(vm, v, "exceptions")?;
    Ok(vm
        .group_exceptions(v)
        .map(Value::Tuple)
        .unwrap_or(Value::None))
}

/// `derive(excs)`: `BaseExceptionGroup(self.message, excs)`.
fn group_derive(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    let exc = receiver(vm, recv, "derive")?;
    let [excs] = args.pos else {
        return Err(vm.type_error(format!(
            "function takes exactly 1 argument ({} given)",
            args.pos.len()
        )));
    };
    let cls = Value::Class(vm.types.exc.base_exception_group.clone());
    let message = fields(&exc).0;
    vm.call(&cls, &[message, excs.clone()], &[])
}

fn one_matcher(vm: &Vm, name: &str, args: &Args) -> RunResult<Matcher> {
    match args.pos {
        [m] if args.kw.is_empty() => vm.group_matcher(m),
        _ if !args.kw.is_empty() => Err(vm.type_error(format!(
            "BaseExceptionGroup.{name}() takes no keyword arguments"
        ))),
        pos => Err(vm.type_error(format!("{name} expected 1 argument, got {}", pos.len()))),
    }
}

fn group_split(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    receiver(vm, recv, "split")?;
    let m = one_matcher(vm, "split", &args)?;
    let (a, b) = vm.group_split(recv, &m, true)?;
    Ok(Value::tuple(vec![
        a.unwrap_or(Value::None),
        b.unwrap_or(Value::None),
    ]))
}

fn group_subgroup(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    receiver(vm, recv, "subgroup")?;
    let m = one_matcher(vm, "subgroup", &args)?;
    let (a, _) = vm.group_split(recv, &m, false)?;
    Ok(a.unwrap_or(Value::None))
}
