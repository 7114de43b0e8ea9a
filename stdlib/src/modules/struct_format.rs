//! The `struct` format language (CPython 3.11 `Modules/_struct.c`,
//! `prepare_s` and the `native_table`/`lilendian_table`/`bigendian_table`
//! entries): a format string becomes a list of `Code`s with their offsets, the
//! total size and the number of values it packs.
//!
//! `@` (the default) uses this machine's sizes and alignment (x86-64 Linux:
//! `l`, `L`, `n`, `N`, `P` are 8 bytes); `=`, `<`, `>`, `!` use the standard
//! sizes with no alignment, where `n`, `N` and `P` do not exist.

/// Byte order and size model of a format.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Order {
    /// `@`: native order, native sizes and alignment.
    Native,
    /// `<` (and `=` on a little-endian machine): standard sizes.
    Little,
    /// `>` and `!`: standard sizes.
    Big,
}

/// One run of a format character: `count` items (or, for `s`/`p`, one item
/// of `count` bytes), starting at `offset`.
#[derive(Clone, Copy, Debug)]
pub struct Code {
    pub kind: u8,
    pub count: usize,
    pub offset: usize,
    /// The size of one item.
    pub size: usize,
}

/// A compiled format.
#[derive(Debug)]
pub struct Layout {
    pub order: Order,
    pub codes: Vec<Code>,
    pub size: usize,
    /// How many values `pack` takes (`s`/`p` runs take one, `x` none).
    pub items: usize,
}

/// Why a format is refused (the text of `struct.error`).
pub enum FormatError {
    BadChar,
    RepeatWithoutCode,
    TooLarge,
}

impl FormatError {
    pub fn message(&self) -> &'static str {
        match self {
            FormatError::BadChar => "bad char in struct format",
            FormatError::RepeatWithoutCode => "repeat count given without format specifier",
            FormatError::TooLarge => "total struct size too long",
        }
    }
}

/// Size of one item of `kind` in `order`, or None if the character is not
/// a format code there.
fn item_size(kind: u8, order: Order) -> Option<usize> {
    let native = order == Order::Native;
    Some(match kind {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                std::mem::size_of::<std::ffi::c_long>()
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => std::mem::size_of::<usize>(),
        _ => return None,
    })
}

/// Parses a format string.
pub fn parse(format: &str) -> Result<Layout, FormatError> {
    let bytes = format.as_bytes();
    let (order, body) = match bytes.first() {
        Some(b'@') => (Order::Native, &bytes[1..]),
        Some(b'<') => (Order::Little, &bytes[1..]),
        Some(b'=') if cfg!(target_endian = "little") => (Order::Little, &bytes[1..]),
        Some(b'=') => (Order::Big, &bytes[1..]),
        Some(b'>') | Some(b'!') => (Order::Big, &bytes[1..]),
        _ => (Order::Native, bytes),
    };
    let mut codes = Vec::new();
    let mut size: usize = 0;
    let mut items = 0;
    let mut i = 0;
    while i < body.len() {
        let c = body[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count: usize = 1;
        if c.is_ascii_digit() {
            let mut n: usize = 0;
            while i < body.len() && body[i].is_ascii_digit() {
                n = n
                    .checked_mul(10)
                    .and_then(|n| n.checked_add((body[i] - b'0') as usize))
                    .ok_or(FormatError::TooLarge)?;
                i += 1;
            }
            if i == body.len() {
                return Err(FormatError::RepeatWithoutCode);
            }
            count = n;
        }
        let kind = body[i];
        i += 1;
        let item = item_size(kind, order).ok_or(FormatError::BadChar)?;
        if order == Order::Native && item > 1 && !matches!(kind, b's' | b'p' | b'x') {
            // Native alignment: each item starts at a multiple of its size.
            size = size
                .div_ceil(item)
                .checked_mul(item)
                .ok_or(FormatError::TooLarge)?;
        }
        let offset = size;
        let run = item.checked_mul(count).ok_or(FormatError::TooLarge)?;
        size = size
            .checked_add(run)
            .filter(|&s| s <= isize::MAX as usize)
            .ok_or(FormatError::TooLarge)?;
        match kind {
            b'x' => {}
            b's' | b'p' => items += 1,
            _ => items += count,
        }
        codes.push(Code {
            kind,
            count,
            offset,
            size: item,
        });
    }
    Ok(Layout {
        order,
        codes,
        size,
        items,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn size(f: &str) -> usize {
        parse(f).map(|l| l.size).unwrap_or(usize::MAX)
    }

    #[test]
    fn sizes_follow_alignment_rules() {
        assert_eq!(size("@bi"), 8);
        assert_eq!(size("<bi"), 5);
        assert_eq!(size("@iq"), 16);
        assert_eq!(size("bq0i"), 16);
        assert_eq!(size("3x2s"), 5);
        assert_eq!(size("< h h "), 4);
        assert!(matches!(parse(" < h"), Err(FormatError::BadChar)));
        assert!(matches!(parse("<n"), Err(FormatError::BadChar)));
        assert!(matches!(parse("3"), Err(FormatError::RepeatWithoutCode)));
    }
}
