//! Attributes of builtin values: the getset descriptors CPython defines on functions
//! (`Objects/funcobject.c` `func_getsetlist`), methods, builtins, modules
//! (`Objects/moduleobject.c` `module_getattro`, PEP 562 `__getattr__`), classes
//! (`type_getsets`), exceptions (`Objects/exceptions.c` `BaseException_getset` and
//! the members of `StopIteration`, `SystemExit`, `OSError`, …), generators, code
//! objects, cells, ranges, slices, numbers and the descriptor objects.

use super::attr::copy_dict;
use crate::intern;
use crate::object::descriptors::{ClassMethod, Property, StaticMethod};
use crate::object::{Class, Instance, Str, Value};
use crate::vm::generator::awaited;
use crate::vm::Vm;
use crate::RunResult;
use std::rc::Rc;

fn n_is_doc(name: &Str) -> bool {
    name.as_str() == "__doc__"
}

impl Vm {
    /// `getattr` for every value that is not an instance of a user class or a class.
    pub(crate) fn builtin_getattr(
        &mut self,
        obj: &Value,
        name: &Rc<Str>,
    ) -> RunResult<Option<Value>> {
        if let Value::Module(m) = obj {
            if let Some(v) = m.dict.get_name(name) {
                return Ok(Some(v));
            }
        }
        if let Some(v) = self.value_special_attr(obj, name)? {
            return Ok(Some(v));
        }
        let cls = self.type_of(obj);
        if let Some(d) = cls.lookup(name) {
            // CPython's types each carry a `__doc__` (None without a docstring);
            // Coil's internal types lack theirs, so `object.__doc__` must not
            // leak to their values (a method's comes from its function).
            let object_doc = n_is_doc(name)
                && !Rc::ptr_eq(&cls, &self.types.object)
                && cls.dict.get_name(name).is_none()
                && self
                    .types
                    .object
                    .dict
                    .get_name(name)
                    .is_some_and(|o| o.is(&d));
            if !object_doc {
                return self.descr_get(&d, Some(obj), &cls, name).map(Some);
            }
            if !matches!(obj, Value::BoundMethod(_)) {
                return Ok(Some(Value::None));
            }
        }
        match obj {
            Value::Function(f) => Ok(f.dict.get_name(name)),
            Value::BoundMethod(m) => {
                let f = m.func.clone();
                self.get_attr_opt(&f, name)
            }
            Value::Module(m) => match m.dict.get_name(&intern!("__getattr__")) {
                Some(hook) => self
                    .call_value(&hook, &[Value::Str(name.clone())])
                    .map(Some),
                None => Ok(None),
            },
            _ => Ok(None),
        }
    }

