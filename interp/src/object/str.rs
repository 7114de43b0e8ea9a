//! str: immutable text with a cached hash and an all-ASCII flag, so `len`, indexing
//! and hashing are O(1) in the common case (CPython's compact ASCII strings,
//! `Objects/unicodeobject.c`); short text is stored inline (one allocation).

use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::rc::Rc;

pub struct Str {
    text: Text,
    /// Cached `hash(s)`; 0 means not computed yet (a real hash of 0 is remapped).
    hash: Cell<u64>,
    /// Number of chars; equals the byte length when the text is ASCII.
    char_len: usize,
}

/// The longest text kept inside the `Str` itself.
const INLINE: usize = 22;

/// The bytes of a str. Most strs are short (keys, words, numbers, split fields):
/// those live inside the `Str`, so `Rc<Str>` is one allocation, as CPython's
/// compact strings are one object; longer text has its own buffer.
enum Text {
    /// `len` bytes of `buf` hold UTF-8 copied whole from a `&str`.
    Inline {
        len: u8,
        buf: [u8; INLINE],
    },
    Heap(Box<str>),
}

impl Text {
    #[inline]
    fn of(s: &str) -> Text {
        if s.len() <= INLINE {
            let mut buf = [0u8; INLINE];
            buf[..s.len()].copy_from_slice(s.as_bytes());
            Text::Inline {
                len: s.len() as u8,
                buf,
            }
        } else {
            Text::Heap(Box::from(s))
        }
    }

    #[inline(always)]
    fn as_str(&self) -> &str {
        match self {
            // SAFETY: `Text::of` is the only maker of `Inline` and copies the
            // whole of a `&str` (valid UTF-8, `len` bytes, `len <= INLINE`).
            Text::Inline { len, buf } => unsafe {
                std::str::from_utf8_unchecked(buf.get_unchecked(..*len as usize))
            },
            Text::Heap(s) => s,
        }
    }
}

thread_local! {
    /// Interned strings, found by their text. FNV rather than std's SipHash:
    /// the keys are short names, none chosen by an attacker, and start-up
    /// interns thousands of them (`import asyncio`: about 5,000 lookups).
    static INTERNED: RefCell<HashSet<Interned, fnv::FnvBuildHasher>> =
        RefCell::new(HashSet::with_capacity_and_hasher(4096, Default::default()));
}

/// An intern-table entry: the shared string, keyed by its text (one
/// allocation per name; a separate key would copy the text).
struct Interned(Rc<Str>);

impl std::borrow::Borrow<str> for Interned {
    fn borrow(&self) -> &str {
        self.0.as_str()
    }
}

impl std::hash::Hash for Interned {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.as_str().hash(state)
    }
}

impl PartialEq for Interned {
    fn eq(&self, other: &Interned) -> bool {
        self.0.as_str() == other.0.as_str()
    }
}

impl Eq for Interned {}

impl Str {
    pub fn new(s: &str) -> Str {
        let char_len = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        Str {
            text: Text::of(s),
            hash: Cell::new(0),
            char_len,
        }
    }

    pub fn from_string(s: String) -> Str {
        if s.len() <= INLINE {
            return Str::new(&s);
        }
        let char_len = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        Str {
            text: Text::Heap(s.into_boxed_str()),
            hash: Cell::new(0),
            char_len,
        }
    }

    /// `str(i)`: the digits are written into a stack buffer and copied into the
    /// `Str` (`i.to_string()` would grow a `String` first).
    pub fn from_i64(i: i64) -> Str {
        // 19 digits and a sign cover i64::MIN.
        let mut buf = [0u8; 20];
        let mut pos = buf.len();
        let mut n = i.unsigned_abs();
        loop {
            pos -= 1;
            buf[pos] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        if i < 0 {
            pos -= 1;
            buf[pos] = b'-';
        }
        let digits = std::str::from_utf8(&buf[pos..]).unwrap_or_default();
        Str {
            text: Text::of(digits),
            hash: Cell::new(0),
            char_len: digits.len(),
        }
    }

    /// The concatenation of `parts` when it is short enough to live inline, made
    /// with no intermediate `String`; `None` when it is longer.
    pub fn concat_short<'a>(parts: impl IntoIterator<Item = &'a str>) -> Option<Str> {
        let mut buf = [0u8; INLINE];
        let mut len = 0;
        for p in parts {
            let end = len + p.len();
            buf.get_mut(len..end)?.copy_from_slice(p.as_bytes());
            len = end;
        }
        // Whole `&str`s end to end: valid UTF-8.
        std::str::from_utf8(&buf[..len]).ok().map(Str::new)
    }

