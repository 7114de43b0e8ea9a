# Coil's socket side of the event loop (CPython 3.11 Lib/asyncio/
# selector_events.py, base_events.py: sock_* methods, create_connection,
# create_server, Server; unix_events.py: the Unix-socket variants; trsock.py),
# written over the native reactor (`loop._add_reader`, `loop._add_writer`,
# `remove_reader`, `remove_writer`). The functions named in `_LOOP_METHODS`
# become methods of the loop class.

import sys
import _traceback
from _collections import deque


class _LazySocket:
    # The `socket` module, imported on first use: most asyncio programs never
    # open a socket, and importing it (with its enums) was about a third of
    # `import asyncio`. Only `'socket' in sys.modules` tells the difference.
    _module = None

    def __getattr__(self, name):
        module = self._module
        if module is None:
            import socket as module
            _LazySocket._module = module
        return getattr(module, name)


socket = _LazySocket()

__all__ = ()

_LOOP_METHODS = (
    'sock_recv', 'sock_recv_into', 'sock_sendall', 'sock_connect',
    'sock_accept', 'sock_sendto', 'sock_recvfrom', 'create_connection',
    'create_server', 'create_unix_connection', 'create_unix_server',
    'create_datagram_endpoint', 'connect_accepted_socket',
    'set_exception_handler', 'get_exception_handler',
    'call_exception_handler', 'default_exception_handler',
    '_exception_handler', 'slow_callback_duration',
    '_start_serving', '_stop_serving', '_accept_connection',
    '_accept_connection2', '_create_connection_transport', '_connect_sock',
    'add_signal_handler', 'remove_signal_handler',
)

try:
    _BYTES_LIKE = (bytes, bytearray, memoryview)
except NameError:
    # Coil has no memoryview yet.
    _BYTES_LIKE = (bytes, bytearray)


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


# -- low-level socket operations ----------------------------------------------

def _remove_reader_cb(loop, fd):
    def cb(fut):
        loop.remove_reader(fd)
    return cb


def _remove_writer_cb(loop, fd):
    def cb(fut):
        loop.remove_writer(fd)
    return cb


def _settle(fut, attempt, *args):
    # One non-blocking socket step for `fut`: its result or error settles
    # `fut`; True when it would block (then nothing is settled). Hidden from
    # tracebacks, as CPython repeats this body in each caller.
    try:
        result = attempt(*args)
    except (BlockingIOError, InterruptedError):
        return True
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        fut.set_exception(exc)
    else:
        fut.set_result(result)
    return False


_traceback.hide(_settle)


def _sock_read_ready(fut, read, args):
    # A reader callback: retries a non-blocking read until it has an outcome.
    if fut.done():
        return
    _settle(fut, read, *args)


def _wait_readable(loop, sock, read, *args):
    # The future of a read that would block: retried each time `sock` is readable.
    fut = loop.create_future()
    fd = sock.fileno()
    loop._add_reader(fd, _sock_read_ready, fut, read, args)
    fut.add_done_callback(_remove_reader_cb(loop, fd))
    return fut


async def _sock_read(self, sock, read, arg):
    # sock_recv, sock_recv_into, sock_recvfrom: read now, or once readable.
    # Hidden from tracebacks, so an error names the public method's frame
    # alone, as CPython's (which repeats this body in each).
    try:
        return read(arg)
    except (BlockingIOError, InterruptedError):
        pass
    return await _wait_readable(self, sock, read, arg)


_traceback.hide(_sock_read)


async def sock_recv(self, sock, n):
    return await _sock_read(self, sock, sock.recv, n)


async def sock_recv_into(self, sock, buf):
    return await _sock_read(self, sock, sock.recv_into, buf)


async def sock_recvfrom(self, sock, bufsize):
    return await _sock_read(self, sock, sock.recvfrom, bufsize)


async def sock_sendto(self, sock, data, address):
    return sock.sendto(data, address)


def _sock_sendall_ready(fut, sock, state):
    if fut.done():
        return
    data = state[0]
    try:
        n = sock.send(data)
    except (BlockingIOError, InterruptedError):
        return
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        fut.set_exception(exc)
        return
    state[0] = data[n:]
    if not state[0]:
        fut.set_result(None)


