# datetime.timedelta arithmetic, normalisation and str().
from datetime import timedelta
d = timedelta(days=1, hours=25, minutes=61, seconds=3661)
print(d, d.days, d.seconds, d.total_seconds())
print(timedelta(hours=1) * 3, timedelta(days=1) - timedelta(seconds=1), -timedelta(hours=1))
print(timedelta(minutes=90) // timedelta(minutes=30), timedelta(seconds=1.5), timedelta(0))
print(repr(timedelta(days=2, seconds=5)), timedelta(weeks=1) == timedelta(days=7))
