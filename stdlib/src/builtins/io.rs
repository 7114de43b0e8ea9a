//! `print`, `input` and `open` (read-only text files), as CPython 3.11's
//! `Python/bltinmodule.c` (`builtin_print_impl`, `builtin_input_impl`).

use super::args::{clinic, func, keywords};
use crate::modules::sys::{StdStream, Stream};
use coil_interp::object::class::BaseKind;
use coil_interp::object::{Args, Native, Str};
use coil_interp::{RunResult, Value, Vm};
use std::cell::RefCell;
use std::io::BufRead;
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    vm.add_builtin("print", func("print", print));
    vm.add_builtin("input", func("input", input));
    vm.add_builtin("open", func("open", open));
}

/// Where `print` sends its text.
enum Sink {
    Stdout,
    Stderr,
    Object(Value),
}

fn sink_for(vm: &Vm, file: Option<&Value>) -> Sink {
    match file {
        // `file=None` is whatever `sys.stdout` is now (`redirect_stdout`
        // replaces it); before `import sys` nobody can have replaced it.
        None | Some(Value::None) => match sys_attr(vm, "stdout") {
            Some(v) if !v.is_none() => sink_for(vm, Some(&v)),
            _ => Sink::Stdout,
        },
        Some(Value::Native(n)) => match n.get::<StdStream>() {
            Some(StdStream(Stream::Stdout)) => Sink::Stdout,
            Some(StdStream(Stream::Stderr)) => Sink::Stderr,
            _ => Sink::Object(Value::Native(n.clone())),
        },
        Some(other) => Sink::Object(other.clone()),
    }
}

/// `sys.NAME` if the `sys` module has been imported.
fn sys_attr(vm: &Vm, name: &str) -> Option<Value> {
    match vm.modules.get_str("sys") {
        Some(Value::Module(m)) => m.dict.get_str(name),
        _ => None,
    }
}

fn sep_or_end(vm: &Vm, v: Option<Value>, what: &str, default: &str) -> RunResult<String> {
    match v {
        None | Some(Value::None) => Ok(default.to_string()),
        Some(Value::Str(s)) => Ok(s.as_str().to_string()),
        Some(other) => Err(vm.type_error(format!(
            "{what} must be None or a string, not {}",
            other.type_name()
        ))),
    }
}

/// `print(*objects, sep=' ', end='\n', file=None, flush=False)`.
fn print(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let kw = keywords(vm, "print", &args, &["sep", "end", "file", "flush"])?;
    let sep = sep_or_end(vm, kw[0].clone(), "sep", " ")?;
    let end = sep_or_end(vm, kw[1].clone(), "end", "\n")?;
    let sink = sink_for(vm, kw[2].as_ref());
    let flush = match &kw[3] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    match sink {
        Sink::Stdout | Sink::Stderr => {
            let mut out = String::new();
            for (i, a) in args.pos.iter().enumerate() {
                if i > 0 {
                    out.push_str(&sep);
                }
                match a {
                    Value::Str(s) => out.push_str(s.as_str()),
                    other => out.push_str(vm.to_str(other)?.as_str()),
                }
            }
            out.push_str(&end);
            if let Sink::Stdout = sink {
                vm.write_stdout(&out);
                if flush {
                    vm.flush_stdout();
                }
            } else {
                vm.write_stderr(&out);
            }
        }
        Sink::Object(file) => {
            // CPython writes each piece with its own `write` call.
            let write = vm.get_attr(&file, &Str::intern("write"))?;
            for (i, a) in args.pos.iter().enumerate() {
                if i > 0 {
                    vm.call(&write, &[Value::string(sep.clone())], &[])?;
                }
                let s = vm.to_str(a)?;
                vm.call(&write, &[Value::Str(s)], &[])?;
            }
            vm.call(&write, &[Value::string(end)], &[])?;
            if flush {
                vm.call_method(&file, "flush", &[])?;
            }
        }
    }
    Ok(Value::None)
}

/// Reads one line from standard input (without the newline), or `None` at EOF.
pub fn read_stdin_line() -> Option<String> {
    let mut line = String::new();
    match std::io::stdin().lock().read_line(&mut line) {
        Ok(0) | Err(_) => None,
        Ok(_) => Some(line),
    }
}

/// Waits until a terminal on standard input has a line, or Ctrl-C is pressed
/// (`true`): the read itself is restarted after the signal, so CPython's
/// immediate KeyboardInterrupt needs the wait. A terminal delivers one whole
/// line per read, so nothing is left buffered between two waits; piped input
/// is read directly.
fn wait_for_terminal_line(vm: &Vm) -> bool {
    use std::io::IsTerminal;
    use std::sync::atomic::Ordering;
    let Some(flag) = vm.interrupt else {
        return false;
    };
    if !std::io::stdin().is_terminal() {
        return false;
    }
    loop {
        if flag.load(Ordering::Relaxed) {
            return true;
        }
        let mut pfd = libc::pollfd {
            fd: 0,
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one valid `pollfd` that outlives the call.
        let n = unsafe { libc::poll(&mut pfd, 1, 20) };
        if n > 0
            || (n < 0 && std::io::Error::last_os_error().kind() != std::io::ErrorKind::Interrupted)
        {
            return false;
        }
    }
}

/// `input(prompt='')`: the prompt goes to stdout, which is flushed before reading.
fn input(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let pos = super::args::positional(vm, "input", &args, 0, 1)?;
    if let Some(p) = pos.first() {
        let s = vm.to_str(p)?;
        vm.write_stdout(s.as_str());
    }
    vm.flush_stdout();
    if wait_for_terminal_line(vm) && vm.take_interrupt() {
        return Err(vm.keyboard_interrupt());
    }
    match read_stdin_line() {
        None => Err(vm.new_error(&vm.types.exc.eof_error, "EOF when reading a line")),
        Some(mut line) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(Value::string(line))
        }
    }
}

