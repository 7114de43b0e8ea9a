# Coil's servers and connections (CPython 3.11 Lib/asyncio/base_events.py:
# Server, create_connection, create_server, create_datagram_endpoint;
# selector_events.py: _start_serving, _accept_connection; unix_events.py:
# create_unix_connection, create_unix_server). Name resolution is synchronous
# (CPython runs getaddrinfo in a thread); only numeric hosts and names in
# /etc/hosts resolve without waiting.

import sys

socket = selector_events.socket  # imported on first use

__all__ = ('Server', 'AbstractServer')

TransportSocket = selector_events.TransportSocket
_SelectorSocketTransport = selector_events._SelectorSocketTransport
_SelectorDatagramTransport = selector_events._SelectorDatagramTransport

# -- exception handler ----------------------------------------------------------
# The loop is a native object without an instance dict: its handler lives here,
# keyed by id() with the loop itself kept alive beside it, so a freed loop's id
# can never hand its handler to a new loop.

_EXC_HANDLERS = {}


def set_exception_handler(self, handler):
    if handler is not None and not callable(handler):
        raise TypeError(f'A callable object or None is expected, got {handler!r}')
    if handler is None:
        _EXC_HANDLERS.pop(id(self), None)
    else:
        _EXC_HANDLERS[id(self)] = (self, handler)


def get_exception_handler(self):
    entry = _EXC_HANDLERS.get(id(self))
    return None if entry is None else entry[1]


_exception_handler = property(get_exception_handler)


def default_exception_handler(self, context):
    message = context.get('message')
    if not message:
        message = 'Unhandled exception in event loop'
    exception = context.get('exception')
    if ('source_traceback' not in context and
            _current_handle_traceback() is not None):
        context['handle_traceback'] = _current_handle_traceback()
    log_lines = [message]
    for key in sorted(context):
        if key in {'message', 'exception'}:
            continue
        value = context[key]
        if key in ('source_traceback', 'handle_traceback'):
            import traceback
            tb = ''.join(traceback.format_list(value))
            head = 'Object' if key == 'source_traceback' else 'Handle'
            value = f'{head} created at (most recent call last):\n'
            value += tb.rstrip()
        else:
            value = repr(value)
        log_lines.append(f'{key}: {value}')
    text = '\n'.join(log_lines)
    logging = sys.modules.get('logging')
    if logging is not None:
        # The program may have configured logging: asyncio's logger decides.
        if exception is not None:
            exc_info = (type(exception), exception, exception.__traceback__)
        else:
            exc_info = False
        logging.getLogger('asyncio').error(text, exc_info=exc_info)
        return
    if exception is not None:
        import traceback
        text += '\n' + ''.join(traceback.format_exception(
            type(exception), exception, exception.__traceback__)).rstrip('\n')
    sys.stderr.write(text + '\n')


