"""Decimal floating point (CPython 3.11 decimal, behaving as its C module
_decimal over libmpdec, from the General Decimal Arithmetic specification):
Decimal numbers with context precision and rounding, quantize, sqrt,
to_integral_value, normalize, as_tuple; contexts and signals are in
_decimal_context.py. Not provided: non-integral powers (other than ** 0.5),
the logical operations, next_plus/next_minus, scaleb, shift and rotate."""

import math as _math
import sys as _sys
from collections import namedtuple as _namedtuple

from _decimal_context import *  # noqa: F401,F403
from _decimal_context import (
    __all__ as _context_all, _SIGNALS, Context, getcontext, setcontext,
    localcontext, InvalidOperation, ConversionSyntax, DivisionByZero,
    DivisionUndefined, DivisionImpossible, Inexact, Rounded, Overflow,
    Underflow, Subnormal, Clamped, FloatOperation, ROUND_DOWN, ROUND_HALF_UP,
    ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN,
    ROUND_05UP)

__all__ = ['Decimal', 'DecimalTuple'] + list(_context_all)
__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent',
                           module='decimal')

_HASH_MOD = _sys.hash_info.modulus
_HASH_10INV = pow(10, _HASH_MOD - 2, _HASH_MOD)


def _parse(text):
    """(sign, coefficient digits, exponent, special) or None."""
    s = text.strip().replace('_', '') if '_' in text else text.strip()
    if '_' in text and ('__' in text or text.strip().startswith('_')
                        or text.strip().endswith('_')):
        return None
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = int(s[0] == '-')
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, '0', 0, 'F'
    for prefix, kind in (('snan', 'N'), ('nan', 'n')):
        if low.startswith(prefix):
            payload = low[len(prefix):]
            if payload and not (payload.isdigit() and payload.isascii()):
                return None
            return sign, str(int(payload)) if payload else '0', 0, kind
    mantissa, _, exp_text = low.partition('e')
    if _:
        if not exp_text or not (exp_text.lstrip('+-').isdigit()
                                and exp_text.lstrip('+-').isascii()) \
                or exp_text.count('-') + exp_text.count('+') > 1 \
                or exp_text[1:].lstrip('0123456789'):
            return None
        exp = int(exp_text)
    else:
        exp = 0
    whole, dot, frac = mantissa.partition('.')
    digits = whole + frac
    if not digits or not (digits.isdigit() and digits.isascii()):
        return None
    exp -= len(frac)
    return sign, str(int(digits)), exp, None


def _digits(n):
    return len(str(n))


