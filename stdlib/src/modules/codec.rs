//! The text codecs Coil knows (`utf-8`, `utf-8-sig`, `latin-1`, `ascii`,
//! `utf-16`/`utf-32` and their `-le`/`-be` forms) and the error handlers
//! (`strict`, `ignore`, `replace`, `backslashreplace`, `xmlcharrefreplace`,
//! `surrogateescape`, `surrogatepass`), shared by `str.encode`, `bytes.decode`,
//! files and the `codecs` module. Semantics follow CPython 3.11
//! `Objects/unicodeobject.c` (`unicode_encode_ucs1`, `PyUnicode_DecodeUTF8`,
//! `PyUnicode_DecodeASCII`), `Objects/stringlib/codecs.h` and
//! `Python/codecs.c` (the error callbacks); names are normalised as
//! `Lib/encodings/__init__.py` `normalize_encoding` and `aliases.py` do.
//! Coil's strings cannot hold lone surrogates, so `surrogateescape` decoding of
//! undecodable bytes is refused with a clear error.

use coil_interp::object::alloc;
use coil_interp::{Exc, RunResult, Value, Vm};

/// A codec, by what it does.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    /// UTF-8 with a byte-order mark written first and skipped when read.
    Utf8Sig,
    Latin1,
    Ascii,
    /// UTF-16; `None` writes a BOM (little-endian) and reads one if present.
    Utf16(Option<Endian>),
    Utf32(Option<Endian>),
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Endian {
    Little,
    Big,
}

/// An error handler (`errors=`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Errors {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
    SurrogateEscape,
    SurrogatePass,
}

impl Codec {
    /// The codec for an encoding name, as `codecs.lookup` finds it.
    pub fn lookup(name: &str) -> Option<Codec> {
        let n: String = name
            .trim()
            .to_ascii_lowercase()
            .chars()
            .map(|c| if c == '-' || c == ' ' { '_' } else { c })
            .collect();
        Some(match n.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Codec::Utf8,
            "utf_8_sig" | "utf8_sig" => Codec::Utf8Sig,
            "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "iso646_us" => Codec::Ascii,
            "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso_8859_1" | "8859"
            | "cp819" | "iso_ir_100" | "iso_8859_1:1987" => Codec::Latin1,
            "utf_16" | "utf16" | "u16" => Codec::Utf16(None),
            "utf_16_le" | "utf_16le" | "utf16le" => Codec::Utf16(Some(Endian::Little)),
            "utf_16_be" | "utf_16be" | "utf16be" => Codec::Utf16(Some(Endian::Big)),
            "utf_32" | "utf32" | "u32" => Codec::Utf32(None),
            "utf_32_le" | "utf_32le" | "utf32le" => Codec::Utf32(Some(Endian::Little)),
            "utf_32_be" | "utf_32be" | "utf32be" => Codec::Utf32(Some(Endian::Big)),
            _ => return None,
        })
    }

    /// The codec's own name (`codecs.lookup(x).name`, and in error messages).
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Utf8Sig => "utf-8-sig",
            Codec::Latin1 => "iso8859-1",
            Codec::Ascii => "ascii",
            Codec::Utf16(None) => "utf-16",
            Codec::Utf16(Some(Endian::Little)) => "utf-16-le",
            Codec::Utf16(Some(Endian::Big)) => "utf-16-be",
            Codec::Utf32(None) => "utf-32",
            Codec::Utf32(Some(Endian::Little)) => "utf-32-le",
            Codec::Utf32(Some(Endian::Big)) => "utf-32-be",
        }
    }

    /// The name in `UnicodeError` messages (latin-1's C codec calls itself so).
    fn error_name(self) -> &'static str {
        match self {
            Codec::Latin1 => "latin-1",
            Codec::Utf8Sig => "utf-8",
            other => other.name(),
        }
    }

    /// The byte-order mark this codec writes before the first text, if any.
    pub fn bom(self) -> &'static [u8] {
        match self {
            Codec::Utf8Sig => b"\xef\xbb\xbf",
            Codec::Utf16(None) => b"\xff\xfe",
            Codec::Utf32(None) => b"\xff\xfe\x00\x00",
            _ => b"",
        }
    }

    /// The same codec without its byte-order mark (what follows the first write).
    pub fn without_bom(self) -> Codec {
        match self {
            Codec::Utf8Sig => Codec::Utf8,
            Codec::Utf16(None) => Codec::Utf16(Some(Endian::Little)),
            Codec::Utf32(None) => Codec::Utf32(Some(Endian::Little)),
            other => other,
        }
    }
}

