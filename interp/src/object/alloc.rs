//! Allocations whose size a program chooses (`'a' * n`, `s.center(n)`,
//! `bytes(n)`, `n.to_bytes(k)`, `format(x, '>{n}')`, a list from a huge
//! range). CPython's allocators return NULL and the caller raises MemoryError
//! (`PyErr_NoMemory`, `Objects/obmalloc.c`); Rust's `Vec::with_capacity`
//! aborts the process instead. Every such size goes through here, so a
//! MemoryError leaves the interpreter usable.

use crate::vm::Vm;
use crate::RunResult;

/// The allocation could not be made (too large for the address space, or the
/// allocator refused it). `Vm::alloc` turns it into MemoryError.
#[derive(Debug)]
pub struct NoMemory;

/// An empty vector with room for `len` items.
pub fn vec_with_capacity<T>(len: usize) -> Result<Vec<T>, NoMemory> {
    short_of_memory()?;
    let mut v = Vec::new();
    v.try_reserve_exact(len).map_err(|_| NoMemory)?;
    Ok(v)
}

/// An empty string with room for `len` bytes.
pub fn string_with_capacity(len: usize) -> Result<String, NoMemory> {
    short_of_memory()?;
    let mut s = String::new();
    s.try_reserve_exact(len).map_err(|_| NoMemory)?;
    Ok(s)
}

/// Makes room for `extra` more bytes in `s`.
pub fn reserve(s: &mut String, extra: usize) -> Result<(), NoMemory> {
    short_of_memory()?;
    s.try_reserve(extra).map_err(|_| NoMemory)
}

/// `v.push(item)`, growing fallibly (a vector built item by item from a
/// program's data: `split`, `list(iterable)`).
pub fn push<T>(v: &mut Vec<T>, item: T) -> Result<(), NoMemory> {
    short_of_memory()?;
    if v.len() == v.capacity() {
        v.try_reserve(1).map_err(|_| NoMemory)?;
    }
    v.push(item);
    Ok(())
}

/// `count` copies of `item`.
pub fn filled<T: Clone>(item: T, count: usize) -> Result<Vec<T>, NoMemory> {
    let mut v = vec_with_capacity(count)?;
    v.resize(count, item);
    Ok(v)
}

/// `items` repeated `n` times.
pub fn repeat<T: Clone>(items: &[T], n: usize) -> Result<Vec<T>, NoMemory> {
    let total = items.len().checked_mul(n).ok_or(NoMemory)?;
    let mut v = vec_with_capacity(total)?;
    if n > 0 {
        v.extend_from_slice(items);
        while v.len() < total {
            let take = v.len().min(total - v.len());
            v.extend_from_within(..take);
        }
    }
    Ok(v)
}

/// `s` repeated `n` times.
pub fn repeat_str(s: &str, n: usize) -> Result<String, NoMemory> {
    let total = s.len().checked_mul(n).ok_or(NoMemory)?;
    let mut out = string_with_capacity(total)?;
    if n > 0 {
        out.push_str(s);
        while out.len() < total {
            let take = out.len().min(total - out.len());
            out.extend_from_within(..take);
        }
    }
    Ok(out)
}

/// Appends `count` copies of `c` to `out`.
pub fn push_repeated(out: &mut String, c: char, count: usize) -> Result<(), NoMemory> {
    let bytes = c.len_utf8().checked_mul(count).ok_or(NoMemory)?;
    reserve(out, bytes)?;
    if count == 0 {
        return Ok(());
    }
    // Doubling copies: a few large memcpys rather than one push per char.
    let start = out.len();
    out.push(c);
    while out.len() - start < bytes {
        let have = out.len() - start;
        let take = have.min(bytes - have);
        out.extend_from_within(start..start + take);
    }
    Ok(())
}

/// Fails while the allocator's reserve is spent and its MemoryError not yet
/// raised (`object/parachute.rs`): growth loops in native code (`list(it)`,
/// `str.join`) stop there rather than spend the reserve too.
#[inline]
fn short_of_memory() -> Result<(), NoMemory> {
    if super::parachute::tripped() {
        return Err(NoMemory);
    }
    Ok(())
}

impl Vm {
    /// MemoryError for a failed allocation from `object::alloc`.
    pub fn alloc<T>(&self, r: Result<T, NoMemory>) -> RunResult<T> {
        r.map_err(|_| self.memory_error())
    }

    /// A safepoint's memory check: the MemoryError owed since the allocator
    /// spent its reserve, if any (and the reserve retaken once memory allows).
    #[cold]
    pub(crate) fn memory_safepoint(&self) -> RunResult<()> {
        if super::parachute::tripped() {
            return Err(self.memory_error());
        }
        super::parachute::attend();
        Ok(())
    }
}
