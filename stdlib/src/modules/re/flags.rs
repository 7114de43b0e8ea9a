//! The flag bits of CPython 3.11 `Lib/re/_constants.py` (`SRE_FLAG_*`) and the
//! inline-flag letters of `Lib/re/_parser.py` (`FLAGS`, `TYPE_FLAGS`, `GLOBAL_FLAGS`).

pub const TEMPLATE: u32 = 1;
pub const IGNORECASE: u32 = 2;
pub const LOCALE: u32 = 4;
pub const MULTILINE: u32 = 8;
pub const DOTALL: u32 = 16;
pub const UNICODE: u32 = 32;
pub const VERBOSE: u32 = 64;
pub const DEBUG: u32 = 128;
pub const ASCII: u32 = 256;

pub const TYPE_FLAGS: u32 = ASCII | LOCALE | UNICODE;
pub const GLOBAL_FLAGS: u32 = DEBUG | TEMPLATE;

/// The bit of an inline flag letter (`(?aiLmsux)`; `t` is the undocumented TEMPLATE).
pub fn flag_bit(c: char) -> Option<u32> {
    Some(match c {
        'i' => IGNORECASE,
        'L' => LOCALE,
        'm' => MULTILINE,
        's' => DOTALL,
        'x' => VERBOSE,
        'a' => ASCII,
        't' => TEMPLATE,
        'u' => UNICODE,
        _ => return None,
    })
}
