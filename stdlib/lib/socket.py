# Coil's socket module (CPython 3.11 Lib/socket.py over Modules/socketmodule.c).
# The system calls are the native `_socket` module's (private functions taking
# a file descriptor); the `socket` class, the enums and the helpers
# (create_connection, create_server, getaddrinfo with enums) are written here.

import _socket
from _socket import *
from enum import IntEnum

__all__ = ["socket", "socketpair", "create_connection", "create_server",
           "has_dualstack_ipv6", "getaddrinfo", "gethostname", "gethostbyname",
           "getdefaulttimeout", "setdefaulttimeout", "AddressFamily",
           "SocketKind", "error", "timeout", "gaierror", "herror"]


class AddressFamily(IntEnum):
    AF_UNSPEC = 0
    AF_UNIX = 1
    AF_INET = 2
    AF_INET6 = 10


class SocketKind(IntEnum):
    SOCK_STREAM = 1
    SOCK_DGRAM = 2
    SOCK_RAW = 3
    SOCK_SEQPACKET = 5
    SOCK_NONBLOCK = 2048
    SOCK_CLOEXEC = 524288


AF_UNSPEC = AddressFamily.AF_UNSPEC
AF_UNIX = AddressFamily.AF_UNIX
AF_INET = AddressFamily.AF_INET
AF_INET6 = AddressFamily.AF_INET6
SOCK_STREAM = SocketKind.SOCK_STREAM
SOCK_DGRAM = SocketKind.SOCK_DGRAM
SOCK_RAW = SocketKind.SOCK_RAW
SOCK_SEQPACKET = SocketKind.SOCK_SEQPACKET
SOCK_NONBLOCK = SocketKind.SOCK_NONBLOCK
SOCK_CLOEXEC = SocketKind.SOCK_CLOEXEC

error = OSError
timeout = TimeoutError
has_ipv6 = True
_GLOBAL_DEFAULT_TIMEOUT = object()
_default_timeout = None


def _intenum_converter(value, enum_klass):
    try:
        return enum_klass(value)
    except ValueError:
        return value


def getdefaulttimeout():
    return _default_timeout


def _check_timeout(value):
    if value is None:
        return None
    if not isinstance(value, (int, float)):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer or float")
    value = float(value)
    if value < 0:
        raise ValueError("Timeout value out of range")
    return value


def setdefaulttimeout(value):
    global _default_timeout
    _default_timeout = _check_timeout(value)


def _bytes_of(data):
    if type(data) is bytes:
        return data
    if isinstance(data, (bytearray, bytes)):
        return bytes(data)
    try:
        return bytes(memoryview(data))
    except Exception:
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'") from None


