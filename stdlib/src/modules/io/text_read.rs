//! Reading in `TextIOWrapper`: chunks of bytes decoded incrementally into a
//! text buffer kept *untranslated*, so that `tell()` is the chunk's byte
//! position plus the encoded length of what was consumed; newlines are found
//! and translated as lines are taken (CPython 3.11 `Modules/_io/textio.c`:
//! `_PyIO_find_line_ending`, `textiowrapper_read_chunk`,
//! `_io_TextIOWrapper_readline_impl`; the `newline` rules of `open()`).

use super::text::{Target, TextIO};
use crate::modules::codec;
use coil_interp::{RunResult, Vm};

/// Bytes asked of the buffer per chunk (CPython's `_CHUNK_SIZE`).
const CHUNK: usize = 8192;

/// Decodes one more chunk into the text buffer; false at end of file.
pub fn load(vm: &mut Vm, t: &TextIO) -> RunResult<bool> {
    let need_start = {
        let mut st = t.st.borrow_mut();
        if st.dpos > 0 {
            let consumed = codec::encoded_len(&st.decoded[..st.dpos], st.codec);
            st.dec_start += consumed as u64;
            let dpos = st.dpos;
            st.decoded.drain(..dpos);
            st.dpos = 0;
        }
        st.decoded.is_empty() && st.pending.is_empty()
    };
    if need_start {
        let start = t.target.tell(vm).unwrap_or(0);
        t.st.borrow_mut().dec_start = start;
    }
    let chunk = t.target.read_chunk(vm, CHUNK)?;
    let mut st = t.st.borrow_mut();
    let last = chunk.is_empty();
    let mut data = std::mem::take(&mut st.pending);
    data.extend_from_slice(&chunk);
    let started = st.read_started;
    let codec = if started {
        st.codec.without_bom()
    } else {
        st.codec
    };
    let (s, used) = match codec::decode(vm, &data, codec, st.errors, last) {
        Ok(r) => r,
        Err(e) => {
            let utf8 = codec == codec::Codec::Utf8;
            drop(st);
            return Err(if utf8 { via_frozen_codecs(vm, e) } else { e });
        }
    };
    if !started && (used > 0 || last) {
        st.read_started = true;
        let bom = used.saturating_sub(codec::encoded_len(&s, codec.without_bom()));
        st.dec_start += bom as u64;
        if data.starts_with(b"\xfe\xff") && codec == codec::Codec::Utf16(None) {
            st.codec = codec::Codec::Utf16(Some(codec::Endian::Big));
        }
    }
    st.pending = data[used..].to_vec();
    st.decoded.push_str(&s);
    if last {
        st.eof = true;
    }
    Ok(!last || !s.is_empty())
}

thread_local! {
    static FROZEN_DECODE: std::cell::RefCell<Option<coil_interp::Value>> =
        const { std::cell::RefCell::new(None) };
}

/// Re-raises a decoding error from a function that stands for CPython's
/// `codecs.BufferedIncrementalDecoder.decode`, so the traceback shows CPython's
/// `File "<frozen codecs>", line 322, in decode` entry (golden
/// io_files/decode_error_uncaught).
fn via_frozen_codecs(vm: &mut Vm, exc: coil_interp::Exc) -> coil_interp::Exc {
    let f = match FROZEN_DECODE.with(|f| f.borrow().clone()) {
        Some(f) => f,
        None => {
            let source = format!("{}def decode(exc):\n    raise exc\n", "\n".repeat(320));
            let made = vm
                .compile_source(&source, "<frozen codecs>")
                .and_then(|code| {
                    let ns = std::rc::Rc::new(coil_interp::object::Dict::new());
                    vm.run_code_in(code, ns.clone(), ns.clone())?;
                    Ok(ns.get_str("decode"))
                });
            match made {
                Ok(Some(f)) => {
                    FROZEN_DECODE.with(|c| *c.borrow_mut() = Some(f.clone()));
                    f
                }
                _ => return exc,
            }
        }
    };
    match vm.call(&f, &[coil_interp::Value::Instance(exc.clone())], &[]) {
        Err(e) => e,
        Ok(_) => exc,
    }
}

