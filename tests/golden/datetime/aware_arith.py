# Aware datetimes: subtraction across zones, comparison, equality of instants, naive/aware errors.
from datetime import datetime, timedelta, timezone

utc = timezone.utc
paris = timezone(timedelta(hours=1), "CET")
ny = timezone(timedelta(hours=-5), "EST")
a = datetime(2024, 3, 10, 12, 0, tzinfo=utc)
b = datetime(2024, 3, 10, 13, 0, tzinfo=paris)
c = datetime(2024, 3, 10, 9, 30, tzinfo=ny)
print(a == b, a - b, c - a, b < c, max(a, b, c))
print(sorted([c, b, a]) == [a, b, c], a + timedelta(hours=36), (c - timedelta(days=1)).tzinfo)
print(hash(a) == hash(b), len({a, b, c}))
naive = datetime(2024, 3, 10, 12, 0)
print(naive == a, naive != a)
for bad in [lambda: naive - a, lambda: naive < a, lambda: a > naive]:
    try:
        bad()
    except TypeError as e:
        print(e)
print(a.utcoffset(), b.utcoffset(), naive.utcoffset(), b.tzname(), naive.tzname(), b.dst())
