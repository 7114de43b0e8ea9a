"""The arithmetic of decimal.Decimal (General Decimal Arithmetic
specification, as CPython 3.11's _decimal computes it): rounding to the
context (_fix), the operators, quantize and the integral conversions, sqrt,
comparisons and hashing. Functions take the Decimal first and are bound into
the class by decimal.py, which also sets `Decimal` here."""

import math as _math
import sys as _sys

import _traceback

from _decimal_context import (
    getcontext, InvalidOperation, DivisionByZero, DivisionUndefined,
    DivisionImpossible, Inexact, Rounded, Overflow, Underflow, Subnormal,
    Clamped, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
    ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)

Decimal = None  # set by decimal.py

_HASH_MOD = _sys.hash_info.modulus
_HASH_10INV = pow(10, _HASH_MOD - 2, _HASH_MOD)


def _digits(n):
    return len(str(n))


def _flag(context, signal):
    dict.__setitem__(context.flags, signal, True)


def _nan(context, condition=InvalidOperation):
    context._raise(condition)
    return Decimal._make(0, 0, 0, 'n')


def _round_coeff(sign, coeff, drop, rounding):
    """coeff with its last `drop` digits rounded away; and whether any
    nonzero digit went."""
    q, r = divmod(coeff, 10 ** drop)
    if r == 0:
        return q, False
    half = 5 * 10 ** (drop - 1)
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    else:
        up = q % 10 in (0, 5)
    return q + up, True


def _overflow(self, context, sign):
    _flag(context, Inexact)
    _flag(context, Rounded)
    context._raise(Overflow)
    r = context.rounding
    if (r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
            or (r == ROUND_CEILING and not sign)
            or (r == ROUND_FLOOR and sign)):
        return Decimal._make(sign, 0, 0, 'F')
    return Decimal._make(sign, 10 ** context.prec - 1, context.Etop())


def _fix(self, context=None):
    """Rounds to the context's precision and checks the exponent limits."""
    if context is None:
        context = getcontext()
    if self._special:
        return self
    etiny, etop = context.Etiny(), context.Etop()
    if not self._int:
        top = context.Emax if not context.clamp else etop
        exp = min(max(self._exp, etiny), top)
        if exp != self._exp:
            context._raise(Clamped)
            return Decimal._make(self._sign, 0, exp)
        return self
    exp_min = _digits(self._int) + self._exp - context.prec
    if exp_min > etop:
        return _overflow(self, context, self._sign)
    subnormal = exp_min < etiny
    if subnormal:
        exp_min = etiny
    if self._exp < exp_min:
        coeff, inexact = _round_coeff(self._sign, self._int,
                                      exp_min - self._exp, context.rounding)
        exp = exp_min
        if _digits(coeff) > context.prec:
            coeff //= 10
            exp += 1
            if exp > etop:
                return _overflow(self, context, self._sign)
        if inexact and subnormal:
            _flag(context, Inexact)
            _flag(context, Rounded)
            context._raise(Underflow)
            context._raise(Subnormal)
            if not coeff:
                context._raise(Clamped)
        elif inexact:
            _flag(context, Inexact)
        _flag(context, Rounded)
        result = Decimal._make(self._sign, coeff, exp)
    else:
        result = self
    if subnormal:
        context._raise(Subnormal)
    if context.clamp and result._exp > etop:
        context._raise(Clamped)
        result = Decimal._make(result._sign,
                               result._int * 10 ** (result._exp - etop), etop)
    return result


def _check_nans(self, other, context):
    """A NaN operand's result (signalling NaNs raise InvalidOperation)."""
    for x in (self, other):
        if x is not None and x._special == 'N':
            context._raise(InvalidOperation)
            return Decimal._make(x._sign, x._int, 0, 'n')
    for x in (self, other):
        if x is not None and x._special == 'n':
            return x
    return None


def _operand(other):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    return NotImplemented


