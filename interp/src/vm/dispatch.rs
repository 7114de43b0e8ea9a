//! The dispatch loop: runs the frames on `Vm::frames` from the top until the frame
//! at a given base index finishes (CPython 3.11's `_PyEval_EvalFrameDefault`).
//!
//! Script-to-script calls push a frame and `continue 'frames`: no Rust recursion per
//! script call. Generators resumed by `ForIter` or `Send` put their frames back on
//! the stack the same way. Hot cases (int arithmetic and comparison, fast locals,
//! plain-function calls, builtin-method calls) are handled inline; everything else
//! goes through the object protocol (`vm/ops/`). Rarely hot instructions live in
//! `instr_misc.rs`.

use super::call::Called;
use super::frame::FrameRole;
use super::unwind::Unwinding;
use super::Vm;
use crate::bytecode::Instr;
use crate::object::{Function, GenState, Generator, Str, Value};
use crate::RunResult;
use coil_parser::ast::{BinOp, CmpOp};
use std::rc::Rc;

/// How a nested run ended.
pub(crate) enum Exit {
    /// The base frame returned this value.
    Return(Value),
    /// The base frame was a generator's (`GenBoundary`) and it yielded this value.
    Yield(Value),
}

impl Vm {
    /// Runs until the frame at index `base` (whose role is `Boundary` or
    /// `GenBoundary`) returns, yields or raises.
    pub(crate) fn run(&mut self, base: usize) -> RunResult<Exit> {
        loop {
            match self.run_inner() {
                Ok(exit) => return Ok(exit),
                Err(u) => self.unwind(u, base)?,
            }
        }
    }

    /// Pushes `frame` as a `Boundary` and runs it to completion (a script function,
    /// module or class body called from Rust).
    pub(crate) fn run_frame(&mut self, mut frame: super::Frame) -> RunResult<Value> {
        frame.role = FrameRole::Boundary;
        let base = self.frames.len();
        self.frames.push(frame);
        match self.run(base)? {
            Exit::Return(v) => Ok(v),
            Exit::Yield(_) => Err(self.new_error(
                &self.types.exc.system_error,
                "yield from a frame that is not a generator's",
            )),
        }
    }

