//! The interactive prompt (CPython's `code.InteractiveConsole` as driven by
//! `python -m asyncio`, `Lib/asyncio/__main__.py`): the interpreter thread owns
//! the VM and one event loop for the whole session; a reader thread owns the
//! terminal. Each input is compiled in `Mode::Interactive`; input with top-level
//! `await` becomes a task on the session's loop. While the user types, the loop
//! keeps running, so background tasks carry on between prompts.

mod complete;
mod driver;
mod highlight;
mod reader;

use coil_interp::object::{Dict, Value};
use coil_interp::vm::suggestions::dict_names;
use coil_interp::Vm;
use complete::Completions;
use reader::{Input, Request};
use std::rc::Rc;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};

/// What one complete input did.
enum Outcome {
    Continue,
    /// `SystemExit` (`exit()`, `sys.exit(n)`): leave with this status.
    Exit(i32),
}

/// Runs the prompt in `globals` (a fresh `__main__` when none: `coil -i`
/// passes the script's) until Ctrl-D or `exit()`; returns the exit status.
pub fn run(vm: &mut Vm, globals: Option<Rc<Dict>>, banner: bool) -> i32 {
    let globals = globals.unwrap_or_else(|| coil_interp::vm::main_namespace(vm, None));
    let (req_tx, req_rx) = mpsc::channel::<Request>();
    let (in_tx, in_rx) = mpsc::channel::<Input>();
    let names = Arc::new(Mutex::new(Completions::default()));
    let reader_names = names.clone();
    let reader = std::thread::Builder::new()
        .name("coil-input".into())
        .spawn(move || reader::run(req_rx, in_tx, reader_names));
    let Ok(reader) = reader else {
        eprintln!("coil: cannot start the input thread");
        return 1;
    };
    if banner {
        vm.write_stderr(&format!(
            "Coil {} (asyncio REPL: use \"await\" directly)\nType \"exit()\" or press Ctrl-D to leave.\n",
            env!("CARGO_PKG_VERSION")
        ));
    }
    coil_interp::event_loop::deadlock::set_at_prompt(true);
    let loop_ = coil_interp::event_loop::new_event_loop(vm);
    vm.asyncio.event_loop = Some(loop_.clone());
    let mut session = driver::Session { loop_ };
    let mut buffer = String::new();
    let status = loop {
        snapshot_names(vm, &globals, &names);
        // No indentation is pre-filled on `... ` lines, as in CPython: pasted
        // code already carries its own, and adding ours would change it.
        let prompt = if buffer.is_empty() { ">>> " } else { "... " };
        if req_tx.send(Request::Prompt { prompt }).is_err() {
            break 0;
        }
        match session.wait_input(vm, &in_rx) {
            Input::Eof => {
                vm.flush_stdout();
                break 0;
            }
            Input::Interrupt => {
                buffer.clear();
                vm.write_stderr("KeyboardInterrupt\n");
            }
            Input::Line(line) => {
                if buffer.is_empty() && line.trim().is_empty() {
                    continue;
                }
                // `%tasks` (no Python line starts with `%`): the task dump.
                if buffer.is_empty() && line.trim() == "%tasks" {
                    let text = vm.format_all_tasks("%tasks");
                    vm.write_stderr(&text);
                    continue;
                }
                buffer.push_str(&line);
                buffer.push('\n');
                if coil_parser::is_incomplete(&buffer) {
                    continue;
                }
                let source = std::mem::take(&mut buffer);
                if let Outcome::Exit(code) = session.execute(vm, &source, &globals) {
                    break code;
                }
            }
        }
    };
    let _ = req_tx.send(Request::Quit);
    drop(req_tx);
    // The reader may be blocked in the terminal after Ctrl-D; it is joined only
    // when it has already been asked to stop.
    let _ = reader.join();
    status
}

/// Refreshes the completer's view of the names in scope.
fn snapshot_names(vm: &Vm, globals: &Dict, names: &Mutex<Completions>) {
    let mut c = Completions {
        names: dict_names(globals),
        ..Default::default()
    };
    c.names.extend(dict_names(&vm.builtins));
    for (k, v) in globals.map.borrow().iter() {
        let Value::Str(name) = &k.value else { continue };
        let attrs = match v {
            Value::Module(m) => dict_names(&m.dict),
            Value::Class(cls) => cls.mro.iter().flat_map(|c| dict_names(&c.dict)).collect(),
            _ => continue,
        };
        c.attrs.insert(name.as_str().to_string(), attrs);
    }
    if let Ok(mut slot) = names.lock() {
        *slot = c;
    }
}