    /// The per-kind data attributes (`f.__name__`, `range.start`, `(1).real`, …).
    fn value_special_attr(&mut self, obj: &Value, name: &Rc<Str>) -> RunResult<Option<Value>> {
        let n = name.as_str();
        Ok(match obj {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => match n {
                "real" | "numerator" => Some(match obj {
                    Value::Bool(b) => Value::Int(*b as i64),
                    other => other.clone(),
                }),
                "imag" => Some(Value::Int(0)),
                "denominator" => Some(Value::Int(1)),
                _ => None,
            },
            Value::Float(f) => match n {
                "real" => Some(Value::Float(*f)),
                "imag" => Some(Value::Float(0.0)),
                _ => None,
            },
            Value::Complex(c) => match n {
                "real" => Some(Value::Float(c.re)),
                "imag" => Some(Value::Float(c.im)),
                _ => None,
            },
            Value::Range(r) if r.big.is_some() => {
                let b = r.big_bounds();
                let pick = match n {
                    "start" => b.start,
                    "stop" => b.stop,
                    "step" => b.step,
                    _ => return Ok(None),
                };
                Some(crate::object::int::big_value(pick))
            }
            Value::Range(r) => match n {
                "start" => Some(Value::Int(r.start)),
                "stop" => Some(Value::Int(r.stop)),
                "step" => Some(Value::Int(r.step)),
                _ => None,
            },
            Value::Slice(s) => match n {
                "start" => Some(s.start.clone()),
                "stop" => Some(s.stop.clone()),
                "step" => Some(s.step.clone()),
                _ => None,
            },
            Value::Function(f) => match n {
                "__name__" => Some(Value::Str(f.name.borrow().clone())),
                "__qualname__" => Some(Value::Str(f.qualname.borrow().clone())),
                "__module__" => Some(
                    f.dict
                        .get_name(name)
                        .unwrap_or_else(|| Value::Str(f.module.clone())),
                ),
                "__doc__" => Some(f.dict.get_name(name).unwrap_or_else(
                    || match &f.code.docstring {
                        Some(d) => Value::Str(d.clone()),
                        None => Value::None,
                    },
                )),
                "__defaults__" => Some(if f.defaults.borrow().is_empty() {
                    Value::None
                } else {
                    Value::tuple(f.defaults.borrow().clone())
                }),
                "__kwdefaults__" => Some(match &*f.kwdefaults.borrow() {
                    Some(d) => Value::Dict(d.clone()),
                    None => Value::None,
                }),
                "__code__" => Some(Value::Code(f.code.clone())),
                "__globals__" => Some(Value::Dict(f.globals.clone())),
                "__builtins__" => Some(Value::Dict(self.builtins.clone())),
                "__closure__" => Some(if f.closure.is_empty() {
                    Value::None
                } else {
                    Value::tuple(f.closure.iter().map(|c| Value::Cell(c.clone())).collect())
                }),
                "__dict__" => {
                    // `__annotations__` is a slot of its own in CPython.
                    let d = copy_dict(&f.dict);
                    d.remove_name(&Str::intern("__annotations__"));
                    Some(Value::Dict(Rc::new(d)))
                }
                // Made on first access and kept, so `f.__annotations__[k] = v` sticks.
                "__annotations__" => Some(f.dict.get_name(name).unwrap_or_else(|| {
                    let d = Value::Dict(Rc::new(crate::object::Dict::new()));
                    f.dict.set_name(name, d.clone());
                    d
                })),
                _ => None,
            },
            Value::BoundMethod(m) => match n {
                "__self__" => Some(m.receiver.clone()),
                "__func__" => Some(m.func.clone()),
                _ => None,
            },
            Value::Builtin(b) => match n {
                "__name__" => Some(Value::Str(b.name.clone())),
                "__qualname__" => Some(Value::string(super::support::qualified_builtin_name(
                    b.owner.as_deref(),
                    &b.name,
                ))),
                "__self__" => Some(b.receiver.clone().unwrap_or(Value::None)),
                "__module__" => Some(if b.owner.is_none() {
                    Value::interned("builtins")
                } else {
                    Value::None
                }),
                "__doc__" | "__text_signature__" => Some(self.builtin_doc(obj, b, n)),
                _ => None,
            },
            Value::Module(m) => match n {
                "__dict__" => Some(Value::Dict(m.dict.clone())),
                "__name__" => Some(Value::Str(m.name.clone())),
                _ => None,
            },
            Value::Generator(g) => {
                let running = g.state.get() == crate::object::GenState::Running;
                match n {
                    "__name__" => Some(Value::Str(g.name.clone())),
                    "__qualname__" => Some(Value::Str(g.qualname.clone())),
                    "gi_running" | "cr_running" => Some(Value::Bool(running)),
                    "ag_running" => Some(Value::Bool(crate::vm::async_gen::running_async(g))),
                    "gi_code" | "cr_code" | "ag_code" => Some(Value::Code(g.code.clone())),
                    "gi_frame" | "cr_frame" | "ag_frame" => Some(self.generator_frame(g)),
                    "gi_yieldfrom" | "cr_await" | "ag_await" => Some(awaited(g)),
                    "cr_origin" if g.kind == crate::object::GenKind::Coroutine => {
                        Some(crate::event_loop::debug::origin(g))
                    }
                    _ => None,
                }
            }
            Value::Code(c) => match n {
                "co_name" => Some(Value::Str(c.name.clone())),
                "co_qualname" => Some(Value::Str(c.qualname.clone())),
                "co_filename" => Some(Value::Str(c.filename.clone())),
                "co_firstlineno" => Some(Value::Int(c.first_line as i64)),
                "co_argcount" => Some(Value::Int(c.argcount as i64)),
                "co_posonlyargcount" => Some(Value::Int(c.posonlyargcount as i64)),
                "co_kwonlyargcount" => Some(Value::Int(c.kwonlyargcount as i64)),
                "co_flags" => Some(Value::Int(code_flags(c))),
                "co_varnames" => Some(Value::tuple(
                    c.varnames.iter().map(|s| Value::Str(s.clone())).collect(),
                )),
                "co_names" => Some(Value::tuple(
                    c.names.iter().map(|s| Value::Str(s.clone())).collect(),
                )),
                "co_freevars" => Some(Value::tuple(
                    c.freevars.iter().map(|s| Value::Str(s.clone())).collect(),
                )),
                "co_cellvars" => Some(Value::tuple(
                    c.cellvars.iter().map(|s| Value::Str(s.clone())).collect(),
                )),
                _ => None,
            },
            Value::Cell(c) if n == "cell_contents" => match c.value.borrow().clone() {
                Some(v) => Some(v),
                None => return Err(self.value_error("Cell is empty")),
            },
            Value::Native(nat) => {
                if let Some(p) = nat.get::<Property>() {
                    match n {
                        "fget" => Some(p.fget.clone().unwrap_or(Value::None)),
                        "fset" => Some(p.fset.clone().unwrap_or(Value::None)),
                        "fdel" => Some(p.fdel.clone().unwrap_or(Value::None)),
                        "__doc__" => Some(match (&p.doc, &p.fget) {
                            (Some(d), _) => d.clone(),
                            (None, Some(f)) => {
                                let f = f.clone();
                                self.get_attr_opt(&f, &intern!("__doc__"))?
                                    .unwrap_or(Value::None)
                            }
                            (None, None) => Value::None,
                        }),
                        "__isabstractmethod__" => Some(Value::Bool(false)),
                        _ => None,
                    }
                } else if let Some(m) = nat.get::<crate::vm::class_slots::Member>() {
                    match n {
                        "__name__" => Some(Value::Str(m.name.clone())),
                        "__doc__" => Some(Value::None),
                        _ => None,
                    }
                } else if let Some(sm) = nat.get::<StaticMethod>() {
                    match n {
                        "__func__" | "__wrapped__" => Some(sm.func.clone()),
                        _ => None,
                    }
                } else if let Some(cm) = nat.get::<ClassMethod>() {
                    match n {
                        "__func__" | "__wrapped__" => Some(cm.func.clone()),
                        _ => None,
                    }
                } else {
                    None
                }
            }
            _ => None,
        })
    }