def call_exception_handler(self, context):
    if self._exception_handler is None:
        try:
            self.default_exception_handler(context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException:
            sys.stderr.write('Exception in default exception handler\n')
    else:
        try:
            self._exception_handler(self, context)  # cpython: 1808
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                sys.stderr.write('Exception in default exception handler '
                                 'while handling an unexpected error '
                                 'in custom exception handler\n')


def _call_exception_handler_handling(loop, context, exc):
    # Handle._run calls the handler inside `except BaseException as exc:`, so
    # an error in the handler has `exc` as its __context__. Raising `exc` here
    # makes it the handled exception; its traceback is put back as it was.
    tb = exc.__traceback__
    try:
        raise exc
    except BaseException:
        exc.__traceback__ = tb
        loop.call_exception_handler(context)


def _get_slow_callback_duration(self):
    return _slow_callback_duration(self)


def _set_slow_callback_duration(self, value):
    _slow_callback_duration(self, value)


# `loop.slow_callback_duration`, kept by the native loop (debug mode's
# slow-callback report reads it there).
slow_callback_duration = property(_get_slow_callback_duration,
                                  _set_slow_callback_duration)


def _lost_future(class_name, text):
    # context['future'] of a report about a future that was freed: it cannot
    # be revived, so the handler gets an object with its class name and repr.
    return type(class_name, (), {'__repr__': lambda self: text})()


_EADDRINUSE = 98
_ACCEPT_ERRNOS = (24, 23, 105, 12)  # EMFILE, ENFILE, ENOBUFS, ENOMEM


class AbstractServer:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


class Server(AbstractServer):

    def __init__(self, loop, sockets, protocol_factory, ssl_context, backlog,
                 ssl_handshake_timeout=None, ssl_shutdown_timeout=None):
        self._loop = loop
        self._sockets = sockets
        self._active_count = 0
        self._waiters = []
        self._protocol_factory = protocol_factory
        self._backlog = backlog
        self._ssl_context = ssl_context
        self._serving = False
        self._serving_forever_fut = None

    def __repr__(self):
        return f'<{self.__class__.__name__} sockets={self.sockets!r}>'

    def _attach(self):
        self._active_count += 1

    def _detach(self):
        self._active_count -= 1
        if self._active_count == 0 and self._sockets is None:
            self._wakeup()

    def _wakeup(self):
        waiters = self._waiters
        self._waiters = None
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for sock in self._sockets:
            sock.listen(self._backlog)
            self._loop._start_serving(self._protocol_factory, sock,
                                      self._ssl_context, self, self._backlog)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        if self._sockets is None:
            return ()
        return tuple(TransportSocket(s) for s in self._sockets)

    def close(self):
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        for sock in sockets:
            self._loop._stop_serving(sock)
        self._serving = False
        if (self._serving_forever_fut is not None and
                not self._serving_forever_fut.done()):
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None
        if self._active_count == 0:
            self._wakeup()

    async def start_serving(self):
        self._start_serving()
        await sleep(0)

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(
                f'server {self!r} is already being awaited on serve_forever()')
        if self._sockets is None:
            raise RuntimeError(f'server {self!r} is closed')
        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()
        try:
            await self._serving_forever_fut
        except CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        if self._sockets is None or self._waiters is None:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter


def _start_serving(self, protocol_factory, sock, sslcontext=None, server=None,
                   backlog=100, ssl_handshake_timeout=None, ssl_shutdown_timeout=None):
    self._add_reader(sock.fileno(), self._accept_connection, protocol_factory,
                     sock, sslcontext, server, backlog)


def _stop_serving(self, sock):
    self.remove_reader(sock.fileno())
    sock.close()


def _accept_connection(self, protocol_factory, sock, sslcontext=None,
                       server=None, backlog=100):
    for _ in range(backlog):
        try:
            conn, addr = sock.accept()
            conn.setblocking(False)
        except (BlockingIOError, InterruptedError, ConnectionAbortedError):
            return None
        except OSError as exc:
            if exc.errno in _ACCEPT_ERRNOS:
                self.call_exception_handler({
                    'message': 'socket.accept() out of system resource',
                    'exception': exc,
                    'socket': TransportSocket(sock),
                })
                self.remove_reader(sock.fileno())
                self.call_later(1, self._start_serving, protocol_factory,
                                sock, sslcontext, server, backlog)
            else:
                raise
        else:
            extra = {'peername': addr}
            accept = self._accept_connection2(protocol_factory, conn, extra,
                                              sslcontext, server)
            self.create_task(accept)


async def _accept_connection2(self, protocol_factory, conn, extra,
                              sslcontext=None, server=None):
    protocol = None
    transport = None
    try:
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = _SelectorSocketTransport(self, conn, protocol, waiter,
                                             extra, server)
        try:
            await waiter
        except BaseException:
            transport.close()
            raise
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        context = {
            'message': 'Error on transport creation for incoming connection',
            'exception': exc,
        }
        if protocol is not None:
            context['protocol'] = protocol
        if transport is not None:
            context['transport'] = transport
        self.call_exception_handler(context)


async def _create_connection_transport(self, sock, protocol_factory, ssl=None,
                                       server_hostname=None, server_side=False):
    sock.setblocking(False)
    protocol = protocol_factory()
    waiter = self.create_future()
    transport = _SelectorSocketTransport(self, sock, protocol, waiter)
    try:
        await waiter
    except:
        transport.close()
        raise
    return transport, protocol


async def _connect_sock(self, exceptions, addr_info, local_addr_infos=None):
    my_exceptions = []
    exceptions.append(my_exceptions)
    family, type_, proto, _, address = addr_info
    sock = None
    try:
        sock = socket.socket(family=family, type=type_, proto=proto)
        sock.setblocking(False)
        if local_addr_infos is not None:
            for lfamily, _, _, _, laddr in local_addr_infos:
                if lfamily != family:
                    continue
                try:
                    sock.bind(laddr)
                    break
                except OSError as exc:
                    msg = (f'error while attempting to bind on '
                           f'address {laddr!r}: '
                           f'{exc.strerror.lower()}')
                    exc = OSError(exc.errno, msg)
                    my_exceptions.append(exc)
            else:
                if my_exceptions:
                    raise my_exceptions.pop()
                else:
                    raise OSError(f"no matching local address with {family=} found")
        await self.sock_connect(sock, address)
        return sock
    except OSError as exc:
        my_exceptions.append(exc)
        if sock is not None:
            sock.close()
        raise
    except:
        if sock is not None:
            sock.close()
        raise
    finally:
        exceptions = my_exceptions = None


def _getaddrinfo(host, port, family, type, proto, flags):
    return socket.getaddrinfo(host, port, family, type, proto, flags)


async def create_connection(self, protocol_factory, host=None, port=None, *,
                            ssl=None, family=0, proto=0, flags=0, sock=None,
                            local_addr=None, server_hostname=None,
                            ssl_handshake_timeout=None, ssl_shutdown_timeout=None,
                            happy_eyeballs_delay=None, interleave=None):
    if ssl:
        raise NotImplementedError('ssl is not supported by Coil yet')
    if server_hostname is not None:
        raise ValueError('server_hostname is only meaningful with ssl')
    if host is not None or port is not None:
        if sock is not None:
            raise ValueError('host/port and sock can not be specified at the same time')
        infos = _getaddrinfo(host, port, family, socket.SOCK_STREAM, proto, flags)
        if not infos:
            raise OSError('getaddrinfo() returned empty list')
        laddr_infos = None
        if local_addr is not None:
            laddr_infos = _getaddrinfo(local_addr[0], local_addr[1], family,
                                       socket.SOCK_STREAM, proto, flags)
            if not laddr_infos:
                raise OSError('getaddrinfo() returned empty list')
        exceptions = []
        for addrinfo in infos:
            try:
                sock = await self._connect_sock(exceptions, addrinfo, laddr_infos)
                break
            except OSError:
                continue
        if sock is None:
            exceptions = [exc for sub in exceptions for exc in sub]
            try:
                if len(exceptions) == 1:
                    raise exceptions[0]
                else:
                    model = str(exceptions[0])
                    if all(str(exc) == model for exc in exceptions):
                        raise exceptions[0]
                    raise OSError('Multiple exceptions: {}'.format(
                        ', '.join(str(exc) for exc in exceptions)))
            finally:
                exceptions = None
    else:
        if sock is None:
            raise ValueError('host and port was not specified and no sock specified')
        if sock.type != socket.SOCK_STREAM:
            raise ValueError(f'A Stream Socket was expected, got {sock!r}')
    return await self._create_connection_transport(sock, protocol_factory)


async def create_server(self, protocol_factory, host=None, port=None, *,
                        family=0, flags=1,  # AF_UNSPEC, AI_PASSIVE: `socket` is lazy
                        sock=None, backlog=100, ssl=None, reuse_address=None,
                        reuse_port=None, ssl_handshake_timeout=None,
                        ssl_shutdown_timeout=None, start_serving=True):
    if isinstance(ssl, bool):
        raise TypeError('ssl argument must be an SSLContext or None')
    if ssl:
        raise NotImplementedError('ssl is not supported by Coil yet')
    if host is not None or port is not None:
        if sock is not None:
            raise ValueError('host/port and sock can not be specified at the same time')
        if reuse_address is None:
            reuse_address = True
        sockets = []
        if host == '':
            hosts = [None]
        elif isinstance(host, str) or not hasattr(host, '__iter__'):
            hosts = [host]
        else:
            hosts = host
        infos = []
        for h in hosts:
            for info in _getaddrinfo(h, port, family, socket.SOCK_STREAM, 0, flags):
                if info not in infos:
                    infos.append(info)
        completed = False
        try:
            for res in infos:
                af, socktype, proto, canonname, sa = res
                try:
                    sock = socket.socket(af, socktype, proto)
                except socket.error:
                    continue
                sockets.append(sock)
                if reuse_address:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, True)
                if reuse_port:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
                if af == socket.AF_INET6:
                    sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, True)
                try:
                    sock.bind(sa)
                except OSError as err:
                    raise OSError(err.errno, 'error while attempting '
                                  'to bind on address %r: %s'
                                  % (sa, err.strerror.lower())) from None
            completed = True
        finally:
            if not completed:
                for sock in sockets:
                    sock.close()
    else:
        if sock is None:
            raise ValueError('Neither host/port nor sock were specified')
        if sock.type != socket.SOCK_STREAM:
            raise ValueError(f'A Stream Socket was expected, got {sock!r}')
        sockets = [sock]
    for sock in sockets:
        sock.setblocking(False)
    server = Server(self, sockets, protocol_factory, ssl, backlog)
    if start_serving:
        server._start_serving()
        await sleep(0)
    return server


