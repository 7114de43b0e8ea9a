//! The CI fuzz pass: a short, seeded, bounded run of `coil-fuzz` (the same
//! programs every time: seed 1, the first 400 programs, at most about 45 s,
//! chunks of 50 so the time cap is honoured). It fails on any panic, abort,
//! crash or hang; the program is saved under the temporary findings folder and
//! printed. A long run: see README ("Fuzzing").

use std::process::Command;

#[test]
fn seeded_fuzz_pass_finds_nothing() {
    let out = std::env::temp_dir().join(format!("coil-fuzz-smoke-{}", std::process::id()));
    let o = Command::new(env!("CARGO_BIN_EXE_coil-fuzz"))
        .args([
            "--seed",
            "1",
            "--execs",
            "400",
            "--chunk",
            "50",
            "--minutes",
            "0.75",
        ])
        .args(["--hang-secs", "20"])
        .arg("--out")
        .arg(&out)
        .output()
        .expect("run coil-fuzz");
    let report = String::from_utf8_lossy(&o.stdout);
    let mut found = String::new();
    if let Ok(entries) = std::fs::read_dir(out.join("findings")) {
        for e in entries.flatten() {
            let text = std::fs::read_to_string(e.path()).unwrap_or_default();
            found.push_str(&format!("--- {}\n{text}\n", e.path().display()));
        }
    }
    let _ = std::fs::remove_dir_all(&out);
    assert!(o.status.success(), "{report}\n{found}");
    assert!(report.contains("findings 0"), "{report}");
}
