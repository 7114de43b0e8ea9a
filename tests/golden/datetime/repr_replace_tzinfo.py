# replace() keeps or swaps each field; reprs order tzinfo and fold as CPython's C module does.
from datetime import date, datetime, time, timezone, timedelta

d = date(2024, 2, 29)
t = time(9, 30, 15, 500, tzinfo=timezone.utc, fold=1)
dt = datetime(2024, 2, 29, 9, 30, 15, 500, tzinfo=timezone.utc, fold=1)
print(repr(d.replace(day=1)), repr(t), repr(dt))
print(repr(t.replace(hour=1, tzinfo=None)), repr(dt.replace(tzinfo=None, fold=0)))
print(repr(dt.replace(tzinfo=timezone(timedelta(hours=2)))), t.replace().fold)
print(t.utcoffset(), dt.tzname(), time(1).dst(), date.__format__(d, ""), f"{t:%H:%M}")
for bad in (lambda: d.replace(month=13), lambda: t.replace(tzinfo=5), lambda: d.__format__(3)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