    /// `type`'s getset descriptors: `C.__name__`, `C.__mro__`, …
    pub(crate) fn class_special_attr(&self, c: &Rc<Class>, name: &Str) -> Option<Value> {
        let classes =
            |cs: &[Rc<Class>]| Value::tuple(cs.iter().map(|c| Value::Class(c.clone())).collect());
        Some(match name.as_str() {
            "__name__" => Value::Str(c.name.clone()),
            "__qualname__" => Value::Str(c.qualname.clone()),
            "__module__" => Value::Str(c.module_name()),
            "__mro__" => {
                let mut all = vec![Value::Class(c.clone())];
                all.extend(c.mro.iter().map(|m| Value::Class(m.clone())));
                Value::tuple(all)
            }
            "__bases__" => classes(&c.bases),
            "__base__" => c
                .bases
                .first()
                .map_or(Value::None, |b| Value::Class(b.clone())),
            "__dict__" => self.class_dict_proxy(c),
            "__weakref__" if c.dict.get_str("__weakref__").is_none() => {
                return self.weakref_descriptor(c)
            }
            "__doc__" => c.dict.get_name(&intern!("__doc__")).unwrap_or(Value::None),
            "__class__" => Value::Class(
                c.metaclass
                    .clone()
                    .unwrap_or_else(|| self.types.type_.clone()),
            ),
            _ => return None,
        })
    }

