"""Dates and times (CPython 3.11's datetime, whose behaviour and messages are
those of its C module Modules/_datetimemodule.c): date, time, datetime,
tzinfo and timezone here; timedelta and strptime's parser are native
(_datetime); calendar arithmetic and formatting in _datetime_util.py, ISO 8601
parsing in _datetime_iso.py. Aware datetimes follow the tzinfo protocol:
utcoffset, dst, tzname and fromutc."""

import time as _time
import math as _math
import operator as _operator
import sys as _sys
from operator import index as _index

import _datetime
from _datetime import timedelta
import _datetime_iso as _iso
from _datetime_util import (
    MINYEAR, MAXYEAR, _MAXORDINAL, _MONTHNAMES, _DAYNAMES, _is_leap,
    _days_in_month, _days_before_year, _ymd2ord, _ord2ymd, _check_date_fields,
    _check_time_fields, _check_offset, _type_name, _format_offset,
    _format_time, _strftime)
from _datetime_util import _check_tzinfo as _check_tz

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")


def _ask_tzinfo(tzinfo, method, arg):
    """tzinfo.utcoffset/dst/tzname(arg) for a time (arg None) or a datetime,
    with the result checked; None when there is no tzinfo."""
    if tzinfo is None:
        return None
    if method != "tzname":
        return _check_offset(method, getattr(tzinfo, method)(arg))
    name = tzinfo.tzname(arg)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, "
                        f"not '{type(name).__name__}'")
    return name


def _check_tzinfo(tz):
    _check_tz(tz, tzinfo)


def _iso_value_error(s):
    return ValueError(f'Invalid isoformat string: {s!r}')


def _tz_from_iso(offset):
    if offset is None:
        return None
    sign, hh, mm, ss, us = offset
    if (hh, mm, ss, us) == (0, 0, 0, 0):
        return timezone.utc
    return timezone(sign * timedelta(hours=hh, minutes=mm, seconds=ss,
                                     microseconds=us))


def _parse_iso_time(s):
    try:
        hh, mm, ss, us, off = _iso.parse_time(s)
    except _iso.IsoError:
        raise _iso_value_error(s) from None
    return hh, mm, ss, us, _tz_from_iso(off)


class tzinfo:
    """The abstract base of time zone information."""
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError(
            "a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent "
                                 "results; cannot convert")
        return dt + dtdst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs else ()
        return (self.__class__, args, getattr(self, "__dict__", None) or None)



def _bind(names, required, args, kwargs, kwonly=()):
    """Binds constructor arguments with the C module's messages
    (Python/getargs.c vgetargskeywords)."""
    npos = len(names) - len(kwonly)
    if len(args) > npos:
        what = "positional arguments" if kwonly else "arguments"
        raise TypeError(f"function takes at most {npos} {what} "
                        f"({len(args)} given)")
    values = list(args) + [_MISSING] * (len(names) - len(args))
    for key, value in kwargs.items():
        if key not in names:
            continue
        i = names.index(key)
        if i < len(args):
            raise TypeError(f"argument for function given by name ('{key}') "
                            f"and position ({i + 1})")
        values[i] = value
    for i in range(required):
        if values[i] is _MISSING:
            raise TypeError(f"function missing required argument "
                            f"'{names[i]}' (pos {i + 1})")
    for key in kwargs:
        if key not in names:
            raise TypeError(f"'{key}' is an invalid keyword argument for "
                            f"this function")
    return values


_MISSING = object()


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


def _format(self, fmt):
    """__format__ of date, time and datetime: strftime, or str() for ''."""
    if not isinstance(fmt, str):
        raise TypeError("__format__() argument 1 must be str, not %s" % type(fmt).__name__)
    if len(fmt) != 0:
        return self.strftime(fmt)
    return str(self)


def _replaced(obj, **given):
    """The field values for obj.replace(), in the order given: each given
    value, or obj's own where it is None (for tzinfo where it is True, None
    being a tzinfo of its own)."""
    return [getattr(obj, "_" + name) if value is (True if name == "tzinfo" else None)
            else value for name, value in given.items()]


