"""format() for decimal.Decimal (PEP 3101 specs as CPython 3.11's decimal
applies them): fill, align, sign, z, #, 0, width, ',' or '_' grouping,
precision and the types e E f F g G n %; rounding by the current context."""

import re

from _decimal_context import getcontext

_SPEC = re.compile(r"""\A
(?:(?P<fill>.)?(?P<align>[<>=^]))?
(?P<sign>[-+ ])?
(?P<no_neg_0>z)?
(?P<alt>\#)?
(?P<zeropad>0)?
(?P<minimumwidth>\d+)?
(?P<thousands_sep>,)?
(?:\.(?P<precision>\d+))?
(?P<type>[eEfFgGn%])?
\Z""", re.VERBOSE | re.DOTALL)


def _group(digits, sep, min_width):
    def grouped(d):
        if not sep:
            return d
        parts = []
        while len(d) > 3:
            parts.append(d[-3:])
            d = d[:-3]
        parts.append(d)
        return sep.join(reversed(parts))
    text = grouped(digits)
    while len(text) < min_width:
        digits = '0' + digits
        text = grouped(digits)
    return text


def format_decimal(d, spec_text):
    from decimal import Decimal
    from _decimal_ops import _rescale, _round_coeff
    m = _SPEC.match(spec_text)
    if m is None:
        raise ValueError("invalid format string")
    spec = m.groupdict()
    fill = spec['fill'] or (' ' if not spec['zeropad'] or spec['align']
                            else '0')
    align = spec['align'] or ('=' if spec['zeropad'] and not spec['fill']
                              else '>')
    width = int(spec['minimumwidth'] or 0)
    precision = spec['precision']
    precision = int(precision) if precision is not None else None
    kind = spec['type']
    context = getcontext()
    if kind is None:
        kind = 'G' if context.capitals else 'g'
    elif kind == 'n':
        kind = 'g'
    if d._special:
        body = str(d.copy_abs())
        if d._special == 'F':
            body = 'Infinity'
        sign = '-' if d._sign else (spec['sign'] or '').strip('-')
        if kind == '%':
            body += '%'
        return _align(sign, body, fill if not spec['zeropad'] else ' ',
                      align if align != '=' else '>', width)
    rounding = context.rounding
    if kind == '%':
        d = Decimal._make(d._sign, d._int, d._exp + 2)
    if kind in 'gG' and precision == 0:
        precision = 1
    sign_neg, coeff, exp = d._sign, d._int, d._exp
    if precision is not None:
        if kind in 'eE':
            digits = len(str(coeff))
            if coeff and digits > precision + 1:
                drop = digits - (precision + 1)
                coeff, _ = _round_coeff(sign_neg, coeff, drop, rounding)
                exp += drop
                if len(str(coeff)) > precision + 1:
                    coeff //= 10
                    exp += 1
            elif coeff:
                pad = precision + 1 - digits
                coeff *= 10 ** pad
                exp -= pad
        elif kind in 'fF%':
            r = _rescale(Decimal._make(sign_neg, coeff, exp), -precision,
                         rounding)[0]
            coeff, exp = r._int, r._exp
        elif kind in 'gG' and len(str(coeff)) > precision:
            drop = len(str(coeff)) - precision
            coeff, _ = _round_coeff(sign_neg, coeff, drop, rounding)
            exp += drop
            if len(str(coeff)) > precision:
                coeff //= 10
                exp += 1
    if not coeff and exp > 0 and kind in 'fF%':
        exp = 0
    if not coeff and spec['no_neg_0']:
        sign_neg = 0
    digits = str(coeff)
    leftdigits = exp + len(digits)
    if kind in 'eE':
        dotplace = 1 - precision if (not coeff and precision is not None) \
            else 1
    elif kind in 'fF%':
        dotplace = leftdigits
    elif exp <= 0 and leftdigits > -6:
        dotplace = leftdigits
    else:
        dotplace = 1
    if dotplace < 0:
        intpart, fracpart = '0', '0' * -dotplace + digits
    elif dotplace > len(digits):
        intpart, fracpart = digits + '0' * (dotplace - len(digits)), ''
    else:
        intpart, fracpart = digits[:dotplace] or '0', digits[dotplace:]
    e = leftdigits - dotplace
    sign = '-' if sign_neg else (spec['sign'] or '').strip('-')
    if fracpart or spec['alt']:
        fracpart = '.' + fracpart
    if e != 0 or kind in 'eE':
        echar = {'E': 'E', 'e': 'e', 'G': 'E', 'g': 'e', 'F': 'e',
                 'f': 'e', '%': 'e'}[kind]
        fracpart += "{0}{1:+}".format(echar, e)
    if kind == '%':
        fracpart += '%'
    min_width = (width - len(fracpart) - len(sign)) if spec['zeropad'] \
        else 0
    intpart = _group(intpart, spec['thousands_sep'], min_width)
    return _align(sign, intpart + fracpart, fill, align, width)


def _align(sign, body, fill, align, width):
    padding = width - len(sign) - len(body)
    if padding <= 0:
        return sign + body
    if align == '<':
        return sign + body + fill * padding
    if align == '>':
        return fill * padding + sign + body
    if align == '=':
        return sign + fill * padding + body
    half = padding // 2
    return fill * half + sign + body + fill * (padding - half)
