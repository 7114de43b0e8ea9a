//! Frame and traceback objects as scripts see them: `e.__traceback__` (a chain of
//! `traceback` objects with `tb_frame`, `tb_lineno`, `tb_lasti`, `tb_next`),
//! `generator.gi_frame`, and the `frame` objects they point to (`f_code`,
//! `f_lineno`, `f_lasti`, `f_globals`, `f_locals`, `f_back`). CPython 3.11:
//! `Python/traceback.c` (`tb_getsetters`, `tb_memberlist`), `Objects/frameobject.c`
//! (`frame_getsetlist`), `Objects/genobject.c` `gen_getframe`.
//!
//! Coil's frames are not objects (they move between `Vm::frames` and generators and
//! are recycled), and an exception keeps its traceback as a list of (code,
//! instruction) entries. So these objects are snapshots made on demand: a
//! traceback object is the list plus a position in it, a frame object records the
//! code, the instruction and, when known, the namespaces. `f_back` is None, except
//! for the chain `sys._getframe` builds from the running frames
//! (`Python/sysmodule.c` `sys__getframe_impl`).

use super::Vm;
use crate::bytecode::CodeObject;
use crate::object::descriptors::Property;
use crate::object::exception::TracebackEntry;
use crate::object::{Args, Dict, GenState, Generator, Native, NativeFn, Value};
use crate::RunResult;
use std::rc::Rc;

/// A `traceback` object: entry `index` of an exception's traceback list.
pub struct TracebackObject {
    pub entries: Rc<[TracebackEntry]>,
    pub index: usize,
}

/// A `frame` object: a snapshot of one activation.
pub struct FrameObject {
    pub code: Rc<CodeObject>,
    /// The instruction running (`f_lasti` is this index times two, as CPython's
    /// code units are two bytes).
    pub lasti: u32,
    pub globals: Option<Rc<Dict>>,
    pub locals: Option<Rc<Dict>>,
    /// A frame that has not started reports its `def` line (CPython 3.11's
    /// `f_lineno` before the first instruction is `co_firstlineno`).
    pub started: bool,
    /// `f_back`: the caller's frame object (only `sys._getframe` knows it).
    pub back: Value,
    /// For `sys._getframe`: the frame's index in `Vm::frames`, so `f_lineno`
    /// follows the frame while it still runs there (CPython's frame objects
    /// are live).
    pub running_at: Option<usize>,
}

impl Vm {
    /// `e.__traceback__`: the first entry as a traceback object, or None.
    pub fn traceback_object(&self, entries: &[TracebackEntry]) -> Value {
        if entries.is_empty() {
            return Value::None;
        }
        self.traceback_at(entries.into(), 0)
    }

    fn traceback_at(&self, entries: Rc<[TracebackEntry]>, index: usize) -> Value {
        Value::Native(Rc::new(Native {
            class: self.types.traceback.clone(),
            data: Box::new(TracebackObject { entries, index }),
        }))
    }

    /// `generator.gi_frame` (and `cr_frame`): the suspended (or not yet started)
    /// frame, None once the generator finished or while it runs elsewhere.
    pub fn generator_frame(&self, g: &Generator) -> Value {
        if matches!(g.state.get(), GenState::Closed | GenState::Running) {
            return Value::None;
        }
        let seg = g.frames.borrow();
        let Some(f) = seg.frames.first() else {
            return Value::None;
        };
        self.frame_value(FrameObject {
            code: f.code().clone(),
            lasti: f.lasti(),
            globals: Some(f.globals().clone()),
            locals: Some(super::namespace::frame_locals(f, &seg.values)),
            started: g.state.get() != GenState::Created,
            back: Value::None,
            running_at: None,
        })
    }

    /// `sys._getframe(depth)`: the running frame `depth` calls below the top, as
    /// a frame object whose `f_back` chain snapshots every frame under it; None
    /// when the stack is not that deep.
    pub fn running_frame(&self, depth: usize) -> Option<Value> {
        let top = self.frames.len().checked_sub(depth + 1)?;
        let locals = self.all_frame_locals();
        let mut back = Value::None;
        for (i, (f, locals)) in self.frames[..=top].iter().zip(locals).enumerate() {
            back = self.frame_value(FrameObject {
                code: f.code().clone(),
                lasti: f.lasti(),
                globals: Some(f.globals().clone()),
                locals: Some(locals),
                started: true,
                back,
                running_at: Some(i),
            });
        }
        Some(back)
    }

    /// Every running frame's locals, bottom first, each read from the value
    /// stack it runs on (one pass down the frames: a generator's frame starts a
    /// stack, the frames below it are on the one its generator keeps in `outer`).
    fn all_frame_locals(&self) -> Vec<Rc<Dict>> {
        let mut out = Vec::with_capacity(self.frames.len());
        let mut stacks = self.outer_stacks.iter().rev();
        let mut values: &[Option<Value>] = &self.values;
        for f in self.frames.iter().rev() {
            out.push(super::namespace::frame_locals(f, values));
            if super::generator::is_generator_frame(f) {
                values = stacks.next().map_or(&[], |v| v);
            }
        }
        out.reverse();
        out
    }

    fn frame_value(&self, f: FrameObject) -> Value {
        Value::Native(Rc::new(Native {
            class: self.types.frame.clone(),
            data: Box::new(f),
        }))
    }