async def sock_sendall(self, sock, data):
    data = bytes(data)
    try:
        n = sock.send(data)
    except (BlockingIOError, InterruptedError):
        n = 0
    if n == len(data):
        return
    fut = self.create_future()
    fd = sock.fileno()
    self._add_writer(fd, _sock_sendall_ready, fut, sock, [data[n:]])
    fut.add_done_callback(_remove_writer_cb(self, fd))
    return await fut


def _connect_outcome(sock, address):
    err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
    if err != 0:
        raise OSError(err, f'Connect call failed {address}')


def _sock_connect_ready(fut, sock, address):
    if fut.done():
        return
    _settle(fut, _connect_outcome, sock, address)


async def sock_connect(self, sock, address):
    if sock.family == socket.AF_INET or sock.family == socket.AF_INET6:
        host, port = address[:2]
        infos = socket.getaddrinfo(host, port, sock.family, sock.type, sock.proto)
        address = infos[0][4]
    fut = self.create_future()
    if _settle(fut, sock.connect, address):
        fd = sock.fileno()
        self._add_writer(fd, _sock_connect_ready, fut, sock, address)
        fut.add_done_callback(_remove_writer_cb(self, fd))
    try:
        return await fut
    finally:
        fut = None


def _accept_nonblocking(sock):
    conn, address = sock.accept()
    conn.setblocking(False)
    return conn, address


def _sock_accept_ready(loop, fut, sock):
    if fut.done():
        return
    _settle(fut, _accept_nonblocking, sock)


async def sock_accept(self, sock):
    fut = self.create_future()
    if _settle(fut, _accept_nonblocking, sock):
        fd = sock.fileno()
        self._add_reader(fd, _sock_accept_ready, self, fut, sock)
        fut.add_done_callback(_remove_reader_cb(self, fd))
    return await fut


# -- transports ---------------------------------------------------------------

class TransportSocket:
    """What `get_extra_info('socket')` and `Server.sockets` give: a socket
    whose blocking operations are not offered (CPython's trsock.py)."""

    __slots__ = ('_sock',)

    def __init__(self, sock):
        self._sock = sock

    @property
    def family(self):
        return self._sock.family

    @property
    def type(self):
        return self._sock.type

    @property
    def proto(self):
        return self._sock.proto

    def __repr__(self):
        s = (f"<asyncio.TransportSocket fd={self.fileno()}, "
             f"family={self.family!s}, type={self.type!s}, "
             f"proto={self.proto}")
        if self.fileno() != -1:
            try:
                laddr = self.getsockname()
                if laddr:
                    s = f"{s}, laddr={laddr}"
            except socket.error:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s = f"{s}, raddr={raddr}"
            except socket.error:
                pass
        return f"{s}>"

    def fileno(self):
        return self._sock.fileno()

    def dup(self):
        return self._sock.dup()

    def get_inheritable(self):
        return False

    def shutdown(self, how):
        self._sock.shutdown(how)

    def getsockopt(self, *args, **kwargs):
        return self._sock.getsockopt(*args, **kwargs)

    def setsockopt(self, *args, **kwargs):
        self._sock.setsockopt(*args, **kwargs)

    def getpeername(self):
        return self._sock.getpeername()

    def getsockname(self):
        return self._sock.getsockname()

    def gettimeout(self):
        return 0

    def settimeout(self, value):
        if value == 0:
            return
        raise ValueError('settimeout(): only 0 timeout is allowed on transport sockets')

    def setblocking(self, flag):
        if not flag:
            return
        raise ValueError('setblocking(): transport sockets cannot be blocking')