    /// `BaseException`'s data descriptors, which win over the instance dict.
    pub(crate) fn exception_data_attr(&self, inst: &Instance, name: &Str) -> Option<Value> {
        let data = inst.exc()?.borrow();
        Some(match name.as_str() {
            "args" => Value::tuple(data.args.clone()),
            "__cause__" => data.cause.clone().unwrap_or(Value::None),
            "__context__" => data.context.clone().unwrap_or(Value::None),
            "__suppress_context__" => Value::Bool(data.suppress_context),
            "__traceback__" => self.traceback_object(&data.traceback),
            _ => return None,
        })
    }

    /// Members of exception subclasses (`StopIteration.value`, `SystemExit.code`, …)
    /// that were not assigned explicitly: derived from `args` as CPython's `__init__`s do.
    pub(crate) fn exception_default_attr(
        &self,
        inst: &Instance,
        cls: &Rc<Class>,
        name: &Str,
    ) -> Option<Value> {
        let data = inst.exc()?.borrow();
        let args = &data.args;
        let first = || args.first().cloned().unwrap_or(Value::None);
        let e = &self.types.exc;
        let is = |c: &Rc<Class>| cls.is_subclass(c);
        match name.as_str() {
            "value" if is(&e.stop_iteration) || is(&e.stop_async_iteration) => Some(first()),
            "code" if is(&e.system_exit) => Some(match args.len() {
                0 => Value::None,
                1 => args[0].clone(),
                _ => Value::tuple(args.clone()),
            }),
            "msg" if is(&e.import_error) || is(&e.syntax_error) => Some(first()),
            "name" | "path" if is(&e.import_error) => Some(Value::None),
            "name" if is(&e.name_error) || is(&e.attribute_error) => Some(Value::None),
            "obj" if is(&e.attribute_error) => Some(Value::None),
            "errno" | "strerror" if is(&e.os_error) => Some(if (2..=5).contains(&args.len()) {
                args[if name.as_str() == "errno" { 0 } else { 1 }].clone()
            } else {
                Value::None
            }),
            "filename" if is(&e.os_error) => Some(if (3..=5).contains(&args.len()) {
                args[2].clone()
            } else {
                Value::None
            }),
            "filename2" if is(&e.os_error) => Some(if args.len() == 5 {
                args[4].clone()
            } else {
                Value::None
            }),
            "filename" | "lineno" | "offset" | "text" | "end_lineno" | "end_offset"
                if is(&e.syntax_error) =>
            {
                Some(syntax_error_field(args, name.as_str()).unwrap_or(Value::None))
            }
            // A member CPython keeps for the old traceback printer; always None.
            "print_file_and_line" if is(&e.syntax_error) => Some(Value::None),
            _ => None,
        }
    }

