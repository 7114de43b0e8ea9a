"""Running child processes (CPython 3.11 Lib/subprocess.py, POSIX behaviour):
`run`, `Popen`, `call`, `check_call`, `check_output`, `getoutput`,
`getstatusoutput`, `list2cmdline` and the exceptions, over the native
`_subprocess` (spawn, file descriptors, waits). Pipes are small private file
objects (`_Pipe`) until the io module's buffered files can take descriptors.
Not provided: `preexec_fn`, `pass_fds`, `start_new_session`, `user`/`group`,
`process_group`, `startupinfo`; `close_fds` is always true, as by default."""

import _subprocess
import signal as _signal
import sys as _sys

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3
# the native side's codes for the same choices
_NATIVE = {PIPE: _subprocess.PIPE, STDOUT: _subprocess.STDOUT, DEVNULL: _subprocess.DEVNULL}


def _get_output(error):
    return error.output


def _set_output(error, value):
    error.output = value


# Both errors call the child's output `output`, and `stdout` as well.
_STDOUT_ALIAS = property(_get_output, _set_output)


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """A process run by check_call/check_output/run(check=True) failed."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                name = _signal.Signals(-self.returncode)
                return "Command '%s' died with %r." % (self.cmd, name)
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    stdout = _STDOUT_ALIAS


class TimeoutExpired(SubprocessError):
    """The timeout passed before the child ended."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    stdout = _STDOUT_ALIAS