class _SelectorTransport(Transport):
    max_size = 256 * 1024

    def __init__(self, loop, sock, protocol, extra=None, server=None):
        super().__init__(extra)
        self._extra['socket'] = TransportSocket(sock)
        try:
            self._extra['sockname'] = sock.getsockname()
        except OSError:
            self._extra['sockname'] = None
        if 'peername' not in self._extra:
            try:
                self._extra['peername'] = sock.getpeername()
            except socket.error:
                self._extra['peername'] = None
        self._sock = sock
        self._sock_fd = sock.fileno()
        self._protocol_connected = False
        self.set_protocol(protocol)
        self._loop = loop
        self._server = server
        self._buffer = deque()
        self._buffer_size = 0
        self._conn_lost = 0
        self._closing = False
        self._paused = False
        self._protocol_paused = False
        self._high_water = 64 * 1024
        self._low_water = 16 * 1024
        if self._server is not None:
            self._server._attach()

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._sock is None:
            info.append('closed')
        elif self._closing:
            info.append('closing')
        info.append(f'fd={self._sock_fd}')
        if self._loop is not None and not self._loop.is_closed():
            polling = self._loop._polling(self._sock_fd, False)
            info.append('read=polling' if polling else 'read=idle')
            state = 'polling' if self._loop._polling(self._sock_fd, True) else 'idle'
            bufsize = self.get_write_buffer_size()
            info.append(f'write=<{state}, bufsize={bufsize}>')
        return '<{}>'.format(' '.join(info))

    def set_protocol(self, protocol):
        self._protocol = protocol
        self._protocol_connected = True

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def is_reading(self):
        return not self.is_closing() and not self._paused

    def pause_reading(self):
        if not self.is_reading():
            return
        self._paused = True
        self._loop.remove_reader(self._sock_fd)

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._loop._add_reader(self._sock_fd, self._read_ready)

    def abort(self):
        self._force_close(None)

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._loop.remove_reader(self._sock_fd)
        if not self._buffer_size:
            self._conn_lost += 1
            self._loop.remove_writer(self._sock_fd)
            self._loop.call_soon(self._call_connection_lost, None)

    def _fatal_error(self, exc, message='Fatal error on transport'):
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({
                'message': message,
                'exception': exc,
                'transport': self,
                'protocol': self._protocol,
            })
        self._force_close(exc)

    def _force_close(self, exc):
        if self._conn_lost:
            return
        if self._buffer_size:
            self._buffer.clear()
            self._buffer_size = 0
            self._loop.remove_writer(self._sock_fd)
        if not self._closing:
            self._closing = True
            self._loop.remove_reader(self._sock_fd)
        self._conn_lost += 1
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        try:
            if self._protocol_connected:
                self._protocol.connection_lost(exc)
        finally:
            self._sock.close()
            self._sock = None
            self._protocol = None
            self._loop = None
            server = self._server
            if server is not None:
                server._detach()
                self._server = None

    def get_write_buffer_size(self):
        return self._buffer_size

    def get_write_buffer_limits(self):
        return (self._low_water, self._high_water)

    def set_write_buffer_limits(self, high=None, low=None):
        if high is None:
            if low is None:
                high = 64 * 1024
            else:
                high = 4 * low
        if low is None:
            low = high // 4
        if not high >= low >= 0:
            raise ValueError(f'high ({high!r}) must be >= low ({low!r}) must be >= 0')
        self._high_water = high
        self._low_water = low
        self._maybe_pause_protocol()

    def _maybe_pause_protocol(self):
        size = self.get_write_buffer_size()
        if size <= self._high_water:
            return
        if not self._protocol_paused:
            self._protocol_paused = True
            try:
                self._protocol.pause_writing()
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._loop.call_exception_handler({
                    'message': 'protocol.pause_writing() failed',
                    'exception': exc,
                    'transport': self,
                    'protocol': self._protocol,
                })

    def _maybe_resume_protocol(self):
        if (self._protocol_paused and
                self.get_write_buffer_size() <= self._low_water):
            self._protocol_paused = False
            try:
                self._protocol.resume_writing()
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._loop.call_exception_handler({
                    'message': 'protocol.resume_writing() failed',
                    'exception': exc,
                    'transport': self,
                    'protocol': self._protocol,
                })