    /// Installs the read-only attributes of `traceback` and `frame`.
    pub(crate) fn install_frame_types(&mut self) {
        let tb: [(&str, NativeFn); 4] = [
            ("tb_frame", tb_frame),
            ("tb_lineno", tb_lineno),
            ("tb_lasti", tb_lasti),
            ("tb_next", tb_next),
        ];
        let frame: [(&str, NativeFn); 6] = [
            ("f_code", f_code),
            ("f_lineno", f_lineno),
            ("f_lasti", f_lasti),
            ("f_globals", f_globals),
            ("f_locals", f_locals),
            ("f_back", f_back),
        ];
        for (class, getters) in [
            (self.types.traceback.clone(), &tb[..]),
            (self.types.frame.clone(), &frame[..]),
        ] {
            for (name, func) in getters {
                let getter = crate::builtin::owned_func(class.name.as_str(), name, *func);
                let prop = Property::new(Some(getter), None, None, None);
                class.dict.set_str(
                    name,
                    Value::Native(Rc::new(Native {
                        class: self.types.property.clone(),
                        data: Box::new(prop),
                    })),
                );
            }
        }
    }
}

/// The entries from a traceback object on (for `with_traceback(tb)` and
/// `__traceback__ = tb`); None if `v` is not a traceback object.
pub fn traceback_entries(v: &Value) -> Option<Vec<TracebackEntry>> {
    let Value::Native(n) = v else { return None };
    let tb = n.get::<TracebackObject>()?;
    Some(tb.entries[tb.index..].to_vec())
}

fn this_tb<'a>(vm: &Vm, args: &'a Args) -> RunResult<(&'a TracebackObject, &'a TracebackEntry)> {
    if let Some(Value::Native(n)) = args.pos.first() {
        if let Some(tb) = n.get::<TracebackObject>() {
            if let Some(e) = tb.entries.get(tb.index) {
                return Ok((tb, e));
            }
        }
    }
    Err(vm.type_error("descriptor requires a 'traceback' object"))
}

fn tb_frame(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let (_, e) = this_tb(vm, &args)?;
    Ok(vm.frame_value(FrameObject {
        code: e.code.clone(),
        lasti: e.ip,
        globals: None,
        locals: None,
        started: true,
        back: Value::None,
        running_at: None,
    }))
}

fn tb_lineno(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let (_, e) = this_tb(vm, &args)?;
    Ok(Value::Int(e.code.position(e.ip as usize).line as i64))
}

fn tb_lasti(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let (_, e) = this_tb(vm, &args)?;
    Ok(Value::Int(if e.ip == crate::bytecode::code::NOT_STARTED {
        0
    } else {
        e.ip as i64 * 2
    }))
}

fn tb_next(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let (tb, _) = this_tb(vm, &args)?;
    if tb.index + 1 < tb.entries.len() {
        Ok(vm.traceback_at(tb.entries.clone(), tb.index + 1))
    } else {
        Ok(Value::None)
    }
}

fn this_frame<'a>(vm: &Vm, args: &'a Args) -> RunResult<&'a FrameObject> {
    if let Some(Value::Native(n)) = args.pos.first() {
        if let Some(f) = n.get::<FrameObject>() {
            return Ok(f);
        }
    }
    Err(vm.type_error("descriptor requires a 'frame' object"))
}

fn f_code(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    Ok(Value::Code(this_frame(vm, &args)?.code.clone()))
}

fn f_lineno(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let f = this_frame(vm, &args)?;
    if !f.started {
        return Ok(Value::Int(f.code.first_line as i64));
    }
    let lasti = current_lasti(vm, f);
    Ok(Value::Int(f.code.position(lasti as usize).line as i64))
}

/// The instruction a frame object's frame is at: the live one while the frame
/// still runs at the same place in `Vm::frames`, else the snapshot's.
fn current_lasti(vm: &Vm, f: &FrameObject) -> u32 {
    match f.running_at.and_then(|i| vm.frames.get(i)) {
        Some(live) if Rc::ptr_eq(live.code(), &f.code) => live.lasti(),
        _ => f.lasti,
    }
}

fn f_lasti(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let f = this_frame(vm, &args)?;
    Ok(Value::Int(current_lasti(vm, f) as i64 * 2))
}

fn f_globals(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let f = this_frame(vm, &args)?;
    Ok(f.globals.clone().map_or(Value::None, Value::Dict))
}

fn f_locals(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let f = this_frame(vm, &args)?;
    Ok(f.locals.clone().map_or(Value::None, Value::Dict))
}

fn f_back(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    Ok(this_frame(vm, &args)?.back.clone())
}

/// The (code, instruction) a traceback or frame object stands for, so library
/// code can print either with the uncaught-exception renderer.
pub fn location_of(v: &Value) -> Option<TracebackEntry> {
    let Value::Native(n) = v else { return None };
    if let Some(tb) = n.get::<TracebackObject>() {
        return tb.entries.get(tb.index).cloned();
    }
    let f = n.get::<FrameObject>()?;
    Some(TracebackEntry {
        code: f.code.clone(),
        ip: f.lasti,
    })
}

crate::native_payload!(
    // Entries name code objects and instruction offsets, no Python values.
    TracebackObject;
    FrameObject { globals, locals, back };
);