    /// Assignment to `BaseException`'s data descriptors; false if `name` is not one.
    pub(crate) fn exception_set_attr(
        &mut self,
        inst: &Instance,
        name: &Str,
        value: &Option<Value>,
    ) -> RunResult<bool> {
        let field = name.as_str();
        if !matches!(
            field,
            "args" | "__cause__" | "__context__" | "__suppress_context__" | "__traceback__"
        ) {
            return Ok(false);
        }
        let Some(value) = value else {
            return Err(self.type_error(format!("{field} may not be deleted")));
        };
        let exc_cell = inst.exc().expect("caller checked the payload");
        match field {
            "args" => {
                let items = self.collect(value)?;
                exc_cell.borrow_mut().args = items;
            }
            "__cause__" | "__context__" => {
                let v = match value {
                    Value::None => None,
                    Value::Instance(i) if i.exc().is_some() => Some(value.clone()),
                    _ => {
                        let what = if field == "__cause__" {
                            "cause"
                        } else {
                            "context"
                        };
                        return Err(self.type_error(format!(
                            "exception {what} must be None or derive from BaseException"
                        )));
                    }
                };
                let mut data = exc_cell.borrow_mut();
                if field == "__cause__" {
                    data.cause = v;
                    data.suppress_context = true;
                } else {
                    data.context = v;
                }
            }
            "__suppress_context__" => {
                let b = self.truthy(value)?;
                exc_cell.borrow_mut().suppress_context = b;
            }
            _ => {
                let entries = match value {
                    Value::None => Vec::new(),
                    v => match crate::vm::frame_object::traceback_entries(v) {
                        Some(entries) => entries,
                        None => {
                            return Err(self.type_error("__traceback__ must be a traceback or None"))
                        }
                    },
                };
                exc_cell.borrow_mut().traceback = entries.into();
            }
        }
        Ok(true)
    }

    /// `setattr`/`delattr` on values that are not user instances or classes.
    pub(crate) fn builtin_setattr(
        &mut self,
        obj: &Value,
        name: &Rc<Str>,
        value: Option<Value>,
    ) -> RunResult<()> {
        match obj {
            Value::Function(f) => {
                match (name.as_str(), value) {
                    ("__name__" | "__qualname__", Some(Value::Str(s))) => {
                        let slot = if name.as_str() == "__name__" {
                            &f.name
                        } else {
                            &f.qualname
                        };
                        *slot.borrow_mut() = s;
                    }
                    ("__name__" | "__qualname__", _) => {
                        return Err(self.type_error(format!(
                            "{} must be set to a string object",
                            name.as_str()
                        )));
                    }
                    ("__code__", Some(Value::Code(_))) => {
                        return Err(self.new_error(
                            &self.types.exc.not_implemented_error,
                            "assigning a code object to __code__ is not supported by Coil",
                        ));
                    }
                    ("__code__", _) => {
                        return Err(self.type_error("__code__ must be set to a code object"));
                    }
                    // `func_set_defaults`/`func_set_kwdefaults`: None or delete
                    // clears them; calls read them at call time.
                    ("__defaults__", v) => {
                        let items = match v {
                            None | Some(Value::None) => Vec::new(),
                            Some(Value::Tuple(t)) => t.items.to_vec(),
                            Some(_) => {
                                return Err(
                                    self.type_error("__defaults__ must be set to a tuple object")
                                )
                            }
                        };
                        let old = std::mem::replace(&mut *f.defaults.borrow_mut(), items);
                        drop(old);
                    }
                    ("__kwdefaults__", v) => {
                        let d = match v {
                            None | Some(Value::None) => None,
                            Some(Value::Dict(d)) => Some(d),
                            Some(_) => {
                                return Err(
                                    self.type_error("__kwdefaults__ must be set to a dict object")
                                )
                            }
                        };
                        let old = std::mem::replace(&mut *f.kwdefaults.borrow_mut(), d);
                        drop(old);
                    }
                    (_, Some(v)) => f.dict.set_name(name, v),
                    (_, None) => {
                        if f.dict.remove_name(name).is_none() {
                            return Err(self.no_attribute(obj, name));
                        }
                    }
                }
                Ok(())
            }
            Value::Module(m) => match value {
                Some(v) => {
                    m.dict.set_name(name, v);
                    Ok(())
                }
                None => match m.dict.remove_name(name) {
                    Some(_) => Ok(()),
                    None => Err(self.no_attribute(obj, name)),
                },
            },
            _ => {
                if let Value::Native(n) = obj {
                    if let (Some(p), "__doc__") = (n.get::<Property>(), name.as_str()) {
                        let _ = p;
                        return Err(self.attribute_error("readonly attribute"));
                    }
                }
                if matches!(obj, Value::Complex(_)) && matches!(name.as_str(), "real" | "imag") {
                    // complex's parts are READONLY member descriptors.
                    return Err(self.attribute_error("readonly attribute"));
                }
                let cls = self.type_of(obj);
                let descr = cls.lookup(name);
                // A data descriptor in the class (a `property` a library part puts
                // on a native type, e.g. `loop.slow_callback_duration`) sets the
                // attribute, as `PyObject_GenericSetAttr` would.
                if let (Some(Value::Native(d)), Some(v)) = (&descr, &value) {
                    if let Some(set) = d.get::<Property>().and_then(|p| p.fset.clone()) {
                        self.call(&set, &[obj.clone(), v.clone()], &[])?;
                        return Ok(());
                    }
                }
                if name.as_str() == "__class__" && value.is_some() {
                    // `object_set_class` on a builtin value (golden
                    // classes/class_assignment_builtin.py).
                    Err(self.type_error(
                        "__class__ assignment only supported for mutable types or ModuleType subclasses",
                    ))
                } else if descr.is_some() {
                    Err(self.attribute_error(format!(
                        "'{}' object attribute '{}' is read-only",
                        self.type_name(obj).as_str(),
                        name.as_str()
                    )))
                } else {
                    Err(self.no_attribute(obj, name))
                }
            }
        }
    }
}

