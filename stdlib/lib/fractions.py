"""Rational numbers (CPython 3.11 Lib/fractions.py): `Fraction`, exact
arithmetic that mixes with ints, and falls back to float or complex when the
other operand is one; parsing, hashing consistent with int and float,
`limit_denominator`, rounding."""

import math  # cpython: 7

__all__ = ['Fraction']  # cpython: 13

# sys.hash_info.modulus and .inf: a Fraction equal to an int or a float must
# hash as it does.
_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159


def _parse(text):
    """(numerator, denominator) of a Fraction literal such as ' -3/4 ',
    '1.5e-3' or '1_000', or None if it is not one."""
    s = text.strip().replace("_", "\0")  # underscores only between digits
    sign = 1
    if s[:1] in ("+", "-"):
        sign = -1 if s[0] == "-" else 1
        s = s[1:]

    def digits(part):
        if not part or part[0] == "\0" or part[-1] == "\0" or "\0\0" in part:
            return None
        plain = part.replace("\0", "")
        return int(plain) if plain.isdigit() and plain.isascii() else None

    if "/" in s:
        num_text, den_text = s.split("/", 1)
        num, den = digits(num_text), digits(den_text)
        if num is None or den is None:
            return None
        return sign * num, den
    mantissa, exp = s, 0
    for marker in ("e", "E"):
        if marker in mantissa:
            mantissa, exp_text = mantissa.split(marker, 1)
            exp_sign = 1
            if exp_text[:1] in ("+", "-"):
                exp_sign = -1 if exp_text[0] == "-" else 1
                exp_text = exp_text[1:]
            e = digits(exp_text)
            if e is None:
                return None
            exp = exp_sign * e
            break
    whole, dot, frac = mantissa.partition(".")
    if not whole and not frac:
        return None
    num = digits(whole) if whole else 0
    if num is None:
        return None
    den = 1
    if frac:
        f = digits(frac)
        if f is None:
            return None
        scale = 10 ** len(frac.replace("\0", ""))
        num, den = num * scale + f, scale
    elif dot and not whole:
        return None
    if exp >= 0:
        num *= 10**exp
    else:
        den *= 10**-exp
    return sign * num, den


