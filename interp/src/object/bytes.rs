//! bytes: an immutable sequence of octets (CPython's `Objects/bytesobject.c`).
//! Its own `Value` variant, like `str`: literals, `==`, hashing, `len` and
//! indexing are common enough in scripts that a downcast per operation (a
//! `Native`) would be the wrong trade, and the struct is one thin pointer.

use std::cell::Cell;

pub struct Bytes {
    data: Box<[u8]>,
    /// Cached `hash(b)`; 0 means not computed yet.
    hash: Cell<u64>,
}

impl Bytes {
    pub fn new(data: Vec<u8>) -> Bytes {
        Bytes {
            data: data.into_boxed_slice(),
            hash: Cell::new(0),
        }
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.data
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    /// `hash(b)`, computed once: the same function as `Str::hash` over the
    /// octets, so `hash(b"ab") == hash("ab")` as in CPython.
    pub fn hash(&self) -> u64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let mut h: u64 = 0xcbf29ce484222325;
        for &b in self.data.iter() {
            h ^= b as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
        let h = (h >> 3).max(1);
        self.hash.set(h);
        h
    }
}

/// `repr(b)`: CPython's `PyBytes_Repr`: single quotes unless the bytes hold a
/// `'` and no `"`; `\t \n \r`, the quote and the backslash escaped; other bytes
/// outside 0x20..0x7f as `\xhh`.
pub fn bytes_repr(b: &[u8]) -> String {
    let mut out = String::new();
    // Infallible callers (messages) abort on exhaustion as any String would.
    if bytes_repr_into(b, &mut out).is_err() {
        let size = std::alloc::Layout::array::<u8>(b.len().saturating_add(3));
        std::alloc::handle_alloc_error(size.unwrap_or(std::alloc::Layout::new::<u8>()));
    }
    out
}

/// Appends `repr(b)` to `out`, growing it fallibly (a huge repr is MemoryError).
pub fn bytes_repr_into(b: &[u8], out: &mut String) -> Result<(), super::alloc::NoMemory> {
    use super::str::push_escape;
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    super::alloc::reserve(out, b.len().saturating_add(3))?;
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => push_escape(out, "\\\\")?,
            b'\t' => push_escape(out, "\\t")?,
            b'\n' => push_escape(out, "\\n")?,
            b'\r' => push_escape(out, "\\r")?,
            c if c == quote => {
                super::alloc::reserve(out, 2)?;
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => push_escape(out, &format!("\\x{c:02x}"))?,
        }
    }
    out.push(quote as char);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::bytes_repr;

    #[test]
    fn repr_matches_cpython() {
        assert_eq!(bytes_repr(b"abc\x00\xff\n"), "b'abc\\x00\\xff\\n'");
        assert_eq!(bytes_repr(b"'\""), "b'\\'\"'");
        assert_eq!(bytes_repr(b"it's"), "b\"it's\"");
    }
}
