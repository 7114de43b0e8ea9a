//! `repr()` and `str()` of every value: builtin reprs as CPython prints them (including
//! `[...]` for recursive containers), `__repr__`/`__str__` on instances, default
//! `<__main__.C object at 0x…>`, exception reprs and strs (`Objects/object.c`
//! `PyObject_Repr`/`PyObject_Str`, `Objects/exceptions.c` `BaseException_repr`/`_str`,
//! `KeyError_str`, `OSError_str`).

use crate::intern;
use crate::object::complex::complex_repr;
use crate::object::descriptors::{ClassMethod, Property, StaticMethod};
use crate::object::float::float_repr;
use crate::object::iterators::{DictView, ViewKind};
use crate::object::{Instance, Str, Value};
use crate::vm::super_::SuperData;
use crate::vm::Vm;
use crate::RunResult;
use std::fmt::Write;
use std::rc::Rc;

impl Vm {
    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> RunResult<Rc<Str>> {
        match v {
            Value::Str(s) => {
                let mut out = String::new();
                self.alloc(crate::object::str::str_repr_into(s.as_str(), &mut out))?;
                Ok(Rc::new(Str::from_string(out)))
            }
            Value::Class(c) if c.metaclass.is_some() => {
                match self.call_meta_special(v, &intern!("__repr__"), &[])? {
                    Some(Value::Str(s)) => Ok(s),
                    Some(other) => Err(self.type_error(format!(
                        "__repr__ returned non-string (type {})",
                        self.type_name(&other).as_str()
                    ))),
                    None => Ok(Rc::new(Str::from_string(format!(
                        "<class '{}'>",
                        c.full_name()
                    )))),
                }
            }
            Value::Instance(_) | Value::Native(_) => {
                if let Some(f) = self.lookup_special(v, &intern!("__repr__")) {
                    if !Vm::is_builtin_fn(&f, super::base_methods::object_repr) {
                        let r =
                            self.call_unbound_checked(&f, v, &[], crate::vm::recursion::REPR)?;
                        return match r {
                            Value::Str(s) => Ok(s),
                            other => Err(self.type_error(format!(
                                "__repr__ returned non-string (type {})",
                                self.type_name(&other).as_str()
                            ))),
                        };
                    }
                }
                let mut out = String::new();
                self.repr_into(v, &mut out)?;
                Ok(Rc::new(Str::from_string(out)))
            }
            _ => {
                let mut out = String::new();
                self.repr_into(v, &mut out)?;
                Ok(Rc::new(Str::from_string(out)))
            }
        }
    }

    /// `str(v)`.
    pub fn to_str(&mut self, v: &Value) -> RunResult<Rc<Str>> {
        match v {
            Value::Str(s) => Ok(s.clone()),
            Value::Int(i) => Ok(Rc::new(Str::from_i64(*i))),
            Value::Float(f) => Ok(Rc::new(Str::from_string(float_repr(*f)))),
            Value::Complex(c) => Ok(Rc::new(Str::from_string(complex_repr(**c)))),
            Value::Class(c) if c.metaclass.is_some() => {
                match self.call_meta_special(v, &intern!("__str__"), &[])? {
                    Some(Value::Str(s)) => Ok(s),
                    Some(other) => Err(self.type_error(format!(
                        "__str__ returned non-string (type {})",
                        self.type_name(&other).as_str()
                    ))),
                    None => self.repr(v),
                }
            }
            Value::Instance(_) | Value::Native(_) => {
                if let Some(f) = self.lookup_special(v, &intern!("__str__")) {
                    if !Vm::is_builtin_fn(&f, super::base_methods::object_str) {
                        let r = self.call_unbound_checked(&f, v, &[], crate::vm::recursion::STR)?;
                        return match r {
                            Value::Str(s) => Ok(s),
                            other => Err(self.type_error(format!(
                                "__str__ returned non-string (type {})",
                                self.type_name(&other).as_str()
                            ))),
                        };
                    }
                }
                // `PyObject_Str`'s check, then `object.__str__` calls `PyObject_Repr`.
                self.with_recursion_level(crate::vm::recursion::STR, |vm| vm.repr(v))
            }
            _ => self.repr(v),
        }
    }

