//! The parser never panics: random byte strings, every prefix of a real program, and
//! programs with one byte changed all end in `Ok` or a `SyntaxError`.

use coil_parser::{is_incomplete, parse_module};

const PROGRAM: &str = r#"
import asyncio
from collections import deque as dq

@decorator(arg=1)
class Worker(Base, metaclass=Meta):
    """Docstring with 'quotes'."""
    count: int = 0

    async def run(self, *jobs, timeout=None, **options) -> list[int]:
        results = [await job for job in jobs if job is not None]
        async with self.lock as held, open("f") as fh:
            try:
                value = {k: v for k, v in options.items()}
            except (KeyError, ValueError) as exc:
                raise RuntimeError(f"bad {exc!r:>{10}} and {value=}") from exc
            finally:
                del self.pending[0:2, ::3]
        while (n := len(results)) > 0:
            n -= 1; results.pop()
        else:
            return *results, lambda x, /, y=2: x ** -y
        return None

async def main():
    await asyncio.gather(*(Worker().run(i) for i in range(3)))

asyncio.run(main())
"#;

fn next(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

#[test]
fn the_program_parses() {
    parse_module(PROGRAM, "<program>").unwrap();
}

#[test]
fn every_prefix() {
    for end in 0..=PROGRAM.len() {
        if PROGRAM.is_char_boundary(end) {
            let _ = parse_module(&PROGRAM[..end], "<prefix>");
            let _ = is_incomplete(&PROGRAM[..end]);
        }
    }
}

#[test]
fn one_byte_mutations() {
    let alphabet = b"()[]{}:;,.=+-*/'\"#\\\n\t @!fx0";
    let mut seed = 0x2545F4914F6CDD1D;
    for _ in 0..3000 {
        let mut bytes = PROGRAM.as_bytes().to_vec();
        let at = (next(&mut seed) % bytes.len() as u64) as usize;
        bytes[at] = alphabet[(next(&mut seed) % alphabet.len() as u64) as usize];
        if let Ok(source) = String::from_utf8(bytes) {
            let _ = parse_module(&source, "<mutant>");
        }
    }
}

#[test]
fn random_bytes() {
    let mut seed = 0x9E3779B97F4A7C15;
    for _ in 0..3000 {
        let len = (next(&mut seed) % 60) as usize;
        let bytes: Vec<u8> = (0..len).map(|_| (next(&mut seed) % 128) as u8).collect();
        let source = String::from_utf8_lossy(&bytes);
        let _ = parse_module(&source, "<random>");
    }
}

/// Trees right under the depth cap are built and dropped without exhausting a test
/// thread's stack.
#[test]
fn deep_but_accepted_trees_drop() {
    for src in [
        format!("x = {}1", "-".repeat(480)),
        format!("x = {}", vec!["a"; 990].join("+")),
        format!("x = {}{}", "[".repeat(200), "]".repeat(200)),
        format!("x = a{}", ".b".repeat(990)),
    ] {
        let module = parse_module(&src, "<deep>").unwrap();
        drop(module);
    }
}
