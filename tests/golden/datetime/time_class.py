# datetime.time: construction, repr, isoformat timespecs, strftime, replace, comparisons, errors.
from datetime import time, timezone, timedelta

t = time(13, 5, 7, 12)
print(repr(t), t, t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
print(repr(time()), repr(time(9, 30)), repr(time(9, 30, 15)), repr(time(fold=1)))
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, t.isoformat(spec))
print(t.strftime("%H:%M:%S.%f %p"), f"{t:%I%p}", format(t, ""))
print(t.replace(hour=1, microsecond=0), time(1) < time(2), time(1) == time(1, 0), bool(time(0)))
print(time.min, time.max, time.resolution)
print(hash(time(1, 2)) == hash(time(1, 2)))
for bad in [lambda: time(24), lambda: time(1, 60), lambda: time(1, 1, 1, 10**6),
            lambda: time(1, tzinfo="UTC"), lambda: time(1.5), lambda: t.isoformat("days"),
            lambda: time(fold=3)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
