//! The asyncgen hooks: `sys.set_asyncgen_hooks`/`get_asyncgen_hooks` (CPython 3.11
//! `Python/sysmodule.c`, `async_gen_init_hooks` and the finalizer branch of
//! `_PyGen_Finalize` in `Objects/genobject.c`) and the event loop's own
//! (`asyncio/base_events.py`: `_asyncgen_firstiter_hook`, `_asyncgen_finalizer_hook`,
//! the `_asyncgens` set `shutdown_asyncgens` closes).
//!
//! CPython's `run_forever` installs the loop's hooks for as long as it runs and
//! restores the previous ones after. Here the loop's hooks are implied by a loop
//! running (`AsyncState::running_loop`) and cost nothing until asked for; a hook
//! set by `sys.set_asyncgen_hooks` remembers which loop was running then (or
//! none), and applies exactly while that is so again — so hooks set inside
//! `asyncio.run` override the loop's there, and hooks set outside are back after.

use super::Vm;
use crate::event_loop::handle::Callback;
use crate::event_loop::loop_of;
use crate::object::{Args, Generator, NativeFn, Str, Value};
use crate::RunResult;
use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// One hook slot as set by `sys.set_asyncgen_hooks`: the value (None: cleared)
/// and the loop running when it was set (0: none).
type Slot = Option<(Option<Value>, usize)>;

thread_local! {
    /// `BaseEventLoop._asyncgens`: the async generators first iterated while a
    /// loop's hooks were installed, with that loop's address, oldest first.
    static LOOP_AGENS: RefCell<Vec<(usize, Weak<Generator>)>> = const { RefCell::new(Vec::new()) };
    /// `(firstiter, finalizer)` set by `sys.set_asyncgen_hooks`.
    static SYS_HOOKS: RefCell<(Slot, Slot)> = const { RefCell::new((None, None)) };
}

fn loop_key(l: &Value) -> usize {
    match l {
        Value::Native(n) => Rc::as_ptr(n) as *const () as usize,
        _ => 0,
    }
}

fn running_key(vm: &Vm) -> usize {
    vm.asyncio.running_loop.as_ref().map_or(0, loop_key)
}

/// Which hook is in force for a slot.
enum Hook {
    None,
    /// The running loop's own.
    Loop(Value),
    Script(Value),
}

fn current(vm: &Vm, first: bool) -> Hook {
    let key = running_key(vm);
    let set = SYS_HOOKS.with(|h| {
        let h = h.borrow();
        let slot = if first { &h.0 } else { &h.1 };
        match slot {
            Some((v, k)) if *k == key => Some(v.clone()),
            _ => None,
        }
    });
    match set {
        Some(Some(v)) => Hook::Script(v),
        Some(None) => Hook::None,
        None => match &vm.asyncio.running_loop {
            Some(l) => Hook::Loop(l.clone()),
            None => Hook::None,
        },
    }
}

/// `async_gen_init_hooks`: at the first `__anext__`/`asend`/`athrow`/`aclose`,
/// the finalizer hook in force is remembered and the firstiter hook called.
pub(crate) fn init_hooks(vm: &mut Vm, g: &Rc<Generator>) -> RunResult<()> {
    let Some(ag) = g.ag.as_ref() else {
        return Ok(());
    };
    if ag.hooks_inited.replace(true) {
        return Ok(());
    }
    match current(vm, false) {
        Hook::Loop(l) | Hook::Script(l) => *ag.finalizer.borrow_mut() = Some(l),
        Hook::None => {}
    }
    match current(vm, true) {
        Hook::Loop(l) => register(&l, g),
        Hook::Script(f) => {
            vm.call(&f, &[Value::Generator(g.clone())], &[])?;
        }
        Hook::None => {}
    }
    Ok(())
}

/// `_asyncgen_firstiter_hook`: `self._asyncgens.add(agen)`.
fn register(l: &Value, g: &Rc<Generator>) {
    let key = loop_key(l);
    LOOP_AGENS.with(|a| {
        let mut a = a.borrow_mut();
        if a.len() >= 64 && a.len().is_power_of_two() {
            a.retain(|(_, w)| w.strong_count() > 0);
        }
        if !a
            .iter()
            .any(|(k, w)| *k == key && w.as_ptr() == Rc::as_ptr(g))
        {
            a.push((key, Rc::downgrade(g)));
        }
    });
}

/// `self._asyncgens.discard(agen)`.
fn discard(l: &Value, g: &Rc<Generator>) {
    let key = loop_key(l);
    LOOP_AGENS.with(|a| {
        a.borrow_mut()
            .retain(|(k, w)| !(*k == key && w.as_ptr() == Rc::as_ptr(g)));
    });
}

