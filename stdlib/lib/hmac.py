"""Keyed-hashing for message authentication (CPython 3.11 Lib/hmac.py, RFC
2104), over hashlib's hash objects."""

import hashlib as _hashlib

__all__ = ["new", "digest", "compare_digest", "HMAC"]

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))
digest_size = None


def _constructor(digestmod):
    """A function making a fresh hash object for `digestmod`: a name, a
    hashlib constructor, or a module with `new`."""
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda d=b"": _hashlib.new(digestmod, d)
    return lambda d=b"": digestmod.new(d)


class HMAC:
    """An RFC 2104 HMAC: update it with the message, read `digest()`."""

    blocksize = 64

    def __init__(self, key, msg=None, digestmod=""):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _constructor(digestmod)
        self._outer = make()
        self._inner = make()
        self.digest_size = self._inner.digest_size
        block = getattr(self._inner, "block_size", 64)
        if block < 16:
            block = self.blocksize
        self.block_size = block
        if len(key) > block:
            key = make(key).digest()
        key = bytes(key) + b"\x00" * (block - len(key))
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        """Feeds more of the message."""
        self._inner.update(msg)

    def copy(self):
        """An independent copy of this HMAC's state."""
        other = self.__class__.__new__(self.__class__)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer

    def digest(self):
        """The MAC of the message so far, as bytes."""
        return self._current().digest()

    def hexdigest(self):
        """The MAC of the message so far, as hex digits."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=""):
    """A new HMAC object."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The MAC of `msg` under `key`, in one call."""
    return HMAC(key, msg, digest).digest()


def compare_digest(a, b):
    """Whether a == b, taking the same time wherever they differ."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a, b = a.encode(), b.encode()
    else:
        buffers = (bytes, bytearray)
        if not isinstance(a, buffers) and not isinstance(b, buffers):
            raise TypeError(
                "unsupported operand types(s) or combination of types: '%s' and '%s'"
                % (type(a).__name__, type(b).__name__)
            )
        for x in (a, b):
            if not isinstance(x, buffers):
                raise TypeError("a bytes-like object is required, not '%s'" % type(x).__name__)
    result = len(a) ^ len(b)
    for x, y in zip(a, b if len(a) == len(b) else a):
        result |= x ^ y
    return result == 0
