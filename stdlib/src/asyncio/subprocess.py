# Coil's asyncio.subprocess (CPython 3.11 Lib/asyncio/subprocess.py, with the
# pipe transports of unix_events.py and base_subprocess.py reduced to what
# Process needs). The child is spawned by the native `_spawn`; its exit is
# seen through a pidfd watched by the loop's reactor; pipes are read and
# written by reactor callbacks, so nothing blocks the loop.

__all__ = ('create_subprocess_exec', 'create_subprocess_shell')

PIPE = -1
STDOUT = -2
DEVNULL = -3

_DEFAULT_LIMIT = 2 ** 16


class _PipeReader:
    """Feeds one pipe of the child into a StreamReader until EOF."""

    def __init__(self, loop, fd, reader, proc):
        self._loop = loop
        self._fd = fd
        self._reader = reader
        self._proc = proc
        self.closed = False
        loop._add_reader(fd, self._read_ready)

    def _read_ready(self):
        try:
            data = _read(self._fd, 65536)
        except OSError as exc:
            self._reader.set_exception(exc)
            self._close()
            return
        if data is None:
            return
        if data:
            self._reader.feed_data(data)
        else:
            self._reader.feed_eof()
            self._close()

    def _close(self):
        if not self.closed:
            self.closed = True
            self._loop.remove_reader(self._fd)
            _close_fd(self._fd)
            self._proc._try_finish()


class _PipeWriterProtocol:
    def __init__(self, loop):
        self._loop = loop
        self._closed = loop.create_future()

    async def _drain_helper(self):
        pass

    def _get_close_waiter(self, stream):
        return self._closed


class _PipeWriteTransport(WriteTransport):
    """The child's stdin: writes go straight to the pipe, the rest is buffered
    and written when the reactor says the pipe is writable."""

    def __init__(self, loop, fd, protocol):
        super().__init__({'pipe': fd})
        self._loop = loop
        self._fd = fd
        self._protocol = protocol
        self._buffer = b''
        self._closing = False
        self._closed = False

    def write(self, data):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError(f'data argument must be a bytes-like object, '
                            f'not {type(data).__name__!r}')
        if self._closing or not data:
            return
        data = bytes(data)
        if not self._buffer:
            try:
                n = _write(self._fd, data)
            except (BrokenPipeError, ConnectionResetError):
                self._close_now()
                return
            data = data[n:]
            if not data:
                return
            self._loop._add_writer(self._fd, self._write_ready)
        self._buffer += data

    def _write_ready(self):
        try:
            n = _write(self._fd, self._buffer)
        except (BrokenPipeError, ConnectionResetError):
            self._buffer = b''
            self._close_now()
            return
        self._buffer = self._buffer[n:]
        if not self._buffer:
            self._loop.remove_writer(self._fd)
            if self._closing:
                self._close_now()

    def writelines(self, list_of_data):
        self.write(b''.join(list_of_data))

    def can_write_eof(self):
        return True

    def write_eof(self):
        self.close()

    def is_closing(self):
        return self._closing

    def get_write_buffer_size(self):
        return len(self._buffer)

    def close(self):
        if self._closing:
            return
        self._closing = True
        if not self._buffer:
            self._loop.call_soon(self._close_now)

    def abort(self):
        self._buffer = b''
        self._close_now()

    def _close_now(self):
        if self._closed:
            return
        self._closed = True
        self._closing = True
        self._loop.remove_writer(self._fd)
        _close_fd(self._fd)
        if not self._protocol._closed.done():
            self._protocol._closed.set_result(None)


