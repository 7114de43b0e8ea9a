//! Unified diffs for mismatch reports, via `similar`.

use similar::TextDiff;

/// A unified diff of `expected` against `actual` titled with `what` (`stdout`, `stderr`).
pub fn unified(what: &str, expected: &str, actual: &str) -> String {
    let diff = TextDiff::from_lines(expected, actual);
    let body = diff
        .unified_diff()
        .context_radius(3)
        .header(&format!("expected {what}"), &format!("actual {what}"))
        .to_string();
    format!("{what} differs:\n{body}")
}