class Fraction:
    """A rational number: Fraction(3, 4), Fraction('3/4'), Fraction(0.75)."""

    __slots__ = ('_numerator', '_denominator')  # cpython: 59

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1  # cpython: 98
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1  # cpython: 98
                return self
            if isinstance(numerator, float):
                self._numerator, self._denominator = numerator.as_integer_ratio()  # cpython: 108
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' %  # cpython: 115
                                     numerator)
                numerator, denominator = parsed
            elif hasattr(numerator, "as_integer_ratio") and not isinstance(numerator, type):
                self._numerator, self._denominator = numerator.as_integer_ratio()  # cpython: 108
                return self
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int is type(denominator):
            pass
        elif isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
            if isinstance(numerator, Fraction) or isinstance(denominator, Fraction):
                n1, d1 = _pair(numerator)
                n2, d2 = _pair(denominator)
                numerator, denominator = n1 * d2, d1 * n2
            else:
                numerator, denominator = int(numerator), int(denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)  # cpython: 157
        if _normalize:
            g = math.gcd(numerator, denominator)  # cpython: 159
            if denominator < 0:
                g = -g
            numerator //= g  # cpython: 162
            denominator //= g  # cpython: 163
        self._numerator = numerator
        self._denominator = denominator  # cpython: 165
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of the float (or int) `f`."""
        if isinstance(f, int):
            return cls(f)  # cpython: 176
        if not isinstance(f, float):
            raise TypeError(
                "%s.from_float() only takes floats, not %r (%s)" % (cls.__name__, f, type(f).__name__)
            )
        return cls(*f.as_integer_ratio())  # cpython: 180

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a Decimal (or int)."""
        if isinstance(dec, int):
            return cls(dec)
        if hasattr(dec, "as_integer_ratio"):
            return cls(*dec.as_integer_ratio())  # cpython: 192
        raise TypeError(  # cpython: 189
            "%s.from_decimal() only takes Decimals, not %r (%s)" % (cls.__name__, dec, type(dec).__name__)
        )

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)  # cpython: 200

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction whose denominator is at most `max_denominator`."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")  # cpython: 235
        if self._denominator <= max_denominator:
            return Fraction(self)  # cpython: 237
        # Walk the continued-fraction convergents until the next one's
        # denominator would be too large, then pick the nearer of the last
        # convergent and the best semiconvergent.
        p0, q0, p1, q1 = 0, 1, 1, 0  # cpython: 239
        n, d = self._numerator, self._denominator  # cpython: 240
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1, _normalize=False)
        return Fraction(p0 + k * p1, q0 + k * q1, _normalize=False)

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def __repr__(self):
        return "%s(%s, %s)" % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)  # cpython: 273
        return '%s/%s' % (self._numerator, self._denominator)  # cpython: 275

    # Arithmetic: exact with ints and Fractions, float or complex otherwise.

    def _binary(self, other, exact, inexact, reflected):
        if isinstance(other, (int, Fraction)):
            n, d = _pair(other)
            if reflected:
                return exact(n, d, self._numerator, self._denominator)
            return exact(self._numerator, self._denominator, n, d)
        if isinstance(other, (float, complex)):
            value = self._numerator / self._denominator
            return inexact(other, value) if reflected else inexact(value, other)
        return NotImplemented

    def __add__(a, b):
        return a._binary(b, _add, _op_add, False)

    def __radd__(b, a):
        return b._binary(a, _add, _op_add, True)

    def __sub__(a, b):
        return a._binary(b, _sub, _op_sub, False)

    def __rsub__(b, a):
        return b._binary(a, _sub, _op_sub, True)

    def __mul__(a, b):
        return a._binary(b, _mul, _op_mul, False)

    def __rmul__(b, a):
        return b._binary(a, _mul, _op_mul, True)

    def __truediv__(a, b):
        return a._binary(b, _div, _op_div, False)

    def __rtruediv__(b, a):
        return b._binary(a, _div, _op_div, True)

    def __floordiv__(a, b):
        return a._binary(b, _floordiv, _op_floordiv, False)

    def __rfloordiv__(b, a):
        return b._binary(a, _floordiv, _op_floordiv, True)

    def __mod__(a, b):
        return a._binary(b, _mod, _op_mod, False)

    def __rmod__(b, a):
        return b._binary(a, _mod, _op_mod, True)

    def __divmod__(a, b):
        return a._binary(b, _divmod, divmod, False)

    def __rdivmod__(b, a):
        return b._binary(a, _divmod, divmod, True)

    def __pow__(a, b):
        if isinstance(b, (int, Fraction)) and _pair(b)[1] == 1:
            power = _pair(b)[0]
            if power >= 0:
                return Fraction(a._numerator**power, a._denominator**power, _normalize=False)
            if a._numerator == 0:
                raise ZeroDivisionError("Fraction(%s, 0)" % (a._denominator ** -power))
            if a._numerator > 0:
                return Fraction(a._denominator**-power, a._numerator**-power, _normalize=False)
            return Fraction(
                (-a._denominator) ** -power, (-a._numerator) ** -power, _normalize=False
            )
        if isinstance(b, (int, float, complex, Fraction)):
            return float(a) ** (b if not isinstance(b, Fraction) else float(b))
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a**b._numerator
        if isinstance(a, (int, Fraction)):
            return Fraction(a) ** b
        if isinstance(a, (float, complex)):
            return a ** float(b)  # cpython: 583
        return NotImplemented

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)  # cpython: 587

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)  # cpython: 591

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)  # cpython: 595

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    __trunc__ = __int__

    def __float__(a):
        return a._numerator / a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)  # cpython: 641
        return Fraction(round(self / shift) * shift)  # cpython: 643

    def __hash__(self):
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * inverse)
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result  # cpython: 676

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1  # cpython: 681
        if isinstance(b, (int, Fraction)):
            return (a._numerator, a._denominator) == _pair(b)
        if isinstance(b, complex) and b.imag == 0:
            b = b.real  # cpython: 686
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b  # cpython: 691
            return a == a.from_float(b)  # cpython: 693
        return NotImplemented  # cpython: 697

    def _compare(self, other, op):
        if isinstance(other, (int, Fraction)):
            n, d = _pair(other)
            return op(self._numerator * d, self._denominator * n)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._compare(b, _lt)

    def __gt__(a, b):
        return a._compare(b, _gt)

    def __le__(a, b):
        return a._compare(b, _le)

    def __ge__(a, b):
        return a._compare(b, _ge)

    def __bool__(a):
        return bool(a._numerator)  # cpython: 741

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))  # cpython: 746

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)  # cpython: 751

    def __deepcopy__(self, memo):
        return self.__copy__()


def _pair(q):
    if isinstance(q, Fraction):
        return q._numerator, q._denominator
    return int(q), 1


def _add(na, da, nb, db):
    return Fraction(na * db + nb * da, da * db)


def _sub(na, da, nb, db):
    return Fraction(na * db - nb * da, da * db)


def _mul(na, da, nb, db):
    return Fraction(na * nb, da * db)


def _div(na, da, nb, db):
    if nb == 0:
        raise ZeroDivisionError("Fraction(%s, 0)" % (na * db))
    return Fraction(na * db, da * nb)


def _floordiv(na, da, nb, db):
    return (na * db) // (da * nb)


def _divmod(na, da, nb, db):
    q, r = divmod(na * db, da * nb)
    return q, Fraction(r, da * db)


def _mod(na, da, nb, db):
    return Fraction((na * db) % (nb * da), da * db)


def _op_add(x, y):
    return x + y


def _op_sub(x, y):
    return x - y


def _op_mul(x, y):
    return x * y


def _op_div(x, y):
    return x / y


def _op_floordiv(x, y):
    return x // y


def _op_mod(x, y):
    return x % y


def _lt(x, y):
    return x < y


def _gt(x, y):
    return x > y


def _le(x, y):
    return x <= y


def _ge(x, y):
    return x >= y


# A Rational of the numeric tower, as CPython's subclass of numbers.Rational is.
import numbers as _numbers  # noqa: E402
_numbers.Rational.register(Fraction)