impl Vm {
    /// CPython's documentation text of a builtin (`doc_hook`): a method by its
    /// type's name, a function only if it is the one in `builtins` (other
    /// modules' functions have no entry in the table).
    fn builtin_doc(&self, v: &Value, b: &crate::object::Builtin, attr: &str) -> Value {
        let Some(hook) = self.doc_hook else {
            return Value::None;
        };
        let owner = match &b.owner {
            Some(o) => o.as_str(),
            None if self.builtins.get_name(&b.name).is_some_and(|x| x.is(v)) => "",
            None => return Value::None,
        };
        hook(owner, b.name.as_str(), attr).map_or(Value::None, Value::str)
    }
}

/// `co_flags` with CPython's bits (`Include/cpython/code.h`): OPTIMIZED and
/// NEWLOCALS for function bodies, VARARGS 0x4, VARKEYWORDS 0x8, NESTED 0x10,
/// GENERATOR 0x20, COROUTINE 0x80, ASYNC_GENERATOR 0x200.
fn code_flags(c: &crate::bytecode::CodeObject) -> i64 {
    let f = &c.flags;
    let mut bits = 0;
    if !f.has_namespace {
        bits |= 0x1 | 0x2;
    }
    if f.varargs {
        bits |= 0x4;
    }
    if f.varkeywords {
        bits |= 0x8;
    }
    if c.qualname.as_str().contains("<locals>") {
        bits |= 0x10;
    }
    if f.generator {
        bits |= 0x20;
    }
    if f.coroutine {
        bits |= 0x80;
    }
    if f.async_generator {
        bits |= 0x200;
    }
    bits
}

/// A SyntaxError field given as `SyntaxError(msg, (filename, lineno, offset,
/// text[, end_lineno, end_offset]))` (`SyntaxError_init` unpacks the tuple).
pub(crate) fn syntax_error_field(args: &[Value], name: &str) -> Option<Value> {
    let index = [
        "filename",
        "lineno",
        "offset",
        "text",
        "end_lineno",
        "end_offset",
    ]
    .iter()
    .position(|n| *n == name)?;
    match args {
        [_, Value::Tuple(t)] if (4..=6).contains(&t.items.len()) => t.items.get(index).cloned(),
        _ => None,
    }
}