    fn run_inner(&mut self) -> Result<Exit, Unwinding> {
        'frames: loop {
            let fi = self.frames.len() - 1;
            let code = self.frames[fi].code.clone();
            macro_rules! top {
                () => {
                    self.frames[fi]
                };
            }
            macro_rules! pop {
                () => {
                    top!().stack.pop().expect("value stack underflow")
                };
            }
            macro_rules! push {
                ($v:expr) => {{
                    let v = $v;
                    top!().stack.push(v)
                }};
            }
            loop {
                let ip = top!().ip as usize;
                top!().ip += 1;
                let instr = code.instrs[ip];
                match instr {
                    Instr::Nop => {}
                    Instr::PopTop => {
                        pop!();
                    }
                    Instr::LoadFast(i) => match &top!().locals[i as usize] {
                        Some(v) => {
                            let v = v.clone();
                            push!(v)
                        }
                        None => return Err(self.unbound_local(&code.varnames[i as usize]).into()),
                    },
                    Instr::StoreFast(i) => {
                        let v = pop!();
                        top!().locals[i as usize] = Some(v);
                    }
                    Instr::LoadConst(i) => push!(code.consts[i as usize].clone()),
                    Instr::LoadGlobal(i) => {
                        let name = &code.names[i as usize];
                        let v = match top!().globals.get_name(name) {
                            Some(v) => v,
                            None => match self.builtins.get_name(name) {
                                Some(v) => v,
                                None => return Err(self.name_not_defined(name).into()),
                            },
                        };
                        push!(v)
                    }
                    Instr::BinaryOp(op) => {
                        let b = pop!();
                        let a = pop!();
                        let r = match (op, &a, &b) {
                            (BinOp::Add, Value::Int(x), Value::Int(y))
                                if x.checked_add(*y).is_some() =>
                            {
                                Value::Int(x + y)
                            }
                            (BinOp::Sub, Value::Int(x), Value::Int(y))
                                if x.checked_sub(*y).is_some() =>
                            {
                                Value::Int(x - y)
                            }
                            (BinOp::Mult, Value::Int(x), Value::Int(y))
                                if x.checked_mul(*y).is_some() =>
                            {
                                Value::Int(x * y)
                            }
                            (BinOp::Add, Value::Float(x), Value::Float(y)) => Value::Float(x + y),
                            (BinOp::Sub, Value::Float(x), Value::Float(y)) => Value::Float(x - y),
                            (BinOp::Mult, Value::Float(x), Value::Float(y)) => Value::Float(x * y),
                            _ => self.binary_op(&a, &b, op)?,
                        };
                        push!(r)
                    }
                    Instr::InplaceOp(op) => {
                        let b = pop!();
                        let a = pop!();
                        let r = match (op, &a, &b) {
                            (BinOp::Add, Value::Int(x), Value::Int(y))
                                if x.checked_add(*y).is_some() =>
                            {
                                Value::Int(x + y)
                            }
                            (BinOp::Sub, Value::Int(x), Value::Int(y))
                                if x.checked_sub(*y).is_some() =>
                            {
                                Value::Int(x - y)
                            }
                            _ => self.inplace_op(&a, &b, op)?,
                        };
                        push!(r)
                    }
                    Instr::CompareOp(op) => {
                        let b = pop!();
                        let a = pop!();
                        let r = match (&a, &b) {
                            (Value::Int(x), Value::Int(y)) => Value::Bool(match op {
                                CmpOp::Lt => x < y,
                                CmpOp::LtE => x <= y,
                                CmpOp::Gt => x > y,
                                CmpOp::GtE => x >= y,
                                CmpOp::Eq => x == y,
                                CmpOp::NotEq => x != y,
                                _ => return Err(self.bad_compare_op().into()),
                            }),
                            _ => self.rich_compare(&a, &b, op)?,
                        };
                        push!(r)
                    }
                    Instr::PopJumpIfFalse(t) => {
                        let v = pop!();
                        let cond = match v {
                            Value::Bool(b) => b,
                            v => self.truthy(&v)?,
                        };
                        if !cond {
                            top!().ip = t;
                        }
                    }
                    Instr::PopJumpIfTrue(t) => {
                        let v = pop!();
                        let cond = match v {
                            Value::Bool(b) => b,
                            v => self.truthy(&v)?,
                        };
                        if cond {
                            top!().ip = t;
                        }
                    }
                    Instr::Jump(t) => top!().ip = t,
                    Instr::JumpIfFalseOrPop(t) => {
                        let v = top!().stack.last().cloned().expect("value stack underflow");
                        if self.truthy(&v)? {
                            pop!();
                        } else {
                            top!().ip = t;
                        }
                    }
                    Instr::JumpIfTrueOrPop(t) => {
                        let v = top!().stack.last().cloned().expect("value stack underflow");
                        if self.truthy(&v)? {
                            top!().ip = t;
                        } else {
                            pop!();
                        }
                    }
                    Instr::ReturnValue => {
                        let v = pop!();
                        if let Some(exit) = self.do_return(v) {
                            return Ok(exit);
                        }
                        continue 'frames;
                    }
                    Instr::Call(n) => {
                        if self.call_instr(n as usize, None)? == Called::Pushed {
                            continue 'frames;
                        }
                    }
                    Instr::CallKw(n) => {
                        let names = pop!();
                        if self.call_instr(n as usize, Some(names))? == Called::Pushed {
                            continue 'frames;
                        }
                    }
                    Instr::CallMethod(name, n) => {
                        let name = code.names[name as usize].clone();
                        if self.call_method_instr(&name, n as usize)? == Called::Pushed {
                            continue 'frames;
                        }
                    }
                    Instr::CallEx(has_kw) => {
                        if self.call_ex_instr(has_kw)? == Called::Pushed {
                            continue 'frames;
                        }
                    }
                    Instr::LoadAttr(i) => {
                        let obj = pop!();
                        let v = self.get_attr(&obj, &code.names[i as usize])?;
                        push!(v)
                    }
                    Instr::StoreAttr(i) => {
                        let obj = pop!();
                        let v = pop!();
                        self.set_attr(&obj, &code.names[i as usize], v)?;
                    }
                    Instr::BinarySubscr => {
                        let key = pop!();
                        let container = pop!();
                        let v = match (&container, &key) {
                            (Value::List(l), Value::Int(i)) => {
                                let items = l.items.borrow();
                                let n = items.len() as i64;
                                let j = if *i < 0 { i + n } else { *i };
                                if (0..n).contains(&j) {
                                    items[j as usize].clone()
                                } else {
                                    drop(items);
                                    self.get_item(&container, &key)?
                                }
                            }
                            _ => self.get_item(&container, &key)?,
                        };
                        push!(v)
                    }
                    Instr::StoreSubscr => {
                        let key = pop!();
                        let container = pop!();
                        let v = pop!();
                        self.set_item(&container, &key, v)?;
                    }
                    Instr::GetIter => {
                        let v = pop!();
                        let it = match v {
                            Value::Generator(g) if g.kind == crate::object::GenKind::Generator => {
                                Value::Generator(g)
                            }
                            v => self.get_iter(&v)?,
                        };
                        push!(it)
                    }
                    Instr::ForIter(target) => {
                        let it = top!().stack.last().cloned().expect("value stack underflow");
                        if let Value::Generator(g) = &it {
                            if g.kind == crate::object::GenKind::Generator {
                                if self.for_iter_generator(g, target)? {
                                    continue 'frames;
                                }
                                continue;
                            }
                        }
                        match self.next(&it)? {
                            Some(v) => push!(v),
                            None => {
                                pop!();
                                top!().ip = target;
                            }
                        }
                    }
                    Instr::YieldValue => {
                        let v = pop!();
                        match self.do_yield(v)? {
                            Some(exit) => return Ok(exit),
                            None => continue 'frames,
                        }
                    }
                    Instr::Send(_) => {
                        if let Some(exit) = self.send_instr()? {
                            return Ok(exit);
                        }
                        continue 'frames;
                    }
                    Instr::Copy(n) => {
                        let s = &top!().stack;
                        let v = s[s.len() - n as usize].clone();
                        push!(v)
                    }
                    Instr::Swap(n) => {
                        let s = &mut top!().stack;
                        let len = s.len();
                        s.swap(len - 1, len - n as usize);
                    }
                    Instr::IsOp(invert) => {
                        let b = pop!();
                        let a = pop!();
                        push!(Value::Bool(a.is(&b) != invert))
                    }
                    Instr::ContainsOp(invert) => {
                        let container = pop!();
                        let item = pop!();
                        let r = self.contains(&container, &item)?;
                        push!(Value::Bool(r != invert))
                    }
                    Instr::UnaryNot => {
                        let v = pop!();
                        let r = match v {
                            Value::Bool(b) => !b,
                            v => !self.truthy(&v)?,
                        };
                        push!(Value::Bool(r))
                    }
                    Instr::UnaryNegative => {
                        let v = pop!();
                        let r = match v {
                            Value::Int(i) if i != i64::MIN => Value::Int(-i),
                            Value::Float(f) => Value::Float(-f),
                            v => self.unary_op(&v, coil_parser::ast::UnaryOp::USub)?,
                        };
                        push!(r)
                    }
                    Instr::BuildTuple(n) => {
                        let s = &mut top!().stack;
                        let items: Vec<Value> = s.drain(s.len() - n as usize..).collect();
                        push!(Value::tuple(items))
                    }
                    Instr::BuildList(n) => {
                        let s = &mut top!().stack;
                        let items: Vec<Value> = s.drain(s.len() - n as usize..).collect();
                        push!(Value::list(items))
                    }
                    Instr::ListAppend(n) => {
                        let v = pop!();
                        let s = &top!().stack;
                        match &s[s.len() + 1 - n as usize] {
                            Value::List(l) => l.items.borrow_mut().push(v),
                            _ => return Err(self.bad_stack("ListAppend").into()),
                        }
                    }
                    Instr::SetupFinally(handler) => {
                        let f = &mut top!();
                        let b = super::Block {
                            handler,
                            depth: f.stack.len() as u32,
                            handling: f.handling.len() as u32,
                        };
                        f.blocks.push(b);
                    }
                    Instr::PopBlock => {
                        top!().blocks.pop();
                    }
                    Instr::PushExcInfo => {
                        let v = top!().stack.last().cloned().expect("value stack underflow");
                        if let Value::Instance(e) = v {
                            top!().handling.push(e);
                        }
                    }
                    Instr::PopExcept => {
                        top!().handling.pop();
                    }
                    Instr::CheckExcMatch => {
                        let pattern = pop!();
                        let exc = top!().stack.last().cloned().expect("value stack underflow");
                        let r = self.exc_match(&exc, &pattern)?;
                        push!(Value::Bool(r))
                    }
                    Instr::Reraise => {
                        let v = pop!();
                        return Err(match v {
                            Value::Instance(e) if e.exc().is_some() => Unwinding {
                                exc: e,
                                fresh: false,
                            },
                            _ => self.bad_stack("Reraise").into(),
                        });
                    }
                    Instr::RaiseVarargs(n) => {
                        let (exc, cause) = match n {
                            0 => (None, None),
                            1 => (Some(pop!()), None),
                            _ => {
                                let cause = pop!();
                                (Some(pop!()), Some(cause))
                            }
                        };
                        return Err(self.do_raise(exc, cause));
                    }
                    other => self.exec_misc(other, &code)?,
                }
            }
        }
    }

    /// `ReturnValue`: pops the top frame and delivers `v` according to its role.
    /// Returns the exit when the run's base frame returned.
    fn do_return(&mut self, v: Value) -> Option<Exit> {
        let frame = self.frames.pop().expect("return with no frame");
        let role = frame.role.clone();
        self.pool.recycle(frame);
        match role {
            FrameRole::Call => {
                self.top_frame().stack.push(v);
                None
            }
            FrameRole::Boundary => Some(Exit::Return(v)),
            FrameRole::GenBoundary(g) => {
                g.state.set(GenState::Closed);
                Some(Exit::Return(v))
            }
            FrameRole::ForIter(g) => {
                g.state.set(GenState::Closed);
                // The frame below is at its ForIter: end the loop.
                let below = self.top_frame();
                below.stack.pop();
                if let Instr::ForIter(target) = below.code.instrs[below.lasti() as usize] {
                    below.ip = target;
                }
                None
            }
            FrameRole::Delegate(g) => {
                g.state.set(GenState::Closed);
                let below = self.top_frame();
                below.stack.pop();
                below.stack.push(v);
                None
            }
        }
    }

    pub(crate) fn top_frame(&mut self) -> &mut super::Frame {
        self.frames.last_mut().expect("no running frame")
    }

    /// `Call`/`CallKw`: `[callable, a1..an(, names)]`.
    fn call_instr(&mut self, n: usize, names: Option<Value>) -> RunResult<Called> {
        let fi = self.frames.len() - 1;
        let start = self.frames[fi].stack.len() - n;
        if names.is_none() {
            if let Value::Function(f) = &self.frames[fi].stack[start - 1] {
                if is_simple_call(f, n) {
                    let f = f.clone();
                    return self.push_simple_call(&f, fi, start, None);
                }
            }
        }
        let mut args = self.pool.args();
        args.extend(self.frames[fi].stack.drain(start..));
        let callee = self.frames[fi].stack.pop().expect("value stack underflow");
        let kw = match names {
            Some(Value::Tuple(t)) => {
                let nk = t.items.len();
                let kvals = args.split_off(args.len() - nk);
                t.items
                    .iter()
                    .zip(kvals)
                    .map(|(k, v)| match k {
                        Value::Str(s) => (s.clone(), v),
                        _ => (Str::intern("?"), v),
                    })
                    .collect()
            }
            _ => Vec::new(),
        };
        self.call_for_instr(callee, args, &kw)
    }

    /// Pushes a frame for a plain function called with exactly its positional
    /// parameters (or fewer, with defaults): the arguments move from the caller's
    /// stack into the callee's locals. `receiver`, if given, is the first argument.
    fn push_simple_call(
        &mut self,
        f: &Rc<Function>,
        fi: usize,
        start: usize,
        receiver: Option<Value>,
    ) -> RunResult<Called> {
        self.check_recursion()?;
        let code = &f.code;
        let mut locals = self.pool.locals(code.nlocals());
        let mut i = 0;
        if let Some(r) = receiver {
            locals[0] = Some(r);
            i = 1;
        }
        for v in self.frames[fi].stack.drain(start..) {
            locals[i] = Some(v);
            i += 1;
        }
        // The callee (or the method's receiver slot) below the arguments.
        self.frames[fi].stack.pop();
        let argcount = code.argcount as usize;
        if i < argcount {
            let ndef = f.defaults.len();
            for (j, slot) in locals.iter_mut().enumerate().take(argcount).skip(i) {
                *slot = Some(f.defaults[ndef - (argcount - j)].clone());
            }
        }
        let cells = if f.closure.is_empty() {
            Vec::new()
        } else {
            f.closure.clone()
        };
        let frame = super::Frame {
            code: f.code.clone(),
            ip: 0,
            locals,
            stack: self.pool.stack(),
            cells,
            globals: f.globals.clone(),
            namespace: None,
            blocks: Vec::new(),
            handling: Vec::new(),
            role: FrameRole::Call,
        };
        self.frames.push(frame);
        Ok(Called::Pushed)
    }

    /// `CallMethod(name, n)`: `[obj, a1..an]`, without a bound method when the
    /// attribute is a plain method on the type.
    fn call_method_instr(&mut self, name: &Rc<Str>, n: usize) -> RunResult<Called> {
        let fi = self.frames.len() - 1;
        let start = self.frames[fi].stack.len() - n;
        let obj = self.frames[fi].stack[start - 1].clone();
        let (func, recv) = self.load_method(&obj, name)?;
        match (&func, recv) {
            (Value::Function(f), Some(r)) if is_simple_call(f, n + 1) => {
                let f = f.clone();
                self.push_simple_call(&f, fi, start, Some(r))
            }
            (Value::Builtin(b), Some(r)) => {
                let mut args = self.pool.args();
                args.extend(self.frames[fi].stack.drain(start..));
                self.frames[fi].stack.pop();
                let result = (b.func)(self, &r, crate::object::Args::positional(&args));
                self.pool.recycle_args(args);
                self.top_frame().stack.push(result?);
                Ok(Called::Value)
            }
            (_, recv) => {
                let mut args = self.pool.args();
                if let Some(r) = recv {
                    args.push(r);
                }
                args.extend(self.frames[fi].stack.drain(start..));
                self.frames[fi].stack.pop();
                self.call_for_instr(func, args, &[])
            }
        }
    }

    /// `CallEx`: `[callable, args(, kwargs)]` for `f(*a, **k)`.
    fn call_ex_instr(&mut self, has_kw: bool) -> RunResult<Called> {
        let kwargs = if has_kw {
            Some(self.top_frame().stack.pop().expect("value stack underflow"))
        } else {
            None
        };
        let args_v = self.top_frame().stack.pop().expect("value stack underflow");
        let callee = self.top_frame().stack.pop().expect("value stack underflow");
        let mut args = self.pool.args();
        match &args_v {
            Value::Tuple(t) => args.extend(t.items.iter().cloned()),
            Value::List(l) => args.extend(l.items.borrow().iter().cloned()),
            other => {
                let items = self.collect(other)?;
                args.extend(items);
            }
        }
        let mut kw = Vec::new();
        if let Some(Value::Dict(d)) = kwargs {
            for (k, v) in d.map.borrow().iter() {
                match &k.value {
                    Value::Str(s) => kw.push((s.clone(), v.clone())),
                    _ => return Err(self.type_error("keywords must be strings")),
                }
            }
        }
        self.call_for_instr(callee, args, &kw)
    }

    /// `ForIter` over a script generator: resumes it on this frame stack.
    /// Returns true when its frames were pushed, false when it was exhausted.
    fn for_iter_generator(&mut self, g: &Rc<Generator>, target: u32) -> RunResult<bool> {
        match g.state.get() {
            GenState::Closed => {
                let f = self.top_frame();
                f.stack.pop();
                f.ip = target;
                Ok(false)
            }
            GenState::Running => Err(self.value_error("generator already executing")),
            GenState::Created | GenState::Suspended => {
                self.resume_segment(g, FrameRole::ForIter(g.clone()), Value::None)?;
                Ok(true)
            }
        }
    }

    /// `YieldValue` (and a `Send` whose native iterator yielded): suspends the
    /// frames from the innermost generator frame down to the first one that was not
    /// resumed by a `Send`, and hands `v` to whoever resumed that one.
    pub(crate) fn do_yield(&mut self, v: Value) -> RunResult<Option<Exit>> {
        let mut i = self.frames.len() - 1;
        loop {
            match &self.frames[i].role {
                FrameRole::Delegate(_) if i > 0 => i -= 1,
                FrameRole::ForIter(g) => {
                    let g = g.clone();
                    self.suspend_segment(&g, i);
                    self.top_frame().stack.push(v);
                    return Ok(None);
                }
                FrameRole::GenBoundary(g) => {
                    let g = g.clone();
                    self.suspend_segment(&g, i);
                    return Ok(Some(Exit::Yield(v)));
                }
                _ => {
                    return Err(self.new_error(
                        &self.types.exc.system_error,
                        "yield outside of a generator frame",
                    ))
                }
            }
        }
    }

    /// `Send`: `[receiver, value] -> [result]`.
    fn send_instr(&mut self) -> RunResult<Option<Exit>> {
        let value = self.top_frame().stack.pop().expect("value stack underflow");
        let receiver = self
            .top_frame()
            .stack
            .last()
            .cloned()
            .expect("value stack underflow");
        if let Value::Generator(g) = &receiver {
            match g.state.get() {
                GenState::Running => {
                    let what = g.kind_name();
                    return Err(self.value_error(format!("{what} already executing")));
                }
                GenState::Closed => {
                    if g.kind != crate::object::GenKind::Generator {
                        return Err(self.runtime_error("cannot reuse already awaited coroutine"));
                    }
                    let f = self.top_frame();
                    f.stack.pop();
                    f.stack.push(Value::None);
                    return Ok(None);
                }
                GenState::Created | GenState::Suspended => {
                    self.resume_segment(g, FrameRole::Delegate(g.clone()), value)?;
                    return Ok(None);
                }
            }
        }
        // A native iterator: send to it; a yielded value goes outward and the Send
        // re-executes on resume with the sent value on the stack.
        match self.send_native(&receiver, value)? {
            super::GenStep::Return(v) => {
                let f = self.top_frame();
                f.stack.pop();
                f.stack.push(v);
                Ok(None)
            }
            super::GenStep::Yield(v) => {
                self.top_frame().ip -= 1;
                self.do_yield(v)
            }
        }
    }

    /// Checks the recursion limit before pushing a frame.
    pub(crate) fn check_recursion(&self) -> RunResult<()> {
        if self.frames.len() + self.native_depth >= self.recursion_limit {
            return Err(self.recursion_error("maximum recursion depth exceeded"));
        }
        Ok(())
    }

    pub(crate) fn unbound_local(&self, name: &Rc<Str>) -> crate::Exc {
        self.new_error(
            &self.types.exc.unbound_local_error,
            format!(
                "cannot access local variable '{}' where it is not associated with a value",
                name.as_str()
            ),
        )
    }

    pub(crate) fn name_not_defined(&self, name: &Rc<Str>) -> crate::Exc {
        let e = self.name_error(format!("name '{}' is not defined", name.as_str()));
        e.dict.set_str("name", Value::Str(name.clone()));
        self.remember_name_candidates(&e);
        e
    }

    fn bad_compare_op(&self) -> crate::Exc {
        self.new_error(
            &self.types.exc.system_error,
            "CompareOp with a non-comparison operator",
        )
    }

    pub(crate) fn bad_stack(&self, what: &str) -> crate::Exc {
        self.new_error(
            &self.types.exc.system_error,
            format!("{what}: unexpected value on the stack"),
        )
    }
}

/// A call the fast path can take: a plain (non-generator) function without
/// `*args`/`**kwargs`/keyword-only parameters or cells, given between its required
/// and total positional parameter counts.
fn is_simple_call(f: &Function, n: usize) -> bool {
    let c = &f.code;
    let flags = &c.flags;
    let argc = c.argcount as usize;
    n <= argc
        && n + f.defaults.len() >= argc
        && !flags.varargs
        && !flags.varkeywords
        && !flags.generator
        && !flags.coroutine
        && !flags.async_generator
        && c.kwonlyargcount == 0
        && c.cellvars.is_empty()
}
