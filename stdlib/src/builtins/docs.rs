//! CPython 3.11's documentation text of the builtins: `len.__doc__`,
//! `str.upper.__doc__`, `int.__doc__`, and the `__text_signature__`s `help`
//! shows. The text is data, read from CPython by `scripts/gen-builtin-docs`
//! into `docs.txt`; this file indexes it once and serves it through the VM's
//! `doc_hook` (functions and methods) and the types' `__doc__` entries.

use coil_interp::{Value, Vm};
use std::collections::HashMap;
use std::sync::OnceLock;

static TEXT: &str = include_str!("docs.txt");

/// `"owner\tname\tkind"` -> text, built on first use.
fn table() -> &'static HashMap<&'static str, &'static str> {
    static TABLE: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    TABLE.get_or_init(|| {
        TEXT.split('\x1e')
            .filter_map(|rec| rec.split_once('\n'))
            .collect()
    })
}

/// The text of `owner.name` (owner "" for a builtin function, name "" for
/// the type itself); `attr` is `__doc__` or `__text_signature__`.
pub fn lookup(owner: &str, name: &str, attr: &str) -> Option<&'static str> {
    let kind = if attr == "__text_signature__" {
        "sig"
    } else {
        "doc"
    };
    table()
        .get(format!("{owner}\t{name}\t{kind}").as_str())
        .copied()
}

/// Installs the hook and gives each builtin type its docstring (a type made
/// by a class statement gets its own, or None, from `__build_class__`).
pub fn install(vm: &mut Vm) {
    vm.doc_hook = Some(lookup);
    let names: Vec<(String, Value)> = vm
        .builtins
        .snapshot()
        .into_iter()
        .filter_map(|(k, v)| match (&k.value, &v) {
            (Value::Str(s), Value::Class(_)) => Some((s.as_str().to_string(), v)),
            _ => None,
        })
        .collect();
    for (name, class) in names {
        let Value::Class(c) = class else { continue };
        // Not `object`: values of Coil's internal types (bound methods,
        // functions) would find its docstring before their own `__doc__`.
        if c.name.as_str() != name || name == "object" || c.dict.get_str("__doc__").is_some() {
            continue;
        }
        if let Some(doc) = lookup(&name, "", "__doc__") {
            c.dict.set_str("__doc__", Value::str(doc));
            c.version.set(c.version.get() + 1);
        }
    }
}
