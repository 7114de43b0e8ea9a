//! `asyncio.gather` (CPython 3.11 `tasks.py`, `gather` and `_GatheringFuture`):
//! children are `ensure_future`d (each distinct argument once), one done-callback
//! counts them down; without `return_exceptions` the first exception (or a
//! cancelled child, as CancelledError) finishes the outer future while the other
//! children keep running. Cancelling the outer future cancels every child.

use coil_interp::event_loop::call_graph;
use coil_interp::event_loop::future::{self, fut_of, FutCallback, FutKind};
use coil_interp::event_loop::handle::NativeCallback;
use coil_interp::event_loop::{classes, ensure_future, get_event_loop, Fut, FutState};
use coil_interp::object::Exc;
use coil_interp::{RunResult, Value, Vm};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// What `gather`'s `_done_callback` closure holds in CPython. It is the state of
/// the children's done-callbacks (a native object, so the cycle collector sees
/// the outer future through it). The children are read from the outer
/// future's part (CPython's closure and `_GatheringFuture` share one list).
struct GatherState {
    nfuts: usize,
    nfinished: Cell<usize>,
    return_exceptions: bool,
    outer: RefCell<Option<Value>>,
}

impl coil_interp::object::NativeData for GatherState {
    fn traverse(&self, v: &mut coil_interp::gc::Visitor) {
        use coil_interp::gc::Trace;
        self.outer.trace(v);
    }

    fn clear(&self, out: &mut Vec<Value>) {
        out.extend(self.outer.borrow_mut().take());
    }
}

fn done_callback(vm: &mut Vm, st: &Value, fut: &Value) -> RunResult<()> {
    let Some(st) = (match st {
        Value::Native(n) => n.get::<GatherState>(),
        _ => None,
    }) else {
        return Ok(());
    };
    st.nfinished.set(st.nfinished.get() + 1);
    let outer = st.outer.borrow().clone();
    let Some(outer) = outer.filter(|o| fut_of(o).is_some_and(|f| !f.done())) else {
        if fut_of(fut).is_some_and(|f| f.state.get() != FutState::Cancelled) {
            future::exception(vm, fut)?;
        }
        return Ok(());
    };
    let f = fut_of(fut).ok_or_else(|| vm.type_error("not a future"))?;
    if !st.return_exceptions {
        if f.state.get() == FutState::Cancelled {
            let exc = future::make_cancelled_error(vm, f);
            return future::set_exception(vm, &outer, exc);
        }
        if let Value::Instance(e) = future::exception(vm, fut)? {
            return future::set_exception(vm, &outer, e);
        }
    }
    if st.nfinished.get() == st.nfuts {
        let children = match fut_of(&outer).map(|o| &o.kind) {
            Some(FutKind::Gathering(g)) => g.children.borrow().clone(),
            _ => Vec::new(),
        };
        let mut results = Vec::with_capacity(children.len());
        let cancelled_cls = classes(vm).cancelled_error.clone();
        for c in &children {
            let cf = fut_of(c).ok_or_else(|| vm.type_error("not a future"))?;
            let res = if cf.state.get() == FutState::Cancelled {
                let msg = cf.cancel_message();
                let msg = if msg.is_none() { Value::str("") } else { msg };
                Value::Instance(vm.new_exception(&cancelled_cls, vec![msg]))
            } else {
                match future::exception(vm, c)? {
                    Value::None => future::result(vm, c)?,
                    e => e,
                }
            };
            results.push(res);
        }
        let requested = match fut_of(&outer).map(|o| &o.kind) {
            Some(FutKind::Gathering(g)) => g.cancel_requested.get(),
            _ => false,
        };
        if requested {
            let exc: Exc = future::make_cancelled_error(vm, f);
            future::set_exception(vm, &outer, exc)?;
        } else {
            let list = Value::List(Rc::new(coil_interp::object::List::new(results)));
            future::set_result(vm, &outer, list)?;
        }
    }
    Ok(())
}

/// `gather(*aws, return_exceptions=False)`.
pub fn gather(vm: &mut Vm, aws: &[Value], return_exceptions: bool) -> RunResult<Value> {
    let gcls = classes(vm).gathering_future.clone();
    if aws.is_empty() {
        let l = get_event_loop(vm);
        let outer = future::new_tracked(&gcls, Fut::new(l, FutKind::gathering(vec![])));
        future::set_result(
            vm,
            &outer,
            Value::List(Rc::new(coil_interp::object::List::new(vec![]))),
        )?;
        return Ok(outer);
    }
    // CPython's `arg_to_fut`: the same awaitable passed twice is one child. Keyed
    // by identity (awaitables hash by identity), so a large gather stays linear;
    // the map gives the index of the argument's child in `children`.
    let mut seen_at: std::collections::HashMap<usize, usize> =
        std::collections::HashMap::with_capacity(aws.len());
    let mut children: Vec<Value> = Vec::with_capacity(aws.len());
    // Where each distinct child is in `children`, for its done-callback.
    let mut firsts: Vec<u32> = Vec::with_capacity(aws.len());
    let mut loop_: Option<Value> = None;
    for a in aws {
        let id = a.ptr_id();
        if let Some(&i) = id.and_then(|id| seen_at.get(&id)) {
            children.push(children[i].clone());
            continue;
        }
        let f = ensure_future(vm, a, loop_.as_ref())?;
        if !f.is(a) {
            // `fut._log_destroy_pending = False`: a child task gather made is
            // freed silently (golden gc/gather_pending_cycle).
            if let Some(t) = fut_of(&f).and_then(|x| x.task()) {
                t.destroy_reported.set(true);
            }
        }
        if loop_.is_none() {
            loop_ = fut_of(&f).map(|x| x.loop_.clone());
        }
        if let Some(id) = id {
            seen_at.insert(id, children.len());
        }
        firsts.push(children.len() as u32);
        children.push(f);
    }
    drop(seen_at);
    // Shared by the children's callbacks, so tracked (not looked through).
    let st_obj = Rc::new(coil_interp::object::Native {
        class: gcls.clone(),
        data: Box::new(GatherState {
            nfuts: firsts.len(),
            nfinished: Cell::new(0),
            return_exceptions,
            outer: RefCell::new(None),
        }),
    });
    coil_interp::gc::track(&st_obj);
    let cb: NativeCallback = Rc::new(|vm: &mut Vm, f: &Value, st: &Value| done_callback(vm, st, f));
    for &i in &firsts {
        future::add_done_callback(
            vm,
            &children[i as usize],
            FutCallback::Native(
                cb.clone(),
                "gather.<locals>._done_callback() at asyncio/tasks.py:764",
                Value::Native(st_obj.clone()),
            ),
        );
    }
    let l = loop_.unwrap_or_else(|| get_event_loop(vm));
    let outer = future::new_tracked(&gcls, Fut::new(l, FutKind::gathering(children)));
    if let Some(st) = st_obj.get::<GatherState>() {
        *st.outer.borrow_mut() = Some(outer.clone());
    }
    // The calling task awaits the children (3.14's call graph, graph.py).
    if let Some(t) = vm.asyncio.current_task.clone() {
        call_graph::record_gather(&outer, &t);
    }
    Ok(outer)
}
