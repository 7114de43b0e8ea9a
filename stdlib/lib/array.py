"""Typed arrays of numbers and characters (CPython 3.11 Modules/arraymodule.c):
the item conversions and range errors of each typecode, the byte layout of
the machine (little-endian, 'l' and 'L' 8 bytes, 'u' 4), and the C module's
messages. Items are kept as Python values, already converted (a 'f' item is
rounded to single precision when stored)."""

import struct as _struct
from operator import index as _index

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


class array:
    """array(typecode[, initializer]): a list of typed items."""

    __slots__ = ('_code', '_items', '__weakref__')

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
        self._items = []
        if len(args) == 2 and args[1] is not None:
            init = args[1]
            if isinstance(init, str):
                if code != 'u':
                    raise TypeError("cannot use a str to initialize an array "
                                    f"with typecode '{code}'")
                self._items = list(init)
            elif isinstance(init, array):
                if (init._code == 'u') != (code == 'u'):
                    raise TypeError("cannot use a unicode array to initialize"
                                    f" an array with typecode '{code}'")
                self._items = [_convert(code, v) for v in init._items]
            elif isinstance(init, (bytes, bytearray)):
                self.frombytes(init)
            else:
                self._items = [_convert(code, v) for v in init]
        return self

    def __init__(self, *args, **kwargs):
        pass

    typecode = property(lambda self: self._code)
    itemsize = property(lambda self: _SIZES[self._code])

    def _same(self, other):
        return isinstance(other, array) and other._code == self._code

    def _new(self, items):
        a = array(self._code)
        a._items = items
        return a

    def __repr__(self):
        name = type(self).__name__
        if not self._items:
            return f"{name}('{self._code}')"
        if self._code == 'u':
            return f"{name}('u', {''.join(self._items)!r})"
        return f"{name}('{self._code}', {self._items!r})"

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(list(self._items))

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        try:
            return self._items[_index(i)]
        except IndexError:
            raise IndexError("array index out of range") from None
        except TypeError:
            raise TypeError("array indices must be integers") from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError("can only assign array (not \"%s\") to array "
                                "slice" % type(v).__name__)
            if v._code != self._code:
                raise TypeError("bad argument type for built-in operation")
            self._items[i] = list(v._items)
            return
        try:
            i = _index(i)
        except TypeError:
            raise TypeError("array indices must be integers") from None
        v = _convert(self._code, v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, i):
        if isinstance(i, slice):
            del self._items[i]
            return
        try:
            del self._items[_index(i)]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __add__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if other._code != self._code:
            raise TypeError("bad argument type for built-in operation")
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if other._code != self._code:
            raise TypeError("bad argument type for built-in operation")
        self._items += other._items
        return self

    def __mul__(self, n):
        try:
            n = _index(n)
        except TypeError:
            return NotImplemented
        return self._new(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= _index(n)
        return self

    def _cmp_items(self, other):
        return self._items, other._items

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items >= other._items

    def __hash__(self):
        raise TypeError("unhashable type: 'array.array'")

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce_ex__(self, protocol):
        return (array, (self._code, list(self._items)))

    def append(self, v, /):
        self._items.append(_convert(self._code, v))

    def extend(self, iterable, /):
        if isinstance(iterable, array):
            if iterable._code != self._code:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(iterable._items)
            return
        for v in iterable:
            self._items.append(_convert(self._code, v))

    def insert(self, i, v, /):
        self._items.insert(_index(i), _convert(self._code, v))

    def pop(self, i=-1, /):
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(_index(i))
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, v, /):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, v, start=0, stop=None, /):
        if stop is None:
            stop = len(self._items)
        try:
            return self._items.index(v, start, stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, v, /):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, lst, /):
        if not isinstance(lst, list):
            raise TypeError("arg must be list")
        converted = [_convert(self._code, v) for v in lst]
        self._items.extend(converted)

    def tobytes(self):
        return _pack(self._code, self._items)

    def frombytes(self, data, /):
        data = bytes(memoryview(data)) if not isinstance(
            data, (bytes, bytearray)) else bytes(data)
        if len(data) % _SIZES[self._code]:
            raise ValueError("bytes length not a multiple of item size")
        self._items.extend(_unpack(self._code, data))

    def tounicode(self):
        if self._code != 'u':
            raise ValueError("tounicode() may only be called on unicode type "
                             "arrays")
        return ''.join(self._items)

    def fromunicode(self, s, /):
        if not isinstance(s, str):
            raise TypeError("fromunicode() argument must be str, not "
                            f"{type(s).__name__}")
        if self._code != 'u':
            raise ValueError("fromunicode() may only be called on unicode "
                             "type arrays")
        self._items.extend(s)

    def byteswap(self):
        size = _SIZES[self._code]
        if size == 1:
            return
        data = self.tobytes()
        swapped = b''.join(data[i:i + size][::-1]
                           for i in range(0, len(data), size))
        self._items = _unpack(self._code, swapped)

    def buffer_info(self):
        return (id(self._items), len(self._items))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


array.__module__ = 'array'
ArrayType = array

import _native_frames  # noqa: E402
_native_frames.hide_module(globals())