async def connect_accepted_socket(self, protocol_factory, sock, *, ssl=None,
                                  ssl_handshake_timeout=None,
                                  ssl_shutdown_timeout=None):
    if sock.type != socket.SOCK_STREAM:
        raise ValueError(f'A Stream Socket was expected, got {sock!r}')
    return await self._create_connection_transport(sock, protocol_factory, server_side=True)


async def create_unix_connection(self, protocol_factory, path=None, *, ssl=None,
                                 sock=None, server_hostname=None,
                                 ssl_handshake_timeout=None,
                                 ssl_shutdown_timeout=None):
    if ssl:
        raise NotImplementedError('ssl is not supported by Coil yet')
    if server_hostname is not None:
        raise ValueError('server_hostname is only meaningful with ssl')
    if path is not None:
        if sock is not None:
            raise ValueError('path and sock can not be specified at the same time')
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM, 0)
        try:
            sock.setblocking(False)
            await self.sock_connect(sock, path)
        except:
            sock.close()
            raise
    else:
        if sock is None:
            raise ValueError('no path and sock were specified')
        if sock.family != socket.AF_UNIX or sock.type != socket.SOCK_STREAM:
            raise ValueError(f'A UNIX Domain Stream Socket was expected, got {sock!r}')
        sock.setblocking(False)
    return await self._create_connection_transport(sock, protocol_factory)


