//! The instructions that are not hot enough to sit in the dispatch loop itself:
//! names and cells, displays, unpacking, f-string pieces, function creation,
//! `with`, awaitables, imports. Each operates on the top frame only and never
//! pushes a frame (calls made here nest, as CPython 3.11's do for `__exit__`).

use super::unwind::Unwinding;
use super::Vm;
use crate::bytecode::{CodeObject, Instr};
use crate::object::{Cell, Dict, Function, GenKind, Slice, Str, Value};
use crate::RunResult;
use coil_parser::ast::UnaryOp;
use std::cell::RefCell;
use std::rc::Rc;

impl Vm {
    fn peek(&mut self, n: usize) -> Value {
        let s = &self.values;
        s[s.len() - n].clone().unwrap_or(Value::None)
    }

    fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let start = self.values.len() - n;
        self.values
            .drain(start..)
            .map(|v| v.unwrap_or(Value::None))
            .collect()
    }

    /// Runs one of the rarer instructions with the frame state saved; a generator
    /// it freed (`del g`, `g = None` at module level) is finalised right after it,
    /// so reports name this instruction's line (`vm/finalize.rs`).
    pub(crate) fn exec_misc(
        &mut self,
        instr: Instr,
        code: &Rc<CodeObject>,
    ) -> Result<(), Unwinding> {
        let r = self.exec_misc_instr(instr, code);
        if super::finalize::pending() {
            self.run_finalizers();
        }
        r
    }

    fn exec_misc_instr(&mut self, instr: Instr, code: &Rc<CodeObject>) -> Result<(), Unwinding> {
        match instr {
            Instr::LoadDeref(i) => {
                let cell = self.top_frame().cells()[i as usize].clone();
                let v = cell.value.borrow().clone();
                match v {
                    Some(v) => self.push(v),
                    None => return Err(self.unbound_deref(code, i as usize).into()),
                }
            }
            Instr::StoreDeref(i) => {
                let v = self.pop();
                let cell = self.top_frame().cells()[i as usize].clone();
                *cell.value.borrow_mut() = Some(v);
            }
            Instr::DeleteDeref(i) => {
                let cell = self.top_frame().cells()[i as usize].clone();
                if cell.value.borrow_mut().take().is_none() {
                    return Err(self.unbound_deref(code, i as usize).into());
                }
            }
            Instr::LoadClassDeref(i) => {
                let ncell = code.cellvars.len();
                let name = code.freevars[(i as usize).saturating_sub(ncell)].clone();
                let ns = self.top_frame().namespace.clone();
                if let Some(v) = ns.and_then(|ns| ns.get_name(&name)) {
                    self.push(v);
                } else {
                    let cell = self.top_frame().cells()[i as usize].clone();
                    let v = cell.value.borrow().clone();
                    match v {
                        Some(v) => self.push(v),
                        None => return Err(self.unbound_deref(code, i as usize).into()),
                    }
                }
            }
            Instr::LoadClosure(i) => {
                let cell = self.top_frame().cells()[i as usize].clone();
                self.push(Value::Cell(cell));
            }
            Instr::DeleteFast(i) => {
                let slot = self.top_frame().base as usize + i as usize;
                if self.values[slot].take().is_none() {
                    return Err(self.unbound_local(&code.varnames[i as usize]).into());
                }
            }
            Instr::LoadName(i) => {
                let name = &code.names[i as usize];
                let f = self.top_frame();
                let found = f
                    .namespace
                    .as_ref()
                    .and_then(|ns| ns.get_name(name))
                    .or_else(|| f.globals().get_name(name));
                let v = match found.or_else(|| self.builtins.get_name(name)) {
                    Some(v) => v,
                    None => return Err(self.name_not_defined(name).into()),
                };
                self.push(v);
            }
            Instr::StoreName(i) => {
                let v = self.pop();
                let f = self.top_frame();
                let ns = f.namespace.clone().unwrap_or_else(|| f.globals().clone());
                if let Some(obj) = self.custom_namespace(&ns) {
                    let key = Value::Str(code.names[i as usize].clone());
                    return self.set_item(&obj, &key, v).map_err(Into::into);
                }
                ns.set_name(&code.names[i as usize], v);
            }
            Instr::DeleteName(i) => {
                let name = &code.names[i as usize];
                let f = self.top_frame();
                let ns = f.namespace.clone().unwrap_or_else(|| f.globals().clone());
                if let Some(obj) = self.custom_namespace(&ns) {
                    let key = Value::Str(name.clone());
                    return self.del_item(&obj, &key).map_err(Into::into);
                }
                if ns.remove_name(name).is_none() {
                    return Err(self.name_not_defined(name).into());
                }
            }
            Instr::StoreGlobal(i) => {
                let v = self.pop();
                let g = self.top_frame().globals().clone();
                g.set_name(&code.names[i as usize], v);
            }
            Instr::DeleteGlobal(i) => {
                let name = &code.names[i as usize];
                let g = self.top_frame().globals().clone();
                if g.remove_name(name).is_none() {
                    return Err(self.name_not_defined(name).into());
                }
            }
            Instr::DeleteAttr(i) => {
                let obj = self.pop();
                self.del_attr(&obj, &code.names[i as usize])?;
            }
            Instr::DeleteSubscr => {
                let key = self.pop();
                let obj = self.pop();
                self.del_item(&obj, &key)?;
            }
            Instr::UnaryPositive => {
                let v = self.pop();
                let r = self.unary_op(&v, UnaryOp::UAdd)?;
                self.push(r);
            }
            Instr::UnaryInvert => {
                let v = self.pop();
                let r = self.unary_op(&v, UnaryOp::Invert)?;
                self.push(r);
            }
            Instr::BuildSet(n) => {
                let items = self.pop_n(n as usize);
                let set = crate::gc::new(crate::object::Set::new(false));
                for v in items {
                    self.set_add(&set, v)?;
                }
                self.push(Value::Set(set));
            }
            Instr::BuildMap(n) => {
                let items = self.pop_n(2 * n as usize);
                let d = crate::gc::new(Dict::new());
                let mut it = items.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    self.dict_set(&d, k, v)?;
                }
                self.push(Value::Dict(d));
            }
            Instr::BuildString(n) => {
                let items = self.pop_n(n as usize);
                let mut s = String::new();
                for v in &items {
                    match v {
                        Value::Str(x) => s.push_str(x.as_str()),
                        other => s.push_str(self.to_str(other)?.as_str()),
                    }
                }
                self.push(Value::string(s));
            }
            Instr::BuildSlice(n) => {
                let step = if n == 3 { self.pop() } else { Value::None };
                let stop = self.pop();
                let start = self.pop();
                self.push(Value::Slice(Rc::new(Slice { start, stop, step })));
            }
            Instr::SetAdd(n) => {
                let v = self.pop();
                match self.peek(n as usize) {
                    Value::Set(s) => self.set_add(&s, v)?,
                    _ => return Err(self.bad_stack("SetAdd").into()),
                }
            }
            Instr::MapAdd(n) => {
                let v = self.pop();
                let k = self.pop();
                match self.peek(n as usize) {
                    Value::Dict(d) => self.dict_set(&d, k, v)?,
                    _ => return Err(self.bad_stack("MapAdd").into()),
                }
            }
            Instr::ListExtend(n) => {
                let iterable = self.pop();
                let target = self.peek(n as usize);
                let Value::List(l) = target else {
                    return Err(self.bad_stack("ListExtend").into());
                };
                let items = match &iterable {
                    Value::Tuple(t) => t.items.to_vec(),
                    Value::List(src) => src.items.borrow().clone(),
                    other => self.collect(other).map_err(|e| self.star_error(e, other))?,
                };
                l.items.borrow_mut().extend(items);
            }
            Instr::SetUpdate(n) => {
                let iterable = self.pop();
                let Value::Set(s) = self.peek(n as usize) else {
                    return Err(self.bad_stack("SetUpdate").into());
                };
                for v in self.collect(&iterable)? {
                    self.set_add(&s, v)?;
                }
            }
            Instr::DictUpdate(n) | Instr::DictMerge(n) => {
                let mapping = self.pop();
                let Value::Dict(d) = self.peek(n as usize) else {
                    return Err(self.bad_stack("DictUpdate").into());
                };
                let merge = matches!(instr, Instr::DictMerge(_));
                let callee = if merge {
                    let s = &self.values;
                    s.len()
                        .checked_sub(n as usize + 2)
                        .and_then(|i| s[i].clone())
                } else {
                    None
                };
                self.dict_update(&d, &mapping, callee.as_ref())?;
            }
            Instr::ListToTuple => {
                let v = self.pop();
                let items = match &v {
                    Value::List(l) => l.items.borrow().clone(),
                    _ => return Err(self.bad_stack("ListToTuple").into()),
                };
                self.push(Value::tuple(items));
            }
            Instr::UnpackSequence(n) => {
                let seq = self.pop();
                let items = self.unpack_items(&seq, Some(n as usize))?;
                let n = n as usize;
                if items.len() != n {
                    return Err(self.unpack_count_error(items.len(), n, false).into());
                }
                self.values.extend(items.into_iter().rev().map(Some));
            }
            Instr::UnpackEx(before, after) => {
                let seq = self.pop();
                let mut items = self.unpack_items(&seq, None)?;
                let (before, after) = (before as usize, after as usize);
                if items.len() < before + after {
                    return Err(self
                        .unpack_count_error(items.len(), before + after, true)
                        .into());
                }
                let tail = items.split_off(items.len() - after);
                let middle = items.split_off(before);
                let s = &mut self.values;
                s.extend(tail.into_iter().rev().map(Some));
                s.push(Some(Value::list(middle)));
                s.extend(items.into_iter().rev().map(Some));
            }
            Instr::FormatValue(flags) => {
                let spec = if flags & 4 != 0 {
                    Some(self.pop())
                } else {
                    None
                };
                let v = self.pop();
                let v = match flags & 3 {
                    1 => Value::Str(self.to_str(&v)?),
                    2 => Value::Str(self.repr(&v)?),
                    3 => {
                        let r = self.repr(&v)?;
                        Value::string(ascii_escape(r.as_str()))
                    }
                    _ => v,
                };
                let spec = match &spec {
                    Some(Value::Str(s)) => s.as_str().to_string(),
                    Some(other) => self.to_str(other)?.as_str().to_string(),
                    None => String::new(),
                };
                let r = match v {
                    Value::Str(s) if spec.is_empty() => s,
                    v => self.format(&v, &spec)?,
                };
                self.push(Value::Str(r));
            }
            Instr::MakeFunction(flags) => {
                let f = self.make_function(flags)?;
                self.push(f);
            }
            Instr::LoadBuildClass => {
                let b = self.core.build_class.clone();
                self.push(b);
            }
            Instr::LoadAssertionError => {
                let c = self.types.exc.assertion_error.clone();
                self.push(Value::Class(c));
            }
            Instr::BeforeWith => {
                let mgr = self.pop();
                let (exit, enter) = self.context_methods(&mgr, "__enter__", "__exit__", "")?;
                self.push(exit);
                let r = self.call(&enter, &[], &[])?;
                self.push(r);
            }
            Instr::BeforeAsyncWith => {
                let mgr = self.pop();
                let (exit, enter) =
                    self.context_methods(&mgr, "__aenter__", "__aexit__", "asynchronous ")?;
                self.push(exit);
                let r = self.call(&enter, &[], &[])?;
                let aw = self.get_awaitable(r)?;
                self.push(aw);
            }
            Instr::WithExceptStart => {
                let exc = self.peek(1);
                let exit = self.peek(2);
                // CPython passes the exception's traceback as the third argument
                // (`Python/ceval.c` WITH_EXCEPT_START), so `__exit__` can inspect it.
                let (typ, tb) = match &exc {
                    Value::Instance(i) => (
                        Value::Class(i.class()),
                        self.exception_data_attr(i, &Str::intern("__traceback__"))
                            .unwrap_or(Value::None),
                    ),
                    _ => (Value::None, Value::None),
                };
                let r = self.call(&exit, &[typ, exc, tb], &[])?;
                self.push(r);
            }
            Instr::GetYieldFromIter => {
                let v = self.pop();
                let it = match v {
                    Value::Generator(g) => {
                        if g.kind == GenKind::Coroutine && !code.flags.coroutine {
                            return Err(self
                                .type_error("cannot 'yield from' a coroutine object in a non-coroutine generator")
                                .into());
                        }
                        Value::Generator(g)
                    }
                    v => self.get_iter(&v)?,
                };
                self.push(it);
            }
            Instr::GetAwaitable => {
                let v = self.pop();
                let aw = self.get_awaitable(v)?;
                self.push(aw);
            }
            Instr::GetAIter => {
                let v = self.pop();
                let Some(aiter) = self.lookup_special(&v, &Str::intern("__aiter__")) else {
                    return Err(self
                        .type_error(format!(
                            "'async for' requires an object with __aiter__ method, got {}",
                            v.type_name()
                        ))
                        .into());
                };
                let it = self.call(&aiter, std::slice::from_ref(&v), &[])?;
                if self
                    .lookup_special(&it, &Str::intern("__anext__"))
                    .is_none()
                {
                    return Err(self
                        .type_error(format!(
                            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                            it.type_name()
                        ))
                        .into());
                }
                self.push(it);
            }
            Instr::GetANext => {
                let it = self.peek(1);
                if let Some(aw) = super::async_gen::anext_fast(self, &it) {
                    self.push(aw?);
                    return Ok(());
                }
                let Some(anext) = self.lookup_special(&it, &Str::intern("__anext__")) else {
                    return Err(self
                        .type_error(format!(
                            "'async for' requires an iterator with __anext__ method, got {}",
                            it.type_name()
                        ))
                        .into());
                };
                let r = self.call(&anext, std::slice::from_ref(&it), &[])?;
                let aw = self.get_awaitable(r)?;
                self.push(aw);
            }
            Instr::EndAsyncFor => {
                let exc = self.pop();
                self.pop();
                match exc {
                    Value::Instance(e)
                        if e.class().is_subclass(&self.types.exc.stop_async_iteration) => {}
                    Value::Instance(e) => {
                        return Err(Unwinding {
                            exc: e,
                            fresh: false,
                        })
                    }
                    _ => return Err(self.bad_stack("EndAsyncFor").into()),
                }
            }
            Instr::ImportName(i) => {
                let m = self.import_name(&code.names[i as usize])?;
                self.push(m);
            }
            Instr::ImportModule(i) => {
                let globals = self.top_frame().globals().clone();
                let m = self.import_leaf(&code.names[i as usize], &globals)?;
                self.push(m);
            }
            Instr::ImportFrom(i) => {
                let m = self.peek(1);
                let v = self.import_from(&m, &code.names[i as usize])?;
                self.push(v);
            }
            Instr::ImportStar => {
                let m = self.pop();
                let f = self.top_frame();
                let ns = f.namespace.clone().unwrap_or_else(|| f.globals().clone());
                self.import_star(&m, &ns)?;
            }
            Instr::SetupAnnotations => self.setup_annotations(),
            Instr::GetLen
            | Instr::MatchSequence
            | Instr::MatchMapping
            | Instr::MatchKeys
            | Instr::MatchClass(_) => self.exec_match(instr)?,
            Instr::PrintExpr => {
                let v = self.pop();
                if !v.is_none() {
                    let r = self.repr(&v)?;
                    self.write_stdout(r.as_str());
                    self.write_stdout("\n");
                    // `sys.displayhook` binds `_` only for a value that is not None.
                    self.builtins.set_str("_", v);
                }
            }
            Instr::CheckEgMatch => {
                let pattern = self.pop();
                let exc = self.pop();
                match self.check_eg_match(&exc, &pattern)? {
                    Some((rest, matched)) => {
                        self.push(rest);
                        self.push(matched);
                        self.push(Value::Bool(true));
                    }
                    None => {
                        self.push(exc);
                        self.push(Value::None);
                        self.push(Value::Bool(false));
                    }
                }
            }
            Instr::PrepReraiseStar => {
                let list = self.pop();
                let orig = self.pop();
                let excs = match &list {
                    Value::List(l) => l.items.borrow().clone(),
                    _ => Vec::new(),
                };
                let r = self.prep_reraise_star(&orig, &excs)?;
                self.push(r);
            }
            other => {
                return Err(self
                    .new_error(
                        &self.types.exc.system_error,
                        format!("instruction {other:?} reached the slow path"),
                    )
                    .into())
            }
        }
        Ok(())
    }

    fn unbound_deref(&self, code: &CodeObject, i: usize) -> crate::Exc {
        let ncell = code.cellvars.len();
        if i < ncell {
            self.unbound_local(&code.cellvars[i])
        } else {
            let name = code
                .freevars
                .get(i - ncell)
                .map(|s| s.as_str())
                .unwrap_or("?");
            self.name_error(format!(
                "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
            ))
        }
    }

    /// `MakeFunction`: `[defaults?, kwdefaults?, annotations?, closure?, code]`.
    fn make_function(&mut self, flags: u8) -> RunResult<Value> {
        let code = match self.pop() {
            Value::Code(c) => c,
            _ => return Err(self.bad_stack("MakeFunction")),
        };
        let closure = if flags & 8 != 0 {
            match self.pop() {
                Value::Tuple(t) => t
                    .items
                    .iter()
                    .map(|c| match c {
                        Value::Cell(c) => c.clone(),
                        _ => crate::gc::new(Cell::new(None)),
                    })
                    .collect(),
                _ => return Err(self.bad_stack("MakeFunction closure")),
            }
        } else {
            self.pool.no_cells()
        };
        // `(name, value, …)` pairs, as CPython 3.11 builds them; the dict is made
        // here, once per definition.
        let annotations = if flags & 4 != 0 {
            match self.pop() {
                Value::Tuple(t) => {
                    let d = Dict::new();
                    for pair in t.items.chunks(2) {
                        if let [k, v] = pair {
                            self.dict_set(&d, k.clone(), v.clone())?;
                        }
                    }
                    Some(d)
                }
                _ => None,
            }
        } else {
            None
        };
        let kwdefaults = if flags & 2 != 0 {
            match self.pop() {
                Value::Dict(d) => Some(d),
                _ => None,
            }
        } else {
            None
        };
        let defaults = if flags & 1 != 0 {
            match self.pop() {
                Value::Tuple(t) => t.items.to_vec(),
                _ => Vec::new(),
            }
        } else {
            Vec::new()
        };
        let globals = self.top_frame().globals().clone();
        let module = match globals.get_str("__name__") {
            Some(Value::Str(s)) => s,
            _ => Str::intern("__main__"),
        };
        // `__doc__` is read from `code.docstring` (`attr_builtin.rs`): CPython keeps
        // it in `func_doc`, not in `__dict__`.
        let dict = Dict::new();
        if let Some(a) = annotations {
            dict.set_str("__annotations__", Value::Dict(Rc::new(a)));
        }
        let cache = Rc::new(crate::object::GlobalCache::new(code.names.len()));
        let flags = &code.flags;
        let simple = !(flags.varargs
            || flags.varkeywords
            || flags.generator
            || flags.coroutine
            || flags.async_generator
            || code.kwonlyargcount > 0
            || !code.cellvars.is_empty());
        Ok(Value::Function(crate::gc::new(Function {
            cache,
            name: RefCell::new(code.name.clone()),
            qualname: RefCell::new(code.qualname.clone()),
            code,
            globals,
            defaults,
            kwdefaults,
            closure,
            simple,
            dict,
            module,
        })))
    }

    /// The bound exit method and the bound enter method of a context manager.
    fn context_methods(
        &mut self,
        mgr: &Value,
        enter: &str,
        exit: &str,
        flavour: &str,
    ) -> RunResult<(Value, Value)> {
        let Some(enter_f) = self.lookup_special(mgr, &Str::intern(enter)) else {
            return Err(self.type_error(format!(
                "'{}' object does not support the {flavour}context manager protocol",
                mgr.type_name()
            )));
        };
        let Some(exit_f) = self.lookup_special(mgr, &Str::intern(exit)) else {
            return Err(self.type_error(format!(
                "'{}' object does not support the {flavour}context manager protocol (missed {exit} method)",
                mgr.type_name()
            )));
        };
        Ok((bind_to(exit_f, mgr), bind_to(enter_f, mgr)))
    }

    /// `GetAwaitable`: a coroutine passes through; `__await__` gives an iterator.
    pub(crate) fn get_awaitable(&mut self, v: Value) -> RunResult<Value> {
        if let Value::Generator(g) = &v {
            if g.kind == GenKind::Coroutine {
                return Ok(v);
            }
        }
        let Some(aw) = self.lookup_special(&v, &Str::intern("__await__")) else {
            return Err(self.type_error(format!(
                "object {} can't be used in 'await' expression",
                v.type_name()
            )));
        };
        let it = self.call(&aw, std::slice::from_ref(&v), &[])?;
        if let Value::Generator(g) = &it {
            if g.kind == GenKind::Coroutine {
                return Err(self.type_error("__await__() returned a coroutine"));
            }
            return Ok(it);
        }
        if self.lookup_special(&it, &Str::intern("__next__")).is_none() {
            return Err(self.type_error(format!(
                "__await__() returned non-iterator of type '{}'",
                it.type_name()
            )));
        }
        Ok(it)
    }

    /// The items of a value being unpacked, with CPython's error for
    /// non-iterables. With `expected`, reading stops one item past it
    /// (`unpack_iterable`: `a, b = endless()` takes three, then fails).
    fn unpack_items(&mut self, seq: &Value, expected: Option<usize>) -> RunResult<Vec<Value>> {
        match seq {
            Value::Tuple(t) => Ok(t.items.to_vec()),
            Value::List(l) => Ok(l.items.borrow().clone()),
            // Sized first: `*a, b = range(10**100)` is an OverflowError.
            Value::Range(_) if expected.is_none() => self.collect(seq),
            other => {
                let it = match self.get_iter(other) {
                    Ok(it) => it,
                    Err(e) if e.class().is_subclass(&self.types.exc.type_error) => {
                        return Err(self.type_error(format!(
                            "cannot unpack non-iterable {} object",
                            other.type_name()
                        )))
                    }
                    Err(e) => return Err(e),
                };
                let Some(expected) = expected else {
                    return self.collect(&it);
                };
                let mut out = Vec::new();
                while let Some(v) = self.next(&it)? {
                    out.push(v);
                    if out.len() > expected {
                        break;
                    }
                }
                Ok(out)
            }
        }
    }

    fn unpack_count_error(&self, got: usize, expected: usize, at_least: bool) -> crate::Exc {
        if at_least {
            self.value_error(format!(
                "not enough values to unpack (expected at least {expected}, got {got})"
            ))
        } else if got < expected {
            self.value_error(format!(
                "not enough values to unpack (expected {expected}, got {got})"
            ))
        } else {
            self.value_error(format!("too many values to unpack (expected {expected})"))
        }
    }

    /// `[*x]` with a non-iterable x.
    fn star_error(&self, e: crate::Exc, v: &Value) -> crate::Exc {
        if e.class().is_subclass(&self.types.exc.type_error)
            && self.lookup_special(v, &Str::intern("__iter__")).is_none()
        {
            return self.type_error(format!(
                "Value after * must be an iterable, not {}",
                v.type_name()
            ));
        }
        e
    }

    /// `{**m}` (`callee` None) or `f(**m)` (repeated keys are an error).
    fn dict_update(
        &mut self,
        d: &Rc<Dict>,
        mapping: &Value,
        callee: Option<&Value>,
    ) -> RunResult<()> {
        let pairs: Vec<(Value, Value)> = match mapping {
            Value::Dict(m) => m
                .map
                .borrow()
                .iter()
                .map(|(k, v)| (k.value.clone(), v.clone()))
                .collect(),
            other => {
                let Some(keys_f) = self.get_attr_opt(other, &Str::intern("keys"))? else {
                    return Err(match callee {
                        Some(c) => self.type_error(format!(
                            "{} argument after ** must be a mapping, not {}",
                            function_str(c),
                            other.type_name()
                        )),
                        None => self
                            .type_error(format!("'{}' object is not a mapping", other.type_name())),
                    });
                };
                let keys = self.call(&keys_f, &[], &[])?;
                let mut out = Vec::new();
                for k in self.collect(&keys)? {
                    let v = self.get_item(other, &k)?;
                    out.push((k, v));
                }
                out
            }
        };
        for (k, v) in pairs {
            if let Some(c) = callee {
                if !matches!(k, Value::Str(_)) {
                    return Err(
                        self.type_error(format!("{} keywords must be strings", function_str(c)))
                    );
                }
                if self.dict_get(d, &k)?.is_some() {
                    let name = match &k {
                        Value::Str(s) => s.as_str().to_string(),
                        _ => String::new(),
                    };
                    return Err(self.type_error(format!(
                        "{} got multiple values for keyword argument '{name}'",
                        function_str(c)
                    )));
                }
            }
            self.dict_set(d, k, v)?;
        }
        Ok(())
    }
}

