//! `print` and `input` (`open` is `modules/io/open.rs`), as CPython 3.11's
//! `Python/bltinmodule.c` (`builtin_print_impl`, `builtin_input_impl`).

use super::args::{func, keywords};
use crate::modules::io::std_streams::{std_kind, stdin_readline};
use crate::modules::sys::Stream;
use coil_interp::object::{alloc, Args, Str};
use coil_interp::{RunResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    vm.add_builtin("print", func("print", print));
    vm.add_builtin("input", func("input", input));
    vm.add_builtin("open", func("open", crate::modules::io::open::open));
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
        Some(v @ Value::Native(_)) => match std_kind(v) {
            Some(Stream::Stdout) => Sink::Stdout,
            Some(Stream::Stderr) => Sink::Stderr,
            _ => Sink::Object(v.clone()),
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
            // The line grows fallibly: printing a huge value is MemoryError.
            let mut out = String::new();
            for (i, a) in args.pos.iter().enumerate() {
                let text = match a {
                    Value::Str(s) => s.clone(),
                    other => vm.builtin_str(other, 0)?,
                };
                let sep_len = if i > 0 { sep.len() } else { 0 };
                vm.alloc(alloc::reserve(&mut out, text.as_str().len() + sep_len))?;
                if i > 0 {
                    out.push_str(&sep);
                }
                out.push_str(text.as_str());
            }
            vm.alloc(alloc::reserve(&mut out, end.len()))?;
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
                let s = vm.builtin_str(a, 0)?;
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
    // Other threads run while the line is awaited (CPython releases the GIL
    // in the read).
    if let Some(fd) = crate::modules::io::std_streams::stdin_would_wait(vm) {
        use coil_interp::vm::green_io::{fd_ready, IoWait};
        return vm.green_io(IoWait::one(
            fd,
            libc::POLLIN,
            None,
            Box::new(move |vm, _| fd_ready(fd, libc::POLLIN).then(|| read_input_line(vm))),
        ));
    }
    if wait_for_terminal_line(vm) && vm.take_interrupt() {
        return Err(vm.keyboard_interrupt());
    }
    read_input_line(vm)
}

/// The line `input()` returns, without its line ending; EOFError at the end.
fn read_input_line(vm: &mut Vm) -> RunResult<Value> {
    let line = stdin_readline(vm)?;
    match (!line.is_empty()).then_some(line) {
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