class Decimal(object):
    """A decimal floating point number: sign, coefficient, exponent, or an
    infinity or NaN."""

    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                if context is None:
                    context = getcontext()
                context._raise(ConversionSyntax)
                self._sign, self._int, self._exp, self._special = 0, 0, 0, 'n'
                return self
            sign, digits, exp, special = parsed
            self._sign, self._int, self._exp = sign, int(digits), exp
            self._special = special
            return self
        if isinstance(value, int):
            self._sign = int(value < 0)
            self._int = abs(int(value))
            self._exp = 0
            self._special = None
            return self
        if isinstance(value, Decimal):
            self._sign, self._int = value._sign, value._int
            self._exp, self._special = value._exp, value._special
            return self
        if isinstance(value, float):
            if context is None:
                context = getcontext()
            if context.traps[FloatOperation]:
                context._raise(FloatOperation)
            dict.__setitem__(context.flags, FloatOperation, True)
            return cls.from_float(value)
        if isinstance(value, (list, tuple)):
            return cls._from_tuple(value)
        raise TypeError("conversion from %s to Decimal is not supported"
                        % type(value).__name__)

    @classmethod
    def _from_tuple(cls, value):
        if len(value) != 3:
            raise ValueError("argument must be a sequence of length 3")
        sign, digits, exp = value
        if sign not in (0, 1):
            raise ValueError("sign must be an integer with the value 0 or 1")
        self = object.__new__(cls)
        self._sign = sign
        if exp in ('F', 'n', 'N'):
            self._special = exp
            self._exp = 0
            self._int = int(''.join(map(str, digits)) or '0') if exp != 'F' \
                else 0
            return cls._finish(self)
        if not isinstance(exp, int):
            raise ValueError("exponent must be an integer")
        for d in digits:
            if not isinstance(d, int) or not 0 <= d <= 9:
                raise ValueError("coefficient must be a tuple of digits")
        self._int = int(''.join(map(str, digits)) or '0')
        self._exp = exp
        self._special = None
        return cls._finish(self)

    @staticmethod
    def _finish(self):
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        if _math.isinf(f) or _math.isnan(f):
            return cls(repr(f))
        sign = 0 if _math.copysign(1.0, f) == 1.0 else 1
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        return cls._make(sign, n * 5 ** k, -k)

    @classmethod
    def _make(cls, sign, coeff, exp, special=None):
        self = object.__new__(cls)
        self._sign, self._int, self._exp, self._special = (sign, coeff, exp,
                                                           special)
        return self

    @staticmethod
    def _convert(other, raising=False):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        if raising:
            raise TypeError("conversion from %s to Decimal is not supported"
                            % type(other).__name__)
        return NotImplemented

    # -- predicates -----------------------------------------------------

    def is_nan(self):
        return self._special in ('n', 'N')

    def is_snan(self):
        return self._special == 'N'

    def is_qnan(self):
        return self._special == 'n'

    def is_infinite(self):
        return self._special == 'F'

    def is_finite(self):
        return self._special is None

    def is_zero(self):
        return self._special is None and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        if self._special or not self._int:
            return False
        context = context or getcontext()
        return self.adjusted() >= context.Emin

    def is_subnormal(self, context=None):
        if self._special or not self._int:
            return False
        context = context or getcontext()
        return self.adjusted() < context.Emin

    def is_canonical(self):
        return True

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _digits(self._int) - 1

    def as_tuple(self):
        digits = tuple(map(int, str(self._int)))
        if self._special == 'F':
            return DecimalTuple(self._sign, (0,), 'F')
        if self._special:
            return DecimalTuple(self._sign, digits if self._int else (),
                                self._special)
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer ratio")
            raise OverflowError("cannot convert Infinity to integer ratio")
        if not self._int:
            return 0, 1
        n, d = self._int, 1
        if self._exp >= 0:
            n *= 10 ** self._exp
        else:
            d = 10 ** -self._exp
            g = _math.gcd(n, d)
            n, d = n // g, d // g
        return (-n if self._sign else n), d

    def canonical(self):
        return self

    def copy_abs(self):
        return Decimal._make(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return Decimal._make(1 - self._sign, self._int, self._exp,
                             self._special)

    def copy_sign(self, other, context=None):
        other = Decimal._convert(other, True)
        return Decimal._make(other._sign, self._int, self._exp,
                             self._special)

    # -- text -----------------------------------------------------------

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._special == 'F':
            return sign + 'Infinity'
        if self._special:
            payload = str(self._int) if self._int else ''
            return sign + ('sNaN' if self._special == 'N' else 'NaN') + payload
        digits = str(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart, fracpart = '0', '.' + '0' * -dotplace + digits
        elif dotplace >= len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart, fracpart = digits[:dotplace], '.' + digits[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            capitals = (context or getcontext()).capitals
            exp = ('E' if capitals else 'e') + '%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __format__(self, spec, _localeconv=None):
        from _decimal_format import format_decimal
        return format_decimal(self, spec)

    def __bool__(self):
        return bool(self._special or self._int)

    from _decimal_ops import (
        _fix, _check_nans, __add__, __radd__, __sub__, __rsub__, __mul__,
        __rmul__, __truediv__, __rtruediv__, __floordiv__, __rfloordiv__,
        __mod__, __rmod__, __divmod__, __rdivmod__, __pow__, __rpow__,
        __neg__, __pos__, __abs__, _add, _sub, _mul, _truediv, _floordiv,
        _mod, _pow, _rescale, quantize, to_integral_value, to_integral,
        to_integral_exact, normalize, sqrt, __round__, __int__, __trunc__,
        __float__, __floor__, __ceil__, __complex__, _cmp, __eq__, __ne__,
        __lt__, __le__, __gt__, __ge__, compare, _max as max, _min as min,
        __hash__,
        same_quantum, remainder_near, fma, exp, ln, log10, logb,
        next_plus, next_minus, number_class, radix, scaleb, shift, rotate)

    real = property(lambda self: self)
    imag = property(lambda self: Decimal(0))

    def conjugate(self):
        return self

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Decimal.__module__ = 'decimal'
import _decimal_ops  # noqa: E402
_decimal_ops.Decimal = Decimal

# A Number, but not a Real: Decimals do not mix with floats (as CPython registers it).
import numbers as _numbers  # noqa: E402
_numbers.Number.register(Decimal)

import _native_frames  # noqa: E402
_native_frames.hide_module(globals())