/// An open text file being read: its whole content and the read position (bytes).
pub struct TextFile {
    name: String,
    content: String,
    pos: RefCell<usize>,
    closed: RefCell<bool>,
}

fn file_of<'a>(vm: &Vm, v: &'a Value) -> RunResult<&'a TextFile> {
    let f = match v {
        Value::Native(n) => n.get::<TextFile>(),
        _ => None,
    };
    let f = f.ok_or_else(|| vm.type_error("descriptor requires a '_io.TextIOWrapper' object"))?;
    if *f.closed.borrow() {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(f)
}

/// `open(file, mode='r', encoding=None)`: text reading only.
fn open(vm: &mut Vm, _: &Value, args: Args) -> RunResult<Value> {
    let a = clinic(
        vm,
        "open",
        &args,
        &["file", "mode", "buffering", "encoding", "errors", "newline"],
        1,
        6,
    )?;
    let path = match &a[0] {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                other.type_name()
            )))
        }
        None => unreachable!("clinic checked the required argument"),
    };
    let mode = match &a[1] {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => "r".to_string(),
    };
    if mode != "r" && mode != "rt" {
        return Err(vm.value_error(format!("open(): mode {mode:?} is not supported by Coil")));
    }
    let content = match std::fs::read_to_string(&path) {
        Ok(c) => c,
        Err(e) => {
            let (class, text) = match e.kind() {
                std::io::ErrorKind::NotFound => (
                    vm.types.exc.file_not_found_error.clone(),
                    "No such file or directory",
                ),
                std::io::ErrorKind::PermissionDenied => {
                    (vm.types.exc.permission_error.clone(), "Permission denied")
                }
                _ => (vm.types.exc.os_error.clone(), "I/O error"),
            };
            let errno = e.raw_os_error().unwrap_or(0) as i64;
            return Err(vm.new_exception(
                &class,
                vec![Value::Int(errno), Value::str(text), Value::string(path)],
            ));
        }
    };
    let class = super::args::class(
        vm,
        "TextIOWrapper",
        "_io",
        None,
        BaseKind::Builtin,
        &[
            ("read", file_read),
            ("readline", file_readline),
            ("readlines", file_readlines),
            ("close", file_close),
            ("__iter__", file_iter),
            ("__next__", file_next),
            ("__enter__", file_iter),
            ("__exit__", file_exit),
        ],
    );
    Ok(Value::Native(Rc::new(Native {
        class,
        data: Box::new(TextFile {
            name: path,
            content,
            pos: RefCell::new(0),
            closed: RefCell::new(false),
        }),
    })))
}

fn file_read(vm: &mut Vm, this: &Value, args: Args) -> RunResult<Value> {
    let _ = args;
    let f = file_of(vm, this)?;
    let mut pos = f.pos.borrow_mut();
    let rest = f.content[*pos..].to_string();
    *pos = f.content.len();
    Ok(Value::string(rest))
}

fn next_line(f: &TextFile) -> Option<String> {
    let mut pos = f.pos.borrow_mut();
    if *pos >= f.content.len() {
        return None;
    }
    let rest = &f.content[*pos..];
    let n = rest.find('\n').map(|i| i + 1).unwrap_or(rest.len());
    *pos += n;
    Some(rest[..n].to_string())
}

fn file_readline(vm: &mut Vm, this: &Value, _: Args) -> RunResult<Value> {
    let f = file_of(vm, this)?;
    Ok(Value::string(next_line(f).unwrap_or_default()))
}

fn file_readlines(vm: &mut Vm, this: &Value, _: Args) -> RunResult<Value> {
    let f = file_of(vm, this)?;
    let mut out = Vec::new();
    while let Some(l) = next_line(f) {
        out.push(Value::string(l));
    }
    Ok(Value::list(out))
}

fn file_close(_: &mut Vm, this: &Value, _: Args) -> RunResult<Value> {
    if let Value::Native(n) = this {
        if let Some(f) = n.get::<TextFile>() {
            *f.closed.borrow_mut() = true;
        }
    }
    Ok(Value::None)
}

fn file_iter(vm: &mut Vm, this: &Value, _: Args) -> RunResult<Value> {
    file_of(vm, this)?;
    Ok(this.clone())
}

fn file_next(vm: &mut Vm, this: &Value, _: Args) -> RunResult<Value> {
    let f = file_of(vm, this)?;
    match next_line(f) {
        Some(l) => Ok(Value::string(l)),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn file_exit(vm: &mut Vm, this: &Value, args: Args) -> RunResult<Value> {
    file_close(vm, this, args)?;
    Ok(Value::Bool(false))
}

impl TextFile {
    /// The path the file was opened with.
    pub fn name(&self) -> &str {
        &self.name
    }
}
