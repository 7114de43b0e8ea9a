//! Output normalisation applied to both sides before comparing a golden program's output
//! with its expectation (and by `scripts/regen-golden` before writing the expectation).
//! Ported from `shared/tools/normalize.py`, with one deliberate narrowing: only addresses in
//! reprs (`at 0x7f…`) are rewritten, so `hex(255)` still has to print `0xff`.
//!
//! Always applied (lossless for what a test means):
//! - ` at 0x<hex>` → ` at 0xADDR` (`<function f at 0x…>`, `<__main__.C object at 0x…>`);
//!   the `\b` after the digits keeps the rule idempotent;
//! - an absolute path ending in `.py` keeps only its file name, so tracebacks read
//!   `File "x.py", line 3` wherever the checkout lives;
//! - unittest's summary line `Ran 3 tests in 0.012s` → `Ran 3 tests in X.XXXs` (a
//!   measured duration, printed by every test run).
//!
//! Applied only to `# coil-test: real-time` programs, whose clocks are real:
//! - `YYYY-MM-DD HH:MM:SS[.ffffff]` → `DATETIME`, `HH:MM:SS` → `HH:MM:SS`;
//! - a float with four or more decimals is rounded to one (`0.50123` → `0.5`);
//! - trailing whitespace is dropped from each line.

use regex::{Captures, Regex};
use std::sync::OnceLock;

fn regex(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("normalisation patterns are valid"))
}

fn address() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(&CELL, r" at 0x[0-9a-fA-F]+\b")
}

fn py_path() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(
        &CELL,
        r#"(?:[A-Za-z]:)?(?:[/\\][^\s'"<>:,()/\\]+)+[/\\]([^\s'"<>:,()/\\]+\.py)\b"#,
    )
}

fn datetime() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(&CELL, r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(\.\d+)?")
}

fn clock() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(&CELL, r"\b\d\d:\d\d:\d\d\b")
}

fn long_float() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(&CELL, r"-?\d+\.\d{4,}(e[-+]?\d+)?")
}

fn unittest_ran() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(&CELL, r"(?m)^(Ran \d+ tests? in )\d+\.\d+s$")
}

/// Normalises a whole output text; `real_time` adds the lossy clock rules.
pub fn normalise(text: &str, real_time: bool) -> String {
    let text = address().replace_all(text, " at 0xADDR");
    let text = py_path().replace_all(&text, "$1");
    let text = unittest_ran().replace_all(&text, "${1}X.XXXs");
    if !real_time {
        return text.into_owned();
    }
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let (body, newline) = match line.strip_suffix('\n') {
            Some(body) => (body, "\n"),
            None => (line, ""),
        };
        let body = datetime().replace_all(body, "DATETIME");
        let body = clock().replace_all(&body, "HH:MM:SS");
        let body = long_float().replace_all(&body, |c: &Captures| round_one(&c[0]));
        out.push_str(body.trim_end());
        out.push_str(newline);
    }
    out
}

fn round_one(number: &str) -> String {
    match number.parse::<f64>() {
        // `{:.1}` rounds the exact binary value half-to-even, as Python's `round(v, 1)` does.
        Ok(value) => format!("{value:.1}"),
        Err(_) => number.to_owned(),
    }
}

/// Self-checks run as trials of the golden runner (`self_check/normalise`), since the
/// test binaries use their own harness.
pub fn self_check() -> Result<(), String> {
    let cases = [
        (
            "<function f at 0x7f12ab>\n  File \"/a/b/c.py\", line 3\n0xff\n",
            false,
            "<function f at 0xADDR>\n  File \"c.py\", line 3\n0xff\n",
        ),
        (
            "took 0.50123 s at 12:00:01  \n",
            false,
            "took 0.50123 s at 12:00:01  \n",
        ),
        (
            "took 0.50123 s at 12:00:01  \n",
            true,
            "took 0.5 s at HH:MM:SS\n",
        ),
        ("2024-01-02 03:04:05.123456\nx", true, "DATETIME\nx"),
        (
            "--\nRan 1 test in 0.012s\n\nOK\n",
            false,
            "--\nRan 1 test in X.XXXs\n\nOK\n",
        ),
    ];
    for (input, real_time, want) in cases {
        let got = normalise(input, real_time);
        if got != want {
            return Err(format!(
                "normalise({input:?}, {real_time}) = {got:?}, want {want:?}"
            ));
        }
    }
    Ok(())
}
