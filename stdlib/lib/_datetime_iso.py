"""ISO 8601 parsing for datetime's fromisoformat methods, as CPython 3.11
accepts it (Modules/_datetimemodule.c parse_isoformat_date/_time): calendar
dates (YYYY-MM-DD, YYYYMMDD) and ISO week dates (YYYY-Www[-D], YYYYWww[D]);
times HH[:MM[:SS[.f+]]] or the basic HH[MM[SS[.f+]]], a fraction of any length
cut to microseconds, ',' or '.' before it; offsets Z, +HH, +HH:MM[:SS[.f]]
or +HHMM[SS[.f]]. Returns plain tuples; the classes are built by datetime.py."""


class IsoError(ValueError):
    """The string is not ISO 8601 as fromisoformat accepts it."""


def _digits(s, i, n):
    part = s[i:i + n]
    if len(part) != n or not part.isdigit() or not part.isascii():
        raise IsoError
    return int(part)


def parse_date(s):
    """(year, month, day) or ('week', year, week, weekday) from a 7-, 8- or
    10-character date."""
    year = _digits(s, 0, 4)
    dashed = len(s) > 4 and s[4] == '-'
    i = 5 if dashed else 4
    if s[i:i + 1] == 'W':
        week = _digits(s, i + 1, 2)
        i += 3
        day = 1
        if i < len(s):
            if dashed:
                if s[i] != '-':
                    raise IsoError
                i += 1
            day = _digits(s, i, 1)
            i += 1
        if i != len(s):
            raise IsoError
        return ('week', year, week, day)
    month = _digits(s, i, 2)
    i += 2
    if dashed:
        if s[i:i + 1] != '-':
            raise IsoError
        i += 1
    day = _digits(s, i, 2)
    if i + 2 != len(s):
        raise IsoError
    return (year, month, day)


def date_length(s):
    """How many leading characters of a datetime string are its date."""
    if len(s) >= 8 and s[4:5] == 'W' or s[4:6] == '-W':
        # A week date: YYYYWww, YYYYWwwD, YYYY-Www, YYYY-Www-D.
        dashed = s[4] == '-'
        base = 8 if dashed else 7
        if dashed and s[8:9] == '-':
            return 10
        if not dashed and len(s) > 7 and s[7:8].isdigit():
            return 8
        return base
    if s[4:5] == '-':
        return 10
    return 8


def _hms(s, with_fraction=True):
    """HH[:MM[:SS[.f]]] or HH[MM[SS[.f]]] → (h, m, s, us)."""
    fields = [0, 0, 0]
    i = count = 0
    colons = None
    while count < 3 and i < len(s) and s[i] not in '.,':
        if count:
            has_colon = s[i] == ':'
            if colons is None:
                colons = has_colon
            elif colons != has_colon:
                raise IsoError
            i += has_colon
        fields[count] = _digits(s, i, 2)
        i += 2
        count += 1
    us = 0
    if i < len(s):
        if count != 3 or not with_fraction or s[i] not in '.,':
            raise IsoError
        digits = s[i + 1:]
        if not digits or not digits.isdigit() or not digits.isascii():
            raise IsoError
        digits = digits[:6]
        us = int(digits) * 10 ** (6 - len(digits))
    return fields[0], fields[1], fields[2], us


def parse_time(s):
    """(hour, minute, second, microsecond, offset) where offset is None or
    (sign, h, m, s, us)."""
    end = len(s)
    offset = None
    for j, c in enumerate(s):
        if c in '+-Z':
            end = j
            break
    if end == 0:
        raise IsoError
    hour, minute, second, us = _hms(s[:end])
    if end < len(s):
        if s[end] == 'Z':
            if end + 1 != len(s):
                raise IsoError
            offset = (1, 0, 0, 0, 0)
        else:
            sign = -1 if s[end] == '-' else 1
            if end + 1 >= len(s):
                raise IsoError
            offset = (sign,) + _hms(s[end + 1:])
    return hour, minute, second, us, offset

import _native_frames  # noqa: E402
_native_frames.hide_module(globals())
