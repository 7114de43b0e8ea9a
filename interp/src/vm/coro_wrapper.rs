//! `coroutine.__await__()` (CPython 3.11 `Objects/genobject.c`, `coro_await` and
//! `PyCoroWrapper_Type`): an iterator over the coroutine, so a class's
//! `__await__` generator can delegate with `yield from self.coro.__await__()`
//! (a plain generator may not `yield from` a coroutine itself). Its
//! `send`/`throw`/`close`/`__next__` step the coroutine it wraps.

use crate::object::class::BaseKind;
use crate::object::{Args, Class, Generator, NativeFn, Value};
use crate::vm::types::new_class;
use crate::vm::Vm;
use crate::RunResult;
use std::rc::Rc;

/// The payload: the coroutine being iterated.
struct CoroWrapper(Rc<Generator>);

thread_local! {
    /// The `coroutine_wrapper` class, made when the VM installs the coroutine's
    /// methods (`install`).
    static CLASS: std::cell::OnceCell<Rc<Class>> = const { std::cell::OnceCell::new() };
}

/// Makes the `coroutine_wrapper` class and gives `coroutine` its `__await__`.
pub(crate) fn install(vm: &mut Vm) {
    let object = vm.types.object.clone();
    let c = new_class(
        "coroutine_wrapper",
        "builtins",
        Some(&object),
        BaseKind::Builtin,
    );
    let methods: [(&str, NativeFn); 5] = [
        ("send", cw_send),
        ("throw", cw_throw),
        ("close", cw_close),
        ("__next__", cw_next),
        ("__iter__", cw_iter),
    ];
    crate::builtin::install_methods(&c, &methods);
    CLASS.with(|cell| {
        let _ = cell.set(c);
    });
    vm.types.coroutine.dict.set_str(
        "__await__",
        crate::builtin::method("coroutine", "__await__", coro_await),
    );
}

/// `coroutine.__await__`.
pub(crate) fn coro_await(vm: &mut Vm, recv: &Value, _args: Args) -> RunResult<Value> {
    match recv {
        Value::Generator(g) if g.kind == crate::object::GenKind::Coroutine => {
            match CLASS.with(|c| c.get().cloned()) {
                Some(c) => Ok(crate::object::native(&c, CoroWrapper(g.clone()))),
                None => Err(vm.runtime_error("coroutine_wrapper is not installed")),
            }
        }
        other => Err(vm.type_error(format!(
            "descriptor '__await__' for 'coroutine' objects doesn't apply to a '{}' object",
            other.type_name()
        ))),
    }
}

/// The wrapped coroutine as a value, for the generator methods to act on.
fn inner(vm: &Vm, recv: &Value, method: &str) -> RunResult<Value> {
    if let Value::Native(n) = recv {
        if let Some(w) = n.get::<CoroWrapper>() {
            return Ok(Value::Generator(w.0.clone()));
        }
    }
    Err(vm.type_error(format!(
        "descriptor '{method}' for 'coroutine_wrapper' objects doesn't apply to a '{}' object",
        recv.type_name()
    )))
}

fn cw_send(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    let g = inner(vm, recv, "send")?;
    vm.call_method(&g, "send", args.pos)
}

fn cw_throw(vm: &mut Vm, recv: &Value, args: Args) -> RunResult<Value> {
    let g = inner(vm, recv, "throw")?;
    vm.call_method(&g, "throw", args.pos)
}

fn cw_close(vm: &mut Vm, recv: &Value, _args: Args) -> RunResult<Value> {
    let g = inner(vm, recv, "close")?;
    vm.call_method(&g, "close", &[])
}

fn cw_next(vm: &mut Vm, recv: &Value, _args: Args) -> RunResult<Value> {
    let g = inner(vm, recv, "__next__")?;
    vm.call_method(&g, "send", &[Value::None])
}

fn cw_iter(_vm: &mut Vm, recv: &Value, _args: Args) -> RunResult<Value> {
    Ok(recv.clone())
}

crate::native_payload!(CoroWrapper { 0 });