def _with_tz_and_fold(obj, text, fold_first):
    """A time's or datetime's repr `text` ended by its tzinfo and fold, as
    CPython orders them: tzinfo first for a time, fold first for a datetime."""
    extras = ["tzinfo=%r" % obj._tzinfo] if obj._tzinfo is not None else []
    if obj._fold:
        extras.insert(0 if fold_first else len(extras), "fold=1")
    return text[:-1] + "".join(", " + extra for extra in extras) + ")"


def _tzinfo_query(owner, name):
    """time's and datetime's utcoffset(), tzname() and dst(): the tzinfo's
    answer, given the datetime itself, or None for a time."""
    pass_self = owner == "datetime"

    def query(self):
        return _ask_tzinfo(self._tzinfo, name, self if pass_self else None)
    query.__name__ = name
    query.__qualname__ = f"{owner}.{name}"
    return query


class date:
    """A calendar date (year, month, day) in the proleptic Gregorian
    calendar."""
    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, *args, **kwargs):
        year, month, day = _bind(('year', 'month', 'day'), 3, args, kwargs)
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, hh, mm, ss, weekday, jday, dst = _time.localtime(t)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAXORDINAL:
            raise ValueError(f"year {_ord2ymd(n)[0]} is out of range")
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) not in (7, 8, 10):
            raise ValueError(f'Invalid isoformat string: {date_string!r}')
        try:
            parts = _iso.parse_date(date_string)
        except _iso.IsoError:
            raise ValueError(
                f'Invalid isoformat string: {date_string!r}') from None
        if parts[0] == 'week':
            try:
                return cls.fromisocalendar(*parts[1:])
            except ValueError:
                raise ValueError(
                    f'Invalid isoformat string: {date_string!r}') from None
        return cls(*parts)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError(f"Year is out of range: {year}")
        if not 0 < week < 53:
            # Week 53 exists when the year starts on a Thursday, or on a
            # Wednesday in a leap year.
            first = _ymd2ord(year, 1, 1) % 7
            if not (week == 53 and (first == 4 or first == 3
                                    and _is_leap(year))):
                raise ValueError(f"Invalid week: {week}")
        if not 0 < day < 8:
            raise ValueError(f"Invalid day: {day} (range is [1, 7])")
        first_monday = _iso_week1_monday(year)
        return cls(*_ord2ymd(first_monday + (week - 1) * 7 + day - 1))

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_name(self), self._year,
                                   self._month, self._day)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (
            _DAYNAMES[weekday], _MONTHNAMES[self._month], self._day,
            self._year)

    def strftime(self, fmt):
        return _strftime(self, fmt, self.timetuple())

    __format__ = _format

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def timetuple(self):
        return _build_struct_time(self._year, self._month, self._day,
                                  0, 0, 0, -1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        return type(self)(*_replaced(self, year=year, month=month, day=day))

    def _cmp(self, other, op):
        return _cmp((self._year, self._month, self._day),
                    (other._year, other._month, other._day))

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._year, self._month, self._day))
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if 0 < n <= _MAXORDINAL:
                return type(self).fromordinal(n)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        week1 = _iso_week1_monday(year)
        today = _ymd2ord(self._year, self._month, self._day)
        week, day = divmod(today - week1, 7)
        if week < 0:
            year -= 1
            week1 = _iso_week1_monday(year)
            week, day = divmod(today - week1, 7)
        elif week >= 52:
            if today >= _iso_week1_monday(year + 1):
                year += 1
                week = 0
        return _IsoCalendarDate(year, week + 1, day + 1)

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


_NEVER_EQUAL = "naive and aware"


