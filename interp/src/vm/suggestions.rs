//! "Did you mean: 'print'?" for uncaught NameError and AttributeError, as CPython
//! 3.11's `Python/suggestions.c` (same Levenshtein costs, limits and search order).

use super::Vm;
use crate::object::{Dict, Exc, Instance, Value};
use std::cell::RefCell;
use std::rc::{Rc, Weak};

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;
/// How many recent NameErrors keep their candidate lists.
const REMEMBERED: usize = 16;

/// A NameError and its candidate name lists (locals, globals, builtins).
type Remembered = (Weak<Instance>, Vec<Vec<String>>);

thread_local! {
    /// Candidate names captured when a NameError was raised (the frame's locals,
    /// globals and builtins are gone by the time the report is printed).
    static NAME_CANDIDATES: RefCell<Vec<Remembered>> = const { RefCell::new(Vec::new()) };
}

/// The str keys of a namespace dict (the names a scope, module or class defines).
pub fn dict_names(d: &Dict) -> Vec<String> {
    d.map
        .borrow()
        .keys()
        .filter_map(|k| match &k.value {
            Value::Str(s) => Some(s.as_str().to_string()),
            _ => None,
        })
        .collect()
}

impl Vm {
    /// Remembers where a NameError raised in the top frame could have found names.
    pub(crate) fn remember_name_candidates(&self, exc: &Exc) {
        let Some(frame) = self.frames.last() else {
            return;
        };
        let locals: Vec<String> = frame
            .code()
            .varnames
            .iter()
            .map(|s| s.as_str().to_string())
            .collect();
        let mut globals = dict_names(frame.globals());
        if let Some(ns) = &frame.namespace {
            if !Rc::ptr_eq(ns, frame.globals()) {
                globals = dict_names(ns).into_iter().chain(globals).collect();
            }
        }
        let sets = vec![locals, globals, dict_names(&self.builtins)];
        NAME_CANDIDATES.with(|c| {
            let mut c = c.borrow_mut();
            c.retain(|(w, _)| w.strong_count() > 0);
            if c.len() >= REMEMBERED {
                c.remove(0);
            }
            c.push((Rc::downgrade(exc), sets));
        });
    }
}

/// `. Did you mean: 'x'?` or nothing.
pub(crate) fn suggestion_suffix(vm: &mut Vm, exc: &Exc) -> String {
    let cls = exc.class();
    let name = match exc.dict.get_str("name") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => return String::new(),
    };
    let sets: Vec<Vec<String>> = if cls.is_subclass(&vm.types.exc.name_error) {
        NAME_CANDIDATES.with(|c| {
            c.borrow()
                .iter()
                .find(|(w, _)| w.upgrade().is_some_and(|e| Rc::ptr_eq(&e, exc)))
                .map(|(_, s)| s.clone())
                .unwrap_or_default()
        })
    } else if cls.is_subclass(&vm.types.exc.attribute_error) {
        let Some(obj) = exc.dict.get_str("obj") else {
            return String::new();
        };
        vec![dir_names(vm, &obj)]
    } else {
        return String::new();
    };
    for set in sets {
        if let Some(s) = best_suggestion(&set, &name) {
            return format!(". Did you mean: '{s}'?");
        }
    }
    String::new()
}

/// `dir(obj)` approximated: instance/module dict plus the type's MRO dicts, sorted.
fn dir_names(vm: &mut Vm, obj: &Value) -> Vec<String> {
    let mut names = Vec::new();
    match obj {
        Value::Instance(i) => names.extend(dict_names(&i.dict)),
        Value::Module(m) => names.extend(dict_names(&m.dict)),
        Value::Class(c) => {
            names.extend(dict_names(&c.dict));
            for b in &c.mro {
                names.extend(dict_names(&b.dict));
            }
        }
        _ => {}
    }
    if !matches!(obj, Value::Module(_)) {
        let t = vm.type_of(obj);
        names.extend(dict_names(&t.dict));
        for b in &t.mro {
            names.extend(dict_names(&b.dict));
        }
    }
    names.sort();
    names.dedup();
    names
}

fn best_suggestion<'a>(candidates: &'a [String], name: &str) -> Option<&'a str> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<&str> = None;
    let mut best_distance = usize::MAX;
    for item in candidates {
        if item == name {
            continue;
        }
        let max_distance =
            ((name.len() + item.len() + 3) * MOVE_COST / 6).min(best_distance.saturating_sub(1));
        let d = levenshtein(name.as_bytes(), item.as_bytes(), max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none() || d < best_distance {
            best = Some(item);
            best_distance = d;
        }
    }
    best
}

fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

fn levenshtein<'a>(mut a: &'a [u8], mut b: &'a [u8], max_cost: usize) -> usize {
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = buffer[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}
