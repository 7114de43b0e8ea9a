# timedelta normalisation, str/repr, arithmetic with ints and floats, total_seconds, comparisons, errors.
from datetime import timedelta

tds = [timedelta(days=1, hours=25, minutes=61), timedelta(seconds=-1), timedelta(microseconds=1500000),
       timedelta(weeks=2, milliseconds=5), timedelta(0)]
for td in tds:
    print(str(td), repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
a, b = timedelta(hours=3), timedelta(minutes=45)
print(a + b, a - b, b - a, a * 2, 2.5 * b, a / 4, a // b, a % b, -a, abs(-a), divmod(a, b))
print(a > b, a == timedelta(minutes=180), sorted([a, b, timedelta(0)]), bool(timedelta(0)))
for f in (lambda: timedelta(days=10 ** 9), lambda: a / 0):
    try:
        f()
    except (OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