class Process:
    def __init__(self, loop, pid, pidfd, fds, limit):
        self._loop = loop
        self.pid = pid
        self.returncode = None
        self._pidfd = pidfd
        self._waiters = []
        self._pipes = []
        self.stdin = self.stdout = self.stderr = None
        stdin_fd, stdout_fd, stderr_fd = fds
        if stdin_fd is not None:
            proto = _PipeWriterProtocol(loop)
            transport = _PipeWriteTransport(loop, stdin_fd, proto)
            self.stdin = StreamWriter(transport, proto, None, loop)
        if stdout_fd is not None:
            self.stdout = StreamReader(limit=limit, loop=loop)
            self._pipes.append(_PipeReader(loop, stdout_fd, self.stdout, self))
        if stderr_fd is not None:
            self.stderr = StreamReader(limit=limit, loop=loop)
            self._pipes.append(_PipeReader(loop, stderr_fd, self.stderr, self))
        if pidfd is not None:
            loop._add_reader(pidfd, self._child_exited)
        else:
            loop.call_later(0.01, self._poll_exit)

    def __repr__(self):
        return f'<{self.__class__.__name__} {self.pid}>'

    def _poll_exit(self):
        if not self._reap():
            self._loop.call_later(0.01, self._poll_exit)

    def _child_exited(self):
        if self._reap():
            self._loop.remove_reader(self._pidfd)
            _close_fd(self._pidfd)
            self._pidfd = None

    def _reap(self):
        if self.returncode is not None:
            return True
        try:
            code = _waitpid(self.pid)
        except ChildProcessError:
            code = 255
        if code is None:
            return False
        self.returncode = code
        self._try_finish()
        return True

    def _try_finish(self):
        # As base_subprocess: waiters wake once the child has exited and
        # every pipe it writes to has reached EOF.
        if self.returncode is None:
            return
        if not all(p.closed for p in self._pipes):
            return
        waiters, self._waiters = self._waiters, []
        for waiter in waiters:
            if not waiter.cancelled():
                waiter.set_result(self.returncode)

    def _check_proc(self):
        if self.returncode is not None:
            raise ProcessLookupError()

    def send_signal(self, signal):
        self._check_proc()
        _kill(self.pid, int(signal))

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)

    async def wait(self):
        if self.returncode is not None and all(p.closed for p in self._pipes):
            return self.returncode
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        return await waiter

    async def _feed_stdin(self, input):
        self.stdin.write(input)
        try:
            await self.stdin.drain()
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.stdin.close()

    async def _noop(self):
        return None

    async def _read_stream(self, stream):
        output = await stream.read()
        return output

    async def communicate(self, input=None):
        if input is not None:
            stdin = self._feed_stdin(input)
        else:
            stdin = self._noop()
        if self.stdout is not None:
            stdout = self._read_stream(self.stdout)
        else:
            stdout = self._noop()
        if self.stderr is not None:
            stderr = self._read_stream(self.stderr)
        else:
            stderr = self._noop()
        stdin, stdout, stderr = await gather(stdin, stdout, stderr)
        await self.wait()
        return (stdout, stderr)


def _start(program, args, stdin, stdout, stderr, limit, kwds):
    for key in kwds:
        if key not in ('cwd', 'env', 'close_fds', 'start_new_session'):
            raise TypeError(f"create_subprocess_exec() got an unexpected keyword argument '{key}'")
    loop = get_running_loop()
    try:
        pid, pidfd, *fds = _spawn((program,) + tuple(args), stdin, stdout,
                                  stderr, kwds.get('cwd'))
    except OSError as exc:
        if exc.errno is not None:
            raise type(exc)(exc.errno, exc.strerror, program) from None
        raise
    return Process(loop, pid, pidfd, fds, limit)


async def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None,
                                  limit=_DEFAULT_LIMIT, **kwds):
    if not isinstance(cmd, (bytes, str)):
        raise ValueError("cmd must be a string")
    return _start('/bin/sh', ('-c', cmd), stdin, stdout, stderr, limit, kwds)


async def create_subprocess_exec(program, *args, stdin=None, stdout=None,
                                 stderr=None, limit=_DEFAULT_LIMIT, **kwds):
    return _start(program, args, stdin, stdout, stderr, limit, kwds)
