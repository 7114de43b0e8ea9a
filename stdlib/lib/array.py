"""Typed arrays of numbers and characters (CPython 3.11 Modules/arraymodule.c):
the item conversions and range errors of each typecode, the byte layout of
the machine (little-endian, 'l' and 'L' 8 bytes, 'u' 4), and the C module's
messages. Items are kept as their bytes in a bytearray, so a memoryview of an
array shares its memory, and resizing it while a view lives is a BufferError."""

import struct as _struct
from operator import index as _index

from _keyorder import ORDERING as _ORDERING, compared_by as _compared_by

__all__ = ['ArrayType', 'array', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_SIZES = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8,
          'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}
_SIGNED = set('bhilq')
_LONG_MIN, _LONG_MAX = -2 ** 63, 2 ** 63 - 1

# The C range checks after the first conversion: (low, high, low message,
# high message), as each typecode's setitem reports them.
_RANGES = {
    'b': [(-2 ** 15, 2 ** 15 - 1, "signed short integer"),
          (-128, 127, "signed char")],
    'B': [(0, 255, "unsigned byte integer")],
    'h': [(-2 ** 15, 2 ** 15 - 1, "signed short integer")],
    'H': [(-2 ** 31, 2 ** 31 - 1, "signed integer"),
          (0, 2 ** 16 - 1, "unsigned short")],
    'i': [(-2 ** 31, 2 ** 31 - 1, "signed integer")],
    'I': [(0, 2 ** 32 - 1, "unsigned int")],
    'l': [],
    'L': [],
    'q': [],
    'Q': [],
}


def _convert_int(code, v):
    v = _index(v)
    if code in 'IL':
        if v < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if v > 2 ** 64 - 1:
            raise OverflowError(
                "Python int too large to convert to C unsigned long")
    elif code == 'q':
        if not _LONG_MIN <= v <= _LONG_MAX:
            raise OverflowError("int too big to convert")
    elif code == 'Q':
        if v < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if v > 2 ** 64 - 1:
            raise OverflowError("int too big to convert")
    elif not _LONG_MIN <= v <= _LONG_MAX:
        raise OverflowError("Python int too large to convert to C long")
    for low, high, what in _RANGES[code]:
        if v < low:
            raise OverflowError(f"{what} is less than minimum")
        if v > high:
            raise OverflowError(f"{what} is greater than maximum")
    return v


def _convert(code, v):
    if code in 'fd':
        if not isinstance(v, (int, float)) and not hasattr(v, '__float__'):
            raise TypeError(f"must be real number, not {type(v).__name__}")
        v = float(v)
        if code == 'f':
            try:
                v = _struct.unpack('f', _struct.pack('f', v))[0]
            except (OverflowError, _struct.error):
                v = float('inf') if v > 0 else float('-inf')
        return v
    if code == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError("array item must be unicode character")
        return v
    return _convert_int(code, v)


def _pack(code, items):
    if code == 'u':
        return b''.join(ord(c).to_bytes(4, 'little') for c in items)
    if code in 'fd':
        return _struct.pack('<%d%s' % (len(items), code), *items)
    size = _SIZES[code]
    signed = code in _SIGNED
    return b''.join(v.to_bytes(size, 'little', signed=signed) for v in items)


def _unpack(code, data):
    size = _SIZES[code]
    if code in 'fd':
        return list(_struct.unpack('<%d%s' % (len(data) // size, code), data))
    values = [int.from_bytes(data[i:i + size], 'little',
                             signed=code in _SIGNED)
              for i in range(0, len(data), size)]
    if code == 'u':
        out = []
        for v in values:
            if v > 0x10FFFF:
                raise ValueError(
                    f"character U+{v:x} is not in range [U+0000; U+10ffff]")
            out.append(chr(v))
        return out
    return values


def _resize_error():
    return BufferError("cannot resize an array that is exporting buffers")


@_compared_by("_list", ("__eq__", "__ne__") + _ORDERING)
class array:
    """array(typecode[, initializer]): typed items kept in a bytearray (`_buf`),
    which is the buffer memoryview(), bytes() and the other buffer users read
    (`types/memoryview.rs` `array_parts`)."""

    __slots__ = ('_code', '_buf', '__weakref__')

    def __new__(cls, *args, **kwargs):
        if kwargs and cls is array:
            raise TypeError("array.array() takes no keyword arguments")
        if not 1 <= len(args) <= 2:
            raise TypeError(f"array() takes at most 2 arguments "
                            f"({len(args)} given)" if args else
                            "array() takes at least 1 argument (0 given)")
        code = args[0]
        if not isinstance(code, str) or len(code) != 1:
            raise TypeError("array() argument 1 must be a unicode character, "
                            f"not {type(code).__name__}")
        if code not in typecodes:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, "
                             "L, q, Q, f or d)")
        self = object.__new__(cls)
        self._code = code
        self._buf = bytearray()
        if len(args) == 2 and args[1] is not None:
            init = args[1]
            if isinstance(init, str):
                if code != 'u':
                    raise TypeError("cannot use a str to initialize an array "
                                    f"with typecode '{code}'")
                self._buf = bytearray(_pack(code, init))
            elif isinstance(init, array):
                if (init._code == 'u') != (code == 'u'):
                    raise TypeError("cannot use a unicode array to initialize"
                                    f" an array with typecode '{code}'")
                self._buf = bytearray(
                    _pack(code, [_convert(code, v) for v in init._list()]))
            elif isinstance(init, (bytes, bytearray)):
                self.frombytes(init)
            else:
                self._buf = bytearray(
                    _pack(code, [_convert(code, v) for v in init]))
        return self

    def __init__(self, *args, **kwargs):
        pass

    typecode = property(lambda self: self._code)
    itemsize = property(lambda self: _SIZES[self._code])

    def _list(self):
        """The items as Python values."""
        if self._code == 'u':
            return [chr(v) for v in memoryview(self._buf).cast('I')]
        return memoryview(self._buf).cast(self._code).tolist()

    def _store(self, items):
        """Replaces the contents (a resize fails while a buffer is exported)."""
        self._splice(0, len(self._buf), _pack(self._code, items))

    def _splice(self, start, stop, data):
        """`_buf[start:stop] = data`, with the array's wording of BufferError."""
        try:
            self._buf[start:stop] = data
        except BufferError:
            raise _resize_error() from None

    def _new(self, items):
        a = array(self._code)
        a._buf = bytearray(_pack(self._code, items))
        return a

    def _position(self, i, message):
        """The item index of int-like `i`, or CPython's errors."""
        try:
            i = _index(i)
        except TypeError:
            raise TypeError("array indices must be integers") from None
        n = len(self._buf) // _SIZES[self._code]
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError(message)
        return i

    def __repr__(self):
        name = type(self).__name__
        if not self._buf:
            return f"{name}('{self._code}')"
        if self._code == 'u':
            return f"{name}('u', {''.join(self._list())!r})"
        return f"{name}('{self._code}', {self._list()!r})"

    def __len__(self):
        return len(self._buf) // _SIZES[self._code]

    def __iter__(self):
        return iter(self._list())

    def __contains__(self, v):
        return v in self._list()

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._list()[i])
        i = self._position(i, "array index out of range")
        if self._code == 'u':
            return chr(memoryview(self._buf).cast('I')[i])
        return memoryview(self._buf).cast(self._code)[i]

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError("can only assign array (not \"%s\") to array "
                                "slice" % type(v).__name__)
            if v._code != self._code:
                raise TypeError("bad argument type for built-in operation")
            items = self._list()
            try:
                items[i] = v._list()
            except ValueError as e:
                raise ValueError(str(e).replace("sequence", "array")) from None
            self._store(items)
            return
        i = self._position(i, "array assignment index out of range")
        size = _SIZES[self._code]
        self._buf[i * size:(i + 1) * size] = _pack(
            self._code, [_convert(self._code, v)])

    def __delitem__(self, i):
        if isinstance(i, slice):
            items = self._list()
            del items[i]
            self._store(items)
            return
        i = self._position(i, "array assignment index out of range")
        size = _SIZES[self._code]
        self._splice(i * size, (i + 1) * size, b'')

    def __add__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if other._code != self._code:
            raise TypeError("bad argument type for built-in operation")
        a = array(self._code)
        a._buf = self._buf + other._buf
        return a

    def __iadd__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if other._code != self._code:
            raise TypeError("bad argument type for built-in operation")
        n = len(self._buf)
        self._splice(n, n, bytes(other._buf))
        return self

    def __mul__(self, n):
        try:
            n = _index(n)
        except TypeError:
            return NotImplemented
        a = array(self._code)
        a._buf = self._buf * n
        return a

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _index(n)
        if n != 1 and self._buf:
            self._splice(0, len(self._buf), bytes(self._buf) * n)
        return self

    def __hash__(self):
        raise TypeError("unhashable type: 'array.array'")

    def __copy__(self):
        a = array(self._code)
        a._buf = bytearray(self._buf)
        return a

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce_ex__(self, protocol):
        return (array, (self._code, self._list()))

    def append(self, v, /):
        n = len(self._buf)
        self._splice(n, n, _pack(self._code, [_convert(self._code, v)]))

    def extend(self, iterable, /):
        if isinstance(iterable, array):
            if iterable._code != self._code:
                raise TypeError("can only extend with array of same kind")
            data = bytes(iterable._buf)
        else:
            data = _pack(self._code,
                         [_convert(self._code, v) for v in iterable])
        n = len(self._buf)
        self._splice(n, n, data)

    def insert(self, i, v, /):
        i = _index(i)
        n = len(self)
        if i < 0:
            i = max(i + n, 0)
        i = min(i, n)
        size = _SIZES[self._code]
        self._splice(i * size, i * size,
                     _pack(self._code, [_convert(self._code, v)]))

    def pop(self, i=-1, /):
        if not self._buf:
            raise IndexError("pop from empty array")
        i = self._position(i, "pop index out of range")
        v = self[i]
        size = _SIZES[self._code]
        self._splice(i * size, (i + 1) * size, b'')
        return v

    def remove(self, v, /):
        try:
            i = self._list().index(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None
        size = _SIZES[self._code]
        self._splice(i * size, (i + 1) * size, b'')

    def index(self, v, start=0, stop=None, /):
        items = self._list()
        if stop is None:
            stop = len(items)
        try:
            return items.index(v, start, stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, v, /):
        return self._list().count(v)

    def reverse(self):
        self._store(self._list()[::-1])

    def tolist(self):
        return self._list()

    def fromlist(self, lst, /):
        if not isinstance(lst, list):
            raise TypeError("arg must be list")
        data = _pack(self._code, [_convert(self._code, v) for v in lst])
        n = len(self._buf)
        self._splice(n, n, data)

    def tobytes(self):
        return bytes(self._buf)

    def frombytes(self, data, /):
        if isinstance(data, (bytes, bytearray)):
            data = bytes(data)
        else:
            try:
                view = memoryview(data)
            except TypeError:
                raise TypeError("a bytes-like object is required, not "
                                f"'{type(data).__name__}'") from None
            # The C argument parser ("y*") takes only byte-format buffers.
            if view.format not in ('B', 'b', 'c'):
                raise TypeError("a bytes-like object is required")
            data = view.tobytes()
        if len(data) % _SIZES[self._code]:
            raise ValueError("bytes length not a multiple of item size")
        if self._code == 'u':
            _unpack(self._code, data)
        n = len(self._buf)
        self._splice(n, n, data)

    def tounicode(self):
        if self._code != 'u':
            raise ValueError("tounicode() may only be called on unicode type "
                             "arrays")
        return ''.join(self._list())

    def fromunicode(self, s, /):
        if not isinstance(s, str):
            raise TypeError("fromunicode() argument must be str, not "
                            f"{type(s).__name__}")
        if self._code != 'u':
            raise ValueError("fromunicode() may only be called on unicode "
                             "type arrays")
        n = len(self._buf)
        self._splice(n, n, _pack('u', s))

    def byteswap(self):
        size = _SIZES[self._code]
        if size == 1:
            return
        data = bytes(self._buf)
        self._buf[:] = b''.join(data[i:i + size][::-1]
                                for i in range(0, len(data), size))

    def buffer_info(self):
        return (id(self._buf), len(self))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


array.__module__ = 'array'
ArrayType = array

import _native_frames  # noqa: E402
_native_frames.hide_module(globals())
