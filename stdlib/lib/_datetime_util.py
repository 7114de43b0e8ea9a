"""Calendar arithmetic, field checks and text formatting shared by the
classes of datetime.py (CPython 3.11 Modules/_datetimemodule.c: ymd_to_ord,
ord_to_ymd, check_date_args, check_time_args, format_utcoffset, wrap_strftime),
with the C module's error messages."""

import time as _time
from operator import index as _index

from _datetime import timedelta

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_n = 0
for _d in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_n)
    _n += _d
del _n, _d

_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_DAYNAMES = [None, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd2ord(year, month, day):
    return (_days_before_year(year) + _DAYS_BEFORE_MONTH[month]
            + (month > 2 and _is_leap(year)) + day)


def _ord2ymd(n):
    # Whole 400-, 100-, 4- and 1-year cycles, then the month.
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        # The last day of a leap cycle.
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if before > n:
        month -= 1
        before -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    return year, month, n - before + 1


def _check_date_fields(year, month, day):
    year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute = _index(hour), _index(minute)
    second, microsecond = _index(second), _index(microsecond)
    for name, value, top in (("hour", hour, 23), ("minute", minute, 59),
                             ("second", second, 59),
                             ("microsecond", microsecond, 999999)):
        if not 0 <= value <= top:
            raise ValueError(f"{name} must be in 0..{top}")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz, tzinfo):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo "
                        f"subclass, not type '{type(tz).__name__}'")


def _check_offset(name, offset):
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError(f"tzinfo.{name}() must return None or timedelta, "
                        f"not '{type(offset).__name__}'")
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")
    return offset


def _type_name(obj):
    # The C module's reprs use tp_name: "datetime.date" for the builtin
    # classes, the bare name for a subclass.
    cls = type(obj)
    return ("datetime." + cls.__name__ if cls.__module__ == "datetime"
            else cls.__name__)


def _format_offset(off, sep=':'):
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    hh, rest = divmod(off, timedelta(hours=1))
    mm, rest = divmod(rest, timedelta(minutes=1))
    text = f"{sign}{hh:02d}{sep}{mm:02d}"
    if rest.seconds or rest.microseconds:
        text += f"{sep}{rest.seconds:02d}"
        if rest.microseconds:
            text += f".{rest.microseconds:06d}"
    return text


def _format_time(hh, mm, ss, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    if timespec == 'hours':
        return f"{hh:02d}"
    if timespec == 'minutes':
        return f"{hh:02d}:{mm:02d}"
    if timespec == 'seconds':
        return f"{hh:02d}:{mm:02d}:{ss:02d}"
    if timespec == 'milliseconds':
        return f"{hh:02d}:{mm:02d}:{ss:02d}.{us:03d}"
    if timespec == 'microseconds':
        return f"{hh:02d}:{mm:02d}:{ss:02d}.{us:06d}"
    raise ValueError("Unknown timespec value")


def _strftime(obj, fmt, timetuple):
    # %f, %z and %Z are datetime's own; the rest is time.strftime's.
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not "
                        f"{type(fmt).__name__}")
    out = []
    i, n = 0, len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != '%' or i >= n:
            out.append(c)
            continue
        d = fmt[i]
        i += 1
        if d == 'f':
            out.append('%06d' % getattr(obj, 'microsecond', 0))
        elif d == 'z':
            off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            out.append(_format_offset(off, '') if off is not None else '')
        elif d == 'Z':
            name = obj.tzname() if hasattr(obj, 'tzname') else None
            out.append(name.replace('%', '%%') if name else '')
        else:
            out.append('%' + d)
    return _time.strftime(''.join(out), timetuple)



import _native_frames  # noqa: E402
_native_frames.hide_module(globals())