/// Where the line starting at `text[0]` ends (exclusive), if its end is
/// known from `text` alone; `at_eof` says no more text follows.
fn line_end(text: &str, newline: Option<&str>, at_eof: bool) -> Option<usize> {
    let b = text.as_bytes();
    match newline {
        None | Some("") => {
            let i = b.iter().position(|&c| c == b'\n' || c == b'\r')?;
            if b[i] == b'\n' {
                return Some(i + 1);
            }
            match b.get(i + 1) {
                Some(b'\n') => Some(i + 2),
                Some(_) => Some(i + 1),
                None if at_eof => Some(i + 1),
                None => None,
            }
        }
        Some("\n") => b.iter().position(|&c| c == b'\n').map(|i| i + 1),
        Some("\r") => b.iter().position(|&c| c == b'\r').map(|i| i + 1),
        Some(nl) => text.find(nl).map(|i| i + nl.len()),
    }
}

/// `text` with `\r\n` and `\r` turned into `\n` (universal newlines).
pub fn translate(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_string();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// Takes up to `max` characters of translated text from the front of `raw`:
/// the text and how many bytes of `raw` it used.
fn take_chars(raw: &str, translating: bool, max: usize) -> (String, usize) {
    let mut out = String::new();
    let mut it = raw.char_indices().peekable();
    for _ in 0..max {
        let Some((_, c)) = it.next() else { break };
        if translating && c == '\r' {
            if let Some((_, '\n')) = it.peek() {
                it.next();
            }
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    let used = it.peek().map_or(raw.len(), |(j, _)| *j);
    (out, used)
}

/// `readline(limit)`: one line (translated for `newline=None`), or "" at EOF.
pub fn readline(vm: &mut Vm, t: &TextIO, limit: Option<usize>) -> RunResult<String> {
    loop {
        {
            let mut st = t.st.borrow_mut();
            let dpos = st.dpos;
            let rest = &st.decoded[dpos..];
            let nl = st.newline.as_deref();
            if let Some(end) = line_end(rest, nl, st.eof) {
                let translating = st.newline.is_none();
                let line = &rest[..end];
                let (text, used) = match limit {
                    Some(l) if line.chars().count() > l => take_chars(line, translating, l),
                    _ if translating => (translate(line), end),
                    _ => (line.to_string(), end),
                };
                st.dpos += used;
                return Ok(text);
            }
            if let Some(l) = limit {
                if rest.chars().count() > l {
                    let translating = st.newline.is_none();
                    let (text, used) = take_chars(rest, translating, l);
                    st.dpos += used;
                    return Ok(text);
                }
            }
            if st.eof {
                let translating = st.newline.is_none();
                let text = if translating {
                    translate(rest)
                } else {
                    rest.to_string()
                };
                st.dpos = st.decoded.len();
                return Ok(text);
            }
        }
        load(vm, t)?;
    }
}

/// `read(n)`: `n` characters, or everything left for `None`.
pub fn read(vm: &mut Vm, t: &TextIO, n: Option<usize>) -> RunResult<String> {
    match n {
        None => {
            if let Target::Buffered(_) = &t.target {
                // One read of the rest instead of chunk after chunk.
                let data = t.target.read_all(vm)?;
                let mut st = t.st.borrow_mut();
                let mut all = std::mem::take(&mut st.pending);
                all.extend_from_slice(&data);
                let codec = if st.read_started {
                    st.codec.without_bom()
                } else {
                    st.codec
                };
                let (s, _) = match codec::decode(vm, &all, codec, st.errors, true) {
                    Ok(r) => r,
                    Err(e) => {
                        let utf8 = codec == codec::Codec::Utf8;
                        drop(st);
                        return Err(if utf8 { via_frozen_codecs(vm, e) } else { e });
                    }
                };
                st.read_started = true;
                let mut rest = st.decoded[st.dpos..].to_string();
                rest.push_str(&s);
                st.decoded.clear();
                st.dpos = 0;
                st.eof = true;
                return Ok(if st.newline.is_none() {
                    translate(&rest)
                } else {
                    rest
                });
            }
            while load(vm, t)? {}
            let mut st = t.st.borrow_mut();
            let rest = st.decoded[st.dpos..].to_string();
            st.dpos = st.decoded.len();
            Ok(if st.newline.is_none() {
                translate(&rest)
            } else {
                rest
            })
        }
        Some(n) => loop {
            {
                let mut st = t.st.borrow_mut();
                let dpos = st.dpos;
                let rest = &st.decoded[dpos..];
                if st.eof || rest.chars().count() > n {
                    let translating = st.newline.is_none();
                    let (text, used) = take_chars(rest, translating, n);
                    let used = if text.chars().count() < n {
                        rest.len()
                    } else {
                        used
                    };
                    st.dpos += used;
                    return Ok(text);
                }
            }
            load(vm, t)?;
        },
    }
}