    /// Appends `repr(v)` to `out`; containers recurse here without building
    /// intermediate strings.
    fn repr_into(&mut self, v: &Value, out: &mut String) -> RunResult<()> {
        match v {
            Value::None => out.push_str("None"),
            Value::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
            Value::Int(i) => {
                let _ = write!(out, "{i}");
            }
            Value::BigInt(b) => {
                let s = b.to_string();
                if crate::object::int::exceeds_str_digits(s.trim_start_matches('-').len()) {
                    let limit = crate::object::int::max_str_digits();
                    return Err(self.value_error(format!(
                        "Exceeds the limit ({limit} digits) for integer string conversion; \
                         use sys.set_int_max_str_digits() to increase the limit"
                    )));
                }
                out.push_str(&s);
            }
            Value::Float(f) => out.push_str(&float_repr(*f)),
            Value::Complex(c) => out.push_str(&complex_repr(**c)),
            Value::Str(s) => self.alloc(crate::object::str::str_repr_into(s.as_str(), out))?,
            Value::Bytes(b) => {
                self.alloc(crate::object::bytes::bytes_repr_into(b.as_bytes(), out))?
            }
            Value::Ellipsis => out.push_str("Ellipsis"),
            Value::NotImplemented => out.push_str("NotImplemented"),
            Value::Tuple(t) => {
                if t.items.is_empty() {
                    out.push_str("()");
                    return Ok(());
                }
                let Some(_guard) = self.repr_enter(v, out, "(...)")? else {
                    return Ok(());
                };
                out.push('(');
                let r = self.repr_items(t.items.iter().cloned(), t.items.len(), out);
                self.repr_leave();
                r?;
                if t.items.len() == 1 {
                    out.push(',');
                }
                out.push(')');
            }
            Value::List(l) => {
                if l.items.borrow().is_empty() {
                    out.push_str("[]");
                    return Ok(());
                }
                let Some(_guard) = self.repr_enter(v, out, "[...]")? else {
                    return Ok(());
                };
                out.push('[');
                let r = self.repr_list_items(l, out);
                self.repr_leave();
                r?;
                out.push(']');
            }
            Value::Dict(d) => {
                if d.is_empty() {
                    out.push_str("{}");
                    return Ok(());
                }
                let Some(_guard) = self.repr_enter(v, out, "{...}")? else {
                    return Ok(());
                };
                out.push('{');
                let r = self.repr_dict_items(d, out);
                self.repr_leave();
                r?;
                out.push('}');
            }
            Value::Set(s) => {
                let name = if s.frozen { "frozenset" } else { "set" };
                let items = super::iter::set_items_in_order(s);
                if items.is_empty() {
                    let _ = write!(out, "{name}()");
                    return Ok(());
                }
                let Some(_guard) = self.repr_enter(v, out, &format!("{name}(...)"))? else {
                    return Ok(());
                };
                if s.frozen {
                    out.push_str("frozenset(");
                }
                out.push('{');
                let n = items.len();
                let r = self.repr_items(items.into_iter(), n, out);
                self.repr_leave();
                r?;
                out.push('}');
                if s.frozen {
                    out.push(')');
                }
            }
            Value::Range(r) if r.big.is_some() => {
                let b = r.big_bounds();
                if b.step == 1.into() {
                    let _ = write!(out, "range({}, {})", b.start, b.stop);
                } else {
                    let _ = write!(out, "range({}, {}, {})", b.start, b.stop, b.step);
                }
            }
            Value::Range(r) => {
                if r.step == 1 {
                    let _ = write!(out, "range({}, {})", r.start, r.stop);
                } else {
                    let _ = write!(out, "range({}, {}, {})", r.start, r.stop, r.step);
                }
            }
            Value::Slice(s) => {
                out.push_str("slice(");
                self.repr_into(&s.start, out)?;
                out.push_str(", ");
                self.repr_into(&s.stop, out)?;
                out.push_str(", ");
                self.repr_into(&s.step, out)?;
                out.push(')');
            }
            Value::Function(f) => {
                let _ = write!(
                    out,
                    "<function {} at {}>",
                    f.qualname.borrow().as_str(),
                    addr(v)
                );
            }
            Value::BoundMethod(m) => {
                let func = m.func.clone();
                let name = match self.get_attr_opt(&func, &intern!("__qualname__")) {
                    Ok(Some(Value::Str(s))) => s.as_str().to_string(),
                    _ => "?".to_string(),
                };
                let recv = m.receiver.clone();
                let r = self.repr(&recv)?;
                let _ = write!(out, "<bound method {name} of {}>", r.as_str());
            }
            Value::Builtin(b) => match (&b.receiver, &b.owner) {
                (Some(Value::Module(_)) | None, _) if !b.is_method => {
                    let _ = write!(out, "<built-in function {}>", b.name.as_str());
                }
                (Some(r), _) => {
                    let _ = write!(
                        out,
                        "<built-in method {} of {} object at {}>",
                        b.name.as_str(),
                        self.type_name(r).as_str(),
                        addr(r)
                    );
                }
                (None, Some(owner)) => {
                    let _ = write!(
                        out,
                        "<method '{}' of '{}' objects>",
                        b.name.as_str(),
                        owner.as_str()
                    );
                }
                (None, None) => {
                    let _ = write!(out, "<built-in function {}>", b.name.as_str());
                }
            },
            Value::Class(c) if c.metaclass.is_some() => out.push_str(self.repr(v)?.as_str()),
            Value::Class(c) => {
                let _ = write!(out, "<class '{}'>", c.full_name());
            }
            Value::Module(m) => match m.dict.get_name(&intern!("__file__")) {
                Some(Value::Str(f)) => {
                    let _ = write!(out, "<module '{}' from '{}'>", m.name.as_str(), f.as_str());
                }
                // Made by `types.ModuleType(name)`: no spec, so no origin shown.
                _ if matches!(m.dict.get_name(&intern!("__spec__")), Some(Value::None)) => {
                    let _ = write!(out, "<module '{}'>", m.name.as_str());
                }
                _ => {
                    let _ = write!(out, "<module '{}' (built-in)>", m.name.as_str());
                }
            },
            Value::Code(c) => {
                let _ = write!(
                    out,
                    "<code object {} at {}, file \"{}\", line {}>",
                    c.name.as_str(),
                    addr(v),
                    c.filename.as_str(),
                    c.first_line
                );
            }
            Value::Cell(c) => match c.value.borrow().as_ref() {
                Some(x) => {
                    let _ = write!(
                        out,
                        "<cell at {}: {} object at {}>",
                        addr(v),
                        self.type_name(x).as_str(),
                        addr(x)
                    );
                }
                None => {
                    let _ = write!(out, "<cell at {}: empty>", addr(v));
                }
            },
            Value::Generator(g) => {
                let kind = self.type_of(v).name.clone();
                let _ = write!(
                    out,
                    "<{} object {} at {}>",
                    kind.as_str(),
                    g.qualname.as_str(),
                    addr(v)
                );
            }
            Value::Instance(i) => {
                if i.exc().is_some() {
                    let s = self.exception_repr(i)?;
                    out.push_str(&s);
                } else {
                    self.default_repr(v, out);
                }
            }
            Value::Native(n) => {
                if let Some(m) = n.get::<crate::vm::class_slots::Member>() {
                    out.push_str(&crate::vm::class_slots::member_repr(m));
                } else if n.get::<Property>().is_some() {
                    let _ = write!(out, "<property object at {}>", addr(v));
                } else if let Some(sm) = n.get::<StaticMethod>() {
                    let f = sm.func.clone();
                    let r = self.repr(&f)?;
                    let _ = write!(out, "<staticmethod({})>", r.as_str());
                } else if let Some(cm) = n.get::<ClassMethod>() {
                    let f = cm.func.clone();
                    let r = self.repr(&f)?;
                    let _ = write!(out, "<classmethod({})>", r.as_str());
                } else if let Some(s) = n.get::<SuperData>() {
                    let _ = write!(
                        out,
                        "<super: <class '{}'>, <{} object>>",
                        s.this_class.name.as_str(),
                        s.obj_type.name.as_str()
                    );
                } else if let Some(view) = n.get::<DictView>() {
                    let (dict, kind) = (view.dict.clone(), view.kind);
                    let Some(_guard) = self.repr_enter(v, out, "...")? else {
                        return Ok(());
                    };
                    let r = self.repr_view(&dict, kind, &n.class.name, out);
                    self.repr_leave();
                    r?;
                } else {
                    self.default_repr(v, out);
                }
            }
        }
        Ok(())
    }

