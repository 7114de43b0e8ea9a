//! The dispatch loop: runs the frames on `Vm::frames` from the top until the frame
//! at a given base index finishes (CPython 3.11's `_PyEval_EvalFrameDefault`).
//!
//! Script-to-script calls push a frame and `continue 'frames`: no Rust recursion per
//! script call. Generators resumed by `ForIter` or `Send` put their frames back on
//! the stack the same way. The one `match` on `Instr` is exhaustive: the
//! instructions that move words on the value stack or switch frames (fast locals,
//! constants, jumps, int/float operations and comparisons, attribute caches,
//! calls, returns, `ForIter`) run inline here; every other one calls its handler
//! in `instr/`, one file per concept (`instr/mod.rs` lists them).

use super::call::Called;
use super::dunder;
use super::fast_ops::{self, dup};
use super::frame::{FrameRole, Post};
use super::instr::calls::takes_positional;
use super::instr::{build, exceptions, names};
use super::stack;
use super::unwind::Unwinding;
use super::Vm;
use crate::bytecode::Instr;
use crate::intern;
use crate::object::{Function, GenState, Generator, Value};
use crate::RunResult;
use coil_parser::ast::{BinOp, UnaryOp};
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
    pub(super) fn run_inner(&mut self) -> Result<Exit, Unwinding> {
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
            // A fused arithmetic instruction's number result is pushed by
            // variant (see `stack.rs`) and the two instructions it stands for
            // are skipped; any other outcome runs `$fallback`, the first
            // instruction of the sequence.
            // A fused arithmetic instruction's number result is pushed by
            // variant (see `stack.rs`) and the two instructions it stands for
            // are skipped; any other outcome runs `$fallback`, the first
            // instruction of the sequence.
            macro_rules! fused_number {
                ($r:expr, $fallback:expr) => {
                    match $r {
                        Some(Value::Int(n)) => {
                            stack::push_int(&mut values, n);
                            ip += 2;
                        }
                        Some(Value::Float(x)) => {
                            stack::push_float(&mut values, x);
                            ip += 2;
                        }
                        _ => $fallback,
                    }
                };
            }
            // The `...Then` forms: the instruction after the sequence (a
            // `StoreFast` or, for an int, a conditional jump: `x = y + 1`,
            // `i += 1`, `if n % 2:`) runs with it: no push, no dispatch, no pop.
            macro_rules! fused_number_then {
                ($r:expr, $fallback:expr) => {
                    match ($r, instrs.get(ip + 2)) {
                        (Some(Value::Int(n)), Some(&Instr::StoreFast(d))) => {
                            stack::store_int(&mut values, base + d as usize, n);
                            ip += 3;
                        }
                        (Some(Value::Float(x)), Some(&Instr::StoreFast(d))) => {
                            stack::store_float(&mut values, base + d as usize, x);
                            ip += 3;
                        }
                        (Some(Value::Int(n)), Some(&Instr::PopJumpIfFalse(t))) => {
                            ip += 3;
                            if n == 0 {
                                jump_back!(t);
                            }
                        }
                        (Some(Value::Int(n)), Some(&Instr::PopJumpIfTrue(t))) => {
                            ip += 3;
                            if n != 0 {
                                jump_back!(t);
                            }
                        }
                        (r, _) => fused_number!(r, $fallback),
                    }
                };
            }
            // A fused comparison over `CompareOp` and a conditional jump
            // two instructions on (`r`: the comparison, when the fast path
            // decided it); any other outcome runs `$fallback`.
            macro_rules! fused_compare_jump {
                ($r:expr, $fallback:expr) => {
                    match ($r, instrs.get(ip + 2)) {
                        (Some(r), Some(&Instr::PopJumpIfFalse(t))) => {
                            ip += 3;
                            if !r {
                                jump_back!(t);
                            }
                        }
                        (Some(r), Some(&Instr::PopJumpIfTrue(t))) => {
                            ip += 3;
                            if r {
                                jump_back!(t);
                            }
                        }
                        _ => $fallback,
                    }
                };
            }
            // `BinaryOp`/`InplaceOp`: ints and floats in place, str + str
            // inline, then `slow_op` (`binary_op` or `inplace_op`).
            macro_rules! arith_op {
                ($op:expr, $slow_op:ident) => {{
                    let op = $op;
                    if fast_ops::arith_in_place(&mut values, op) {
                        // A following `StoreFast` runs here (no dispatch).
                        if let Some(&Instr::StoreFast(d)) = instrs.get(ip) {
                            stack::pop_to_local(&mut values, base + d as usize);
                            ip += 1;
                        }
                        continue;
                    }
                    if op == BinOp::Add && fast_ops::all_str(&values, 2) {
                        // str has no `__iadd__`: `s += t` is `s + t`.
                        match fast_ops::concat_top(&mut values, 2) {
                            Some(s) => push!(s),
                            None => fail!(self.memory_error()),
                        }
                        continue;
                    }
                    let b = pop!();
                    let a = pop!();
                    let r = match fast_ops::arith(op, &a, &b) {
                        Some(r) => r,
                        None => slow!(self.$slow_op(&a, &b, op)),
                    };
                    push!(r)
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
                        if crate::object::parachute::needs_attention() {
                            save!();
                            let owed = self.memory_safepoint();
                            load!();
                            if let Err(e) = owed {
                                fail!(e);
                            }
                        }
                        if self.take_interrupt() {
                            save!();
                            let handled = self.handle_interrupt();
                            load!();
                            if let Err(e) = handled {
                                fail!(e);
                            }
                        }
                        // Another Python thread's turn (`vm/green.rs`): saved
                        // at the jump's target, where a suspended thread resumes.
                        if super::green::SWITCH_DUE.load(std::sync::atomic::Ordering::Relaxed) {
                            ip = t;
                            save!();
                            let r = self.green_preempt();
                            load!();
                            if let Err(e) = r {
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
                    if let Some(Instr::GetIter) = instrs.get(ip) {
                        // `for i in range(...)`: the iterator, no range object.
                        if let Some(it) = fast_ops::range_iter(&self.types, &values[start - 1..]) {
                            values.truncate(start - 1);
                            push!(it);
                            ip += 1;
                            continue;
                        }
                    }
                    if n == 1 {
                        let v = match (&values[start - 1], &values[start]) {
                            (Some(Value::Class(cls)), Some(arg)) => {
                                fast_ops::convert(&self.types, cls, arg)
                            }
                            _ => None,
                        };
                        if let Some(v) = v {
                            // `[cls, arg] -> [cls(arg)]`
                            let arg = values.pop().flatten();
                            let cls = values.pop().flatten();
                            push!(v);
                            drop(arg);
                            drop(cls);
                            continue;
                        }
                    }
                    if n == 0 {
                        // `super().m` with no super object (`vm/super_.rs`).
                        if let Some(recv) =
                            self.super_call_load_method(&mut values, code, instrs.get(ip))
                        {
                            values.push(Some(recv));
                            ip += 1;
                            continue;
                        }
                    }
                    if let Some(Value::Class(cls)) = &values[start - 1] {
                        let cls = cls.clone();
                        if let Some(f) = self.inline_init(&cls, n) {
                            // `type.__call__` inline (`vm/init_frame.rs`): the
                            // class's slot takes the new instance, the call's
                            // value once `__init__` returns; `self` goes in
                            // before the arguments as the frame's first local.
                            let inst = self.new_plain_instance(&cls, &values[start..]);
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
            // Runs a handler from `instr/` with the frame state saved; a generator
            // it freed (`del g`, `g = None` at module level) is finalised right
            // after it, so reports name this instruction's line (`vm/finalize.rs`).
            macro_rules! handler {
                (done |$vm:ident| $e:expr) => {{
                    save!();
                    self.run_handler(|$vm: &mut Vm| {
                        $e;
                        Ok(())
                    })?;
                    load!();
                }};
                (|$vm:ident| $e:expr) => {{
                    save!();
                    self.run_handler(|$vm: &mut Vm| $e.map_err(Into::into))?;
                    load!();
                }};
            }
            // `LoadFast(i)`, also what a superinstruction is when its fast path
            // does not apply.
            macro_rules! load_fast {
                ($i:expr) => {{
                    let i = $i as usize;
                    if !stack::push_local(&mut values, base + i) {
                        fail!(self.unbound_local(&code.varnames[i]))
                    }
                }};
            }
            loop {
                let instr = instrs[ip];
                ip += 1;
                match instr {
                    Instr::Nop => {}
                    Instr::PopTop => match pop!() {
                        Value::Generator(g) => {
                            // finalize hook: a coroutine or generator freed here.
                            save!();
                            self.drop_generator(g);
                            load!();
                        }
                        v => stack::release(v),
                    },
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
                        // The `LoadConst`/`BinaryOp` that follow are skipped.
                        fused_number!(r, load_fast!(i))
                    }
                    Instr::LoadFastConstOpThen(i, j, op) => {
                        let r = match &values[base + i as usize] {
                            Some(a) => fast_ops::arith(op, a, &code.consts[j as usize]),
                            None => None,
                        };
                        fused_number_then!(r, load_fast!(i))
                    }
                    Instr::LoadFastConstCompareJump(i, j, op) => {
                        let r = match &values[base + i as usize] {
                            Some(a) => fast_ops::compare(op, a, &code.consts[j as usize]),
                            None => None,
                        };
                        fused_compare_jump!(r, load_fast!(i))
                    }
                    Instr::LoadFastFastCompareJump(i, j, op) => {
                        let r = match (&values[base + i as usize], &values[base + j as usize]) {
                            (Some(a), Some(b)) => fast_ops::compare(op, a, b),
                            _ => None,
                        };
                        fused_compare_jump!(r, load_fast!(i))
                    }
                    Instr::LoadFastFastSubscr(i, j) => {
                        match fast_ops::local_local_item(
                            &values,
                            base + i as usize,
                            base + j as usize,
                        ) {
                            Some(w) => match instrs.get(ip + 2) {
                                // `c = a[i]`: the item goes straight to its local.
                                Some(&Instr::StoreFast(d)) => {
                                    stack::store_owned(&mut values, base + d as usize, w);
                                    ip += 3;
                                }
                                _ => {
                                    stack::push_owned(&mut values, w);
                                    ip += 2;
                                }
                            },
                            None => load_fast!(i),
                        }
                    }
                    // The superinstructions of `compile/peephole.rs`: each runs
                    // its whole sequence when its fast path applies, else it is
                    // the instruction it replaced and the sequence runs as usual.
                    Instr::LoadFastFastOp(i, j, op) => {
                        let r = match (&values[base + i as usize], &values[base + j as usize]) {
                            (Some(a), Some(b)) => fast_ops::arith(op, a, b),
                            _ => None,
                        };
                        fused_number!(r, load_fast!(i))
                    }
                    Instr::LoadFastFastOpThen(i, j, op) => {
                        let r = match (&values[base + i as usize], &values[base + j as usize]) {
                            (Some(a), Some(b)) => fast_ops::arith(op, a, b),
                            _ => None,
                        };
                        fused_number_then!(r, load_fast!(i))
                    }
                    Instr::LoadFastConstSubscr(i, j) => {
                        match fast_ops::local_const_item(&values, base + i as usize, code, j) {
                            Some(w) => {
                                stack::push_owned(&mut values, w);
                                ip += 2;
                            }
                            None => load_fast!(i),
                        }
                    }
                    Instr::LoadFastConstCopySubscr(i, j) => {
                        match fast_ops::local_const_item(&values, base + i as usize, code, j) {
                            Some(w) => {
                                stack::push_local(&mut values, base + i as usize);
                                stack::push_clone(&mut values, &code.consts[j as usize]);
                                stack::push_owned(&mut values, w);
                                ip += 4;
                            }
                            None => load_fast!(i),
                        }
                    }
                    Instr::LoadFastAttr(i, n) => {
                        // No count up and down on the instance: it stays in its
                        // local slot.
                        let w = match &values[base + i as usize] {
                            Some(Value::Instance(inst)) => cache.attrs[n as usize].load_with(
                                inst,
                                &code.names[n as usize],
                                stack::clone_words,
                            ),
                            _ => None,
                        };
                        match w {
                            Some(w) => {
                                stack::push_owned(&mut values, w);
                                ip += 1;
                            }
                            None => load_fast!(i),
                        }
                    }
                    Instr::LoadFastStoreAttr(i, n) => {
                        if let Some(Value::Instance(_)) = &values[base + i as usize] {
                            let v = pop!();
                            let r = match &values[base + i as usize] {
                                Some(Value::Instance(inst)) => {
                                    cache.attrs[n as usize].store(inst, &code.names[n as usize], v)
                                }
                                _ => Err(v),
                            };
                            match r {
                                Ok(()) => {
                                    ip += 1;
                                    continue;
                                }
                                Err(v) => push!(v),
                            }
                        }
                        load_fast!(i)
                    }
                    Instr::CopySubscr => {
                        let n = values.len();
                        let w = match (&values[n - 2], &values[n - 1]) {
                            (Some(Value::List(l)), Some(Value::Int(k))) => {
                                fast_ops::list_load(l, *k)
                            }
                            _ => None,
                        };
                        match w {
                            Some(w) => {
                                stack::push_owned(&mut values, w);
                                ip += 2;
                            }
                            // `Copy(2)`: an operand slot, never unbound.
                            None => {
                                if !stack::push_local(&mut values, n - 2) {
                                    values.push(None);
                                }
                            }
                        }
                    }
                    Instr::InplaceOpStoreSubscr(op) => {
                        if let Some(old) = fast_ops::inplace_store_subscr(&mut values, op) {
                            stack::release(old);
                            ip += 3;
                            continue;
                        }
                        // Else it is the `InplaceOp` it replaced.
                        arith_op!(op, inplace_op)
                    }
                    Instr::StoreFast(i) => stack::pop_to_local(&mut values, base + i as usize),
                    Instr::LoadConst(i) => stack::push_clone(&mut values, &code.consts[i as usize]),
                    Instr::LoadGlobal(i) => {
                        let name = &code.names[i as usize];
                        if !names::memo_global_push(
                            &mut values,
                            cache,
                            &func.globals,
                            &self.builtins,
                            name,
                            i,
                        ) {
                            match self.load_global_slow(&func.globals, name, cache, i) {
                                Some(v) => push!(v),
                                None => fail!(self.name_not_defined(name)),
                            }
                        }
                    }
                    // Each arm keeps its own copy of the fast paths (one
                    // shared arm measured 1-2% more instructions); only the
                    // slow path differs: an in-place operator tries `__iop__`.
                    Instr::BinaryOp(op) => arith_op!(op, binary_op),
                    Instr::InplaceOp(op) => arith_op!(op, inplace_op),
                    Instr::CompareOp(op) => {
                        let r = match fast_ops::compare_top(&values, op) {
                            Some(r) => {
                                // SAFETY: `compare_top` answers only for two ints
                                // or two floats: nothing to drop.
                                unsafe { stack::forget_top_two(&mut values) };
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
                        if let FrameRole::Call | FrameRole::Awaited = self.frames[fi].role {
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
                        // `list[int]` in range (CPython's BINARY_SUBSCR_LIST_INT):
                        // the item's words replace the list on the stack, with no
                        // `Value` moved through a temporary (see `stack.rs`).
                        let n = values.len();
                        let w = match (&values[n - 2], &values[n - 1]) {
                            (Some(Value::List(l)), Some(Value::Int(i))) => {
                                fast_ops::list_load(l, *i)
                            }
                            _ => None,
                        };
                        if let Some(w) = w {
                            // The int key owns nothing.
                            std::mem::forget(values.pop());
                            let list = stack::replace_top(&mut values, w);
                            stack::release_slot(list);
                            continue;
                        }
                        // `dict[str]`/`dict[int]` of a present key.
                        let w = match (&values[n - 2], &values[n - 1]) {
                            (Some(Value::Dict(d)), Some(k)) => fast_ops::dict_load(d, k),
                            _ => None,
                        };
                        if let Some(w) = w {
                            let key = values.pop().flatten();
                            let dict = stack::replace_top(&mut values, w);
                            drop(key);
                            drop(dict);
                            continue;
                        }
                        let key = pop!();
                        let container = pop!();
                        let name = intern!("__getitem__");
                        if let Some(f) = dunder::inline_dunder(&container, &name, 1) {
                            // `[container, key]` are `self` and the key.
                            push!(container);
                            push!(key);
                            let b = values.len() - 2;
                            push_dunder!(f, b, b, FrameRole::Call)
                        }
                        let v = slow!(self.get_item(&container, &key));
                        push!(v)
                    }
                    Instr::StoreSubscr => {
                        let key = pop!();
                        let container = pop!();
                        let v = pop!();
                        // `list[int] = v` in range (CPython's STORE_SUBSCR_LIST_INT);
                        // the old item is dropped once the list is released.
                        let v = match (&container, &key) {
                            (Value::List(l), Value::Int(i)) => match fast_ops::list_store(l, *i, v)
                            {
                                Ok(old) => {
                                    stack::release(old);
                                    stack::release(key);
                                    stack::release(container);
                                    continue;
                                }
                                Err(v) => v,
                            },
                            (Value::Dict(d), _) => match fast_ops::dict_store(d, &key, v) {
                                Ok(old) => {
                                    drop(old);
                                    drop(key);
                                    drop(container);
                                    continue;
                                }
                                Err(v) => v,
                            },
                            _ => v,
                        };
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
                                // The loop variable's `StoreFast` runs here.
                                if let Some(&Instr::StoreFast(d)) = instrs.get(ip) {
                                    stack::store_int(&mut values, base + d as usize, i);
                                    ip += 1;
                                } else {
                                    stack::push_int(&mut values, i);
                                }
                                continue;
                            }
                            fast_ops::IterStep::Value(v) => {
                                if let Some(&Instr::StoreFast(d)) = instrs.get(ip) {
                                    stack::store_local(&mut values, base + d as usize, v);
                                    ip += 1;
                                } else {
                                    push!(v);
                                }
                                continue;
                            }
                            fast_ops::IterStep::Done => {
                                self.types.iters.recycle(pop!());
                                ip = target as usize;
                                continue;
                            }
                            fast_ops::IterStep::Slow => {}
                        }
                        if self.resume_for_iter(&mut values, ip) {
                            continue 'frames;
                        }
                        if let Value::Generator(g) = top!() {
                            if g.kind == crate::object::GenKind::Generator {
                                // The clone becomes the resumed frame's role.
                                let g = g.clone();
                                save!();
                                // No safepoint here: the top of the `'frames`
                                // loop checks the collector after the resume,
                                // and the loop's backward jump after each item.
                                if self.for_iter_generator(g, target)? {
                                    resume!();
                                }
                                load!();
                                continue;
                            }
                        }
                        let it = top!().clone();
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
                        match self.yield_fast(&mut values, ip) {
                            super::gen_step::YieldStep::Resumer => continue 'frames,
                            super::gen_step::YieldStep::Native(exit) => return Ok(exit),
                            super::gen_step::YieldStep::General => {}
                        }
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
                        let n = values.len();
                        let r = match (&values[n - 2], &values[n - 1]) {
                            (Some(k), Some(Value::Dict(d))) => fast_ops::dict_contains(d, k),
                            _ => None,
                        };
                        if let Some(r) = r {
                            let dict = values.pop().flatten();
                            let key = values.pop().flatten();
                            stack::push_bool(&mut values, r != invert);
                            drop(dict);
                            drop(key);
                            continue;
                        }
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
                        let t = self.pool.tuples.build(&mut values, n as usize);
                        push!(t)
                    }
                    Instr::BuildList(n) => {
                        let items = build::take_values(&mut values, n as usize);
                        push!(Value::list(items))
                    }
                    Instr::ListAppend(n) => {
                        let v = pop!();
                        match &values[values.len() - n as usize] {
                            Some(Value::List(l)) => {
                                let mut items = l.items.borrow_mut();
                                if crate::object::alloc::push(&mut items, v).is_err() {
                                    drop(items);
                                    fail!(self.memory_error())
                                }
                            }
                            _ => fail!(self.bad_stack("ListAppend")),
                        }
                    }
                    Instr::SetupFinally(handler) => {
                        exceptions::setup_block(&mut self.frames[fi], values.len(), handler, false)
                    }
                    Instr::SetupWith(handler) => {
                        exceptions::setup_block(&mut self.frames[fi], values.len(), handler, true)
                    }
                    Instr::PopBlock => exceptions::pop_block(&mut self.frames[fi]),
                    Instr::PushExcInfo => {
                        exceptions::push_exc_info(&mut self.frames[fi], values.last())
                    }
                    Instr::PopExcept => exceptions::pop_except(&mut self.frames[fi]),
                    Instr::CheckExcMatch => {
                        let pattern = pop!();
                        let exc = top!().clone();
                        let r = slow!(self.exc_match(&exc, &pattern));
                        stack::push_bool(&mut values, r)
                    }
                    Instr::Reraise => {
                        let v = pop!();
                        save!();
                        return Err(self.reraise(v));
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
                    // (the general cases are in `instr/build.rs`).
                    Instr::FormatValue(flags) => {
                        if let (0, Some(Some(Value::Int(i)))) = (flags, values.last()) {
                            let s = Value::int_str(*i);
                            stack::replace_top(&mut values, stack::clone_words(&s));
                        } else {
                            handler!(|vm| vm.format_value(flags))
                        }
                    }
                    Instr::BuildString(n) => {
                        if fast_ops::all_str(&values, n as usize) {
                            match fast_ops::concat_top(&mut values, n as usize) {
                                Some(s) => push!(s),
                                None => fail!(self.memory_error()),
                            }
                        } else {
                            handler!(|vm| vm.build_string(n))
                        }
                    }
                    // Handlers in `instr/` (see `instr/mod.rs`), run with the frame
                    // state saved.
                    // A closure's variable, straight from its cell; the unbound
                    // error and a store that frees an object (which may
                    // finalise) go through the handlers.
                    Instr::LoadDeref(i) => {
                        let bound = match &*self.frames[fi].cells()[i as usize].value.borrow() {
                            Some(v) => {
                                stack::push_clone(&mut values, v);
                                true
                            }
                            None => false,
                        };
                        if !bound {
                            handler!(|vm| vm.load_deref(code, i))
                        }
                    }
                    Instr::StoreDeref(i) => {
                        let mut slot = self.frames[fi].cells()[i as usize].value.borrow_mut();
                        if let None | Some(Value::Int(_) | Value::Float(_) | Value::Bool(_)) =
                            &*slot
                        {
                            *slot = Some(pop!());
                        } else {
                            drop(slot);
                            handler!(done | vm | vm.store_deref(i))
                        }
                    }
                    Instr::DeleteDeref(i) => handler!(|vm| vm.delete_deref(code, i)),
                    Instr::LoadClassDeref(i) => handler!(|vm| vm.load_class_deref(code, i)),
                    Instr::LoadClosure(i) => handler!(done | vm | vm.load_closure(i)),
                    Instr::DeleteFast(i) => handler!(|vm| vm.delete_fast(code, i)),
                    Instr::LoadName(i) => handler!(|vm| vm.load_name(code, i)),
                    Instr::StoreName(i) => handler!(|vm| vm.store_name(code, i)),
                    Instr::DeleteName(i) => handler!(|vm| vm.delete_name(code, i)),
                    Instr::StoreGlobal(i) => handler!(done | vm | vm.store_global(code, i)),
                    Instr::DeleteGlobal(i) => handler!(|vm| vm.delete_global(code, i)),
                    Instr::DeleteAttr(i) => handler!(|vm| vm.delete_attr_instr(code, i)),
                    Instr::DeleteSubscr => handler!(|vm| vm.delete_subscr()),
                    Instr::UnaryPositive => handler!(|vm| vm.unary_instr(UnaryOp::UAdd)),
                    Instr::UnaryInvert => handler!(|vm| vm.unary_instr(UnaryOp::Invert)),
                    Instr::BuildSet(n) => handler!(|vm| vm.build_set(n)),
                    Instr::BuildMap(n) => handler!(|vm| vm.build_map(n)),
                    Instr::BuildSlice(n) => handler!(done | vm | vm.build_slice(n)),
                    Instr::SetAdd(n) => handler!(|vm| vm.set_add_instr(n)),
                    Instr::MapAdd(n) => handler!(|vm| vm.map_add(n)),
                    Instr::ListExtend(n) => handler!(|vm| vm.list_extend(n)),
                    Instr::SetUpdate(n) => handler!(|vm| vm.set_update(n)),
                    Instr::DictUpdate(n) => handler!(|vm| vm.dict_update_instr(n, false)),
                    Instr::DictMerge(n) => handler!(|vm| vm.dict_update_instr(n, true)),
                    Instr::ListToTuple => handler!(|vm| vm.list_to_tuple()),
                    Instr::UnpackSequence(n) => handler!(|vm| vm.unpack_sequence(n)),
                    Instr::UnpackEx(before, after) => handler!(|vm| vm.unpack_ex(before, after)),
                    Instr::MakeFunction(flags) => {
                        handler!(|vm| vm.make_function(flags).map(|f| vm.push(f)))
                    }
                    Instr::LoadBuildClass => handler!(done | vm | vm.load_build_class()),
                    Instr::LoadAssertionError => handler!(done | vm | vm.load_assertion_error()),
                    Instr::BeforeWith => {
                        let enter = values
                            .last()
                            .and_then(|m| m.as_ref())
                            .and_then(|m| dunder::inline_dunder(m, &intern!("__enter__"), 0));
                        if let Some(f) = enter {
                            let mgr = pop!();
                            let exit = slow!(self.with_exit_method(&mgr));
                            push!(exit);
                            let b = values.len();
                            push!(mgr);
                            push_dunder!(f, b, b, FrameRole::Dunder(Post::Enter))
                        }
                        handler!(|vm| vm.before_with())
                    }
                    Instr::BeforeAsyncWith => handler!(|vm| vm.before_async_with()),
                    Instr::WithExceptStart => handler!(|vm| vm.with_except_start()),
                    Instr::GetYieldFromIter => handler!(|vm| vm.get_yield_from_iter(code)),
                    Instr::GetAwaitable => handler!(|vm| vm.get_awaitable_instr()),
                    Instr::GetAIter => handler!(|vm| vm.get_aiter()),
                    Instr::GetANext => handler!(|vm| vm.get_anext()),
                    Instr::EndAsyncFor => handler!(|vm| vm.end_async_for()),
                    Instr::ImportName(i) => handler!(|vm| vm.import_name_instr(code, i)),
                    Instr::ImportModule(i) => handler!(|vm| vm.import_module_instr(code, i)),
                    Instr::ImportFrom(i) => handler!(|vm| vm.import_from_instr(code, i)),
                    Instr::ImportStar => handler!(|vm| vm.import_star_instr()),
                    Instr::SetupAnnotations => handler!(done | vm | vm.setup_annotations()),
                    Instr::GetLen => handler!(|vm| vm.get_len()),
                    Instr::MatchSequence => handler!(done | vm | vm.match_sequence()),
                    Instr::MatchMapping => handler!(done | vm | vm.match_mapping()),
                    Instr::MatchKeys => handler!(|vm| vm.match_keys_instr()),
                    Instr::MatchClass(n) => handler!(|vm| vm.match_class_instr(n)),
                    Instr::PrintExpr => handler!(|vm| vm.print_expr()),
                    Instr::CheckEgMatch => handler!(|vm| vm.check_eg_match_instr()),
                    Instr::PrepReraiseStar => handler!(|vm| vm.prep_reraise_star_instr()),
                }
            }
        }
    }

    /// Runs an instruction's handler from `instr/` out of line (the dispatch
    /// loop's own code stays small), then the finalisers of generators it freed.
    #[inline(never)]
    fn run_handler(
        &mut self,
        f: impl FnOnce(&mut Vm) -> Result<(), Unwinding>,
    ) -> Result<(), Unwinding> {
        let r = f(self);
        if super::finalize::pending() {
            self.run_finalizers();
        }
        r
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
        (self.asyncio.main_task.is_none()
            && self.interrupt.is_some_and(|f| {
                // A plain load first: the swap is a locked instruction, and
                // this runs on every backward jump.
                f.load(std::sync::atomic::Ordering::Relaxed)
                    && f.swap(false, std::sync::atomic::Ordering::Relaxed)
            }))
            || (self.budget.is_some() && self.budget_spent())
    }

    /// A set interrupt flag at a safepoint: the `signal` module's handlers, or
    /// KeyboardInterrupt (CPython's `PyErr_CheckSignals`).
    pub fn handle_interrupt(&mut self) -> crate::RunResult<()> {
        if self.budget_exhausted() {
            return Err(self.budget_error());
        }
        // SIGQUIT's task dump (`event_loop/call_graph.rs`): the program goes on.
        if self.serve_dump_request() {
            return Ok(());
        }
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

    /// `ReturnValue` from a frame whose role is not a plain `Call`: pops the top
    /// frame and delivers `v` according to its role. Returns the exit when the
    /// run's base frame returned.
    fn do_return(&mut self, v: Value) -> Option<Exit> {
        let role = self.pop_frame();
        match role {
            // (`ReturnValue` finishes dunder frames itself: never reached.)
            FrameRole::Call | FrameRole::Awaited | FrameRole::Dunder(_) => {
                self.push(v);
                None
            }
            FrameRole::Boundary => Some(Exit::Return(v)),
            FrameRole::GenBoundary(g) => {
                self.finish_generator(&g);
                Some(Exit::Return(v))
            }
            FrameRole::ForIter(g) => {
                self.finish_generator(&g);
                // The frame below is at its ForIter: end the loop.
                self.pop();
                let below = self.top_frame();
                if let Instr::ForIter(target) = below.code().instrs[below.lasti() as usize] {
                    below.ip = target;
                }
                None
            }
            FrameRole::Delegate(g) => {
                self.finish_generator(&g);
                self.pop();
                self.push(v);
                None
            }
        }
    }

    /// A generator's last frame returned: it is closed, and its segment's
    /// (empty) vectors go back to the pool for the next generator.
    #[inline]
    pub(crate) fn finish_generator(&mut self, g: &Generator) {
        g.state.set(GenState::Closed);
        if let Ok(mut seg) = g.frames.try_borrow_mut() {
            if seg.is_empty() {
                let seg = std::mem::take(&mut *seg);
                self.pool.recycle_segment(seg);
            }
        }
    }

    /// Pops the top frame, drops its values, and gives its role. A generator's
    /// frame drops its own stack and switches back to the resumer's.
    pub(crate) fn pop_frame(&mut self) -> FrameRole {
        let frame = self.frames.pop().expect("pop with no frame");
        match &frame.role {
            FrameRole::ForIter(g) | FrameRole::Delegate(g) | FrameRole::GenBoundary(g) => {
                let outer = self.outer_stacks.pop().unwrap_or_default();
                let mut own = std::mem::replace(&mut self.values, outer);
                // Dropped with no borrow held (a value's drop may look at `g`).
                own.clear();
                if let Ok(mut seg) = g.frames.try_borrow_mut() {
                    seg.values = own;
                }
            }
            _ => self.values.truncate(frame.ret_sp as usize),
        }
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

    pub(crate) fn bad_stack(&self, what: &str) -> crate::Exc {
        self.new_error(
            &self.types.exc.system_error,
            format!("{what}: unexpected value on the stack"),
        )
    }
}

/// The value stack ran dry: a compiler bug, never a script's doing.
#[cold]
#[inline(never)]
pub(crate) fn stack_underflow() -> ! {
    panic!("value stack underflow")
}