class CompletedProcess:
    """What `run` returns: args, returncode, stdout, stderr."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        shown = ["args={!r}".format(self.args), "returncode={!r}".format(self.returncode)]
        if self.stdout is not None:
            shown.append("stdout={!r}".format(self.stdout))
        if self.stderr is not None:
            shown.append("stderr={!r}".format(self.stderr))
        return "{}({})".format(type(self).__name__, ", ".join(shown))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)

    def __class_getitem__(cls, item):
        import types

        return types.GenericAlias(cls, item)


def _translate_newlines(text):
    return text.replace("\r\n", "\n").replace("\r", "\n")


class _Pipe:
    """One end of a pipe to the child: binary, or text with an encoding and
    universal newlines on reading."""

    def __init__(self, fd, mode, encoding=None, errors=None):
        self._fd = fd
        self.mode = mode
        self._text = "b" not in mode
        self.encoding = encoding
        self.errors = errors
        self._buffer = b""
        self._eof = False
        self.closed = False

    def fileno(self):
        self._check()
        return self._fd

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def readable(self):
        return "r" in self.mode

    def writable(self):
        return "w" in self.mode

    def _decode(self, data):
        if not self._text:
            return data
        return _translate_newlines(data.decode(self.encoding, self.errors))

    def _fill(self):
        chunk = _subprocess.read(self._fd, 8192)
        if not chunk:
            self._eof = True
        self._buffer += chunk
        return bool(chunk)

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            data = self._buffer + _subprocess.read(self._fd, -1)
            self._buffer = b""
            self._eof = True
            return self._decode(data)
        while len(self._buffer) < size and not self._eof and self._fill():
            pass
        data, self._buffer = self._buffer[:size], self._buffer[size:]
        return self._decode(data)

    def readline(self, size=-1):
        self._check()
        while True:
            cut = self._buffer.find(b"\n")
            if cut < 0 and self._text:
                cut = self._buffer.find(b"\r")
                if cut == len(self._buffer) - 1 and not self._eof:
                    cut = -1  # a \r\n may be split across reads
            if cut >= 0:
                end = cut + 1
                if self._buffer[cut:cut + 1] == b"\r" and self._buffer[end:end + 1] == b"\n":
                    end += 1
                break
            if self._eof or not self._fill():
                end = len(self._buffer)
                break
        if size is not None and size >= 0:
            end = min(end, size)
        line, self._buffer = self._buffer[:end], self._buffer[end:]
        return self._decode(line)

    def readlines(self):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        self._check()
        if self._text:
            if not isinstance(data, str):
                raise TypeError("write() argument must be str, not %s" % type(data).__name__)
            raw = data.encode(self.encoding, self.errors)
        else:
            raw = bytes(data)
        _subprocess.write(self._fd, raw)
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._check()

    def close(self):
        if not self.closed:
            self.closed = True
            _subprocess.close(self._fd)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        if self._text:
            return "<_io.TextIOWrapper name=%d encoding='%s'>" % (self._fd, self.encoding)
        kind = "BufferedWriter" if "w" in self.mode else "BufferedReader"
        return "<_io.%s name=%d>" % (kind, self._fd)


def _stream_spec(value, which):
    """The native code or file descriptor for one stdin/stdout/stderr argument."""
    if value is None:
        return None
    if isinstance(value, int):
        if value in _NATIVE:
            if value == STDOUT and which != "stderr":
                raise ValueError("STDOUT can only be used for stderr")
            return _NATIVE[value]
        if value < 0:
            raise ValueError("bad file descriptor")
        return value
    if value is _sys.stdout:
        return 1
    if value is _sys.stderr:
        return 2
    if value is _sys.stdin:
        return 0
    fileno = getattr(value, "fileno", None)
    if fileno is None:
        raise AttributeError("'%s' object has no attribute 'fileno'" % type(value).__name__)
    flush = getattr(value, "flush", None)
    if flush is not None:
        flush()
    return fileno()


def _fspath(value):
    if isinstance(value, (str, bytes)):
        return value.decode() if isinstance(value, bytes) else value
    fspath = getattr(type(value), "__fspath__", None)
    if fspath is None:
        raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(value).__name__)
    return _fspath(fspath(value))


class Popen:
    """A running child process."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False, cwd=None,
                 env=None, universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *,
                 user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        if preexec_fn is not None or pass_fds or start_new_session or user is not None \
                or group is not None or process_group is not None:
            raise NotImplementedError(
                "subprocess.Popen: preexec_fn, pass_fds, start_new_session, user, group "
                "and process_group are not supported by Coil yet")
        if text is not None and universal_newlines is not None \
                and bool(universal_newlines) != bool(text):
            raise SubprocessError("Cannot disambiguate when both text "
                                  "and universal_newlines are supplied but "
                                  "different. Pass one or the other.")
        self.args = args
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self._started = False
        self._pending = b""
        self._partial = ([], [])
        if isinstance(args, (str, bytes)):
            argv = [_fspath(args)]
        else:
            argv = [_fspath(a) for a in args]
        if shell:
            argv = ["/bin/sh", "-c"] + argv
            if executable is None:
                executable = "/bin/sh"
        if executable is not None:
            executable = _fspath(executable)
        if cwd is not None:
            cwd = _fspath(cwd)
        env_pairs = None
        if env is not None:
            env_pairs = []
            for key, value in env.items():
                key, value = _fspath(key), _fspath(value)
                if "=" in key:
                    raise ValueError("illegal environment variable name")
                env_pairs += [key, value]
        specs = (_stream_spec(stdin, "stdin"), _stream_spec(stdout, "stdout"),
                 _stream_spec(stderr, "stderr"))
        self.pid, fd_in, fd_out, fd_err = _subprocess.spawn(
            argv, executable, cwd, env_pairs, *specs)
        enc = encoding or "utf-8"
        err = errors or "strict"
        self.stdin = self.stdout = self.stderr = None
        if fd_in >= 0:
            self.stdin = _Pipe(fd_in, "w" if self.text_mode else "wb", enc, err) \
                if self.text_mode else _Pipe(fd_in, "wb")
        if fd_out >= 0:
            self.stdout = _Pipe(fd_out, "r", enc, err) if self.text_mode else _Pipe(fd_out, "rb")
        if fd_err >= 0:
            self.stderr = _Pipe(fd_err, "r", enc, err) if self.text_mode else _Pipe(fd_err, "rb")

    def __repr__(self):
        return "<%s: returncode: %s args: %r>" % (type(self).__name__, self.returncode,
                                                   self.args)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for pipe in (self.stdout, self.stderr):
            if pipe is not None:
                pipe.close()
        try:
            if self.stdin is not None:
                self.stdin.close()
        finally:
            self.wait()

    def __class_getitem__(cls, item):
        import types

        return types.GenericAlias(cls, item)

    def poll(self):
        if self.returncode is None:
            self.returncode = _subprocess.poll(self.pid)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None:
            code = _subprocess.wait(self.pid, timeout)
            if code is None:
                raise TimeoutExpired(self.args, timeout)
            self.returncode = code
        return self.returncode

    def send_signal(self, sig):
        # a reaped pid may belong to someone else now
        if self.poll() is None:
            _subprocess.kill(self.pid, sig)

    def terminate(self):
        self.send_signal(_signal.SIGTERM)

    def kill(self):
        self.send_signal(_signal.SIGKILL)

    def _decode(self, chunks):
        data = b"".join(chunks)
        if self.text_mode:
            return _translate_newlines(data.decode(self.encoding or "utf-8",
                                                   self.errors or "strict"))
        return data

    def communicate(self, input=None, timeout=None):
        """Sends `input`, reads stdout and stderr to their end, waits; returns
        (stdout, stderr), None for streams that are not pipes. After a timeout
        a later call carries on where this one stopped."""
        if self._started and input:
            raise ValueError("Cannot send input after starting communication")
        if not self._started:
            self._started = True
            if input is not None and self.stdin is not None:
                if self.text_mode:
                    if not isinstance(input, str):
                        raise TypeError("must be str, not %s" % type(input).__name__)
                    input = input.encode(self.encoding or "utf-8", self.errors or "strict")
                self._pending = bytes(input)
            if self.stdin is not None and not self.stdin.closed:
                self.stdin.flush()
        pipes = (self.stdin, self.stdout, self.stderr)
        before = [p._fd if p is not None and not p.closed else -1 for p in pipes]
        for i in (1, 2):
            pipe = pipes[i]
            if pipe is not None and pipe._buffer:
                self._partial[i - 1].append(pipe._buffer)
                pipe._buffer = b""
        written, out, err, *after = _subprocess.communicate(
            before[0], self._pending, before[1], before[2], timeout)
        self._pending = self._pending[written:]
        for pipe, was, now in zip(pipes, before, after):
            if was >= 0 and now < 0:
                pipe.closed = True  # the native side closed it at its end
        if out:
            self._partial[0].append(out)
        if err:
            self._partial[1].append(err)
        if max(after) >= 0:
            # CPython hands over the raw bytes read so far, or None
            raise TimeoutExpired(self.args, timeout,
                                 b"".join(self._partial[0]) or None,
                                 b"".join(self._partial[1]) or None)
        result = (self._decode(self._partial[0]) if self.stdout is not None else None,
                  self._decode(self._partial[1]) if self.stderr is not None else None)
        self.wait(timeout)
        return result


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Runs a command, waits for it, returns a CompletedProcess."""
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
        kwargs["stdin"] = PIPE
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used "
                             "with capture_output.")
        kwargs["stdout"] = PIPE
        kwargs["stderr"] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            process.wait()
            raise
        except BaseException:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except BaseException:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    for kw in ("stdout", "check"):
        if kw in kwargs:
            raise ValueError("%s argument not allowed, it will be overridden." % kw)
    if "input" in kwargs and kwargs["input"] is None:
        kwargs["input"] = "" if kwargs.get("universal_newlines") or kwargs.get("text") \
            or kwargs.get("encoding") or kwargs.get("errors") else b""
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd):
    """(exit status, output without its last newline) of `cmd` run by the shell."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == "\n":
        data = data[:-1]
    return exitcode, data


def getoutput(cmd):
    return getstatusoutput(cmd)[1]


def list2cmdline(seq):
    """A command line quoted by the MS C runtime's rules."""
    result = []
    for arg in map(_fspath, seq):
        if result:
            result.append(" ")
        quote = (" " in arg) or ("\t" in arg) or not arg
        if quote:
            result.append('"')
        slashes = 0
        for c in arg:
            if c == "\\":
                slashes += 1
            elif c == '"':
                result.append("\\" * (slashes * 2 + 1) + '"')
                slashes = 0
            else:
                if slashes:
                    result.append("\\" * slashes)
                    slashes = 0
                result.append(c)
        if slashes:
            result.append("\\" * (slashes * 2 if quote else slashes))
        if quote:
            result.append('"')
    return "".join(result)