    /// `<module.Class object at 0x…>`.
    fn default_repr(&self, v: &Value, out: &mut String) {
        let cls = self.type_of(v);
        let _ = write!(out, "<{} object at {}>", cls.full_name(), addr(v));
    }

    /// Marks `v` as being repr'd; `None` (after writing `cycle`) if it already is.
    /// Nesting counts towards the recursion limit, as CPython's `Py_EnterRecursiveCall`.
    fn repr_enter(&mut self, v: &Value, out: &mut String, cycle: &str) -> RunResult<Option<()>> {
        let id = v.ptr_id().unwrap_or(0);
        if self.repr_stack.contains(&id) {
            out.push_str(cycle);
            return Ok(None);
        }
        if self.repr_stack.len() + self.frames.len() >= self.recursion_limit {
            return Err(self.recursion_error(
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        self.repr_stack.push(id);
        Ok(Some(()))
    }

    fn repr_leave(&mut self) {
        self.repr_stack.pop();
    }

    fn repr_items(
        &mut self,
        items: impl Iterator<Item = Value>,
        n: usize,
        out: &mut String,
    ) -> RunResult<()> {
        for (i, x) in items.enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            self.repr_item(&x, out)?;
        }
        let _ = n;
        Ok(())
    }

    /// One element of a container: builtin values recurse in place, instances
    /// go through their `__repr__`.
    /// The text grows fallibly here, so the repr of a huge container is
    /// MemoryError rather than an abort (an item's own text is short or
    /// reserves for itself).
    fn repr_item(&mut self, x: &Value, out: &mut String) -> RunResult<()> {
        self.alloc(crate::object::alloc::reserve(out, 64))?;
        match x {
            Value::Instance(_) | Value::Native(_) => {
                let s = self.repr(x)?;
                self.alloc(crate::object::alloc::reserve(out, s.as_str().len()))?;
                out.push_str(s.as_str());
                Ok(())
            }
            Value::Class(c) if c.metaclass.is_some() => {
                let s = self.repr(x)?;
                self.alloc(crate::object::alloc::reserve(out, s.as_str().len()))?;
                out.push_str(s.as_str());
                Ok(())
            }
            _ => self.repr_into(x, out),
        }
    }

    /// List items by index, so a `__repr__` that mutates the list cannot hit a borrow.
    fn repr_list_items(&mut self, l: &crate::object::List, out: &mut String) -> RunResult<()> {
        let mut i = 0;
        loop {
            let x = match l.items.borrow().get(i) {
                Some(x) => x.clone(),
                None => return Ok(()),
            };
            if i > 0 {
                out.push_str(", ");
            }
            self.repr_item(&x, out)?;
            i += 1;
        }
    }

    fn repr_dict_items(&mut self, d: &crate::object::Dict, out: &mut String) -> RunResult<()> {
        // By position, as `PyDict_Next`: a repr that mutates the dict sees it live.
        let (mut pos, mut first) = (0, true);
        loop {
            let (k, v) = {
                let map = d.map.borrow();
                let Some(p) = map.next_live(pos) else {
                    return Ok(());
                };
                pos = p + 1;
                match map.slot(p) {
                    Some((k, v)) => (k.value.clone(), v.clone()),
                    None => return Ok(()),
                }
            };
            if !first {
                out.push_str(", ");
            }
            first = false;
            self.repr_item(&k, out)?;
            out.push_str(": ");
            self.repr_item(&v, out)?;
        }
    }

    /// `dict_keys(['a', 'b'])`, `dict_items([('a', 1)])`.
    fn repr_view(
        &mut self,
        d: &crate::object::Dict,
        kind: ViewKind,
        name: &Str,
        out: &mut String,
    ) -> RunResult<()> {
        out.push_str(name.as_str());
        out.push_str("([");
        let (mut pos, mut first) = (0, true);
        loop {
            let (k, v) = {
                let map = d.map.borrow();
                let Some(p) = map.next_live(pos) else {
                    break;
                };
                pos = p + 1;
                match map.slot(p) {
                    Some((k, v)) => (k.value.clone(), v.clone()),
                    None => break,
                }
            };
            if !first {
                out.push_str(", ");
            }
            first = false;
            match kind {
                ViewKind::Keys => self.repr_item(&k, out)?,
                ViewKind::Values => self.repr_item(&v, out)?,
                ViewKind::Items => {
                    out.push('(');
                    self.repr_item(&k, out)?;
                    out.push_str(", ");
                    self.repr_item(&v, out)?;
                    out.push(')');
                }
            }
        }
        out.push_str("])");
        Ok(())
    }

    /// `BaseException.__repr__`: `ValueError('x')`, `ValueError(1, 2)`, `ValueError()`.
    pub fn exception_repr(&mut self, inst: &Instance) -> RunResult<String> {
        let name = inst.class().name.clone();
        let args = match inst.exc() {
            Some(e) => e.borrow().args.clone(),
            None => Vec::new(),
        };
        let mut out = String::new();
        out.push_str(name.as_str());
        if args.len() == 1 {
            out.push('(');
            self.repr_item(&args[0], &mut out)?;
            out.push(')');
        } else {
            let t = Value::tuple(args);
            self.repr_into(&t, &mut out)?;
        }
        Ok(out)
    }

    /// `BaseException.__str__` (with KeyError's and OSError's special cases).
    pub fn exception_str(&mut self, inst: &Instance) -> RunResult<Rc<Str>> {
        let args = match inst.exc() {
            Some(e) => e.borrow().args.clone(),
            None => Vec::new(),
        };
        let cls = inst.class();
        let e = &self.types.exc;
        if cls.is_subclass(&e.key_error) && args.len() == 1 {
            return self.repr(&args[0]);
        }
        if cls.is_subclass(&e.os_error) {
            // `OSError_str`: the filename(s) set by `__init__` or assignment.
            // Exceptions built natively with all five arguments keep them in `args`.
            let filename = inst
                .dict
                .get_str("filename")
                .or_else(|| args.get(2).cloned())
                .filter(|f| !f.is_none() && (2..=5).contains(&args.len()));
            let filename2 = inst
                .dict
                .get_str("filename2")
                .or_else(|| args.get(4).cloned())
                .filter(|f| !f.is_none());
            let errno = inst.dict.get_str("errno").or_else(|| args.first().cloned());
            let strerror = inst
                .dict
                .get_str("strerror")
                .or_else(|| args.get(1).cloned());
            if let (Some(errno), Some(strerror)) = (errno, strerror) {
                if (2..=5).contains(&args.len()) || filename.is_some() {
                    let errno = self.to_str(&errno)?;
                    let strerror = self.to_str(&strerror)?;
                    let mut text = format!("[Errno {}] {}", errno.as_str(), strerror.as_str());
                    if let Some(f) = filename {
                        text.push_str(": ");
                        text.push_str(self.repr(&f)?.as_str());
                        if let Some(f2) = filename2 {
                            text.push_str(" -> ");
                            text.push_str(self.repr(&f2)?.as_str());
                        }
                    }
                    return Ok(Rc::new(Str::from_string(text)));
                }
            }
        }
        if cls.is_subclass(&e.syntax_error) {
            return self.syntax_error_str(inst, &args);
        }
        match args.len() {
            0 => Ok(Str::intern("")),
            1 => self.to_str(&args[0]),
            _ => self.repr(&Value::tuple(args)),
        }
    }

    /// `SyntaxError_str`: the message, then the file's base name and the line
    /// when they are known (`invalid syntax (<string>, line 1)`).
    fn syntax_error_str(&mut self, inst: &Instance, args: &[Value]) -> RunResult<Rc<Str>> {
        let field = |name: &str| {
            inst.dict
                .get_str(name)
                .or_else(|| super::attr_builtin::syntax_error_field(args, name))
                .unwrap_or(Value::None)
        };
        let msg = inst
            .dict
            .get_str("msg")
            .or_else(|| args.first().cloned())
            .unwrap_or(Value::None);
        let msg = self.to_str(&msg)?;
        let filename = match field("filename") {
            Value::Str(f) => Some(f.as_str().rsplit('/').next().unwrap_or("").to_string()),
            _ => None,
        };
        let lineno = match field("lineno") {
            Value::Int(n) => Some(n),
            _ => None,
        };
        let text = match (filename, lineno) {
            (None, None) => return Ok(msg),
            (Some(f), Some(n)) => format!("{} ({f}, line {n})", msg.as_str()),
            (Some(f), None) => format!("{} ({f})", msg.as_str()),
            (None, Some(n)) => format!("{} (line {n})", msg.as_str()),
        };
        Ok(Rc::new(Str::from_string(text)))
    }
}

/// The address CPython prints in default reprs (`0x7f…`).
pub fn addr(v: &Value) -> String {
    format!("{:#x}", v.ptr_id().unwrap_or(0))
}
