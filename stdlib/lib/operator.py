"""The operators as functions (CPython 3.11 Lib/operator.py): operator.add(a, b)
is a + b; itemgetter, attrgetter and methodcaller build small callables."""

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',  # cpython: 13
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',  # cpython: 14
           'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',  # cpython: 15
           'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift',  # cpython: 16
           'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',  # cpython: 17
           'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod',  # cpython: 18
           'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',  # cpython: 19
           'setitem', 'sub', 'truediv', 'truth', 'xor']  # cpython: 20

from builtins import abs as _abs  # cpython: 22


def lt(a, b):
    "Same as a < b."  # cpython: 28
    return a < b  # cpython: 29


def le(a, b):
    "Same as a <= b."  # cpython: 32
    return a <= b  # cpython: 33


def eq(a, b):
    "Same as a == b."  # cpython: 36
    return a == b  # cpython: 37


def ne(a, b):
    "Same as a != b."  # cpython: 40
    return a != b  # cpython: 41


def ge(a, b):
    "Same as a >= b."  # cpython: 44
    return a >= b  # cpython: 45


def gt(a, b):
    "Same as a > b."  # cpython: 48
    return a > b  # cpython: 49


def not_(a):
    "Same as not a."  # cpython: 54
    return not a  # cpython: 55


def truth(a):
    "Return True if a is true, False otherwise."  # cpython: 58
    return True if a else False  # cpython: 59


def is_(a, b):
    "Same as a is b."  # cpython: 62
    return a is b  # cpython: 63


def is_not(a, b):
    "Same as a is not b."  # cpython: 66
    return a is not b  # cpython: 67


def abs(a):
    "Same as abs(a)."  # cpython: 72
    return _abs(a)  # cpython: 73


def add(a, b):
    "Same as a + b."  # cpython: 76
    return a + b  # cpython: 77


def and_(a, b):
    "Same as a & b."  # cpython: 80
    return a & b  # cpython: 81


def floordiv(a, b):
    "Same as a // b."  # cpython: 84
    return a // b  # cpython: 85


def index(a):
    "Same as a.__index__()."  # cpython: 88
    if isinstance(a, int):
        return int(a) if type(a) is bool else a
    method = getattr(type(a), "__index__", None)
    if method is None:
        raise TypeError(f"'{type(a).__name__}' object cannot be interpreted as an integer")
    result = method(a)
    if not isinstance(result, int):
        raise TypeError(f"__index__ returned non-int (type {type(result).__name__})")
    return result


def inv(a):
    "Same as ~a."  # cpython: 92
    return ~a  # cpython: 93


invert = inv  # cpython: 94


def lshift(a, b):
    "Same as a << b."  # cpython: 97
    return a << b  # cpython: 98


def mod(a, b):
    "Same as a % b."  # cpython: 101
    return a % b  # cpython: 102


def mul(a, b):
    "Same as a * b."  # cpython: 105
    return a * b  # cpython: 106


def matmul(a, b):
    "Same as a @ b."  # cpython: 109
    return a @ b  # cpython: 110


def neg(a):
    "Same as -a."  # cpython: 113
    return -a  # cpython: 114


def or_(a, b):
    "Same as a | b."  # cpython: 117
    return a | b  # cpython: 118


def pos(a):
    "Same as +a."  # cpython: 121
    return +a  # cpython: 122


def pow(a, b):
    "Same as a ** b."  # cpython: 125
    return a ** b  # cpython: 126


def rshift(a, b):
    "Same as a >> b."  # cpython: 129
    return a >> b  # cpython: 130


def sub(a, b):
    "Same as a - b."  # cpython: 133
    return a - b  # cpython: 134


def truediv(a, b):
    "Same as a / b."  # cpython: 137
    return a / b  # cpython: 138


def xor(a, b):
    "Same as a ^ b."  # cpython: 141
    return a ^ b  # cpython: 142


def concat(a, b):
    "Same as a + b, for a and b sequences."  # cpython: 147
    if not hasattr(a, '__getitem__') or isinstance(a, dict):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    return a + b  # cpython: 151


