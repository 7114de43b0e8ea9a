# datetime.timezone: utc, fixed offsets, names, str/repr, equality and its argument errors.
from datetime import timezone, timedelta, datetime, UTC

ist = timezone(timedelta(hours=5, minutes=30), "IST")
west = timezone(timedelta(hours=-3))
odd = timezone(-timedelta(hours=4, seconds=30, microseconds=5))
for tz in (timezone.utc, ist, west, odd, timezone.min, timezone.max):
    print(repr(tz), str(tz), tz.utcoffset(None), tz.dst(None), tz.tzname(None))
print(timezone(timedelta(0)) is timezone.utc, UTC is timezone.utc)
print(timezone(timedelta(0), "Z"), timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "X"))
dt = datetime(2024, 1, 1, tzinfo=ist)
print(ist.utcoffset(dt), ist.fromutc(datetime(2024, 1, 1, tzinfo=ist)))
for bad in [lambda: timezone(5), lambda: timezone(timedelta(hours=24)),
            lambda: timezone(timedelta(0), 5), lambda: ist.utcoffset(5),
            lambda: ist.fromutc(datetime(2024, 1, 1)), lambda: ist.fromutc(1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
