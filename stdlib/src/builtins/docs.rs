//! CPython 3.11's documentation text of the builtins: `len.__doc__`,
//! `str.upper.__doc__`, `int.__doc__`, and the `__text_signature__`s `help`
//! shows. The text is data, read from CPython by `scripts/gen-builtin-docs`
//! into `docs.txt`; `build.rs` indexes it and this file serves it through the VM's
//! `doc_hook` (functions and methods) and the types' `__doc__` entries.

use coil_interp::{Value, Vm};

static TEXT: &str = include_str!("docs.txt");

// `DOC_INDEX`: `"owner\tname\tkind"` -> the byte range of its text in `TEXT`,
// sorted by key (built by `build.rs`, so nothing is indexed at start-up).
include!(concat!(env!("OUT_DIR"), "/doc_index.rs"));

/// The text stored under `key`.
fn find(key: &str) -> Option<&'static str> {
    let i = DOC_INDEX.binary_search_by(|(k, _, _)| (*k).cmp(key)).ok()?;
    let (_, from, to) = DOC_INDEX[i];
    TEXT.get(from as usize..to as usize)
}

/// The text of `owner.name` (owner "" for a builtin function, name "" for
/// the type itself); `attr` is `__doc__` or `__text_signature__`.
pub fn lookup(owner: &str, name: &str, attr: &str) -> Option<&'static str> {
    let kind = if attr == "__text_signature__" {
        "sig"
    } else {
        "doc"
    };
    find(&format!("{owner}\t{name}\t{kind}"))
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
        // `object`'s is not served to the values of Coil's internal types
        // (`builtin_getattr`), which have no `__doc__` of their own.
        if c.name.as_str() != name || c.dict.get_str("__doc__").is_some() {
            continue;
        }
        if let Some(doc) = lookup(&name, "", "__doc__") {
            c.dict.set_str("__doc__", Value::str(doc));
            c.version.set(c.version.get() + 1);
        }
    }
}
