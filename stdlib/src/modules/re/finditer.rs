//! `Pattern.finditer`'s iterator, native (CPython 3.11 `Modules/_sre/sre.c`
//! `pattern_finditer` over a `ScannerObject` and `scanner_search`): each step
//! searches from the end of the previous match, and after an empty match
//! requires the next one to advance (the 3.7+ empty-match rule).

use super::matcher::Mode;
use super::text::Text;
use super::{code_arg, int_arg, match_obj, search_spans};
use crate::builtins::args::class;
use coil_interp::object::class::BaseKind;
use coil_interp::object::{Args, Native, NativeFn};
use coil_interp::{RunResult, Value, Vm};
use std::cell::Cell;
use std::rc::Rc;

struct MatchIter {
    code: Value,
    string: Value,
    pattern: Value,
    start: usize,
    pos: Cell<usize>,
    end: usize,
    must_advance: Cell<bool>,
    done: Cell<bool>,
}

const METHODS: &[(&str, NativeFn)] = &[("__iter__", iter_self), ("__next__", next)];

/// `_sre.finditer(code, string, pos, endpos, pattern)`.
pub fn finditer(vm: &mut Vm, _recv: &Value, a: Args) -> RunResult<Value> {
    let [code, string, pos, endpos, pattern] = a.pos else {
        return Err(vm.type_error("_sre.finditer expects 5 arguments"));
    };
    let c = code_arg(vm, code)?;
    let text = Text::of(vm, string, c.istext)?;
    let len = text.len() as i64;
    let pos = int_arg(vm, pos)?.clamp(0, len) as usize;
    let end = int_arg(vm, endpos)?.clamp(0, len) as usize;
    let cls = class(
        vm,
        "_sre.SRE_Scanner",
        "_sre",
        None,
        BaseKind::Builtin,
        METHODS,
    );
    Ok(Value::Native(Rc::new(Native {
        class: cls,
        data: Box::new(MatchIter {
            code: code.clone(),
            string: string.clone(),
            pattern: pattern.clone(),
            start: pos,
            pos: Cell::new(pos),
            end,
            must_advance: Cell::new(false),
            done: Cell::new(pos > end),
        }),
    })))
}

fn iter_self(_vm: &mut Vm, recv: &Value, _a: Args) -> RunResult<Value> {
    Ok(recv.clone())
}

fn next(vm: &mut Vm, recv: &Value, _a: Args) -> RunResult<Value> {
    let stop = |vm: &Vm| vm.new_exception(&vm.types.exc.stop_iteration.clone(), vec![]);
    let Value::Native(n) = recv else {
        return Err(vm.type_error("expected a match iterator"));
    };
    let Some(it) = n.get::<MatchIter>() else {
        return Err(vm.type_error("expected a match iterator"));
    };
    if it.done.get() {
        return Err(stop(vm));
    }
    let code = code_arg(vm, &it.code)?;
    let text = Text::of(vm, &it.string, code.istext)?;
    let found = search_spans(
        vm,
        code,
        &text,
        it.pos.get(),
        it.end,
        Mode::Search,
        it.must_advance.get(),
    );
    let spans = match found {
        Ok(Some(spans)) => spans,
        Ok(None) => {
            it.done.set(true);
            return Err(stop(vm));
        }
        Err(_) => {
            vm.take_interrupt();
            return Err(vm.keyboard_interrupt());
        }
    };
    if let Value::Tuple(t) = &spans {
        if let (Some(Value::Int(s)), Some(Value::Int(e))) = (t.items.get(1), t.items.get(2)) {
            it.must_advance.set(s == e);
            it.pos.set(*e as usize);
        }
    }
    let string = it.string.clone();
    let pattern = it.pattern.clone();
    Ok(match_obj::new_match(&pattern, &string, it.start, it.end, spans).unwrap_or(Value::None))
}

coil_interp::native_payload!(MatchIter {
    code,
    string,
    pattern
});