/// `shutdown_asyncgens`' `list(self._asyncgens)` then `clear()`: the live async
/// generators registered with `l`, oldest first.
pub fn take_loop_asyncgens(l: &Value) -> Vec<Value> {
    let key = loop_key(l);
    LOOP_AGENS.with(|a| {
        let mut a = a.borrow_mut();
        let mut out = Vec::new();
        a.retain(|(k, w)| {
            if *k != key {
                return w.strong_count() > 0;
            }
            if let Some(g) = w.upgrade() {
                out.push(Value::Generator(g));
            }
            false
        });
        out
    })
}

/// `_asyncgen_finalizer_hook`: `discard`, then, unless the loop is closed,
/// `call_soon_threadsafe(self.create_task, agen.aclose())`.
fn loop_finalize(vm: &mut Vm, l: &Value, g: &Rc<Generator>) -> RunResult<()> {
    discard(l, g);
    if loop_of(l).is_none_or(|li| li.closed.get()) {
        return Ok(());
    }
    let aw = super::async_gen::aclose(vm, &Value::Generator(g.clone()))?;
    let create = vm.get_attr(l, &Str::intern("create_task"))?;
    if let Some(li) = loop_of(l) {
        li.call_soon(Callback::call(create, vec![aw], None));
    }
    Ok(())
}

impl Vm {
    /// `_PyGen_Finalize` for an async generator whose first iteration saw a
    /// finalizer hook: the hook is called (once) instead of closing it; what it
    /// raises is reported as unraisable. False when `g` has no finalizer.
    pub(crate) fn call_agen_finalizer(&mut self, g: &Rc<Generator>) -> bool {
        let Some(ag) = g.ag.as_ref() else {
            return false;
        };
        let Some(hook) = ag.finalizer.borrow_mut().take() else {
            return false;
        };
        ag.hook_finalized.set(true);
        let r = if loop_of(&hook).is_some() {
            loop_finalize(self, &hook, g)
        } else {
            self.call(&hook, &[Value::Generator(g.clone())], &[])
                .map(|_| ())
        };
        if let Err(e) = r {
            self.write_unraisable(&e, &Value::Generator(g.clone()));
        }
        true
    }
}

fn loop_method(name: &str, l: &Value, func: NativeFn) -> Value {
    crate::builtin::bound_method("BaseEventLoop", name, func, l.clone())
}

fn hook_agen(vm: &Vm, args: &Args) -> RunResult<Rc<Generator>> {
    match args.pos.first() {
        Some(Value::Generator(g)) if g.ag.is_some() => Ok(g.clone()),
        _ => Err(vm.type_error("an async generator was expected")),
    }
}

fn loop_firstiter_hook(vm: &mut Vm, l: &Value, args: Args) -> RunResult<Value> {
    let g = hook_agen(vm, &args)?;
    register(l, &g);
    Ok(Value::None)
}

fn loop_finalizer_hook(vm: &mut Vm, l: &Value, args: Args) -> RunResult<Value> {
    let g = hook_agen(vm, &args)?;
    loop_finalize(vm, l, &g)?;
    Ok(Value::None)
}

fn shown(vm: &Vm, first: bool) -> Value {
    match current(vm, first) {
        Hook::None => Value::None,
        Hook::Script(v) => v,
        Hook::Loop(l) if first => loop_method("_asyncgen_firstiter_hook", &l, loop_firstiter_hook),
        Hook::Loop(l) => loop_method("_asyncgen_finalizer_hook", &l, loop_finalizer_hook),
    }
}

/// `sys.get_asyncgen_hooks()`'s two fields: `(firstiter, finalizer)`.
pub fn get_hooks(vm: &Vm) -> (Value, Value) {
    (shown(vm, true), shown(vm, false))
}

/// `sys.set_asyncgen_hooks`, its arguments checked: for each slot, `None` when
/// not given, `Some(None)` to clear it, `Some(Some(f))` to set it.
pub fn set_hooks(vm: &Vm, firstiter: Option<Value>, finalizer: Option<Value>) {
    let key = running_key(vm);
    SYS_HOOKS.with(|h| {
        let mut h = h.borrow_mut();
        if let Some(v) = finalizer {
            h.1 = Some(((!v.is_none()).then_some(v), key));
        }
        if let Some(v) = firstiter {
            h.0 = Some(((!v.is_none()).then_some(v), key));
        }
    });
}