class _SelectorSocketTransport(_SelectorTransport):

    def __init__(self, loop, sock, protocol, waiter=None, extra=None, server=None):
        super().__init__(loop, sock, protocol, extra, server)
        self._eof = False
        self._is_buffered = isinstance(protocol, BufferedProtocol)
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass
        self._loop.call_soon(self._protocol.connection_made, self)
        self._loop.call_soon(self._add_reader_now)
        if waiter is not None:
            self._loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def _add_reader_now(self):
        if not self._closing and not self._paused:
            self._loop._add_reader(self._sock_fd, self._read_ready)

    def set_protocol(self, protocol):
        self._is_buffered = isinstance(protocol, BufferedProtocol)
        super().set_protocol(protocol)

    def _read_ready(self):
        if self._conn_lost:
            return
        if self._is_buffered:
            self._read_ready__get_buffer()
        else:
            self._read_ready__data_received()

    def _read_ready__get_buffer(self):
        try:
            buf = self._protocol.get_buffer(-1)
            if not len(buf):
                raise RuntimeError('get_buffer() returned an empty buffer')
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.get_buffer() call failed.')
            return
        nbytes = self._read_ready__recv(self._sock.recv_into, buf)
        if nbytes is None:
            return
        try:
            self._protocol.buffer_updated(nbytes)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.buffer_updated() call failed.')

    def _read_ready__recv(self, receive, arg):
        # The receive step both read paths share: the data (or byte count),
        # or None when there is nothing to deliver (no data yet, a read
        # error reported, or EOF handled). Protocol calls stay in the callers,
        # so their tracebacks name the same functions as CPython's.
        try:
            data = receive(arg)
        except (BlockingIOError, InterruptedError):
            return None
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on socket transport')
            return None
        if not data:
            self._read_ready__on_eof()
            return None
        return data

    def _read_ready__data_received(self):
        data = self._read_ready__recv(self._sock.recv, self.max_size)
        if data is None:
            return
        try:
            self._protocol.data_received(data)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.data_received() call failed.')

    def _read_ready__on_eof(self):
        try:
            keep_open = self._protocol.eof_received()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.eof_received() call failed.')
            return
        if keep_open:
            self._loop.remove_reader(self._sock_fd)
        else:
            self.close()

    def write(self, data):
        if not isinstance(data, _BYTES_LIKE):
            raise TypeError(f'data argument must be a bytes-like object, '
                            f'not {type(data).__name__!r}')
        if self._eof:
            raise RuntimeError('Cannot call write() after write_eof()')
        if not data:
            return
        if self._conn_lost:
            if self._conn_lost >= 5:
                sys.stderr.write('socket.send() raised exception.\n')
            self._conn_lost += 1
            return
        if not self._buffer_size:
            try:
                n = self._sock.send(data)
            except (BlockingIOError, InterruptedError):
                pass
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on socket transport')
                return
            else:
                data = data[n:]
                if not data:
                    return
            self._loop._add_writer(self._sock_fd, self._write_ready)
        data = bytes(data)
        self._buffer.append(data)
        self._buffer_size += len(data)
        self._maybe_pause_protocol()

    def _write_ready(self):
        if self._conn_lost:
            return
        data = b''.join(self._buffer)
        try:
            n = self._sock.send(data)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.remove_writer(self._sock_fd)
            self._buffer.clear()
            self._buffer_size = 0
            self._fatal_error(exc, 'Fatal write error on socket transport')
            return
        self._buffer.clear()
        rest = data[n:]
        if rest:
            self._buffer.append(rest)
        self._buffer_size = len(rest)
        self._maybe_resume_protocol()
        if not self._buffer_size:
            self._loop.remove_writer(self._sock_fd)
            if self._closing:
                self._call_connection_lost(None)
            elif self._eof:
                self._sock.shutdown(socket.SHUT_WR)

    def writelines(self, list_of_data):
        for data in list_of_data:
            self.write(data)

    def write_eof(self):
        if self._closing or self._eof:
            return
        self._eof = True
        if not self._buffer_size:
            self._sock.shutdown(socket.SHUT_WR)

    def can_write_eof(self):
        return True