def _utc_offsets(a, b, op, kind):
    """How two times or two datetimes compare: None when by their fields
    (one tzinfo object, or equal UTC offsets), else their two offsets. A
    naive one and an aware one are _NEVER_EQUAL for ==, and cannot be ordered."""
    if a._tzinfo is b._tzinfo:
        return None
    myoff, otoff = a.utcoffset(), b.utcoffset()
    if myoff == otoff:
        return None
    if myoff is None or otoff is None:
        if op == 'eq':
            return _NEVER_EQUAL
        raise TypeError(f"can't compare offset-naive and offset-aware {kind}")
    return myoff, otoff


def _install_comparisons(cls, same_kind, mismatch):
    """==, <=, <, >=, > of date, time and datetime: `same_kind(other)` says
    whether self._cmp(other, op) (-1, 0, 1, or 2 for never equal) orders
    them; if not, == is NotImplemented and ordering is `mismatch(self, other)`."""
    for name, op, holds in (("__eq__", "eq", _operator.eq), ("__le__", "le", _operator.le),
                            ("__lt__", "lt", _operator.lt), ("__ge__", "ge", _operator.ge),
                            ("__gt__", "gt", _operator.gt)):
        setattr(cls, name, _comparison(cls, name, op, holds, same_kind,
                                       _not_implemented if op == "eq" else mismatch))


def _comparison(cls, name, op, holds, same_kind, mismatch):
    def compare(self, other):
        if same_kind(other):
            return holds(self._cmp(other, op), 0)
        return mismatch(self, other)
    compare.__name__ = name
    compare.__qualname__ = f"{cls.__name__}.{name}"
    return compare


def _not_implemented(a, b):
    return NotImplemented


def _compare_error(a, b):
    # Ordering a date and a datetime is an error in both directions.
    if isinstance(a, date) and isinstance(b, date):
        raise TypeError("can't compare datetime.datetime to datetime.date")
    return NotImplemented


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    yday = _ymd2ord(y, m, d) - _ymd2ord(y, 1, 1) + 1
    return _time.struct_time((y, m, d, hh, mm, ss, wday, yday, dstflag))