    /// The shared copy of an identifier-like string (names, attribute keys).
    pub fn intern(s: &str) -> Rc<Str> {
        INTERNED.with(|table| {
            let mut table = table.borrow_mut();
            if let Some(found) = table.get(s) {
                return found.0.clone();
            }
            let rc = Rc::new(Str::new(s));
            table.insert(Interned(rc.clone()));
            rc
        })
    }

    #[inline(always)]
    pub fn as_str(&self) -> &str {
        self.text.as_str()
    }

    pub fn is_ascii(&self) -> bool {
        self.char_len == self.as_str().len()
    }

    /// Length in characters, as Python's `len`.
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    /// The string's hash (FNV-1a, stable across runs; Python randomises str hashes,
    /// so no program may depend on them).
    pub fn hash(&self) -> u64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let mut h: u64 = 0xcbf29ce484222325;
        for b in self.as_str().bytes() {
            h ^= b as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
        // Keep the result in Python's hash range (a non-negative 61-bit value here)
        // and never 0, which marks "not computed".
        let h = (h >> 3).max(1);
        self.hash.set(h);
        h
    }

    /// The char at char index `i` (0 <= i < char_len).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.as_str().as_bytes().get(i).map(|&b| b as char)
        } else {
            self.as_str().chars().nth(i)
        }
    }
}

impl PartialEq for Str {
    fn eq(&self, other: &Str) -> bool {
        std::ptr::eq(self, other) || self.as_str() == other.as_str()
    }
}

impl std::fmt::Debug for Str {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

/// Python's `repr` of a str: single quotes unless the text has a single quote and
/// no double quote; escapes as CPython's `unicode_repr`.
/// `ascii()` of a repr (CPython's `PyObject_ASCII`): every non-ASCII char as
/// `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
pub fn ascii_escape(repr: &str) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        let n = c as u32;
        // Writing to a String cannot fail.
        let _ = match n {
            0..=0x7f => {
                out.push(c);
                Ok(())
            }
            0x80..=0xff => write!(out, "\\x{n:02x}"),
            0x100..=0xffff => write!(out, "\\u{n:04x}"),
            _ => write!(out, "\\U{n:08x}"),
        };
    }
    out
}

pub fn str_repr(s: &str) -> String {
    let mut out = String::new();
    // Infallible callers (messages) abort on exhaustion as any String would.
    if str_repr_into(s, &mut out).is_err() {
        let size = std::alloc::Layout::array::<u8>(s.len().saturating_add(2));
        std::alloc::handle_alloc_error(size.unwrap_or(std::alloc::Layout::new::<u8>()));
    }
    out
}

/// Appends `repr(s)` to `out`, growing it fallibly (a huge repr is MemoryError).
pub fn str_repr_into(s: &str, out: &mut String) -> Result<(), super::alloc::NoMemory> {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    super::alloc::reserve(out, s.len().saturating_add(2))?;
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => push_escape(out, "\\\\")?,
            '\n' => push_escape(out, "\\n")?,
            '\r' => push_escape(out, "\\r")?,
            '\t' => push_escape(out, "\\t")?,
            c if c == quote => {
                super::alloc::reserve(out, 2)?;
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                push_escape(out, &format!("\\x{:02x}", c as u32))?;
            }
            c if is_printable(c) => out.push(c),
            c => {
                let n = c as u32;
                if n <= 0xff {
                    push_escape(out, &format!("\\x{n:02x}"))?;
                } else if n <= 0xffff {
                    push_escape(out, &format!("\\u{n:04x}"))?;
                } else {
                    push_escape(out, &format!("\\U{n:08x}"))?;
                }
            }
        }
    }
    super::alloc::reserve(out, 1)?;
    out.push(quote);
    Ok(())
}

/// Appends an escape sequence, which is longer than the character it replaces
/// (the reservation up front counted one byte a character).
pub(crate) fn push_escape(out: &mut String, escape: &str) -> Result<(), super::alloc::NoMemory> {
    super::alloc::reserve(out, escape.len())?;
    out.push_str(escape);
    Ok(())
}

pub use super::unicode_printable::is_printable;

#[cfg(test)]
mod tests {
    use super::Str;

    #[test]
    fn from_i64_matches_display() {
        for i in [
            0,
            7,
            -7,
            10,
            -10,
            1234567890,
            i64::MAX,
            i64::MIN,
            i64::MIN + 1,
        ] {
            let s = Str::from_i64(i);
            assert_eq!(s.as_str(), i.to_string());
            assert_eq!(s.char_len(), i.to_string().len());
        }
    }
}