def _arithmetic(op):
    """The entry of a binary operation: `other` made a Decimal (an int is
    converted, another type gives NotImplemented) and `context` defaulted to
    the current one before `op` runs. `op`'s frames are hidden as the entry's
    are: CPython's decimal is C code."""
    def entry(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return op(self, other, context or getcontext())
    entry.__name__ = op.__name__
    _traceback.hide(op)
    return entry


@_arithmetic
def _add(self, other, context):
    if self._special or other._special:
        nan = _check_nans(self, other, context)
        if nan:
            return nan
        if self._special == 'F':
            if other._special == 'F' and self._sign != other._sign:
                return _nan(context)
            return self
        return other
    exp = min(self._exp, other._exp)
    a = self._int * 10 ** (self._exp - exp)
    b = other._int * 10 ** (other._exp - exp)
    total = (-a if self._sign else a) + (-b if other._sign else b)
    if total == 0:
        sign = int((self._sign and other._sign) or (
            self._sign != other._sign and context.rounding == ROUND_FLOOR))
        return _fix(Decimal._make(sign, 0, exp), context)
    return _fix(Decimal._make(int(total < 0), abs(total), exp), context)


@_arithmetic
def _sub(self, other, context):
    return _add(self, other.copy_negate(), context)


@_arithmetic
def _mul(self, other, context):
    sign = self._sign ^ other._sign
    if self._special or other._special:
        nan = _check_nans(self, other, context)
        if nan:
            return nan
        if (self._special == 'F' and not other) or (
                other._special == 'F' and not self):
            return _nan(context)
        return Decimal._make(sign, 0, 0, 'F')
    return _fix(Decimal._make(sign, self._int * other._int,
                              self._exp + other._exp), context)


def _div_special(self, other, context, sign):
    """x / y and x // y when an operand is NaN or infinite; None when only the
    divisor is infinite, where the two operations differ."""
    nan = _check_nans(self, other, context)
    if nan:
        return nan
    if self._special == 'F' and other._special == 'F':
        return _nan(context)
    if self._special == 'F':
        return Decimal._make(sign, 0, 0, 'F')
    return None


def _div_by_zero(self, context, sign):
    """x / 0 and x // 0: undefined for 0 / 0, otherwise a signed infinity."""
    if not self:
        return _nan(context, DivisionUndefined)
    context._raise(DivisionByZero)
    return Decimal._make(sign, 0, 0, 'F')


@_arithmetic
def _truediv(self, other, context):
    sign = self._sign ^ other._sign
    if self._special or other._special:
        special = _div_special(self, other, context, sign)
        if special is not None:
            return special
        context._raise(Clamped)
        return Decimal._make(sign, 0, context.Etiny())
    if not other:
        return _div_by_zero(self, context, sign)
    ideal = self._exp - other._exp
    if not self:
        return _fix(Decimal._make(sign, 0, ideal), context)
    shift = _digits(other._int) - _digits(self._int) + context.prec + 1
    exp = ideal - shift
    if shift >= 0:
        q, r = divmod(self._int * 10 ** shift, other._int)
    else:
        q, r = divmod(self._int, other._int * 10 ** -shift)
    if r:
        if q % 5 == 0:
            q += 1
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _fix(Decimal._make(sign, q, exp), context)


def _divide_int_parts(self, other, context):
    e = min(self._exp, other._exp)
    a = self._int * 10 ** (self._exp - e)
    b = other._int * 10 ** (other._exp - e)
    q, r = divmod(a, b)
    return q, r, e


@_arithmetic
def _floordiv(self, other, context):
    sign = self._sign ^ other._sign
    if self._special or other._special:
        special = _div_special(self, other, context, sign)
        if special is not None:
            return special
        return Decimal._make(sign, 0, 0)
    if not other:
        return _div_by_zero(self, context, sign)
    q, r, e = _divide_int_parts(self, other, context)
    if _digits(q) > context.prec:
        return _nan(context, DivisionImpossible)
    return Decimal._make(sign, q, 0)


@_arithmetic
def _mod(self, other, context):
    if self._special or other._special:
        nan = _check_nans(self, other, context)
        if nan:
            return nan
        if self._special == 'F':
            return _nan(context)
        return _fix(self, context)
    if not other:
        if not self:
            return _nan(context, DivisionUndefined)
        return _nan(context)
    q, r, e = _divide_int_parts(self, other, context)
    if _digits(q) > context.prec:
        return _nan(context, DivisionImpossible)
    return _fix(Decimal._make(self._sign, r, e), context)


@_arithmetic
def _pow(self, other, context):
    if self._special or other._special:
        nan = _check_nans(self, other, context)
        if nan:
            return nan
    if (not other._special and not other._sign and other._exp < 0
            and other._int * 2 == 10 ** -other._exp
            and context.rounding == ROUND_HALF_EVEN):
        # x ** 0.5 is sqrt(x): both are correctly rounded.
        return sqrt(self, context)
    if other._special == 'F' or (other._exp < 0 and other._int % 10 **
                                 -other._exp):
        raise NotImplementedError(
            "Coil's decimal supports only integral exponents in ** and "
            "power()")
    n = int(other)
    if self._special == 'F':
        if n == 0:
            return Decimal(1)
        sign = self._sign if n % 2 else 0
        return Decimal._make(sign, 0, 0, 'F') if n > 0 else \
            Decimal._make(sign, 0, 0)
    if not self:
        if n == 0:
            return _nan(context)
        sign = self._sign if n % 2 else 0
        if n < 0:
            return Decimal._make(sign, 0, 0, 'F')
        return Decimal._make(sign, 0, 0)
    sign = self._sign if n % 2 else 0
    if n >= 0:
        return _fix(Decimal._make(sign, self._int ** n, self._exp * n),
                    context)
    exact = Decimal._make(sign, self._int ** -n, self._exp * -n)
    return _truediv(Decimal(1), exact, context)


def _operator_pair(name, op):
    """Decimal's __name__ and __rname__ methods running `op` (__add__ and
    __radd__ run _add), the reflected one with the operands swapped."""
    def forward(self, other, context=None):
        return op(self, other, context)

    def reflected(self, other, context):
        return op(other, self, context)
    forward.__name__ = f"__{name}__"
    reflected.__name__ = f"__r{name}__"
    return forward, _arithmetic(reflected)


@_arithmetic
def _divmod(self, other, context):
    return (_floordiv(self, other, context), _mod(self, other, context))


__add__, __radd__ = _operator_pair("add", _add)
__sub__, __rsub__ = _operator_pair("sub", _sub)
__mul__, __rmul__ = _operator_pair("mul", _mul)
__truediv__, __rtruediv__ = _operator_pair("truediv", _truediv)
__floordiv__, __rfloordiv__ = _operator_pair("floordiv", _floordiv)
__mod__, __rmod__ = _operator_pair("mod", _mod)
__divmod__, __rdivmod__ = _operator_pair("divmod", _divmod)
__rpow__ = _operator_pair("pow", _pow)[1]  # __pow__ takes a modulo: below


def __pow__(self, other, modulo=None, context=None):
    if modulo is not None:
        raise NotImplementedError("Coil's decimal: three-argument pow")
    return _pow(self, other, context)


def __neg__(self, context=None):
    context = context or getcontext()
    if self._special:
        return _check_nans(self, None, context) or self.copy_negate()
    if not self and context.rounding != ROUND_FLOOR:
        return _fix(self.copy_abs(), context)
    return _fix(self.copy_negate(), context)


def __pos__(self, context=None):
    context = context or getcontext()
    if self._special:
        return _check_nans(self, None, context) or self
    if not self and context.rounding != ROUND_FLOOR:
        return _fix(self.copy_abs(), context)
    return _fix(self, context)


def __abs__(self, round=True, context=None):
    if not round:
        return self.copy_abs()
    if self._sign:
        return __neg__(self, context)
    return __pos__(self, context)


def _rescale(self, exp, rounding):
    if exp >= self._exp:
        coeff, inexact = _round_coeff(self._sign, self._int,
                                      exp - self._exp, rounding)
    else:
        coeff, inexact = self._int * 10 ** (self._exp - exp), False
    return Decimal._make(self._sign, coeff, exp), inexact


def quantize(self, exp, rounding=None, context=None):
    exp = Decimal._convert(exp, True)
    context = context or getcontext()
    rounding = rounding or context.rounding
    if self._special or exp._special:
        nan = _check_nans(self, exp, context)
        if nan:
            return nan
        if self._special == 'F' and exp._special == 'F':
            return self
        return _nan(context)
    if not context.Etiny() <= exp._exp <= context.Emax:
        return _nan(context)
    if not self:
        return _fix(Decimal._make(self._sign, 0, exp._exp), context)
    if self.adjusted() > context.Emax:
        return _nan(context)
    result, inexact = _rescale(self, exp._exp, rounding)
    if _digits(result._int) > context.prec:
        return _nan(context)
    if result._exp > self._exp:
        if inexact:
            _flag(context, Inexact)
        _flag(context, Rounded)
    return result


def same_quantum(self, other, context=None):
    other = Decimal._convert(other, True)
    if self._special or other._special:
        return (self.is_nan() and other.is_nan()) or (
            self.is_infinite() and other.is_infinite())
    return self._exp == other._exp


def to_integral_exact(self, rounding=None, context=None):
    context = context or getcontext()
    if self._special:
        return _check_nans(self, None, context) or self
    if self._exp >= 0:
        return self
    if not self:
        return Decimal._make(self._sign, 0, 0)
    result, inexact = _rescale(self, 0, rounding or context.rounding)
    if inexact:
        _flag(context, Inexact)
    _flag(context, Rounded)
    return result


def to_integral_value(self, rounding=None, context=None):
    context = context or getcontext()
    if self._special:
        return _check_nans(self, None, context) or self
    if self._exp >= 0:
        return self
    return _rescale(self, 0, rounding or context.rounding)[0]


to_integral = to_integral_value


def normalize(self, context=None):
    context = context or getcontext()
    if self._special:
        return _check_nans(self, None, context) or self
    dup = _fix(self, context)
    if dup._special:
        return dup
    if not dup:
        return Decimal._make(dup._sign, 0, 0)
    top = context.Emax if not context.clamp else context.Etop()
    coeff, exp = dup._int, dup._exp
    while coeff % 10 == 0 and exp < top:
        coeff //= 10
        exp += 1
    return Decimal._make(dup._sign, coeff, exp)


def _special_of_nonnegative(self, context):
    """A function defined for x >= 0 (sqrt, ln, log10) of a NaN or an
    infinity: the NaN, invalid for -Infinity, +Infinity itself."""
    nan = _check_nans(self, None, context)
    if nan:
        return nan
    if self._sign:
        return _nan(context)
    return self


def sqrt(self, context=None):
    context = context or getcontext()
    if self._special:
        return _special_of_nonnegative(self, context)
    if not self:
        return Decimal._make(self._sign, 0, self._exp // 2)
    if self._sign:
        return _nan(context)
    ideal = self._exp // 2
    coeff, exp = self._int, self._exp
    if exp % 2:
        coeff *= 10
        exp -= 1
    k = context.prec + 2
    coeff *= 100 ** k
    exp -= 2 * k
    root = _math.isqrt(coeff)
    exp //= 2
    if root * root != coeff:
        # A sticky digit: the exact root is never a tie.
        root = root * 10 + 1
        exp -= 1
    else:
        while exp < ideal and root % 10 == 0:
            root //= 10
            exp += 1
    local = context.copy()
    local.rounding = ROUND_HALF_EVEN
    local.traps = context.traps
    local.flags = context.flags
    return _fix(Decimal._make(0, root, exp), local)


def _to_int(self, rounding):
    if self._special:
        if self.is_nan():
            raise ValueError("cannot convert NaN to integer")
        raise OverflowError("cannot convert Infinity to integer")
    value = _rescale(self, 0, rounding)[0] if self._exp < 0 else self
    n = value._int * 10 ** value._exp
    return -n if self._sign else n


def __int__(self):
    return _to_int(self, ROUND_DOWN)


__trunc__ = __int__


def __floor__(self):
    return _to_int(self, ROUND_FLOOR)


def __ceil__(self):
    return _to_int(self, ROUND_CEILING)


def __round__(self, n=None):
    if n is not None:
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return quantize(self, Decimal._make(0, 1, -n))
    if self._special:
        if self.is_nan():
            raise ValueError("cannot convert NaN to integer")
        raise OverflowError("cannot convert Infinity to integer")
    return _to_int(self, ROUND_HALF_EVEN)


def __float__(self):
    if self._special == 'N':
        raise ValueError("cannot convert signaling NaN to float")
    if self.is_nan():
        return float('-nan' if self._sign else 'nan')
    return float(str(self))


def __complex__(self):
    return complex(__float__(self))


def _other_for_compare(other):
    if isinstance(other, (Decimal, int)):
        return Decimal._convert(other)
    if isinstance(other, float):
        return Decimal.from_float(other)
    return NotImplemented


def _cmp(self, other):
    """-1, 0 or 1 for two non-NaN Decimals."""
    if self._special or other._special:
        a = 0 if not self._special else (-1 if self._sign else 1) * 2
        b = 0 if not other._special else (-1 if other._sign else 1) * 2
        if a or b:
            if a == b:
                return 0
            if a and b:
                return -1 if a < b else 1
            if a:
                return -1 if a < 0 else 1
            return 1 if b < 0 else -1
    if not self._int and not other._int:
        return 0
    if not self._int:
        return 1 if other._sign else -1
    if not other._int:
        return -1 if self._sign else 1
    if self._sign != other._sign:
        return -1 if self._sign else 1
    flip = -1 if self._sign else 1
    ad, bd = self.adjusted(), other.adjusted()
    if ad != bd:
        return flip if ad > bd else -flip
    e = min(self._exp, other._exp)
    a = self._int * 10 ** (self._exp - e)
    b = other._int * 10 ** (other._exp - e)
    if a == b:
        return 0
    return flip if a > b else -flip


def _compare_rational(self, other):
    # Exactly, as CPython's _convert_for_comparison does for Rationals.
    if self._special == 'F':
        return -1 if self._sign else 1
    n, d = self.as_integer_ratio()
    a, b = n * other.denominator, other.numerator * d
    return (a > b) - (a < b)


def _rich(op):
    def compare_op(self, other):
        # `==` with a complex compares its real part when the imaginary one is
        # zero (`convert_op_cmp`); otherwise complex is not comparable.
        if isinstance(other, complex):
            if op not in ('eq', 'ne') or other.imag != 0:
                return NotImplemented
            other = other.real
        if (not isinstance(other, (int, float, Decimal))
                and hasattr(other, 'numerator')
                and hasattr(other, 'denominator')):
            if self.is_nan():
                if op in ('eq', 'ne'):
                    return op == 'ne'
                getcontext()._raise(InvalidOperation)
                return False
            c = _compare_rational(self, other)
            return {'eq': c == 0, 'ne': c != 0, 'lt': c < 0, 'le': c <= 0,
                    'gt': c > 0, 'ge': c >= 0}[op]
        other = _other_for_compare(other)
        if other is NotImplemented:
            return other
        if self.is_nan() or other.is_nan():
            if op in ('eq', 'ne'):
                if self.is_snan() or other.is_snan():
                    getcontext()._raise(InvalidOperation)
                return op == 'ne'
            getcontext()._raise(InvalidOperation)
            return False
        c = _cmp(self, other)
        return {'eq': c == 0, 'ne': c != 0, 'lt': c < 0, 'le': c <= 0,
                'gt': c > 0, 'ge': c >= 0}[op]
    compare_op.__name__ = f'__{op}__'
    return compare_op


__eq__ = _rich('eq')
__ne__ = _rich('ne')
__lt__ = _rich('lt')
__le__ = _rich('le')
__gt__ = _rich('gt')
__ge__ = _rich('ge')


def compare(self, other, context=None):
    other = Decimal._convert(other, True)
    context = context or getcontext()
    nan = _check_nans(self, other, context)
    if nan:
        return nan
    return Decimal(_cmp(self, other))


def _total_key(x):
    return (x._sign == 0, x._exp if x._sign == 0 else -x._exp)


def _pick(self, other, context, want_max):
    other = Decimal._convert(other, True)
    context = context or getcontext()
    if self.is_nan() or other.is_nan():
        if self.is_snan() or other.is_snan():
            return _check_nans(self, other, context)
        if self.is_nan() and not other.is_nan():
            return _fix(other, context)
        if other.is_nan() and not self.is_nan():
            return _fix(self, context)
        return self
    c = _cmp(self, other)
    if c == 0:
        c = 1 if _total_key(self) > _total_key(other) else -1
    winner = self if (c > 0) == want_max else other
    return _fix(winner, context)


def _max(self, other, context=None):
    return _pick(self, other, context, True)


def _min(self, other, context=None):
    return _pick(self, other, context, False)


def __hash__(self):
    if self._special:
        if self._special == 'N':
            raise TypeError('Cannot hash a signaling NaN value')
        if self._special == 'n':
            return object.__hash__(self)
        return -314159 if self._sign else 314159
    if self._exp >= 0:
        exp_hash = pow(10, self._exp, _HASH_MOD)
    else:
        exp_hash = pow(_HASH_10INV, -self._exp, _HASH_MOD)
    h = self._int * exp_hash % _HASH_MOD
    h = -h if self._sign else h
    return -2 if h == -1 else h


def fma(self, other, third, context=None):
    other = Decimal._convert(other, True)
    third = Decimal._convert(third, True)
    big = getcontext().copy()
    big.prec = 999999999
    product = _mul(self, other, big)
    return _add(product, third, context)


def number_class(self, context=None):
    context = context or getcontext()
    if self.is_snan():
        return "sNaN"
    if self.is_qnan():
        return "NaN"
    sign = '-' if self._sign else '+'
    if self.is_infinite():
        return sign + "Infinity"
    if not self:
        return sign + "Zero"
    if self.is_subnormal(context):
        return sign + "Subnormal"
    return sign + "Normal"


def radix(self):
    return Decimal(10)


def _unsupported(name):
    def method(self, *args, **kwargs):
        raise NotImplementedError(
            f"Decimal.{name}() is not supported by Coil yet")
    method.__name__ = name
    return method


def _working(context, extra=20):
    from _decimal_context import Context
    return Context(prec=context.prec + extra, rounding=ROUND_HALF_EVEN,
                   Emin=-999999999, Emax=999999999, traps=[])


def _finish_transcendental(value, context):
    # exp, ln and log10 round half-even whatever the context says (the
    # specification); the result is inexact unless it came out exact.
    local = context.copy()
    local.rounding = ROUND_HALF_EVEN
    local.traps = context.traps
    local.flags = context.flags
    result = _fix(value, local)
    _flag(context, Inexact)
    _flag(context, Rounded)
    return result


def _exp_series(x, work):
    # Halve until small, sum the series, square back.
    halvings = 0
    while abs(x) > Decimal("0.1"):
        x = _truediv(x, Decimal(2), work)
        halvings += 1
    total = term = Decimal(1)
    k = 0
    while True:
        k += 1
        term = _truediv(_mul(term, x, work), Decimal(k), work)
        new = _add(total, term, work)
        if new == total:
            break
        total = new
    for _ in range(halvings):
        total = _mul(total, total, work)
    return total


def _ln_of(x, work):
    # ln(m * 10**e) = ln(m) + e * ln(10); ln(m) for m near 1 by Newton's
    # method on exp, from the float estimate.
    e = x.adjusted()
    m = Decimal._make(0, x._int, x._exp - e)
    y = Decimal(repr(_math.log(float(m))))
    for _ in range(60):
        ey = _exp_series(y, work)
        step = _mul(Decimal(2), _truediv(_sub(m, ey, work), _add(m, ey, work),
                                         work), work)
        y = _add(y, step, work)
        if not step or step.adjusted() < y.adjusted() - work.prec - 2:
            break
    if e:
        y = _add(y, _mul(Decimal(e), _ln10(work), work), work)
    return y


_LN10 = {}


def _ln10(work):
    # Cached per working precision: log10 and every ln of a number outside
    # [1, 10) need it.
    cached = _LN10.get(work.prec)
    if cached is None:
        cached = _LN10[work.prec] = _ln10_compute(work)
    return cached


def _ln10_compute(work):
    ten = Decimal(10)
    y = Decimal(repr(_math.log(10.0)))
    for _ in range(60):
        ey = _exp_series(y, work)
        step = _mul(Decimal(2), _truediv(_sub(ten, ey, work),
                                         _add(ten, ey, work), work), work)
        y = _add(y, step, work)
        if not step or step.adjusted() < y.adjusted() - work.prec - 2:
            break
    return y


def exp(self, context=None):
    context = context or getcontext()
    if self._special:
        nan = _check_nans(self, None, context)
        if nan:
            return nan
        return Decimal(0) if self._sign else self
    if not self:
        return Decimal(1)
    if self.adjusted() > 8:
        if self._sign:
            return _fix(Decimal._make(0, 0, context.Etiny()), context)
        return _overflow(self, context, 0)
    return _finish_transcendental(_exp_series(self, _working(context)),
                                  context)


def _log_special(self, context):
    """ln(x) and log10(x) where the answer needs no logarithm: NaNs,
    infinities, zero (-Infinity) and negative numbers (invalid); None
    otherwise."""
    if self._special:
        return _special_of_nonnegative(self, context)
    if not self:
        return Decimal._make(1, 0, 0, 'F')
    if self._sign:
        return _nan(context)
    return None


def ln(self, context=None):
    context = context or getcontext()
    special = _log_special(self, context)
    if special is not None:
        return special
    if self == 1:
        return Decimal(0)
    return _finish_transcendental(_ln_of(self, _working(context)), context)


def log10(self, context=None):
    context = context or getcontext()
    special = _log_special(self, context)
    if special is not None:
        return special
    digits = str(self._int)
    if digits.rstrip('0') == '1':
        # An exact power of ten: an exact integer.
        return _fix(Decimal(self._exp + len(digits.rstrip('0')) - 1
                            + (len(digits) - len(digits.rstrip('0')))),
                    context)
    work = _working(context)
    value = _truediv(_ln_of(self, work), _ln10(work), work)
    return _finish_transcendental(value, context)


logb = _unsupported('logb')
next_plus = _unsupported('next_plus')
next_minus = _unsupported('next_minus')
remainder_near = _unsupported('remainder_near')
scaleb = _unsupported('scaleb')
shift = _unsupported('shift')
rotate = _unsupported('rotate')

for _name, _func in list(globals().items()):
    if (isinstance(_func, type(_fix))
            and _func.__module__ == __name__):
        _func.__qualname__ = 'Decimal.' + _name
del _name, _func

import _native_frames  # noqa: E402
_native_frames.hide_module(globals())