class _SelectorDatagramTransport(_SelectorTransport, DatagramTransport):
    max_size = 256 * 1024

    def __init__(self, loop, sock, protocol, address=None, waiter=None, extra=None):
        super().__init__(loop, sock, protocol, extra)
        self._address = address
        self._loop.call_soon(self._protocol.connection_made, self)
        self._loop.call_soon(self._add_reader_now)
        if waiter is not None:
            self._loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def _add_reader_now(self):
        if not self._closing:
            self._loop._add_reader(self._sock_fd, self._read_ready)

    def get_write_buffer_size(self):
        return self._buffer_size

    def _read_ready(self):
        if self._conn_lost:
            return
        try:
            data, addr = self._sock.recvfrom(self.max_size)
        except (BlockingIOError, InterruptedError):
            pass
        except OSError as exc:
            self._protocol.error_received(exc)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on datagram transport')
        else:
            self._protocol.datagram_received(data, addr)

    def sendto(self, data, addr=None):
        if not isinstance(data, _BYTES_LIKE):
            raise TypeError(f'data argument must be a bytes-like object, '
                            f'not {type(data).__name__!r}')
        if not data:
            return
        if self._address:
            if addr not in (None, self._address):
                raise ValueError(f'Invalid address: must be None or {self._address}')
            addr = self._address
        if self._conn_lost and self._address:
            if self._conn_lost >= 5:
                sys.stderr.write('socket.send() raised exception.\n')
            self._conn_lost += 1
            return
        if not self._buffer:
            try:
                if self._extra['peername']:
                    self._sock.send(data)
                else:
                    self._sock.sendto(data, addr)
                return
            except (BlockingIOError, InterruptedError):
                self._loop._add_writer(self._sock_fd, self._sendto_ready)
            except OSError as exc:
                self._protocol.error_received(exc)
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on datagram transport')
                return
        self._buffer.append((bytes(data), addr))
        self._buffer_size += len(data)
        self._maybe_pause_protocol()

    def _sendto_ready(self):
        while self._buffer:
            data, addr = self._buffer.popleft()
            self._buffer_size -= len(data)
            try:
                if self._extra['peername']:
                    self._sock.send(data)
                else:
                    self._sock.sendto(data, addr)
            except (BlockingIOError, InterruptedError):
                self._buffer.appendleft((data, addr))
                self._buffer_size += len(data)
                break
            except OSError as exc:
                self._protocol.error_received(exc)
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on datagram transport')
                return
        self._maybe_resume_protocol()
        if not self._buffer:
            self._loop.remove_writer(self._sock_fd)
            if self._closing:
                self._call_connection_lost(None)


# -- signals (unix_events.py) -----------------------------------------------------

_SIGNAL_HANDLERS = {}
_NSIG = 65


def _check_signal(sig):
    if not isinstance(sig, int):
        raise TypeError(f'sig must be an int, not {sig!r}')
    if sig not in range(1, _NSIG):
        raise ValueError(f'invalid signal number {sig}')


def _process_signals(loop, fd):
    data = _read(fd, 512)
    for sig in data or b'':
        handle = _SIGNAL_HANDLERS.get((id(loop), sig))
        if handle is not None:
            callback, args = handle
            loop.call_soon(callback, *args)


def add_signal_handler(self, sig, callback, *args):
    if iscoroutine(callback) or iscoroutinefunction(callback):
        raise TypeError("coroutines cannot be used with add_signal_handler()")
    _check_signal(sig)
    if self.is_closed():
        raise RuntimeError('Event loop is closed')
    if sig in (9, 19):
        raise RuntimeError(f'sig {sig} cannot be caught')
    fd = _signal_pipe()
    self._add_reader(fd, _process_signals, self, fd)
    _SIGNAL_HANDLERS[(id(self), int(sig))] = (callback, args)
    _signal_install(sig)


def remove_signal_handler(self, sig):
    _check_signal(sig)
    key = (id(self), int(sig))
    if key not in _SIGNAL_HANDLERS:
        return False
    del _SIGNAL_HANDLERS[key]
    _signal_default(sig)
    if not any(k[0] == id(self) for k in _SIGNAL_HANDLERS):
        self.remove_reader(_signal_pipe())
    return True
