//! The input thread of the REPL (CPython's `asyncio/__main__.py` reads input in
//! a thread while the loop runs in the main thread). It owns the line editor and
//! answers each prompt request from the interpreter thread with one line; the
//! interpreter never waits on the terminal, so background tasks keep running.
//!
//! No byte typed or pasted ahead is lost (CPython's REPL reads them in order):
//! between prompts they wait in the terminal's queue (rustyline enters raw mode
//! with `TCSADRAIN`, which keeps pending input), and bytes rustyline read past
//! the end of a line stay in its buffer for the next prompt (its `buffer-redux`
//! feature; without it each `readline` drops its own 1 KiB read-ahead).

use super::complete::{Completions, Helper};
use rustyline::error::ReadlineError;
use rustyline::history::{DefaultHistory, History};
use rustyline::{Config, Editor};
use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender};
use std::sync::{Arc, Mutex};

/// From the interpreter: show a prompt, or stop.
pub enum Request {
    Prompt { prompt: &'static str },
    Quit,
}

/// To the interpreter: what the user did at the prompt.
pub enum Input {
    Line(String),
    /// Ctrl-C at the prompt.
    Interrupt,
    /// Ctrl-D, or the end of piped input.
    Eof,
}

/// Answers prompt requests until `Quit` or the interpreter goes away.
pub fn run(requests: Receiver<Request>, inputs: Sender<Input>, names: Arc<Mutex<Completions>>) {
    use std::io::IsTerminal;
    if std::io::stdin().is_terminal() {
        if let Err(e) = run_editor(&requests, &inputs, names) {
            eprintln!("coil: the line editor failed: {e}");
            let _ = inputs.send(Input::Eof);
        }
    } else {
        run_plain(&requests, &inputs);
    }
}

/// Piped input (`echo code | coil -i script.py`): prompts go to stderr, as
/// CPython writes them when standard input is not a terminal.
fn run_plain(requests: &Receiver<Request>, inputs: &Sender<Input>) {
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    while let Ok(Request::Prompt { prompt, .. }) = requests.recv() {
        let _ = std::io::stdout().flush();
        eprint!("{prompt}");
        let msg = match lines.next() {
            Some(Ok(l)) => Input::Line(l),
            _ => {
                eprintln!();
                Input::Eof
            }
        };
        if inputs.send(msg).is_err() {
            return;
        }
    }
}

fn run_editor(
    requests: &Receiver<Request>,
    inputs: &Sender<Input>,
    names: Arc<Mutex<Completions>>,
) -> rustyline::Result<()> {
    let config = Config::builder()
        .auto_add_history(false)
        .completion_type(rustyline::CompletionType::List)
        .build();
    let mut ed: Editor<Helper, DefaultHistory> = Editor::with_config(config)?;
    ed.set_helper(Some(Helper::new(names)));
    let history = history_path();
    if let Some(p) = &history {
        let _ = ed.load_history(p);
    }
    while let Ok(Request::Prompt { prompt }) = requests.recv() {
        let msg = match ed.readline(prompt) {
            Ok(line) => {
                if !line.trim().is_empty() {
                    let _ = ed.history_mut().add(&line);
                    if let Some(p) = &history {
                        let _ = ed.append_history(p);
                    }
                }
                Input::Line(line)
            }
            Err(ReadlineError::Interrupted) => Input::Interrupt,
            Err(ReadlineError::Eof) => Input::Eof,
            Err(e) => return Err(e),
        };
        if inputs.send(msg).is_err() {
            break;
        }
    }
    Ok(())
}

/// `$XDG_DATA_HOME/coil/history`, else `~/.local/share/coil/history`
/// (`COIL_HISTORY` overrides it; an empty value turns history off).
fn history_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("COIL_HISTORY") {
        return (!p.is_empty()).then(|| PathBuf::from(p));
    }
    let dir = match std::env::var_os("XDG_DATA_HOME").filter(|d| !d.is_empty()) {
        Some(d) => PathBuf::from(d),
        None => PathBuf::from(std::env::var_os("HOME")?).join(".local/share"),
    };
    let dir = dir.join("coil");
    std::fs::create_dir_all(&dir).ok()?;
    Some(dir.join("history"))
}