class _IsoCalendarDate(tuple):
    """The named tuple isocalendar() returns."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return (f'datetime.IsoCalendarDate'
                f'(year={self[0]}, week={self[1]}, weekday={self[2]})')


_IsoCalendarDate.__name__ = 'IsoCalendarDate'
_IsoCalendarDate.__qualname__ = 'IsoCalendarDate'
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class time:
    """A time of day, optionally with a tzinfo."""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_hashcode', '_fold')

    def __new__(cls, *args, **kwargs):
        hour, minute, second, microsecond, tz, fold = _bind(
            ('hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'), 0,
            args, kwargs, kwonly=('fold',))
        fields = [0 if v is _MISSING else v
                  for v in (hour, minute, second, microsecond, fold)]
        tz = None if tz is _MISSING else tz
        hour, minute, second, microsecond, fold = _check_time_fields(*fields)
        _check_tzinfo(tz)
        self = object.__new__(cls)
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tz, fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def _cmp(self, other, op):
        offsets = _utc_offsets(self, other, op, "times")
        if offsets is None:
            return _cmp((self._hour, self._minute, self._second,
                         self._microsecond),
                        (other._hour, other._minute, other._second,
                         other._microsecond))
        if offsets is _NEVER_EQUAL:
            return 2
        myoff, otoff = offsets
        myhhmm = self._hour * 60 + self._minute - myoff // timedelta(minutes=1)
        othhmm = (other._hour * 60 + other._minute
                  - otoff // timedelta(minutes=1))
        return _cmp((myhhmm, self._second, self._microsecond),
                    (othhmm, other._second, other._microsecond))

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if not off:
                self._hashcode = hash(t._getstate())
            else:
                h, m = divmod(timedelta(hours=self.hour, minutes=self.minute)
                              - off, timedelta(hours=1))
                m //= timedelta(minutes=1)
                if 0 <= h < 24:
                    self._hashcode = hash(time(h, m, self.second,
                                               self.microsecond))
                else:
                    self._hashcode = hash((h, m, self.second,
                                           self.microsecond))
        return self._hashcode

    def _getstate(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _tzstr(self):
        return _format_offset(self.utcoffset())

    def __repr__(self):
        if self._microsecond != 0:
            s = ", %d, %d" % (self._second, self._microsecond)
        elif self._second != 0:
            s = ", %d" % self._second
        else:
            s = ""
        s = "%s(%d, %d%s)" % (_type_name(self), self._hour, self._minute, s)
        return _with_tz_and_fold(self, s, fold_first=False)

    def isoformat(self, timespec='auto'):
        s = _format_time(self._hour, self._minute, self._second,
                         self._microsecond, timespec)
        return s + self._tzstr()

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        text = time_string[1:] if time_string[:1] == 'T' else time_string
        hh, mm, ss, us, tz = _parse_iso_time(text)
        return cls(hh, mm, ss, us, tz)

    def strftime(self, fmt):
        timetuple = (1900, 1, 1, self._hour, self._minute, self._second,
                     0, 1, -1)
        return _strftime(self, fmt, timetuple)

    __format__ = _format

    utcoffset = _tzinfo_query("time", "utcoffset")
    tzname = _tzinfo_query("time", "tzname")
    dst = _tzinfo_query("time", "dst")

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        *fields, fold = _replaced(self, hour=hour, minute=minute, second=second,
                                  microsecond=microsecond, tzinfo=tzinfo, fold=fold)
        return type(self)(*fields, fold=fold)

    def __reduce__(self):
        return (type(self), self._getstate() + (self._tzinfo,))


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_fold')

    def __new__(cls, *args, **kwargs):
        names = ('year', 'month', 'day', 'hour', 'minute', 'second',
                 'microsecond', 'tzinfo', 'fold')
        values = _bind(names, 3, args, kwargs, kwonly=('fold',))
        year, month, day = _check_date_fields(*values[:3])
        fields = [0 if v is _MISSING else v
                  for v in values[3:7] + [values[8]]]
        hour, minute, second, microsecond, fold = _check_time_fields(*fields)
        tz = None if values[7] is _MISSING else values[7]
        _check_tzinfo(tz)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tz, fold
        self._hashcode = -1
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        frac, t = _math.modf(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            t += 1
            us -= 1000000
        elif us < 0:
            t -= 1
            us += 1000000
        try:
            parts = (_time.gmtime if utc else _time.localtime)(t)
        except (OverflowError, OSError, ValueError):
            raise OverflowError("timestamp out of range for platform time_t") \
                from None
        y, m, d, hh, mm, ss = parts[:6]
        ss = min(ss, 59)
        return cls(y, m, d, hh, mm, ss, us, tz)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        if tz is None:
            return cls._fromtimestamp(t, False, None)
        return tz.fromutc(cls._fromtimestamp(t, True, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date_, time_, tzinfo=True):
        if not isinstance(date_, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, "
                            f"not {type(date_).__name__}")
        if not isinstance(time_, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, "
                            f"not {type(time_).__name__}")
        if tzinfo is True:
            tzinfo = time_.tzinfo
        return cls(date_.year, date_.month, date_.day, time_.hour,
                   time_.minute, time_.second, time_.microsecond, tzinfo,
                   fold=time_.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) < 7:
            raise ValueError(f'Invalid isoformat string: {date_string!r}')
        try:
            n = _iso.date_length(date_string)
            parts = _iso.parse_date(date_string[:n])
        except _iso.IsoError:
            raise ValueError(
                f'Invalid isoformat string: {date_string!r}') from None
        if parts[0] == 'week':
            try:
                parts = date.fromisocalendar(*parts[1:])
            except ValueError:
                raise ValueError(
                    f'Invalid isoformat string: {date_string!r}') from None
            parts = (parts.year, parts.month, parts.day)
        tstr = date_string[n + 1:]
        if len(date_string) > n:
            if not tstr:
                raise ValueError(f'Invalid isoformat string: {date_string!r}')
            try:
                hh, mm, ss, us, off = _iso.parse_time(tstr)
            except _iso.IsoError:
                raise ValueError(
                    f'Invalid isoformat string: {date_string!r}') from None
            tz = _tz_from_iso(off)
        else:
            hh = mm = ss = us = 0
            tz = None
        return cls(*parts, hh, mm, ss, us, tz)

    @classmethod
    def strptime(cls, date_string, format):
        tz = None
        if (isinstance(date_string, str) and isinstance(format, str)
                and format.endswith(('%z', '%Z'))
                and not format.endswith('%%z') and not format.endswith('%%Z')):
            # The native parser knows no zones; a trailing %z or %Z (the
            # usual place) is matched here, the rest there.
            zone = _ZONE_RE[format[-1]].search(date_string)
            if zone is None:
                raise ValueError("time data %r does not match format %r"
                                 % (date_string, format))
            if format[-1] == 'z':
                tz = _strptime_offset(zone.group(0))
            date_string = date_string[:zone.start()]
            format = format[:-2]
        parsed = _datetime.datetime.strptime(date_string, format)
        return cls(parsed.year, parsed.month, parsed.day, parsed.hour,
                   parsed.minute, parsed.second, parsed.microsecond, tz)

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _build_struct_time(self._year, self._month, self._day,
                                  self._hour, self._minute, self._second,
                                  flag)

    def _local_timestamp(self):
        # Seconds since the epoch of this naive local time (mktime, which
        # also resolves the fold of a repeated hour as well as it can).
        t = _time.mktime((self._year, self._month, self._day, self._hour,
                          self._minute, self._second, 0, 0, -1))
        return t

    def timestamp(self):
        if self._tzinfo is None:
            return self._local_timestamp() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        offset = self.utcoffset()
        if offset:
            self -= offset
        return _build_struct_time(self._year, self._month, self._day,
                                  self._hour, self._minute, self._second, 0)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second,
                    self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second,
                    self._microsecond, self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        *fields, fold = _replaced(self, year=year, month=month, day=day, hour=hour,
                                  minute=minute, second=second, microsecond=microsecond,
                                  tzinfo=tzinfo, fold=fold)
        return type(self)(*fields, fold=fold)

    def _local_timezone(self):
        if self._tzinfo is None:
            ts = self._local_timestamp()
        else:
            ts = (self - _EPOCH) // timedelta(seconds=1)
        local = _time.localtime(ts)
        return timezone(timedelta(seconds=local.tm_gmtoff), local.tm_zone)

    def astimezone(self, tz=None):
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo "
                            f"subclass, not type '{type(tz).__name__}'")
        mytz = self._tzinfo
        if mytz is None:
            mytz = self._local_timezone()
            myoffset = mytz.utcoffset(self)
        else:
            myoffset = mytz.utcoffset(self)
            if myoffset is None:
                mytz = self.replace(tzinfo=None)._local_timezone()
                myoffset = mytz.utcoffset(self)
        if tz is mytz:
            return self
        utc = (self - myoffset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAYNAMES[weekday], _MONTHNAMES[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode "
                            f"character, not {type(sep).__name__}")
        return ("%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
                + _format_time(self._hour, self._minute, self._second,
                               self._microsecond, timespec)
                + _format_offset(self.utcoffset()))

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour,
                  self._minute, self._second, self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
        if fields[-1] == 0:
            del fields[-1]
        s = "%s(%s)" % (_type_name(self), ", ".join(map(str, fields)))
        return _with_tz_and_fold(self, s, fold_first=True)

    def __str__(self):
        return self.isoformat(sep=' ')

    utcoffset = _tzinfo_query("datetime", "utcoffset")
    tzname = _tzinfo_query("datetime", "tzname")
    dst = _tzinfo_query("datetime", "dst")

    def _cmp(self, other, op):
        offsets = _utc_offsets(self, other, op, "datetimes")
        if offsets is None:
            return _cmp((self._year, self._month, self._day, self._hour,
                         self._minute, self._second, self._microsecond),
                        (other._year, other._month, other._day, other._hour,
                         other._minute, other._second, other._microsecond))
        if offsets is _NEVER_EQUAL:
            return 2
        diff = self - other
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def _total_us(self):
        return ((self.toordinal() * 86400 + self._hour * 3600
                 + self._minute * 60 + self._second) * 1000000
                + self._microsecond)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._total_us() + ((other.days * 86400 + other.seconds)
                                 * 1000000 + other.microseconds)
        days, us = divmod(us, 86400 * 1000000)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        secs, us = divmod(us, 1000000)
        hh, secs = divmod(secs, 3600)
        mm, ss = divmod(secs, 60)
        return type(self).combine(date.fromordinal(days),
                                  time(hh, mm, ss, us, self._tzinfo))

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        us = self._total_us() - other._total_us()
        if self._tzinfo is not other._tzinfo:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if (myoff is None) != (otoff is None):
                raise TypeError("can't subtract offset-naive and "
                                "offset-aware datetimes")
            if myoff is not None:
                us += ((otoff - myoff) // timedelta(microseconds=1))
        return timedelta(microseconds=us)

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash(t._total_us())
            else:
                self._hashcode = hash(t._total_us()
                                      - off // timedelta(microseconds=1))
        return self._hashcode

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour,
                             self._minute, self._second, self._microsecond,
                             self._tzinfo))


_date_class = date

_install_comparisons(date, lambda other: isinstance(other, date)
                     and not isinstance(other, datetime), _compare_error)
_install_comparisons(time, lambda other: isinstance(other, time), _not_implemented)
_install_comparisons(datetime, lambda other: isinstance(other, datetime), _compare_error)


import re as _re  # noqa: E402
_ZONE_RE = {
    'z': _re.compile(r'(?:[+-]\d\d:?[0-5]\d(?::?[0-5]\d(?:\.\d{1,6})?)?|Z)\Z'),
    'Z': _re.compile(r'(?i:utc|gmt|%s)\Z' % '|'.join(
        _re.escape(n) for n in set(_time.tzname) if n)),
}


def _strptime_offset(text):
    # CPython's _strptime: 'Z' is UTC; otherwise sign, hours, minutes and
    # optional seconds and microseconds, with or without colons.
    if text == 'Z':
        return timezone.utc
    sign = -1 if text[0] == '-' else 1
    body = text[1:].replace(':', '')
    hours, minutes = int(body[:2]), int(body[2:4])
    seconds = int(body[4:6] or 0)
    micro = body[7:] if len(body) > 6 else ''
    us = int(micro.ljust(6, '0')) if micro else 0
    offset = sign * timedelta(hours=hours, minutes=minutes, seconds=seconds,
                              microseconds=us)
    return timezone(offset)
_time_class = time
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


class timezone(tzinfo):
    """A fixed offset from UTC, optionally named."""
    __slots__ = ('_offset', '_name')

    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be "
                            f"datetime.timedelta, not {type(offset).__name__}")
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not "
                            f"{type(name).__name__}")
        if not cls._minoffset <= offset <= cls._maxoffset:
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), "
                             f"not {offset!r}.")
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return "%s(%r)" % (_type_name(self), self._offset)
        return "%s(%r, %r)" % (_type_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_dt(self, name, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError(f"{name}(dt) argument must be a datetime "
                            f"instance or None, not {type(dt).__name__}")

    def utcoffset(self, dt):
        self._check_dt("utcoffset", dt)
        return self._offset

    def tzname(self, dt):
        self._check_dt("tzname", dt)
        if self._name is None:
            return self._name_from_offset(self._offset)
        return self._name

    def dst(self, dt):
        self._check_dt("dst", dt)
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    _maxoffset = timedelta(hours=24, microseconds=-1)
    _minoffset = -_maxoffset

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return 'UTC'
        return 'UTC' + _format_offset(delta)


timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
for _cls in (date, time, datetime, tzinfo, timezone):
    _cls.__module__ = 'datetime'
del _cls

import _native_frames  # noqa: E402
_native_frames.hide_module(globals())