async def create_unix_server(self, protocol_factory, path=None, *, sock=None,
                             backlog=100, ssl=None, ssl_handshake_timeout=None,
                             ssl_shutdown_timeout=None, start_serving=True):
    if isinstance(ssl, bool):
        raise TypeError('ssl argument must be an SSLContext or None')
    if ssl:
        raise NotImplementedError('ssl is not supported by Coil yet')
    if path is not None:
        if sock is not None:
            raise ValueError('path and sock can not be specified at the same time')
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.bind(path)
        except OSError as exc:
            sock.close()
            if exc.errno == _EADDRINUSE:
                msg = f'Address {path!r} is already in use'
                raise OSError(_EADDRINUSE, msg) from None
            else:
                raise
        except:
            sock.close()
            raise
    else:
        if sock is None:
            raise ValueError('path was not specified, and no sock specified')
        if sock.family != socket.AF_UNIX or sock.type != socket.SOCK_STREAM:
            raise ValueError(f'A UNIX Domain Stream Socket was expected, got {sock!r}')
    sock.setblocking(False)
    server = Server(self, [sock], protocol_factory, ssl, backlog)
    if start_serving:
        server._start_serving()
        await sleep(0)
    return server


async def create_datagram_endpoint(self, protocol_factory, local_addr=None,
                                   remote_addr=None, *, family=0, proto=0,
                                   flags=0, reuse_port=None,
                                   allow_broadcast=None, sock=None):
    if sock is not None:
        if sock.type != socket.SOCK_DGRAM:
            raise ValueError(f'A UDP Socket was expected, got {sock!r}')
        r_addr = None
    else:
        if not (local_addr or remote_addr):
            if family == 0:
                raise ValueError('unexpected address family')
            l_info = r_info = None
        if family == socket.AF_UNIX:
            raise NotImplementedError('AF_UNIX datagram endpoints are not supported by Coil yet')
        l_info = r_info = None
        if local_addr:
            l_info = _getaddrinfo(local_addr[0], local_addr[1], family,
                                  socket.SOCK_DGRAM, proto, flags)
            if not l_info:
                raise OSError('getaddrinfo() returned empty list')
        if remote_addr:
            r_info = _getaddrinfo(remote_addr[0], remote_addr[1], family,
                                  socket.SOCK_DGRAM, proto, flags)
            if not r_info:
                raise OSError('getaddrinfo() returned empty list')
        info = (l_info or r_info)[0] if (l_info or r_info) else None
        fam = info[0] if info else family
        sock = socket.socket(fam, socket.SOCK_DGRAM, proto)
        r_addr = None
        try:
            if reuse_port:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
            if allow_broadcast:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
            sock.setblocking(False)
            if l_info:
                sock.bind(l_info[0][4])
            if r_info:
                r_addr = r_info[0][4]
                await self.sock_connect(sock, r_addr)
        except:
            sock.close()
            raise
    protocol = protocol_factory()
    waiter = self.create_future()
    transport = _SelectorDatagramTransport(self, sock, protocol, r_addr, waiter)
    try:
        await waiter
    except:
        transport.close()
        raise
    return transport, protocol
