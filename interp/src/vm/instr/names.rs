//! Names and cells: the handlers of `LoadName`/`StoreName`/`DeleteName`,
//! `LoadGlobal`'s memo and slow path, `StoreGlobal`/`DeleteGlobal`, `DeleteFast`,
//! and the cell instructions (`LoadDeref`, `StoreDeref`, `DeleteDeref`,
//! `LoadClassDeref`, `LoadClosure`), as CPython 3.11's `Python/ceval.c` runs them
//! (`LOAD_NAME`, `LOAD_GLOBAL`, `LOAD_DEREF`, `LOAD_CLASSDEREF`, …) with its
//! NameError/UnboundLocalError texts. `LoadFast`/`StoreFast` move words on the
//! value stack and stay in the dispatch loop.

use crate::bytecode::CodeObject;
use crate::object::{Dict, GlobalCache, HashKey, Str, Value};
use crate::vm::stack;
use crate::vm::Vm;
use crate::RunResult;
use std::rc::Rc;

impl Vm {
    /// `LoadDeref(i)`: `[] -> [cell contents]`.
    pub(crate) fn load_deref(&mut self, code: &CodeObject, i: u32) -> RunResult<()> {
        let cell = self.top_frame().cells()[i as usize].clone();
        let v = cell.value.borrow().clone();
        match v {
            Some(v) => self.push(v),
            None => return Err(self.unbound_deref(code, i as usize)),
        }
        Ok(())
    }

    /// `StoreDeref(i)`: `[v] -> []`.
    pub(crate) fn store_deref(&mut self, i: u32) {
        let v = self.pop();
        let cell = self.top_frame().cells()[i as usize].clone();
        *cell.value.borrow_mut() = Some(v);
    }

    /// `DeleteDeref(i)`: empties the cell; an error if it was empty.
    pub(crate) fn delete_deref(&mut self, code: &CodeObject, i: u32) -> RunResult<()> {
        let cell = self.top_frame().cells()[i as usize].clone();
        if cell.value.borrow_mut().take().is_none() {
            return Err(self.unbound_deref(code, i as usize));
        }
        Ok(())
    }

    /// `LoadClassDeref(i)`: the class namespace first, then the cell.
    pub(crate) fn load_class_deref(&mut self, code: &CodeObject, i: u32) -> RunResult<()> {
        let ncell = code.cellvars.len();
        let name = code.freevars[(i as usize).saturating_sub(ncell)].clone();
        let ns = self.top_frame().namespace.clone();
        if let Some(v) = ns.and_then(|ns| ns.get_name(&name)) {
            self.push(v);
            return Ok(());
        }
        self.load_deref(code, i)
    }

    /// `LoadClosure(i)`: the cell object itself.
    pub(crate) fn load_closure(&mut self, i: u32) {
        let cell = self.top_frame().cells()[i as usize].clone();
        self.push(Value::Cell(cell));
    }

    /// `DeleteFast(i)`: empties the local slot; an error if it was empty.
    pub(crate) fn delete_fast(&mut self, code: &CodeObject, i: u32) -> RunResult<()> {
        let slot = self.top_frame().base as usize + i as usize;
        if self.values[slot].take().is_none() {
            return Err(self.unbound_local(&code.varnames[i as usize]));
        }
        Ok(())
    }

    /// `LoadName(i)`: the frame's namespace, globals, then builtins.
    pub(crate) fn load_name(&mut self, code: &CodeObject, i: u32) -> RunResult<()> {
        let name = &code.names[i as usize];
        if self.namespace_is_globals() {
            let f = self.top_frame();
            // A module's code: its namespace is its globals, so `LOAD_NAME` looks
            // where `LOAD_GLOBAL` does and shares its memo (a script's top-level
            // loop would otherwise hash every name it touches).
            let func = f.func.clone();
            let (cache, globals) = (&*func.cache, &func.globals);
            if memo_global_push(&mut self.values, cache, globals, &self.builtins, name, i) {
                return Ok(());
            }
            return match self.load_global_slow(globals, name, cache, i) {
                Some(v) => {
                    self.push(v);
                    Ok(())
                }
                None => Err(self.name_not_defined(name)),
            };
        }
        let f = self.top_frame();
        let found = f
            .namespace
            .as_ref()
            .and_then(|ns| ns.get_name(name))
            .or_else(|| f.globals().get_name(name));
        let v = match found.or_else(|| self.builtins.get_name(name)) {
            Some(v) => v,
            None => return Err(self.name_not_defined(name)),
        };
        self.push(v);
        Ok(())
    }