impl Errors {
    pub fn lookup(name: &str) -> Option<Errors> {
        Some(match name {
            "strict" => Errors::Strict,
            "ignore" => Errors::Ignore,
            "replace" => Errors::Replace,
            "backslashreplace" => Errors::BackslashReplace,
            "xmlcharrefreplace" => Errors::XmlCharRefReplace,
            "surrogateescape" => Errors::SurrogateEscape,
            "surrogatepass" => Errors::SurrogatePass,
            _ => return None,
        })
    }
}

/// The codec named by an `encoding` argument (`None`: UTF-8), or LookupError.
pub fn codec_arg(vm: &Vm, enc: Option<&Value>, what: &str) -> RunResult<Codec> {
    named_arg(vm, enc, what, Codec::Utf8, Codec::lookup, |name| {
        format!("unknown encoding: {name}")
    })
}

/// The handler named by an `errors` argument (`None`: strict), or LookupError.
/// As in CPython, the name is only checked when the handler is needed... except
/// that Coil checks it up front, which only differs for a never-used bad name.
pub fn errors_arg(vm: &Vm, errors: Option<&Value>, what: &str) -> RunResult<Errors> {
    named_arg(vm, errors, what, Errors::Strict, Errors::lookup, |name| {
        format!("unknown error handler name '{name}'")
    })
}

/// What the str argument `arg` names by `lookup` (absent or None: `default`);
/// LookupError with the `unknown` message for a name `lookup` does not know,
/// TypeError naming `what` for a non-str.
fn named_arg<T>(
    vm: &Vm,
    arg: Option<&Value>,
    what: &str,
    default: T,
    lookup: fn(&str) -> Option<T>,
    unknown: fn(&str) -> String,
) -> RunResult<T> {
    match arg {
        None | Some(Value::None) => Ok(default),
        Some(Value::Str(s)) => lookup(s.as_str())
            .ok_or_else(|| vm.new_error(&vm.types.exc.lookup_error, unknown(s.as_str()))),
        Some(other) => Err(vm.type_error(format!(
            "{what} must be str, not {}",
            vm.type_name(other).as_str()
        ))),
    }
}

