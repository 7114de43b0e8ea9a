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
use super::dunder;
use super::fast_ops::{self, dup};
use super::frame::{FrameRole, Post};
use super::stack;
use super::unwind::Unwinding;
use super::Vm;
use crate::bytecode::Instr;
use crate::intern;
use crate::object::{Function, GenState, Generator, Str, Value};
use crate::RunResult;
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
    pub(crate) fn run_frame(&mut self, frame: super::PendingFrame) -> RunResult<Value> {
        let base = self.frames.len();
        self.push_pending(frame, FrameRole::Boundary);
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
    /// While simple instructions run, `Vm::values` (every frame's locals and operand
    /// stack) and the frame's `ip` live in local variables; they are written back
    /// (`save!`) before anything that may look at them: calls into the object
    /// protocol, frame pushes and pops, errors.
    fn run_inner(&mut self) -> Result<Exit, Unwinding> {
        // The value array stays in this local across frame switches: inline calls
        // and returns move no vectors. Whenever the loop hands control to other
        // code (`save!`) it goes back into `self.values`.
        let mut values = std::mem::take(&mut self.values);
        'frames: loop {
            // gc hook: the cycle collector's safepoint on calls, returns and resumes.
            if crate::gc::due() {
                std::mem::swap(&mut self.values, &mut values);
                self.gc_safepoint();
                std::mem::swap(&mut self.values, &mut values);
            }
            let fi = self.frames.len() - 1;
            let frame = &self.frames[fi];
            // Code, globals and the memos, through one counted reference held
            // while the frame runs.
            let func = frame.func.clone();
            let code = &func.code;
            let cache = &*func.cache;
            let base = frame.base as usize;
            let mut ip = frame.ip as usize;
            let instrs: &[Instr] = &code.instrs;
            macro_rules! save {
                () => {{
                    self.frames[fi].ip = ip as u32;
                    // A swap, not an assignment: nothing to drop.
                    std::mem::swap(&mut self.values, &mut values);
                }};
            }
            macro_rules! load {
                () => {{
                    ip = self.frames[fi].ip as usize;
                    std::mem::swap(&mut self.values, &mut values);
                }};
            }
            // After `save!` and a frame switch done by a method: takes the values
            // back and runs the new top frame.
            macro_rules! resume {
                () => {{
                    std::mem::swap(&mut self.values, &mut values);
                    continue 'frames;
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
                    match values.pop() {
                        Some(Some(v)) => v,
                        _ => stack_underflow(),
                    }
                };
            }
            macro_rules! push {
                ($v:expr) => {
                    stack::push(&mut values, $v)
                };
            }
            macro_rules! top {
                () => {
                    match values.last() {
                        Some(Some(v)) => v,
                        _ => stack_underflow(),
                    }
                };
            }
            // Pushes the frame of a script dunder (`vm/dunder.rs`) whose locals
            // start at `$base` (its arguments are already there) and runs it.
            macro_rules! push_dunder {
                ($f:expr, $base:expr, $ret_sp:expr, $role:expr) => {{
                    let f: Rc<Function> = $f;
                    if let Err(e) = self.check_recursion() {
                        fail!(e)
                    }
                    self.frames[fi].ip = ip as u32;
                    let nlocals = f.code.nlocals();
                    let b: usize = $base;
                    super::Frame::push_with_role(&mut self.frames, f, b, $ret_sp, $role);
                    stack::pad_unbound(&mut values, b + nlocals);
                    continue 'frames;
                }};
            }
            // A jump backwards closes a loop: the place for periodic work.
            macro_rules! jump_back {
                ($t:expr) => {{
                    let t = $t as usize;
                    if t < ip {
                        if crate::gc::due() {
                            // Saved: the safepoint may run finalisers.
                            save!();
                            self.gc_safepoint();
                            load!();
                        }
                        if self.take_interrupt() {
                            save!();
                            let handled = self.handle_interrupt();
                            load!();
                            if let Err(e) = handled {
                                fail!(e);
                            }
                        }
                    }
                    ip = t;
                }};
            }
            // `Call(n)`: `[callable, a1..an]`; also `CallMethod` once its
            // `[meth, self, args]` or `[callable, NULL, args]` is normalised.
            macro_rules! call_positional {
                ($n:expr) => {{
                    let n: usize = $n;
                    let start = values.len() - n;
                    if let Some(Value::Function(f)) = &values[start - 1] {
                        if f.simple && f.code.argcount as usize == n {
                            // The commonest call, with no clone of `f`: the
                            // frame record is made while `f` is on the stack.
                            let nlocals = f.code.nlocals();
                            if let Err(e) = self.check_recursion() {
                                fail!(e)
                            }
                            self.frames[fi].ip = ip as u32;
                            // The frame takes the callable's reference off the
                            // stack (its slot stays, unbound, until the
                            // return): no count up on the call and down on
                            // the return.
                            let Some(Value::Function(f)) = values[start - 1].take() else {
                                unreachable!("checked above")
                            };
                            super::Frame::push_call(&mut self.frames, f, start, start - 1);
                            stack::pad_unbound(&mut values, start + nlocals);
                            continue 'frames;
                        }
                        if f.simple && takes_positional(f, n) {
                            let f = f.clone();
                            save!();
                            self.push_simple_call(&f, start, start - 1, n)?;
                            resume!();
                        }
                    }
                    if let Some(Value::Class(cls)) = &values[start - 1] {
                        let cls = cls.clone();
                        if let Some(f) = self.inline_init(&cls, n) {
                            // `type.__call__` inline (`vm/init_frame.rs`): the
                            // class's slot takes the new instance, the call's
                            // value once `__init__` returns; `self` goes in
                            // before the arguments as the frame's first local.
                            let inst = self.new_plain_instance(&cls);
                            values[start - 1] = Some(inst.clone());
                            values.insert(start, Some(inst));
                            push_dunder!(f, start, start, FrameRole::Dunder(Post::Init))
                        }
                    }
                    if n == 1 {
                        if let Some(Value::Builtin(b)) = &values[start - 1] {
                            if dunder::is_builtin_len(b) {
                                let name = intern!("__len__");
                                let f = values[start]
                                    .as_ref()
                                    .and_then(|v| dunder::inline_dunder(v, &name, 0));
                                if let Some(f) = f {
                                    // `self` is the argument; the builtin's
                                    // slot below is dropped on the return.
                                    push_dunder!(f, start, start - 1, FrameRole::Dunder(Post::Len))
                                }
                            }
                        }
                    }
                    save!();
                    if self.call_instr(n, None)? == Called::Pushed {
                        resume!();
                    }
                    load!();
                }};
            }
            // `PopJumpIfTrue`/`PopJumpIfFalse`: jumps to `$t` when the popped value's
            // truth is `$jump_if`; a script `__bool__`/`__len__` runs as a frame
            // whose return makes the jump (`Post::Truth`, `vm/dunder.rs`).
            macro_rules! pop_jump_if {
                ($t:expr, $jump_if:expr) => {{
                    let t = $t;
                    let v = pop!();
                    let cond = match fast_ops::truthy(&v) {
                        Some(b) => b,
                        None => {
                            if let Some((f, is_len)) = dunder::inline_truth(&v) {
                                // `self` goes back where the value was.
                                push!(v);
                                let b = values.len() - 1;
                                let (jump_if, target) = ($jump_if, t);
                                let post = if is_len {
                                    Post::TruthLen { jump_if, target }
                                } else {
                                    Post::Truth { jump_if, target }
                                };
                                push_dunder!(f, b, b, FrameRole::Dunder(post))
                            }
                            slow!(self.truthy(&v))
                        }
                    };
                    if cond == $jump_if {
                        jump_back!(t);
                    }
                }};
            }
            loop {
                let instr = instrs[ip];
                ip += 1;
                match instr {
                    Instr::Nop => {}
                    Instr::PopTop => {
                        if let Value::Generator(g) = pop!() {
                            // finalize hook: a coroutine or generator freed here.
                            save!();
                            self.drop_generator(g);
                            load!();
                        }
                    }
                    // Values move by words straight between slots (`stack.rs`):
                    // no `Value` built in a temporary, no store-forwarding stall.
                    Instr::LoadFast(i) => {
                        if !stack::push_local(&mut values, base + i as usize) {
                            fail!(self.unbound_local(&code.varnames[i as usize]))
                        }
                    }
                    Instr::LoadFastConstOp(i, j, op) => {
                        let r = match &values[base + i as usize] {
                            Some(a) => fast_ops::arith(op, a, &code.consts[j as usize]),
                            None => None,
                        };
                        // The result is pushed by variant (see `stack.rs`); the
                        // `LoadConst`/`BinaryOp` that follow are skipped.
                        match r {
                            Some(Value::Int(n)) => {
                                stack::push_int(&mut values, n);
                                ip += 2;
                            }
                            Some(Value::Float(x)) => {
                                stack::push_float(&mut values, x);
                                ip += 2;
                            }
                            _ => {
                                if !stack::push_local(&mut values, base + i as usize) {
                                    fail!(self.unbound_local(&code.varnames[i as usize]))
                                }
                            }
                        }
                    }
                    Instr::LoadFastConstCompareJump(i, j, op) => {
                        let r = match &values[base + i as usize] {
                            Some(a) => fast_ops::compare(op, a, &code.consts[j as usize]),
                            None => None,
                        };
                        match (r, instrs[ip + 2]) {
                            (Some(r), Instr::PopJumpIfFalse(t)) => {
                                ip += 3;
                                if !r {
                                    jump_back!(t);
                                }
                            }
                            (Some(r), Instr::PopJumpIfTrue(t)) => {
                                ip += 3;
                                if r {
                                    jump_back!(t);
                                }
                            }
                            _ => {
                                if !stack::push_local(&mut values, base + i as usize) {
                                    fail!(self.unbound_local(&code.varnames[i as usize]))
                                }
                            }
                        }
                    }
                    Instr::StoreFast(i) => stack::pop_to_local(&mut values, base + i as usize),
                    Instr::LoadConst(i) => stack::push_clone(&mut values, &code.consts[i as usize]),
                    Instr::LoadGlobal(i) => {
                        let name = &code.names[i as usize];
                        if !memo_global_push(
                            &mut values,
                            cache,
                            &func.globals,
                            &self.builtins,
                            name,
                            i,
                        ) {
                            match self.load_global_slow(&func.globals, name, cache, i) {
                                Some(v) => push!(v),
                                None => fail!(self.name_not_defined_in(fi, name)),
                            }
                        }
                    }
                    Instr::BinaryOp(op) => {
                        if fast_ops::arith_in_place(&mut values, op) {
                            continue;
                        }
                        let b = pop!();
                        let a = pop!();
                        let r = match fast_ops::arith(op, &a, &b) {
                            Some(r) => r,
                            None => slow!(self.binary_op(&a, &b, op)),
                        };
                        push!(r)
                    }
                    Instr::InplaceOp(op) => {
                        if fast_ops::arith_in_place(&mut values, op) {
                            continue;
                        }
                        let b = pop!();
                        let a = pop!();
                        let r = match fast_ops::arith(op, &a, &b) {
                            Some(r) => r,
                            None => slow!(self.inplace_op(&a, &b, op)),
                        };
                        push!(r)
                    }
                    Instr::CompareOp(op) => {
                        let r = match fast_ops::compare_top(&values, op) {
                            Some(r) => {
                                // Both operands are ints or floats: nothing to drop.
                                values.truncate(values.len() - 2);
                                r
                            }
                            None => {
                                let b = pop!();
                                let a = pop!();
                                let r = slow!(self.rich_compare(&a, &b, op));
                                push!(r);
                                continue;
                            }
                        };
                        // Fused with a following conditional jump (CPython's
                        // COMPARE_OP_INT_JUMP): no bool is pushed and popped.
                        match instrs[ip] {
                            Instr::PopJumpIfFalse(t) => {
                                ip += 1;
                                if !r {
                                    jump_back!(t);
                                }
                            }
                            Instr::PopJumpIfTrue(t) => {
                                ip += 1;
                                if r {
                                    jump_back!(t);
                                }
                            }
                            _ => stack::push_bool(&mut values, r),
                        }
                    }
                    Instr::PopJumpIfFalse(t) => pop_jump_if!(t, false),
                    Instr::PopJumpIfTrue(t) => pop_jump_if!(t, true),
                    Instr::Jump(t) => jump_back!(t),
                    Instr::JumpIfFalseOrPop(t) => {
                        let v = dup(top!());
                        let cond = match fast_ops::truthy(&v) {
                            Some(b) => b,
                            None => slow!(self.truthy(&v)),
                        };
                        if cond {
                            pop!();
                        } else {
                            ip = t as usize;
                        }
                    }
                    Instr::JumpIfTrueOrPop(t) => {
                        let v = dup(top!());
                        let cond = match fast_ops::truthy(&v) {
                            Some(b) => b,
                            None => slow!(self.truthy(&v)),
                        };
                        if cond {
                            ip = t as usize;
                        } else {
                            pop!();
                        }
                    }
                    Instr::ReturnValue => {
                        if let FrameRole::Call = self.frames[fi].role {
                            // The common case inline: drop the locals (and the
                            // callable below them), hand the value to the caller.
                            let frame = self.frames.pop().expect("returning with no frame");
                            stack::return_to(&mut values, frame.ret_sp as usize);
                            frame.release();
                            continue 'frames;
                        }
                        if let FrameRole::Dunder(post) = self.frames[fi].role {
                            // The result goes to the caller as for a call, then
                            // the instruction that pushed the frame finishes.
                            let frame = self.frames.pop().expect("returning with no frame");
                            stack::return_to(&mut values, frame.ret_sp as usize);
                            frame.release();
                            std::mem::swap(&mut self.values, &mut values);
                            self.finish_dunder(post)?;
                            resume!();
                        }
                        let v = pop!();
                        save!();
                        if let Some(exit) = self.do_return(v) {
                            return Ok(exit);
                        }
                        resume!();
                    }
                    Instr::Call(n) => call_positional!(n as usize),
                    Instr::CallKw(n) => {
                        let names = pop!();
                        save!();
                        if self.call_instr(n as usize, Some(names))? == Called::Pushed {
                            resume!();
                        }
                        load!();
                    }
                    Instr::LoadMethod(i) => {
                        // A plain method of a plain class, found by the attribute
                        // cache: `[obj] -> [function, obj]`, no bound method.
                        if let Some(Some(Value::Instance(inst))) = values.last() {
                            if let Some(f) =
                                cache.attrs[i as usize].method(inst, &code.names[i as usize])
                            {
                                let obj = values.pop().flatten();
                                values.push(Some(Value::Function(f)));
                                values.push(obj);
                                continue;
                            }
                        }
                        let obj = pop!();
                        let (m, recv) = slow!(self.load_method_instr(code, i, &obj));
                        push!(m);
                        values.push(recv);
                    }
                    Instr::CallMethod(n) => {
                        // `[meth, self, args]` is a call with `self` as the first
                        // argument; `[callable, NULL, args]` loses the NULL.
                        let n = n as usize;
                        let start = values.len() - n;
                        if values[start - 1].is_some() {
                            if n <= 2 {
                                if let Some(Value::Builtin(b)) = &values[start - 2] {
                                    if b.is_method && b.receiver.is_none() {
                                        slow!(self.call_builtin_method(n));
                                        continue;
                                    }
                                }
                            }
                            call_positional!(n + 1)
                        } else {
                            values.remove(start - 1);
                            call_positional!(n)
                        }
                    }
                    Instr::CallEx(has_kw) => {
                        save!();
                        if self.call_ex_instr(has_kw)? == Called::Pushed {
                            resume!();
                        }
                        load!();
                    }
                    Instr::LoadAttr(i) => {
                        let name = &code.names[i as usize];
                        let e = &cache.attrs[i as usize];
                        if let Some(Some(Value::Instance(inst))) = values.last() {
                            if let Some(v) = e.load_with(inst, name, stack::clone_words) {
                                // The instance's reference is dropped after the
                                // attribute's words replace it.
                                let obj = stack::replace_top(&mut values, v);
                                drop(obj);
                                continue;
                            }
                        }
                        let obj = pop!();
                        let v = slow!(self.get_attr(&obj, name));
                        self.fill_attr_cache(&cache.attrs[i as usize], &obj, name);
                        push!(v)
                    }
                    Instr::StoreAttr(i) => {
                        let name = &code.names[i as usize];
                        let obj = pop!();
                        let v = pop!();
                        let v = match &obj {
                            Value::Instance(inst) => {
                                match cache.attrs[i as usize].store(inst, name, v) {
                                    Ok(()) => continue,
                                    Err(v) => v,
                                }
                            }
                            _ => v,
                        };
                        slow!(self.set_attr(&obj, name, v));
                        self.fill_attr_cache(&cache.attrs[i as usize], &obj, name);
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
                                    Some(dup(&items[j as usize]))
                                } else {
                                    None
                                }
                            }
                            _ => None,
                        };
                        let v = match fast {
                            Some(v) => v,
                            None => {
                                let name = intern!("__getitem__");
                                if let Some(f) = dunder::inline_dunder(&container, &name, 1) {
                                    // `[container, key]` are `self` and the key.
                                    push!(container);
                                    push!(key);
                                    let b = values.len() - 2;
                                    push_dunder!(f, b, b, FrameRole::Call)
                                }
                                slow!(self.get_item(&container, &key))
                            }
                        };
                        push!(v)
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
                        push!(it)
                    }
                    Instr::ForIter(target) => {
                        match fast_ops::iter_step(top!()) {
                            fast_ops::IterStep::Int(i) => {
                                stack::push_int(&mut values, i);
                                continue;
                            }
                            fast_ops::IterStep::Value(v) => {
                                push!(v);
                                continue;
                            }
                            fast_ops::IterStep::Done => {
                                pop!();
                                ip = target as usize;
                                continue;
                            }
                            fast_ops::IterStep::Slow => {}
                        }
                        let it = top!().clone();
                        if let Value::Generator(g) = &it {
                            if g.kind == crate::object::GenKind::Generator {
                                save!();
                                self.safepoint();
                                if self.for_iter_generator(g, target)? {
                                    resume!();
                                }
                                load!();
                                continue;
                            }
                        }
                        let name = intern!("__next__");
                        if let Some(f) = dunder::inline_dunder(&it, &name, 0) {
                            // A copy of the iterator is `self`; the result
                            // lands above the iterator.
                            push!(it);
                            let b = values.len() - 1;
                            push_dunder!(f, b, b, FrameRole::Dunder(Post::Next(target)))
                        }
                        match slow!(self.next(&it)) {
                            Some(v) => push!(v),
                            None => {
                                pop!();
                                ip = target as usize;
                            }
                        }
                    }
                    Instr::YieldValue => {
                        let v = pop!();
                        save!();
                        if code.flags.async_generator {
                            super::async_gen::mark_yield();
                        }
                        match self.do_yield(v)? {
                            Some(exit) => return Ok(exit),
                            None => resume!(),
                        }
                    }
                    Instr::Send(_) => {
                        save!();
                        if let Some(exit) = self.send_instr()? {
                            return Ok(exit);
                        }
                        resume!();
                    }
                    Instr::Copy(n) => {
                        // Copied by words (`stack.rs`); the source slot is an
                        // operand, never unbound.
                        let src = values.len() - n as usize;
                        if !stack::push_local(&mut values, src) {
                            values.push(None);
                        }
                    }
                    Instr::Swap(n) => {
                        let len = values.len();
                        values.swap(len - 1, len - n as usize);
                    }
                    Instr::IsOp(invert) => {
                        let b = pop!();
                        let a = pop!();
                        stack::push_bool(&mut values, a.is(&b) != invert)
                    }
                    Instr::ContainsOp(invert) => {
                        let container = pop!();
                        let item = pop!();
                        let name = intern!("__contains__");
                        if let Some(f) = dunder::inline_dunder(&container, &name, 1) {
                            push!(container);
                            push!(item);
                            let b = values.len() - 2;
                            push_dunder!(f, b, b, FrameRole::Dunder(Post::Contains(invert)))
                        }
                        let r = slow!(self.contains(&container, &item));
                        stack::push_bool(&mut values, r != invert)
                    }
                    Instr::UnaryNot => {
                        let v = pop!();
                        let r = match fast_ops::truthy(&v) {
                            Some(b) => b,
                            None => slow!(self.truthy(&v)),
                        };
                        stack::push_bool(&mut values, !r)
                    }
                    Instr::UnaryNegative => {
                        let r = match pop!() {
                            Value::Int(i) if i != i64::MIN => Value::Int(-i),
                            Value::Float(f) => Value::Float(-f),
                            v => slow!(self.unary_op(&v, coil_parser::ast::UnaryOp::USub)),
                        };
                        push!(r)
                    }
                    Instr::BuildTuple(n) => {
                        let items = take_values(&mut values, n as usize);
                        push!(Value::tuple(items))
                    }
                    Instr::BuildList(n) => {
                        let items = take_values(&mut values, n as usize);
                        push!(Value::list(items))
                    }
                    Instr::ListAppend(n) => {
                        let v = pop!();
                        match &values[values.len() - n as usize] {
                            Some(Value::List(l)) => l.items.borrow_mut().push(v),
                            _ => fail!(self.bad_stack("ListAppend")),
                        }
                    }
                    Instr::SetupFinally(handler) | Instr::SetupWith(handler) => {
                        let mut depth = (values.len() - base) as u32;
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
                        if let Some(Some(Value::Instance(e))) = values.last() {
                            let e = e.clone();
                            self.frames[fi].exc_state().handling.push(e);
                        }
                    }
                    Instr::PopExcept => {
                        self.frames[fi].exc_state().handling.pop();
                    }
                    Instr::CheckExcMatch => {
                        let pattern = pop!();
                        let exc = top!().clone();
                        let r = slow!(self.exc_match(&exc, &pattern));
                        stack::push_bool(&mut values, r)
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
                    // f-string pieces: an int without conversion or spec formats
                    // as `str(int)`, strings are joined with one allocation
                    // (the general cases are in `instr_misc.rs`).
                    Instr::FormatValue(0) if matches!(values.last(), Some(Some(Value::Int(_)))) => {
                        if let Some(Some(Value::Int(i))) = values.last() {
                            let s = Value::string(i.to_string());
                            stack::replace_top(&mut values, stack::clone_words(&s));
                        }
                    }
                    Instr::BuildString(n) if fast_ops::all_str(&values, n as usize) => {
                        let s = fast_ops::concat_top(&mut values, n as usize);
                        push!(s)
                    }
                    other => {
                        save!();
                        self.exec_misc(other, code)?;
                        load!();
                    }
                }
            }
        }
    }

    /// Periodic work between instructions: called on backward jumps and generator
    /// resumptions, where no native code holds half-built state (the cycle
    /// collector's hook goes here).
    #[inline(always)]
    pub(crate) fn safepoint(&mut self) {
        // The cycle collector's safepoint on loop back-edges (calls, returns and
        // resumes check at the top of the `'frames` loop).
        if crate::gc::due() {
            self.gc_safepoint();
        }
    }

    /// True (once) when the embedder's SIGINT flag is set.
    /// Under `asyncio.run` the flag is left for the loop, which cancels the main
    /// task.
    pub fn take_interrupt(&self) -> bool {
        self.asyncio.main_task.is_none()
            && self
                .interrupt
                .is_some_and(|f| f.swap(false, std::sync::atomic::Ordering::Relaxed))
    }

    /// A set interrupt flag at a safepoint: the `signal` module's handlers, or
    /// KeyboardInterrupt (CPython's `PyErr_CheckSignals`).
    pub fn handle_interrupt(&mut self) -> crate::RunResult<()> {
        match self.signal_hook {
            Some(hook) => hook(self),
            None => Err(self.keyboard_interrupt()),
        }
    }

    /// A fresh `KeyboardInterrupt` with no arguments.
    pub fn keyboard_interrupt(&self) -> crate::Exc {
        let cls = self.types.exc.keyboard_interrupt.clone();
        self.new_exception(&cls, Vec::new())
    }

    /// `LoadGlobal` without a usable memo: globals then builtins, remembering where
    /// a global was found.
    fn load_global_slow(
        &self,
        globals: &crate::object::Dict,
        name: &Rc<Str>,
        cache: &crate::object::GlobalCache,
        i: u32,
    ) -> Option<Value> {
        let key = crate::object::HashKey {
            hash: name.hash(),
            value: Value::Str(name.clone()),
        };
        if let Some((idx, _, v)) = globals.map.borrow().get_full(&key) {
            cache.slots[i as usize].set(idx as u32 + 1);
            return Some(v.clone());
        }
        let version = globals.map.version();
        let map = self.builtins.map.borrow();
        let (idx, _, v) = map.get_full(&key)?;
        cache.builtin_slots[i as usize].set((version, idx as u32 + 1));
        Some(v.clone())
    }

    /// NameError for a global missing from the frame at `fi`.
    fn name_not_defined_in(&self, _fi: usize, name: &Rc<Str>) -> crate::Exc {
        self.name_not_defined(name)
    }

    /// `ReturnValue` from a frame whose role is not a plain `Call`: pops the top
    /// frame and delivers `v` according to its role. Returns the exit when the
    /// run's base frame returned.
    fn do_return(&mut self, v: Value) -> Option<Exit> {
        let role = self.pop_frame();
        match role {
            // (`ReturnValue` finishes dunder frames itself: never reached.)
            FrameRole::Call | FrameRole::Dunder(_) => {
                self.push(v);
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
                self.pop();
                let below = self.top_frame();
                if let Instr::ForIter(target) = below.code().instrs[below.lasti() as usize] {
                    below.ip = target;
                }
                None
            }
            FrameRole::Delegate(g) => {
                g.state.set(GenState::Closed);
                self.pop();
                self.push(v);
                None
            }
        }
    }

    /// Pops the top frame, drops its values, and gives its role.
    pub(crate) fn pop_frame(&mut self) -> FrameRole {
        let frame = self.frames.pop().expect("pop with no frame");
        self.values.truncate(frame.ret_sp as usize);
        frame.role
    }

    pub(crate) fn top_frame(&mut self) -> &mut super::Frame {
        self.frames.last_mut().expect("no running frame")
    }

    /// Pops the top of the value stack.
    pub(crate) fn pop(&mut self) -> Value {
        match self.values.pop() {
            Some(Some(v)) => v,
            _ => stack_underflow(),
        }
    }

    pub(crate) fn push(&mut self, v: Value) {
        self.values.push(Some(v))
    }

    /// Moves the top `n` values off the value stack into a pooled vector.
    fn take_args(&mut self, n: usize) -> Vec<Value> {
        let mut args = self.pool.args();
        let start = self.values.len() - n;
        args.extend(self.values.drain(start..).map(|v| v.unwrap_or(Value::None)));
        args
    }

    /// Pushes a pending frame (bound by `bind_frame`) with its locals on top of
    /// the value stack.
    pub(crate) fn push_pending(&mut self, p: super::PendingFrame, role: FrameRole) {
        let super::PendingFrame {
            mut frame,
            mut locals,
        } = p;
        let base = self.values.len() as u32;
        frame.base = base;
        frame.ret_sp = base;
        frame.role = role;
        self.values.append(&mut locals);
        self.pool.recycle_locals(locals);
        self.frames.push(frame);
    }

    /// `Call`/`CallKw`: `[callable, a1..an(, names)]`.
    fn call_instr(&mut self, n: usize, names: Option<Value>) -> RunResult<Called> {
        if names.is_none() && n <= 2 {
            // A plain builtin function (`len(x)`, `str(i)`): up to two arguments
            // move into an array, not a pooled vector (see `call_method_instr`).
            let start = self.values.len() - n;
            if let Some(Value::Builtin(b)) = &self.values[start - 1] {
                if b.receiver.is_none() && !b.is_method {
                    let b = b.clone();
                    let none = Value::None;
                    let result = match n {
                        0 => {
                            self.values.pop();
                            (b.func)(self, &none, crate::object::Args::positional(&[]))
                        }
                        1 => {
                            let a = [self.pop()];
                            self.values.pop();
                            (b.func)(self, &none, crate::object::Args::positional(&a))
                        }
                        _ => {
                            let a1 = self.pop();
                            let a = [self.pop(), a1];
                            self.values.pop();
                            (b.func)(self, &none, crate::object::Args::positional(&a))
                        }
                    };
                    self.push(result?);
                    return Ok(Called::Value);
                }
            }
        }
        let mut args = self.take_args(n);
        let callee = self.pop();
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

    /// Pushes a frame for a plain function called with `n` positional arguments
    /// (between its required and total positional parameters), which are already
    /// on the value stack from index `base`: they become the callee's first
    /// locals in place. When the callee ends the stack goes back to `ret_sp`.
    fn push_simple_call(
        &mut self,
        f: &Rc<Function>,
        base: usize,
        ret_sp: usize,
        n: usize,
    ) -> RunResult<()> {
        self.check_recursion()?;
        let code = &f.code;
        let argcount = code.argcount as usize;
        if n < argcount {
            let ndef = f.defaults.len();
            for j in n..argcount {
                self.values
                    .push(Some(f.defaults[ndef - (argcount - j)].clone()));
            }
        }
        stack::pad_unbound(&mut self.values, base + code.nlocals());
        stack::push_record(&mut self.frames, super::Frame::for_call(f, base, ret_sp));
        Ok(())
    }

    /// `CallMethod(n)` of a builtin type's method found by `LoadMethod`:
    /// `[builtin, self, a1..an]` with `n <= 2`; the arguments move into an array
    /// rather than a pooled vector (CPython passes a pointer into its stack).
    fn call_builtin_method(&mut self, n: usize) -> RunResult<()> {
        let args: [Value; 2] = match n {
            0 => [Value::None, Value::None],
            1 => [self.pop(), Value::None],
            _ => {
                let a1 = self.pop();
                [self.pop(), a1]
            }
        };
        let recv = self.pop();
        let Value::Builtin(b) = self.pop() else {
            return Err(self.bad_stack("CallMethod"));
        };
        let result = (b.func)(self, &recv, crate::object::Args::positional(&args[..n]))?;
        self.push(result);
        Ok(())
    }

    /// `LoadMethod(name)`'s lookup: `(function, Some(obj))` when the attribute is
    /// a plain method of the type (no bound method is made), else `(attribute,
    /// None)`. Fills the attribute caches.
    fn load_method_instr(
        &mut self,
        code: &crate::bytecode::CodeObject,
        i: u32,
        obj: &Value,
    ) -> RunResult<(Value, Option<Value>)> {
        let name = &code.names[i as usize];
        let func = match self.frames.last() {
            Some(f) => f.func.clone(),
            None => return Err(self.bad_stack("LoadMethod")),
        };
        let entry = &func.cache.attrs[i as usize];
        Ok(match obj {
            Value::Instance(inst) => match entry.method(inst, name) {
                Some(f) => (Value::Function(f), Some(obj.clone())),
                None => {
                    let r = self.load_method(obj, name)?;
                    self.fill_attr_cache(entry, obj, name);
                    r
                }
            },
            Value::Class(_) | Value::Module(_) | Value::Native(_) => self.load_method(obj, name)?,
            _ => {
                // A builtin value: its attributes are its type's.
                let cls = self.type_of(obj);
                match entry.type_method(&cls) {
                    Some(b) => (Value::Builtin(b), Some(obj.clone())),
                    None => {
                        let r = self.load_method(obj, name)?;
                        if let (Value::Builtin(b), Some(_)) = &r {
                            entry.fill_type_method(&cls, b);
                        }
                        r
                    }
                }
            }
        })
    }

    /// `CallEx`: `[callable, args(, kwargs)]` for `f(*a, **k)`.
    fn call_ex_instr(&mut self, has_kw: bool) -> RunResult<Called> {
        let kwargs = if has_kw { Some(self.pop()) } else { None };
        let args_v = self.pop();
        let callee = self.pop();
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
                self.pop();
                self.top_frame().ip = target;
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
                    self.push(v);
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
        let value = self.pop();
        let receiver = match self.values.last() {
            Some(Some(v)) => v.clone(),
            _ => stack_underflow(),
        };
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
                    self.pop();
                    self.push(Value::None);
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
                self.pop();
                self.push(v);
                Ok(None)
            }
            super::GenStep::Yield(v) => {
                self.top_frame().ip -= 1;
                self.do_yield(v)
            }
        }
    }

    /// Checks the recursion limit before pushing a frame.
    #[inline(always)]
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

    pub(crate) fn bad_stack(&self, what: &str) -> crate::Exc {
        self.new_error(
            &self.types.exc.system_error,
            format!("{what}: unexpected value on the stack"),
        )
    }
}