def contains(a, b):
    "Same as b in a (note reversed operands)."  # cpython: 154
    return b in a  # cpython: 155


def countOf(a, b):
    "Return the number of items in a which are, or which equal, b."  # cpython: 158
    count = 0  # cpython: 159
    for i in a:
        if i is b or i == b:
            count += 1  # cpython: 162
    return count  # cpython: 163


def delitem(a, b):
    "Same as del a[b]."  # cpython: 166
    del a[b]  # cpython: 167


def getitem(a, b):
    "Same as a[b]."  # cpython: 170
    return a[b]  # cpython: 171


def indexOf(a, b):
    "Return the first index of b in a."  # cpython: 174
    for i, j in enumerate(a):
        if j is b or j == b:
            return i  # cpython: 177
    raise ValueError('sequence.index(x): x not in sequence')  # cpython: 179


def setitem(a, b, c):
    "Same as a[b] = c."  # cpython: 182
    a[b] = c  # cpython: 183


def length_hint(obj, default=0):
    """Return an estimate of the number of items in obj; `default` when there
    is no len() and no __length_hint__."""
    if not isinstance(default, int):
        raise TypeError(f"'{type(default).__name__}' object cannot be interpreted as an integer")
    try:
        return len(obj)  # cpython: 200
    except TypeError:
        pass
    try:
        hint = type(obj).__length_hint__  # cpython: 205
    except AttributeError:
        return default
    val = hint(obj)  # cpython: 210
    if val is NotImplemented:
        return default
    if not isinstance(val, int):
        raise TypeError(f'__length_hint__ must be an integer, not {type(val).__name__}')
    if val < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return val  # cpython: 222


def call(obj, /, *args, **kwargs):
    "Same as obj(*args, **kwargs)."
    return obj(*args, **kwargs)  # cpython: 228


def _one_or_more(name, args, kwargs):
    if kwargs:
        raise TypeError(f'{name}() takes no keyword arguments')
    if not args:
        raise TypeError(f'{name} expected 1 argument, got 0')


class attrgetter:
    """Callable fetching the given attribute(s) (dotted names allowed)."""

    __slots__ = ('_attrs', '_call')  # cpython: 240
    __module__ = 'operator'

    def __init__(self, *attrs, **kwargs):
        _one_or_more('attrgetter', attrs, kwargs)
        attr, attrs = attrs[0], attrs[1:]
        for a in (attr,) + attrs:
            if not isinstance(a, str):
                raise TypeError('attribute name must be a string')  # cpython: 245
        self._attrs = (attr,) + attrs  # cpython: 254
        getters = [tuple(a.split('.')) for a in self._attrs]

        def resolve(obj, names):
            for name in names:
                obj = getattr(obj, name)
            return obj
        if len(getters) == 1:
            names = getters[0]
            self._call = lambda obj: resolve(obj, names)
        else:
            self._call = lambda obj: tuple(resolve(obj, n) for n in getters)

    def __call__(self, obj, /):
        return self._call(obj)  # cpython: 261

    def __repr__(self):
        return f"operator.attrgetter({', '.join(map(repr, self._attrs))})"

    def __reduce__(self):
        return self.__class__, self._attrs  # cpython: 269


class itemgetter:
    """Callable fetching the given item(s) from its operand."""

    __slots__ = ('_items', '_call')  # cpython: 277
    __module__ = 'operator'

    def __init__(self, *items, **kwargs):
        _one_or_more('itemgetter', items, kwargs)
        item, items = items[0], items[1:]
        self._items = (item,) + items
        if not items:
            self._call = lambda obj: obj[item]
        else:
            all_items = self._items
            self._call = lambda obj: tuple(obj[i] for i in all_items)

    def __call__(self, obj, /):
        return self._call(obj)  # cpython: 292

    def __repr__(self):
        return f"operator.itemgetter({', '.join(map(repr, self._items))})"

    def __reduce__(self):
        return self.__class__, self._items  # cpython: 300