fn char_escape(n: u32) -> String {
    if n <= 0xff {
        format!("\\x{n:02x}")
    } else if n <= 0xffff {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

/// Encodes `s`; the error names the run of unencodable characters, as CPython's does.
pub fn encode(vm: &Vm, s: &str, codec: Codec, errors: Errors) -> RunResult<Vec<u8>> {
    let limit: u32 = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Utf8Sig => {
            let mut out = codec.bom().to_vec();
            out.extend_from_slice(s.as_bytes());
            return Ok(out);
        }
        Codec::Utf16(e) => return vm.alloc(encode_wide(s, codec, e, false)),
        Codec::Utf32(e) => return vm.alloc(encode_wide(s, codec, e, true)),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    if s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let n = chars[i] as u32;
        if n < limit {
            out.push(n as u8);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < chars.len() && chars[end] as u32 >= limit {
            end += 1;
        }
        match errors {
            Errors::Ignore => {}
            Errors::Replace => out.extend(std::iter::repeat_n(b'?', end - i)),
            Errors::BackslashReplace => {
                for c in &chars[i..end] {
                    out.extend_from_slice(char_escape(*c as u32).as_bytes());
                }
            }
            Errors::XmlCharRefReplace => {
                for c in &chars[i..end] {
                    out.extend_from_slice(format!("&#{};", *c as u32).as_bytes());
                }
            }
            _ => {
                let at = if end - i == 1 {
                    format!("character '{}' in position {i}", char_escape(n))
                } else {
                    format!("characters in position {i}-{}", end - 1)
                };
                let reason = format!("ordinal not in range({limit})");
                let e = vm.new_error(
                    &vm.types.exc.unicode_encode_error,
                    format!("'{}' codec can't encode {at}: {reason}", codec.error_name()),
                );
                let object = Value::string(chars.iter().collect());
                set_details(&e, codec, object, i, end, &reason);
                return Err(e);
            }
        }
        i = end;
    }
    Ok(out)
}

/// The result is sized first (fallibly: a huge one is MemoryError).
fn encode_wide(
    s: &str,
    codec: Codec,
    endian: Option<Endian>,
    wide: bool,
) -> Result<Vec<u8>, alloc::NoMemory> {
    let units: usize = if wide {
        s.chars().count()
    } else {
        s.chars().map(char::len_utf16).sum()
    };
    let size = units.checked_mul(if wide { 4 } else { 2 });
    let size = size.and_then(|n| n.checked_add(codec.bom().len()));
    let mut out = alloc::vec_with_capacity(size.ok_or(alloc::NoMemory)?)?;
    out.extend_from_slice(codec.bom());
    let big = endian == Some(Endian::Big);
    let mut put = |u: u32, n: usize| {
        let b = u.to_le_bytes();
        if big {
            out.extend(b[..n].iter().rev());
        } else {
            out.extend_from_slice(&b[..n]);
        }
    };
    for c in s.chars() {
        if wide {
            put(c as u32, 4);
        } else {
            let mut buf = [0u16; 2];
            for u in c.encode_utf16(&mut buf) {
                put(*u as u32, 2);
            }
        }
    }
    Ok(out)
}

/// A decoding problem at `start..end` of the input, with CPython's reason text.
struct Bad {
    start: usize,
    end: usize,
    reason: &'static str,
}

fn decode_error(vm: &Vm, codec: Codec, data: &[u8], bad: &Bad) -> Exc {
    let at = if bad.end - bad.start > 1 {
        format!("bytes in position {}-{}", bad.start, bad.end - 1)
    } else {
        format!(
            "byte 0x{:02x} in position {}",
            data.get(bad.start).copied().unwrap_or(0),
            bad.start
        )
    };
    let e = vm.new_error(
        &vm.types.exc.unicode_decode_error,
        format!(
            "'{}' codec can't decode {at}: {}",
            codec.error_name(),
            bad.reason
        ),
    );
    let object = Value::bytes(data.to_vec());
    set_details(&e, codec, object, bad.start, bad.end, bad.reason);
    e
}

/// The attributes of a UnicodeError (`encoding`, `object`, `start`, `end`,
/// `reason`), as `UnicodeDecodeError_init` stores them.
fn set_details(e: &Exc, codec: Codec, object: Value, start: usize, end: usize, reason: &str) {
    e.dict.set_str("encoding", Value::str(codec.error_name()));
    e.dict.set_str("object", object);
    e.dict.set_str("start", Value::Int(start as i64));
    e.dict.set_str("end", Value::Int(end as i64));
    e.dict.set_str("reason", Value::str(reason));
}

/// Applies a decoding error handler to `data[bad]`, appending to `out`.
fn handle_bad(
    vm: &Vm,
    codec: Codec,
    errors: Errors,
    data: &[u8],
    bad: &Bad,
    out: &mut String,
) -> RunResult<()> {
    match errors {
        Errors::Ignore => Ok(()),
        Errors::Replace => {
            out.push('\u{fffd}');
            Ok(())
        }
        Errors::BackslashReplace => {
            for b in &data[bad.start..bad.end] {
                out.push_str(&format!("\\x{b:02x}"));
            }
            Ok(())
        }
        Errors::XmlCharRefReplace => {
            Err(vm.type_error("don't know how to handle UnicodeDecodeError in error callback"))
        }
        Errors::SurrogateEscape => Err(vm.not_implemented_error(
            "Coil strings cannot hold lone surrogates: the 'surrogateescape' error \
             handler cannot decode these bytes",
        )),
        Errors::Strict | Errors::SurrogatePass => Err(decode_error(vm, codec, data, bad)),
    }
}

/// Decodes `data`. With `last` false, an incomplete sequence at the end is left
/// undecoded: the result says how many bytes were used (incremental decoding,
/// as files read chunk by chunk).
pub fn decode(
    vm: &Vm,
    data: &[u8],
    codec: Codec,
    errors: Errors,
    last: bool,
) -> RunResult<(String, usize)> {
    match codec {
        Codec::Utf8 => decode_utf8(vm, data, codec, errors, last),
        Codec::Utf8Sig => {
            if !last && data.len() < 3 && b"\xef\xbb\xbf".starts_with(data) {
                return Ok((String::new(), 0));
            }
            let skip = if data.starts_with(b"\xef\xbb\xbf") {
                3
            } else {
                0
            };
            let (s, n) = decode_utf8(vm, &data[skip..], codec, errors, last)?;
            Ok((s, n + skip))
        }
        Codec::Latin1 => Ok((data.iter().map(|&c| c as char).collect(), data.len())),
        Codec::Ascii => {
            if data.is_ascii() {
                // Checked just above: ASCII is valid UTF-8.
                let s = std::str::from_utf8(data).unwrap_or_default().to_string();
                return Ok((s, data.len()));
            }
            let mut out = String::with_capacity(data.len());
            for (pos, &c) in data.iter().enumerate() {
                if c < 0x80 {
                    out.push(c as char);
                } else {
                    let bad = Bad {
                        start: pos,
                        end: pos + 1,
                        reason: "ordinal not in range(128)",
                    };
                    handle_bad(vm, codec, errors, data, &bad, &mut out)?;
                }
            }
            Ok((out, data.len()))
        }
        Codec::Utf16(e) | Codec::Utf32(e) => {
            let wide = matches!(codec, Codec::Utf32(_));
            let unit = if wide { 4 } else { 2 };
            let (endian, skip) = match e {
                Some(e) => (e, 0),
                None => {
                    if !last && data.len() < unit {
                        return Ok((String::new(), 0));
                    }
                    let bom_le: &[u8] = if wide {
                        b"\xff\xfe\x00\x00"
                    } else {
                        b"\xff\xfe"
                    };
                    let bom_be: &[u8] = if wide {
                        b"\x00\x00\xfe\xff"
                    } else {
                        b"\xfe\xff"
                    };
                    if data.starts_with(bom_le) {
                        (Endian::Little, unit)
                    } else if data.starts_with(bom_be) {
                        (Endian::Big, unit)
                    } else {
                        (Endian::Little, 0)
                    }
                }
            };
            let named = if wide {
                Codec::Utf32(Some(endian))
            } else {
                Codec::Utf16(Some(endian))
            };
            let (s, n) = decode_wide(vm, &data[skip..], named, errors, last, wide)?;
            Ok((s, n + skip))
        }
    }
}

fn decode_utf8(
    vm: &Vm,
    mut data: &[u8],
    codec: Codec,
    errors: Errors,
    last: bool,
) -> RunResult<(String, usize)> {
    let whole = data;
    let mut out = String::with_capacity(data.len());
    let mut offset = 0;
    loop {
        match std::str::from_utf8(data) {
            Ok(s) => {
                out.push_str(s);
                return Ok((out, whole.len()));
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(std::str::from_utf8(&data[..good]).unwrap_or_default());
                if e.error_len().is_none() && !last {
                    return Ok((out, offset + good));
                }
                let byte = data[good];
                let (reason, span) = match e.error_len() {
                    None => ("unexpected end of data", data.len() - good),
                    Some(_) if (0x80..0xc2).contains(&byte) || byte > 0xf4 => {
                        ("invalid start byte", 1)
                    }
                    Some(n) => ("invalid continuation byte", n),
                };
                let bad = Bad {
                    start: offset + good,
                    end: offset + good + span,
                    reason,
                };
                handle_bad(vm, codec, errors, whole, &bad, &mut out)?;
                offset += good + span;
                data = &data[good + span..];
            }
        }
    }
}

fn decode_wide(
    vm: &Vm,
    data: &[u8],
    codec: Codec,
    errors: Errors,
    last: bool,
    wide: bool,
) -> RunResult<(String, usize)> {
    let unit = if wide { 4 } else { 2 };
    let big = matches!(
        codec,
        Codec::Utf16(Some(Endian::Big)) | Codec::Utf32(Some(Endian::Big))
    );
    let read = |i: usize| -> u32 {
        let mut v = 0u32;
        for k in 0..unit {
            let b = data[i + if big { k } else { unit - 1 - k }] as u32;
            v = (v << 8) | b;
        }
        v
    };
    let mut out = String::with_capacity(data.len() / unit);
    let mut i = 0;
    while i + unit <= data.len() {
        let u = read(i);
        if wide {
            match char::from_u32(u) {
                Some(c) => out.push(c),
                None => {
                    let reason = if u > 0x10ffff {
                        "code point not in range(0x110000)"
                    } else {
                        "code point in surrogate code point range(0xd800, 0xe000)"
                    };
                    let bad = Bad {
                        start: i,
                        end: i + 4,
                        reason,
                    };
                    handle_bad(vm, codec, errors, data, &bad, &mut out)?;
                }
            }
            i += 4;
            continue;
        }
        if !(0xd800..0xe000).contains(&u) {
            out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
            i += 2;
            continue;
        }
        let bad = if u >= 0xdc00 {
            Bad {
                start: i,
                end: i + 2,
                reason: "illegal encoding",
            }
        } else if i + 4 <= data.len() {
            let lo = read(i + 2);
            if (0xdc00..0xe000).contains(&lo) {
                let c = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
                out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                i += 4;
                continue;
            }
            Bad {
                start: i,
                end: i + 2,
                reason: "illegal UTF-16 surrogate",
            }
        } else if !last {
            return Ok((out, i));
        } else {
            Bad {
                start: i,
                end: data.len(),
                reason: "unexpected end of data",
            }
        };
        handle_bad(vm, codec, errors, data, &bad, &mut out)?;
        i = bad.end;
    }
    if i < data.len() {
        if !last {
            return Ok((out, i));
        }
        let bad = Bad {
            start: i,
            end: data.len(),
            reason: "truncated data",
        };
        handle_bad(vm, codec, errors, data, &bad, &mut out)?;
    }
    Ok((out, data.len()))
}

/// How many bytes `s` takes once encoded (for `tell()` on text files).
pub fn encoded_len(s: &str, codec: Codec) -> usize {
    match codec {
        Codec::Utf8 | Codec::Utf8Sig => s.len(),
        Codec::Latin1 | Codec::Ascii => s.chars().count(),
        Codec::Utf16(_) => s.chars().map(|c| c.len_utf16() * 2).sum(),
        Codec::Utf32(_) => s.chars().count() * 4,
    }
}

/// The `errors` argument of `str.encode`/`bytes.decode`: a name CPython only
/// looks up at the first error, so an unknown one is reported only then.
pub enum ErrorsArg {
    Known(Errors),
    Unknown(String),
}

pub fn errors_arg_lazy(vm: &Vm, errors: Option<&Value>, what: &str) -> RunResult<ErrorsArg> {
    match errors {
        Some(Value::Str(s)) if Errors::lookup(s.as_str()).is_none() => {
            Ok(ErrorsArg::Unknown(s.as_str().to_string()))
        }
        other => errors_arg(vm, other, what).map(ErrorsArg::Known),
    }
}

fn unknown_handler(vm: &Vm, name: &str) -> Exc {
    vm.new_error(
        &vm.types.exc.lookup_error,
        format!("unknown error handler name '{name}'"),
    )
}

/// `encode` with a lazily checked handler.
pub fn encode_lazy(vm: &Vm, s: &str, codec: Codec, errors: &ErrorsArg) -> RunResult<Vec<u8>> {
    match errors {
        ErrorsArg::Known(e) => encode(vm, s, codec, *e),
        ErrorsArg::Unknown(name) => {
            encode(vm, s, codec, Errors::Strict).map_err(|_| unknown_handler(vm, name))
        }
    }
}

/// `decode` with a lazily checked handler.
pub fn decode_lazy(
    vm: &Vm,
    data: &[u8],
    codec: Codec,
    errors: &ErrorsArg,
    last: bool,
) -> RunResult<(String, usize)> {
    match errors {
        ErrorsArg::Known(e) => decode(vm, data, codec, *e, last),
        ErrorsArg::Unknown(name) => {
            decode(vm, data, codec, Errors::Strict, last).map_err(|_| unknown_handler(vm, name))
        }
    }
}
