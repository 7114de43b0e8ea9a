//! Argument binding: positional, defaults, keywords, `*args`, keyword-only,
//! `**kwargs`, positional-only, with CPython 3.11's exact TypeError messages
//! (`Python/ceval.c`: `initialize_locals`, `too_many_positional`,
//! `missing_arguments`, `positional_only_passed_as_keyword`).

use super::frame::PendingFrame;
use super::Vm;
use crate::object::{Cell, Dict, Function, Str, Value};
use crate::RunResult;
use std::rc::Rc;

impl Vm {
    /// Builds the frame for `func(*pos, **kw)` with its locals (not yet pushed;
    /// role `Call`).
    pub(crate) fn bind_frame(
        &mut self,
        func: &Rc<Function>,
        pos: &[Value],
        kw: &[(Rc<Str>, Value)],
    ) -> RunResult<PendingFrame> {
        let code = func.code.clone();
        let argcount = code.argcount as usize;
        let posonly = code.posonlyargcount as usize;
        let total = argcount + code.kwonlyargcount as usize;
        let mut frame = self.pool.frame_of(func.clone(), code.nlocals());
        let locals = &mut frame.locals;
        let qualname = || func.qualname.borrow().clone();

        let n = pos.len().min(argcount);
        for (slot, v) in locals.iter_mut().zip(&pos[..n]) {
            *slot = Some(v.clone());
        }
        let mut next = total;
        if code.flags.varargs {
            let extra = pos.get(argcount..).map(|s| s.to_vec()).unwrap_or_default();
            locals[next] = Some(Value::tuple(extra));
            next += 1;
        }
        let kwdict = if code.flags.varkeywords {
            let d = crate::gc::new(Dict::new());
            locals[next] = Some(Value::Dict(d.clone()));
            Some(d)
        } else {
            None
        };

        for (name, value) in kw {
            let found = (posonly..total).find(|&j| {
                let v = &code.varnames[j];
                Rc::ptr_eq(v, name) || **v == **name
            });
            match found {
                Some(j) => {
                    if locals[j].is_some() {
                        return Err(self.type_error(format!(
                            "{}() got multiple values for argument '{}'",
                            qualname().as_str(),
                            name.as_str()
                        )));
                    }
                    locals[j] = Some(value.clone());
                }
                None => match &kwdict {
                    Some(d) => d.set_name(name, value.clone()),
                    None => {
                        let posonly_names: Vec<&str> = kw
                            .iter()
                            .filter(|(k, _)| code.varnames[..posonly].iter().any(|v| **v == **k))
                            .map(|(k, _)| k.as_str())
                            .collect();
                        if !posonly_names.is_empty() {
                            return Err(self.type_error(format!(
                                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                                qualname().as_str(),
                                posonly_names.join(", ")
                            )));
                        }
                        return Err(self.type_error(format!(
                            "{}() got an unexpected keyword argument '{}'",
                            qualname().as_str(),
                            name.as_str()
                        )));
                    }
                },
            }
        }

        if pos.len() > argcount && !code.flags.varargs {
            let kwonly_given = locals[argcount..total]
                .iter()
                .filter(|v| v.is_some())
                .count();
            return Err(self.type_error(too_many_positional(
                &qualname(),
                argcount,
                func.defaults.borrow().len(),
                pos.len(),
                kwonly_given,
            )));
        }

        if pos.len() < argcount {
            let defaults = func.defaults.borrow();
            let defcount = defaults.len();
            let m = argcount - defcount.min(argcount);
            let missing: Vec<&Rc<Str>> = (pos.len()..m)
                .filter(|&i| locals[i].is_none())
                .map(|i| &code.varnames[i])
                .collect();
            if !missing.is_empty() {
                return Err(self.type_error(missing_arguments(
                    &qualname(),
                    &missing,
                    "positional",
                )));
            }
            let first = pos.len().saturating_sub(m);
            for i in first..defcount {
                if m + i < argcount && locals[m + i].is_none() {
                    locals[m + i] = Some(defaults[i].clone());
                }
            }
        }

        if total > argcount {
            let mut missing = Vec::new();
            for (slot, name) in locals[argcount..total]
                .iter_mut()
                .zip(&code.varnames[argcount..total])
            {
                if slot.is_some() {
                    continue;
                }
                if let Some(d) = &*func.kwdefaults.borrow() {
                    if let Some(v) = d.get_name(name) {
                        *slot = Some(v);
                        continue;
                    }
                }
                missing.push(name);
            }
            if !missing.is_empty() {
                return Err(self.type_error(missing_arguments(
                    &qualname(),
                    &missing,
                    "keyword-only",
                )));
            }
        }

        let ncells = code.cellvars.len();
        if ncells > 0 {
            let mut cells = Vec::with_capacity(ncells + func.closure.len());
            for i in 0..ncells {
                let init = code
                    .cell2arg
                    .get(i)
                    .copied()
                    .flatten()
                    .and_then(|a| locals.get(a as usize).cloned().flatten());
                cells.push(crate::gc::new(Cell::new(init)));
            }
            cells.extend(func.closure.iter().cloned());
            frame.own_cells = Some(Rc::from(cells));
        }
        Ok(frame)
    }
}

/// `f() takes 2 positional arguments but 3 were given` and its variants.
fn too_many_positional(
    qualname: &Str,
    argcount: usize,
    defcount: usize,
    given: usize,
    kwonly_given: usize,
) -> String {
    let (sig, plural) = if defcount > 0 {
        (
            format!("from {} to {}", argcount - defcount.min(argcount), argcount),
            true,
        )
    } else {
        (argcount.to_string(), argcount != 1)
    };
    let kwonly_sig = if kwonly_given > 0 {
        format!(
            " positional argument{} (and {} keyword-only argument{})",
            if given != 1 { "s" } else { "" },
            kwonly_given,
            if kwonly_given != 1 { "s" } else { "" }
        )
    } else {
        String::new()
    };
    format!(
        "{}() takes {} positional argument{} but {}{} {} given",
        qualname.as_str(),
        sig,
        if plural { "s" } else { "" },
        given,
        kwonly_sig,
        if given == 1 && kwonly_given == 0 {
            "was"
        } else {
            "were"
        }
    )
}

/// `f() missing 2 required positional arguments: 'a' and 'b'`.
fn missing_arguments(qualname: &Str, names: &[&Rc<Str>], kind: &str) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{}'", n.as_str())).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    };
    format!(
        "{}() missing {} required {} argument{}: {}",
        qualname.as_str(),
        names.len(),
        kind,
        if names.len() == 1 { "" } else { "s" },
        list
    )
}