    /// `StoreName(i)`: into the frame's namespace (a `__prepare__` mapping's
    /// `__setitem__` runs).
    pub(crate) fn store_name(&mut self, code: &CodeObject, i: u32) -> RunResult<()> {
        let v = self.pop();
        if self.namespace_is_globals() {
            // A module's code rebinding a global: through `LoadGlobal`'s memo.
            let func = self.top_frame().func.clone();
            store_global_memo(&func.globals, &func.cache, &code.names[i as usize], i, v);
            return Ok(());
        }
        let ns = self.frame_namespace();
        if let Some(obj) = self.custom_namespace(&ns) {
            let key = Value::Str(code.names[i as usize].clone());
            return self.set_item(&obj, &key, v);
        }
        ns.set_name(&code.names[i as usize], v);
        Ok(())
    }

    /// `DeleteName(i)`.
    pub(crate) fn delete_name(&mut self, code: &CodeObject, i: u32) -> RunResult<()> {
        let name = &code.names[i as usize];
        let ns = self.frame_namespace();
        if let Some(obj) = self.custom_namespace(&ns) {
            let key = Value::Str(name.clone());
            return self.del_item(&obj, &key);
        }
        if ns.remove_name(name).is_none() {
            return Err(self.name_not_defined(name));
        }
        Ok(())
    }

    /// True when the running code's namespace is its globals dict itself (a
    /// module's code), not a class body's or a `__prepare__` mapping.
    fn namespace_is_globals(&self) -> bool {
        let Some(f) = self.frames.last() else {
            return false;
        };
        match &f.namespace {
            None => true,
            Some(ns) => Rc::ptr_eq(ns, f.globals()) && self.custom_namespace(ns).is_none(),
        }
    }

    /// The namespace `StoreName`, `DeleteName` and `import *` write to: the
    /// class body's or the module's.
    pub(crate) fn frame_namespace(&mut self) -> Rc<Dict> {
        let f = self.top_frame();
        f.namespace.clone().unwrap_or_else(|| f.globals().clone())
    }

    /// `StoreGlobal(i)`.
    pub(crate) fn store_global(&mut self, code: &CodeObject, i: u32) {
        let v = self.pop();
        let func = self.top_frame().func.clone();
        store_global_memo(&func.globals, &func.cache, &code.names[i as usize], i, v);
    }

    /// `DeleteGlobal(i)`.
    pub(crate) fn delete_global(&mut self, code: &CodeObject, i: u32) -> RunResult<()> {
        let name = &code.names[i as usize];
        let g = self.top_frame().globals().clone();
        if g.remove_name(name).is_none() {
            return Err(self.name_not_defined(name));
        }
        Ok(())
    }

    /// `LoadGlobal` without a usable memo: globals then builtins, remembering where
    /// a global was found.
    pub(crate) fn load_global_slow(
        &self,
        globals: &Dict,
        name: &Rc<Str>,
        cache: &GlobalCache,
        i: u32,
    ) -> Option<Value> {
        let key = HashKey {
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
}

/// The `LoadGlobal` memo: pushes the value at the remembered index of
/// `globals`, if the key stored there is still the very same interned name.
/// Else a builtin remembered while `globals` kept the keys version it had when the
/// name was seen absent there (`GlobalCache`). False (nothing pushed) when the
/// slow path must look.
#[inline(always)]
pub(crate) fn memo_global_push(
    values: &mut Vec<Option<Value>>,
    cache: &GlobalCache,
    globals: &Dict,
    builtins: &Dict,
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
fn memo_push_at(values: &mut Vec<Option<Value>>, dict: &Dict, slot: u32, name: &Rc<Str>) -> bool {
    let map = dict.map.borrow();
    match map.slot(slot as usize - 1) {
        Some((k, v)) if matches!(&k.value, Value::Str(s) if Rc::ptr_eq(s, name)) => {
            stack::push_clone(values, v);
            true
        }
        _ => false,
    }
}

/// `globals[name] = v` for `StoreGlobal` and a module's `StoreName`: in place at
/// the memo's position when the key stored there is still the interned `name`
/// (a rebinding keeps the keys version, as `Dict::set_name` does), else by lookup,
/// remembering where the name now is.
fn store_global_memo(globals: &Dict, cache: &GlobalCache, name: &Rc<Str>, i: u32, v: Value) {
    let slot = cache.slots[i as usize].get();
    if slot != 0 {
        let old = {
            let mut map = globals.map.borrow_mut_values();
            match map.slot_mut(slot as usize - 1) {
                Some((k, val)) if matches!(&k.value, Value::Str(s) if Rc::ptr_eq(s, name)) => {
                    Ok(std::mem::replace(val, v))
                }
                _ => Err(v),
            }
        };
        // The old value drops after the borrow ends: its finaliser may touch
        // this dict.
        match old {
            Ok(old) => drop(old),
            Err(back) => store_global_lookup(globals, cache, name, i, back),
        }
        return;
    }
    store_global_lookup(globals, cache, name, i, v)
}

fn store_global_lookup(globals: &Dict, cache: &GlobalCache, name: &Rc<Str>, i: u32, v: Value) {
    let pos = globals.set_name_at(name, v);
    cache.slots[i as usize].set(pos as u32 + 1);
}
