//! The seed programs (every `.py` under `tests/golden/` and `examples/`) and the
//! one function that turns `(seed, index)` into a program, so the supervisor can
//! rebuild the program a dead worker was running.

use crate::gen;
use crate::mutate;
use crate::rng::Rng;
use std::path::Path;

/// Text a program may not contain: the harness runs programs in its own
/// process, so nothing may touch files, processes, sockets or signals, or wait
/// for input. (A mutant can only recombine text it was given, so filtering the
/// result is enough.)
const BANNED: &[&str] = &[
    "os.",
    "import os",
    "from os",
    "posix",
    "subprocess",
    "shutil",
    "socket",
    "signal",
    "tempfile",
    "pathlib",
    "open(",
    "__import__",
    "importlib",
    "input(",
    "_exit",
    "stdin",
    "FileHandler",
    "filename",
    "glob",
    "fork",
    "kill",
    "exec(",
    "eval(",
    "compile(",
    "open_connection",
    "start_server",
    "create_subprocess",
    "atexit",
    "threading",
    "unittest",
    "platform",
    "set_int_max_str_digits",
    "argparse",
    "sys.modules",
    "builtins",
    "__builtins__",
    "_native",
    "io.",
    "logging",
    "site",
    "runpy",
    "timeit",
];

pub struct Corpus {
    pub programs: Vec<String>,
}

impl Corpus {
    /// Loads the seed programs under `root` (the repository).
    pub fn load(root: &Path) -> Corpus {
        let mut programs = Vec::new();
        for dir in ["tests/golden", "examples"] {
            collect(&root.join(dir), &mut programs);
        }
        programs.sort();
        programs.retain(|p| allowed(p));
        Corpus { programs }
    }

    /// Program `index` of run `seed`: a generated program or a mutant.
    pub fn program(&self, seed: u64, index: u64) -> String {
        let mut rng = Rng::for_program(seed, index);
        for _ in 0..8 {
            let p = if self.programs.is_empty() || rng.below(10) < 4 {
                gen::program(&mut rng)
            } else {
                let base = rng.pick(&self.programs);
                let donor = rng.pick(&self.programs);
                mutate::mutate(&mut rng, base, donor)
            };
            if allowed(&p) {
                return p;
            }
        }
        "print('nothing allowed')\n".to_string()
    }
}

/// Whether a program is safe to run in the harness's process.
pub fn allowed(text: &str) -> bool {
    !BANNED.iter().any(|b| text.contains(b))
}

fn collect(dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            if let Ok(text) = std::fs::read_to_string(&p) {
                out.push(text);
            }
        }
    }
}