class socket:
    """A socket object (an owner of one file descriptor)."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
            fd = _socket._socket(int(family), int(type), int(proto))
        else:
            fd = int(fileno)
            if fd < 0:
                raise ValueError("negative file descriptor")
            if family == -1:
                family = _socket._getsockopt(fd, SOL_SOCKET, SO_DOMAIN, 0)
            if type == -1:
                type = _socket._getsockopt(fd, SOL_SOCKET, SO_TYPE, 0)
            if proto == -1:
                proto = _socket._getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, 0)
        self._fd = fd
        self._family = int(family)
        self._type = int(type) & ~(2048 | 524288)
        self._proto = int(proto)
        self._closed = False
        if int(type) & 2048:
            self._timeout = 0.0
        else:
            self._timeout = None
            if _default_timeout is not None:
                self.settimeout(_default_timeout)

    @property
    def family(self):
        return _intenum_converter(self._family, AddressFamily)

    @property
    def type(self):
        return _intenum_converter(self._type, SocketKind)

    @property
    def proto(self):
        return self._proto

    @property
    def timeout(self):
        return self._timeout

    def __repr__(self):
        closed = self._closed
        s = "<%s.%s%s fd=%i, family=%s, type=%s, proto=%i" % (
            self.__class__.__module__, self.__class__.__qualname__,
            " [closed]" if closed else "", self.fileno(), self.family,
            self.type, self.proto)
        if not closed:
            try:
                laddr = self.getsockname()
                if laddr:
                    s += ", laddr=%s" % str(laddr)
            except error:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s += ", raddr=%s" % str(raddr)
            except error:
                pass
        return s + ">"

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __getstate__(self):
        raise TypeError(f"cannot pickle {self.__class__.__name__!r} object")

    def fileno(self):
        return self._fd

    def close(self):
        if not self._closed:
            self._closed = True
            fd, self._fd = self._fd, -1
            _socket._close(fd)

    def detach(self):
        fd, self._fd = self._fd, -1
        self._closed = True
        return fd

    def dup(self):
        return socket(self._family, self._type, self._proto, fileno=_socket._dup(self._fd))

    def bind(self, address):
        _socket._bind(self._fd, self._family, address)

    def listen(self, backlog=128):
        _socket._listen(self._fd, backlog)

    def _accept(self):
        return _socket._accept(self._fd, self._timeout)

    def accept(self):
        fd, addr = _socket._accept(self._fd, self._timeout)
        sock = socket(self._family, self._type, self._proto, fileno=fd)
        if _default_timeout is None and self.gettimeout():
            sock.setblocking(True)
        return sock, addr

    def connect(self, address):
        err = _socket._connect(self._fd, self._family, address, self._timeout)
        if err:
            raise OSError(err, _strerror(err))

    def connect_ex(self, address):
        return _socket._connect(self._fd, self._family, address, self._timeout)

    def recv(self, bufsize, flags=0):
        return _socket._recv(self._fd, bufsize, flags, self._timeout)

    def recv_into(self, buffer, nbytes=0, flags=0):
        if nbytes < 0:
            raise ValueError("negative buffersize in recv_into")
        if nbytes == 0:
            nbytes = len(buffer)
        elif nbytes > len(buffer):
            raise ValueError("buffer too small for requested bytes")
        data = _socket._recv(self._fd, nbytes, flags, self._timeout)
        n = len(data)
        buffer[:n] = data
        return n

    def recvfrom(self, bufsize, flags=0):
        return _socket._recvfrom(self._fd, bufsize, flags, self._timeout)

    def recvfrom_into(self, buffer, nbytes=0, flags=0):
        if nbytes == 0:
            nbytes = len(buffer)
        data, addr = _socket._recvfrom(self._fd, nbytes, flags, self._timeout)
        buffer[:len(data)] = data
        return len(data), addr

    def send(self, data, flags=0):
        return _socket._send(self._fd, _bytes_of(data), flags, self._timeout)

    def sendall(self, data, flags=0):
        data = _bytes_of(data)
        while data:
            n = _socket._send(self._fd, data, flags, self._timeout)
            data = data[n:]

    def sendto(self, data, flags_or_addr, addr=None):
        if addr is None:
            flags, addr = 0, flags_or_addr
        else:
            flags = flags_or_addr
        return _socket._sendto(self._fd, _bytes_of(data), flags, self._family,
                               addr, self._timeout)

    def shutdown(self, how):
        _socket._shutdown(self._fd, how)

    def getsockname(self):
        return _socket._getsockname(self._fd)

    def getpeername(self):
        return _socket._getpeername(self._fd)

    def setsockopt(self, level, optname, value, optlen=None):
        if not isinstance(value, (int, bytes)):
            value = _bytes_of(value)
        _socket._setsockopt(self._fd, level, optname, value)

    def getsockopt(self, level, optname, buflen=0):
        return _socket._getsockopt(self._fd, level, optname, buflen)

    def setblocking(self, flag):
        self.settimeout(None if flag else 0.0)

    def getblocking(self):
        return self._timeout != 0.0

    def settimeout(self, value):
        value = _check_timeout(value)
        _socket._setblocking(self._fd, value is None)
        self._timeout = value

    def gettimeout(self):
        return self._timeout

    def makefile(self, *args, **kwargs):
        raise NotImplementedError("socket.makefile() is not supported by Coil yet")


def _strerror(err):
    return _socket._strerror(err)


def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0):
    a, b = _socket._socketpair(int(family), int(type), int(proto))
    return (socket(family, type, proto, fileno=a),
            socket(family, type, proto, fileno=b))


def fromfd(fd, family, type, proto=0):
    return socket(family, type, proto, fileno=_socket._dup(fd))


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    addrlist = []
    for res in _socket.getaddrinfo(host, port, family, type, proto, flags):
        af, socktype, proto, canonname, sa = res
        addrlist.append((_intenum_converter(af, AddressFamily),
                         _intenum_converter(socktype, SocketKind),
                         proto, canonname, sa))
    return addrlist


def gethostbyname(hostname):
    for res in getaddrinfo(hostname, None, AF_INET):
        return res[4][0]
    raise gaierror(_socket.EAI_NONAME, "Name or service not known")


def getfqdn(name=''):
    return name or gethostname()


def htons(x):
    return ((x & 0xff) << 8) | ((x >> 8) & 0xff)


ntohs = htons


def htonl(x):
    return int.from_bytes(x.to_bytes(4, 'little'), 'big')


ntohl = htonl


def inet_aton(ip):
    parts = ip.split('.')
    if len(parts) != 4 or not all(p.isdigit() and int(p) < 256 for p in parts):
        raise OSError("illegal IP address string passed to inet_aton")
    return bytes(int(p) for p in parts)


def inet_ntoa(packed):
    if len(packed) != 4:
        raise OSError("packed IP wrong length for inet_ntoa")
    return '.'.join(str(b) for b in packed)


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT,
                      source_address=None, *, all_errors=False):
    host, port = address
    exceptions = []
    for res in getaddrinfo(host, port, 0, SOCK_STREAM):
        af, socktype, proto, canonname, sa = res
        sock = None
        try:
            sock = socket(af, socktype, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            exceptions.clear()
            return sock
        except error as exc:
            if not all_errors:
                exceptions.clear()
            exceptions.append(exc)
            if sock is not None:
                sock.close()
    if len(exceptions):
        try:
            if not all_errors:
                raise exceptions[0]
            raise ExceptionGroup("create_connection failed", exceptions)
        finally:
            exceptions.clear()
    else:
        raise error("getaddrinfo returns an empty list")


def has_dualstack_ipv6():
    return True


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    if reuse_port and not hasattr(_socket, "SO_REUSEPORT"):
        raise ValueError("SO_REUSEPORT not supported on this platform")
    if dualstack_ipv6 and family != AF_INET6:
        raise ValueError("dualstack_ipv6 requires AF_INET6 family")
    sock = socket(family, SOCK_STREAM)
    try:
        try:
            sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        except error:
            pass
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if family == AF_INET6:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0 if dualstack_ipv6 else 1)
        try:
            sock.bind(address)
        except error as err:
            msg = '%s (while attempting to bind on address %r)' % \
                (err.strerror, address)
            raise error(err.errno, msg) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except error:
        sock.close()
        raise
