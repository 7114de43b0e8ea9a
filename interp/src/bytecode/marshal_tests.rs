//! Round trips of `marshal`: a module's code tree read back equals what the
//! compiler produced, field by field; a blob for other source, a damaged or
//! truncated blob is refused (never a panic).

use super::marshal::{dump, load};
use super::CodeObject;
use crate::object::{Str, Value};
use std::rc::Rc;

const SOURCE: &str = r#""module doc"
import sys
X = (1, -2, 2**70, -(2**65), 1.5, float('inf'), 2j, b"\x00\xff", "héllo", None, True, ...)

def f(a, /, b=3, *args, c, d=4, **kw):
    "f's doc"
    total = a + b
    def inner():
        nonlocal total
        total += 1
        return total
    return inner, [x * 2 for x in args if x], {k: v for k, v in kw.items()}

class C(Exception):
    def m(self):
        return super().m()

async def g(xs):
    async for x in xs:
        yield x
    async with xs as y:
        await y

try:
    f(1, c=2)
except* ValueError as e:
    raise RuntimeError("no") from e
match X:
    case (1, *rest) if rest:
        pass
    case {"k": v, **others}:
        pass
    case C(a=1):
        pass
"#;

fn compiled(source: &str) -> Rc<CodeObject> {
    let ast = coil_parser::parse_module(source, "<frozen t.py>").expect("the test parses");
    crate::compile::compile_module(&ast, source, "<frozen t.py>", crate::compile::Mode::Exec)
        .expect("the test compiles")
}

/// Everything a code object holds, nested code included, as text.
fn describe(c: &CodeObject, out: &mut String) {
    use std::fmt::Write;
    let strs = |v: &[Rc<Str>]| v.iter().map(|s| s.as_str().to_string()).collect::<Vec<_>>();
    let _ = writeln!(
        out,
        "{} {} {} {:?} {:?} {:?} {:?} {:?} {:?} {:?} {} {} {} {:?} {} {:?}",
        c.name.as_str(),
        c.qualname.as_str(),
        c.first_line,
        c.instrs,
        c.positions,
        strs(&c.names),
        strs(&c.varnames),
        strs(&c.cellvars),
        strs(&c.freevars),
        c.cell2arg,
        c.argcount,
        c.posonlyargcount,
        c.kwonlyargcount,
        c.flags,
        c.stacksize,
        c.docstring.as_ref().map(|d| d.as_str().to_string()),
    );
    for v in &c.consts {
        match v {
            Value::Code(inner) => describe(inner, out),
            other => {
                let _ = writeln!(out, "const {other:?} {}", other.type_name());
            }
        }
    }
}

fn text(c: &CodeObject) -> String {
    let mut s = String::new();
    describe(c, &mut s);
    s
}

#[test]
fn a_module_reads_back_as_compiled() {
    let code = compiled(SOURCE);
    let blob = dump(&code, SOURCE).expect("every constant is supported");
    let back = load(&blob, SOURCE, "lib/t.py").expect("the blob is accepted");
    assert_eq!(text(&code), text(&back));
    assert_eq!(back.filename.as_str(), "lib/t.py");
    // Names stay interned: the same `Rc` as `Str::intern` gives.
    assert!(Rc::ptr_eq(
        &back.names[0],
        &Str::intern(back.names[0].as_str())
    ));
}

#[test]
fn another_source_or_a_damaged_blob_is_refused() {
    let code = compiled(SOURCE);
    let blob = dump(&code, SOURCE).expect("dump");
    assert!(load(&blob, "x = 1\n", "t.py").is_none());
    for cut in [0, 10, 44, blob.len() / 2, blob.len() - 1] {
        assert!(load(&blob[..cut], SOURCE, "t.py").is_none(), "cut at {cut}");
    }
    for at in [0, 9, 15, 30, 50, blob.len() / 3, blob.len() - 1] {
        let mut bad = blob.clone();
        bad[at] ^= 0x5a;
        assert!(load(&bad, SOURCE, "t.py").is_none(), "byte {at} flipped");
    }
    let mut longer = blob.clone();
    longer.push(0);
    assert!(load(&longer, SOURCE, "t.py").is_none());
}

#[test]
fn a_damaged_payload_with_a_matching_hash_never_panics() {
    use super::marshal::hash_bytes;
    let code = compiled(SOURCE);
    let blob = dump(&code, SOURCE).expect("dump");
    const PAYLOAD: usize = 44;
    for at in PAYLOAD..blob.len() {
        for flip in [0x01, 0x80, 0xff] {
            let mut bad = blob.clone();
            bad[at] ^= flip;
            let h = hash_bytes(&bad[PAYLOAD..]).to_le_bytes();
            bad[36..44].copy_from_slice(&h);
            let _ = load(&bad, SOURCE, "t.py");
        }
    }
}