class methodcaller:
    """Callable calling the named method of its operand with the given arguments."""

    __slots__ = ('_name', '_args', '_kwargs')  # cpython: 309
    __module__ = 'operator'

    def __init__(self, *args, **kwargs):
        if not args:
            raise TypeError('methodcaller needs at least one argument, the method name')
        name, args = args[0], args[1:]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')  # cpython: 314
        self._name = name  # cpython: 312
        self._args = args  # cpython: 315
        self._kwargs = kwargs  # cpython: 316

    def __call__(self, obj, /):
        return getattr(obj, self._name)(*self._args, **self._kwargs)  # cpython: 319

    def __repr__(self):
        args = [repr(self._name)]  # cpython: 322
        args.extend(map(repr, self._args))  # cpython: 323
        args.extend(f'{k}={v!r}' for k, v in self._kwargs.items())
        return f"operator.methodcaller({', '.join(args)})"


def iadd(a, b):
    "Same as a += b."  # cpython: 340
    a += b
    return a  # cpython: 342


def iand(a, b):
    "Same as a &= b."  # cpython: 345
    a &= b
    return a  # cpython: 347


def iconcat(a, b):
    "Same as a += b, for a and b sequences."  # cpython: 350
    if not hasattr(a, '__getitem__') or isinstance(a, dict):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    a += b
    return a  # cpython: 355


def ifloordiv(a, b):
    "Same as a //= b."  # cpython: 358
    a //= b
    return a  # cpython: 360


def ilshift(a, b):
    "Same as a <<= b."  # cpython: 363
    a <<= b
    return a  # cpython: 365


def imod(a, b):
    "Same as a %= b."  # cpython: 368
    a %= b
    return a  # cpython: 370


def imul(a, b):
    "Same as a *= b."  # cpython: 373
    a *= b
    return a  # cpython: 375


def imatmul(a, b):
    "Same as a @= b."  # cpython: 378
    a @= b
    return a  # cpython: 380


def ior(a, b):
    "Same as a |= b."  # cpython: 383
    a |= b
    return a  # cpython: 385


def ipow(a, b):
    "Same as a **= b."  # cpython: 388
    a **= b
    return a  # cpython: 390


def irshift(a, b):
    "Same as a >>= b."  # cpython: 393
    a >>= b
    return a  # cpython: 395


def isub(a, b):
    "Same as a -= b."  # cpython: 398
    a -= b
    return a  # cpython: 400


def itruediv(a, b):
    "Same as a /= b."  # cpython: 403
    a /= b
    return a  # cpython: 405


def ixor(a, b):
    "Same as a ^= b."  # cpython: 408
    a ^= b
    return a  # cpython: 410


# The plain operators are native builtins, as CPython's C versions are.
from _operator import (add, sub, mul, matmul, truediv, floordiv, mod, pow, lshift, rshift,
                       and_, or_, xor, iadd, isub, imul, imatmul, itruediv, ifloordiv, imod,
                       ipow, ilshift, irshift, iand, ior, ixor, lt, le, eq, ne, gt, ge, neg,
                       pos, inv, invert, not_, truth, getitem)

# The dunder spellings (operator.__add__ is operator.add).
for _name in ('lt', 'le', 'eq', 'ne', 'ge', 'gt', 'not', 'abs', 'add', 'and', 'floordiv',
              'index', 'inv', 'invert', 'lshift', 'mod', 'mul', 'matmul', 'neg', 'or',
              'pos', 'pow', 'rshift', 'sub', 'truediv', 'xor', 'concat', 'contains',
              'delitem', 'getitem', 'setitem', 'iadd', 'iand', 'iconcat', 'ifloordiv',
              'ilshift', 'imod', 'imul', 'imatmul', 'ior', 'ipow', 'irshift', 'isub',
              'itruediv', 'ixor', 'call'):
    globals()[f'__{_name}__'] = globals()[_name + '_' if _name in ('not', 'and', 'or') else _name]
del _name


# CPython's operator is C: an exception raised in these functions shows no frame of theirs.
import _native_frames  # noqa: E402
_native_frames.hide_module(globals())