/// Whether `n` positional arguments fill `f`'s positional parameters, with its
/// defaults for the rest (the fast path's condition, with `Function::simple`).
#[inline(always)]
pub(crate) fn takes_positional(f: &Function, n: usize) -> bool {
    let argc = f.code.argcount as usize;
    n <= argc && n + f.defaults.len() >= argc
}

/// The `LoadGlobal` memo: pushes the value at the remembered index of
/// `globals`, if the key stored there is still the very same interned name.
/// Else a builtin remembered while `globals` kept the keys version it had when the
/// name was seen absent there (`GlobalCache`). False (nothing pushed) when the
/// slow path must look.
#[inline(always)]
fn memo_global_push(
    values: &mut Vec<Option<Value>>,
    cache: &crate::object::GlobalCache,
    globals: &crate::object::Dict,
    builtins: &crate::object::Dict,
    name: &Rc<Str>,
    i: u32,
) -> bool {
    let slot = cache.slots[i as usize].get();
    if slot != 0 && memo_push_at(values, globals, slot, name) {
        return true;
    }
    let (version, slot) = cache.builtin_slots[i as usize].get();
    slot != 0 && version == globals.map.version() && memo_push_at(values, builtins, slot, name)
}

/// Pushes the value at position `slot - 1` of `dict` if its key is the interned `name`.
#[inline(always)]
fn memo_push_at(
    values: &mut Vec<Option<Value>>,
    dict: &crate::object::Dict,
    slot: u32,
    name: &Rc<Str>,
) -> bool {
    let map = dict.map.borrow();
    match map.slot(slot as usize - 1) {
        Some((k, v)) if matches!(&k.value, Value::Str(s) if Rc::ptr_eq(s, name)) => {
            stack::push_clone(values, v);
            true
        }
        _ => false,
    }
}

/// Moves the top `n` values off the stack into a new vector.
fn take_values(values: &mut Vec<Option<Value>>, n: usize) -> Vec<Value> {
    let start = values.len() - n;
    values
        .drain(start..)
        .map(|v| v.unwrap_or(Value::None))
        .collect()
}

/// The value stack ran dry: a compiler bug, never a script's doing.
#[cold]
#[inline(never)]
fn stack_underflow() -> ! {
    panic!("value stack underflow")
}