/// Binds a method found with `lookup_special` to `obj`.
pub(crate) fn bind_to(f: Value, obj: &Value) -> Value {
    match &f {
        Value::Function(_) => Value::BoundMethod(Rc::new(crate::object::BoundMethod {
            func: f,
            receiver: obj.clone(),
        })),
        Value::Builtin(b) if b.is_method && b.receiver.is_none() => {
            Value::Builtin(Rc::new(crate::object::Builtin {
                name: b.name.clone(),
                owner: b.owner.clone(),
                func: b.func,
                receiver: Some(obj.clone()),
                is_method: true,
            }))
        }
        _ => f,
    }
}

/// CPython's `_PyObject_FunctionStr`: `qualname()` (module-qualified outside
/// builtins and `__main__`).
pub(crate) fn function_str(v: &Value) -> String {
    match v {
        Value::Function(f) => {
            let q = f.qualname.borrow();
            match f.module.as_str() {
                "builtins" => format!("{}()", q.as_str()),
                m => format!("{m}.{}()", q.as_str()),
            }
        }
        Value::BoundMethod(m) => function_str(&m.func),
        Value::Builtin(b) => format!("{}()", b.name.as_str()),
        other => format!("{} object", other.type_name()),
    }
}

/// `ascii()`: repr with non-ASCII characters escaped.
pub(crate) fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n <= 0xff {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n <= 0xffff {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}
