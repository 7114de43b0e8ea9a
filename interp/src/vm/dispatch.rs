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
    pub(crate) fn run_frame(&mut self, mut frame: Box<super::Frame>) -> RunResult<Value> {
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

    /// Runs instructions of the top frame (and of the frames it calls) until the run's
    /// base frame exits or an exception leaves an instruction.
    ///
    /// The running frame's `ip`, value stack and locals live in local variables
    /// while simple instructions run, and are written back to the frame (`save!`)
    /// before anything that may look at the frame stack: calls into the object
    /// protocol, frame pushes and pops, errors.
    fn run_inner(&mut self) -> Result<Exit, Unwinding> {
        'frames: loop {
            // gc hook: the cycle collector's safepoint on calls, returns and resumes.
            if crate::gc::due() {
                self.gc_safepoint();
            }
            let fi = self.frames.len() - 1;
            let code = self.frames[fi].code.clone();
            let instrs: &[Instr] = &code.instrs;
            let cache = self.frames[fi].cache.clone();
            let globals = self.frames[fi].globals.clone();
            let mut ip = self.frames[fi].ip as usize;
            let mut stack = std::mem::take(&mut self.frames[fi].stack);
            let mut locals = std::mem::take(&mut self.frames[fi].locals);
            macro_rules! save {
                () => {{
                    let f = &mut self.frames[fi];
                    f.ip = ip as u32;
                    f.stack = std::mem::take(&mut stack);
                    f.locals = std::mem::take(&mut locals);
                }};
            }
            macro_rules! load {
                () => {{
                    let f = &mut self.frames[fi];
                    ip = f.ip as usize;
                    stack = std::mem::take(&mut f.stack);
                    locals = std::mem::take(&mut f.locals);
                }};
            }
            // Runs a fallible operation with the frame state saved; an error leaves
            // the run with the state in the frame, for unwinding.
            macro_rules! slow {
                ($e:expr) => {{
                    save!();
                    match $e {
                        Ok(v) => {
                            load!();
                            v
                        }
                        Err(e) => return Err(e.into()),
                    }
                }};
            }
            macro_rules! fail {
                ($e:expr) => {{
                    save!();
                    return Err($e.into());
                }};
            }
            macro_rules! pop {
                () => {
                    stack.pop().expect("value stack underflow")
                };
            }
            loop {
                let instr = instrs[ip];
                ip += 1;
                match instr {
                    Instr::Nop => {}
                    Instr::PopTop => {
                        pop!();
                    }
                    Instr::LoadFast(i) => match &locals[i as usize] {
                        Some(v) => stack.push(v.clone()),
                        None => fail!(self.unbound_local(&code.varnames[i as usize])),
                    },
                    Instr::StoreFast(i) => {
                        let v = pop!();
                        locals[i as usize] = Some(v);
                    }
                    Instr::LoadConst(i) => stack.push(code.consts[i as usize].clone()),
                    Instr::LoadGlobal(i) => {
                        let name = &code.names[i as usize];
                        let hit = cache.as_ref().and_then(|c| {
                            let slot = c.slots[i as usize].get();
                            if slot == 0 {
                                return None;
                            }
                            let map = globals.map.borrow();
                            match map.get_index(slot as usize - 1) {
                                Some((k, v)) if matches!(&k.value, Value::Str(s) if Rc::ptr_eq(s, name)) => {
                                    Some(v.clone())
                                }
                                _ => None,
                            }
                        });
                        let v = match hit {
                            Some(v) => v,
                            None => {
                                match self.load_global_slow(&globals, name, cache.as_deref(), i) {
                                    Some(v) => v,
                                    None => fail!(self.name_not_defined_in(fi, name)),
                                }
                            }
                        };
                        stack.push(v)
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
                            _ => slow!(self.binary_op(&a, &b, op)),
                        };
                        stack.push(r)
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
                            _ => slow!(self.inplace_op(&a, &b, op)),
                        };
                        stack.push(r)
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
                                _ => fail!(self.bad_compare_op()),
                            }),
                            _ => slow!(self.rich_compare(&a, &b, op)),
                        };
                        stack.push(r)
                    }
                    Instr::PopJumpIfFalse(t) => {
                        let cond = match pop!() {
                            Value::Bool(b) => b,
                            v => slow!(self.truthy(&v)),
                        };
                        if !cond {
                            ip = t as usize;
                        }
                    }
                    Instr::PopJumpIfTrue(t) => {
                        let cond = match pop!() {
                            Value::Bool(b) => b,
                            v => slow!(self.truthy(&v)),
                        };
                        if cond {
                            ip = t as usize;
                        }
                    }
                    Instr::Jump(t) => {
                        // gc hook: the cycle collector's safepoint on jumps (loop back-edges).
                        if crate::gc::due() {
                            self.gc_safepoint();
                        }
                        ip = t as usize
                    }
                    Instr::JumpIfFalseOrPop(t) => {
                        let v = stack.last().cloned().expect("value stack underflow");
                        if slow!(self.truthy(&v)) {
                            pop!();
                        } else {
                            ip = t as usize;
                        }
                    }
                    Instr::JumpIfTrueOrPop(t) => {
                        let v = stack.last().cloned().expect("value stack underflow");
                        if slow!(self.truthy(&v)) {
                            ip = t as usize;
                        } else {
                            pop!();
                        }
                    }
                    Instr::ReturnValue => {
                        let v = pop!();
                        save!();
                        if let Some(exit) = self.do_return(v) {
                            return Ok(exit);
                        }
                        continue 'frames;
                    }
                    Instr::Call(n) => {
                        save!();
                        if self.call_instr(n as usize, None)? == Called::Pushed {
                            continue 'frames;
                        }
                        load!();
                    }
                    Instr::CallKw(n) => {
                        let names = pop!();
                        save!();
                        if self.call_instr(n as usize, Some(names))? == Called::Pushed {
                            continue 'frames;
                        }
                        load!();
                    }
                    Instr::CallMethod(name, n) => {
                        let name = code.names[name as usize].clone();
                        save!();
                        if self.call_method_instr(&name, n as usize)? == Called::Pushed {
                            continue 'frames;
                        }
                        load!();
                    }
                    Instr::CallEx(has_kw) => {
                        save!();
                        if self.call_ex_instr(has_kw)? == Called::Pushed {
                            continue 'frames;
                        }
                        load!();
                    }
                    Instr::LoadAttr(i) => {
                        let obj = pop!();
                        let v = slow!(self.get_attr(&obj, &code.names[i as usize]));
                        stack.push(v)
                    }
                    Instr::StoreAttr(i) => {
                        let obj = pop!();
                        let v = pop!();
                        slow!(self.set_attr(&obj, &code.names[i as usize], v));
                    }
                    Instr::BinarySubscr => {
                        let key = pop!();
                        let container = pop!();
                        let fast = match (&container, &key) {
                            (Value::List(l), Value::Int(i)) => {
                                let items = l.items.borrow();
                                let n = items.len() as i64;
                                let j = if *i < 0 { i + n } else { *i };
                                if (0..n).contains(&j) {
                                    Some(items[j as usize].clone())
                                } else {
                                    None
                                }
                            }
                            _ => None,
                        };
                        let v = match fast {
                            Some(v) => v,
                            None => slow!(self.get_item(&container, &key)),
                        };
                        stack.push(v)
                    }
                    Instr::StoreSubscr => {
                        let key = pop!();
                        let container = pop!();
                        let v = pop!();
                        slow!(self.set_item(&container, &key, v));
                    }
                    Instr::GetIter => {
                        let v = pop!();
                        let it = match v {
                            Value::Generator(g) if g.kind == crate::object::GenKind::Generator => {
                                Value::Generator(g)
                            }
                            v => slow!(self.get_iter(&v)),
                        };
                        stack.push(it)
                    }
                    Instr::ForIter(target) => {
                        let it = stack.last().cloned().expect("value stack underflow");
                        if let Value::Generator(g) = &it {
                            if g.kind == crate::object::GenKind::Generator {
                                save!();
                                if self.for_iter_generator(g, target)? {
                                    continue 'frames;
                                }
                                load!();
                                continue;
                            }
                        }
                        match slow!(self.next(&it)) {
                            Some(v) => stack.push(v),
                            None => {
                                pop!();
                                ip = target as usize;
                            }
                        }
                    }
                    Instr::YieldValue => {
                        let v = pop!();
                        save!();
                        match self.do_yield(v)? {
                            Some(exit) => return Ok(exit),
                            None => continue 'frames,
                        }
                    }
                    Instr::Send(_) => {
                        save!();
                        if let Some(exit) = self.send_instr()? {
                            return Ok(exit);
                        }
                        continue 'frames;
                    }
                    Instr::Copy(n) => {
                        let v = stack[stack.len() - n as usize].clone();
                        stack.push(v)
                    }
                    Instr::Swap(n) => {
                        let len = stack.len();
                        stack.swap(len - 1, len - n as usize);
                    }
                    Instr::IsOp(invert) => {
                        let b = pop!();
                        let a = pop!();
                        stack.push(Value::Bool(a.is(&b) != invert))
                    }
                    Instr::ContainsOp(invert) => {
                        let container = pop!();
                        let item = pop!();
                        let r = slow!(self.contains(&container, &item));
                        stack.push(Value::Bool(r != invert))
                    }
                    Instr::UnaryNot => {
                        let r = match pop!() {
                            Value::Bool(b) => !b,
                            v => !slow!(self.truthy(&v)),
                        };
                        stack.push(Value::Bool(r))
                    }
                    Instr::UnaryNegative => {
                        let r = match pop!() {
                            Value::Int(i) if i != i64::MIN => Value::Int(-i),
                            Value::Float(f) => Value::Float(-f),
                            v => slow!(self.unary_op(&v, coil_parser::ast::UnaryOp::USub)),
                        };
                        stack.push(r)
                    }
                    Instr::BuildTuple(n) => {
                        let items = stack.split_off(stack.len() - n as usize);
                        stack.push(Value::tuple(items))
                    }
                    Instr::BuildList(n) => {
                        let items = stack.split_off(stack.len() - n as usize);
                        stack.push(Value::list(items))
                    }
                    Instr::ListAppend(n) => {
                        let v = pop!();
                        match &stack[stack.len() - n as usize] {
                            Value::List(l) => l.items.borrow_mut().push(v),
                            _ => fail!(self.bad_stack("ListAppend")),
                        }
                    }
                    Instr::SetupFinally(handler) | Instr::SetupWith(handler) => {
                        let mut depth = stack.len() as u32;
                        if matches!(instr, Instr::SetupWith(_)) {
                            depth -= 1;
                        }
                        let state = self.frames[fi].exc_state();
                        let b = super::Block {
                            handler,
                            depth,
                            handling: state.handling.len() as u32,
                        };
                        state.blocks.push(b);
                    }
                    Instr::PopBlock => {
                        self.frames[fi].exc_state().blocks.pop();
                    }
                    Instr::PushExcInfo => {
                        if let Some(Value::Instance(e)) = stack.last() {
                            let e = e.clone();
                            self.frames[fi].exc_state().handling.push(e);
                        }
                    }
                    Instr::PopExcept => {
                        self.frames[fi].exc_state().handling.pop();
                    }
                    Instr::CheckExcMatch => {
                        let pattern = pop!();
                        let exc = stack.last().cloned().expect("value stack underflow");
                        let r = slow!(self.exc_match(&exc, &pattern));
                        stack.push(Value::Bool(r))
                    }
                    Instr::Reraise => {
                        let v = pop!();
                        save!();
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
                        save!();
                        return Err(self.do_raise(exc, cause));
                    }
                    other => {
                        save!();
                        self.exec_misc(other, &code)?;
                        load!();
                    }
                }
            }
        }
    }

    /// `LoadGlobal` without a usable memo: globals then builtins, remembering where
    /// a global was found.
    fn load_global_slow(
        &self,
        globals: &crate::object::Dict,
        name: &Rc<Str>,
        cache: Option<&crate::object::GlobalCache>,
        i: u32,
    ) -> Option<Value> {
        let key = crate::object::HashKey {
            hash: name.hash(),
            value: Value::Str(name.clone()),
        };
        if let Some((idx, _, v)) = globals.map.borrow().get_full(&key) {
            if let Some(c) = cache {
                c.slots[i as usize].set(idx as u32 + 1);
            }
            return Some(v.clone());
        }
        self.builtins.get_name(name)
    }

    /// NameError for a global missing from the frame at `fi`.
    fn name_not_defined_in(&self, _fi: usize, name: &Rc<Str>) -> crate::Exc {
        self.name_not_defined(name)
    }

    /// `ReturnValue`: pops the top frame and delivers `v` according to its role.
    /// Returns the exit when the run's base frame returned.
    fn do_return(&mut self, v: Value) -> Option<Exit> {
        let role = self.pop_frame();
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

    /// Pops the top frame in place (recycling its vectors) and gives its role.
    pub(crate) fn pop_frame(&mut self) -> FrameRole {
        let mut frame = self.frames.pop().expect("pop with no frame");
        let role = std::mem::replace(&mut frame.role, FrameRole::Call);
        self.pool.recycle(frame);
        role
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
        let mut frame = self.pool.frame(code, &f.globals, code.nlocals());
        let locals = &mut frame.locals;
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
        if !f.closure.is_empty() {
            frame.cells = f.closure.clone().into_boxed_slice();
        }
        frame.cache = Some(f.cache.clone());
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
            other => match self.collect(other) {
                Ok(items) => args.extend(items),
                Err(e) => {
                    if e.class().is_subclass(&self.types.exc.type_error)
                        && self
                            .lookup_special(other, &Str::intern("__iter__"))
                            .is_none()
                    {
                        return Err(self.type_error(format!(
                            "{} argument after * must be an iterable, not {}",
                            super::instr_misc::function_str(&callee),
                            other.type_name()
                        )));
                    }
                    return Err(e);
                }
            },
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
