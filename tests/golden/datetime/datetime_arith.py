# datetime and timedelta arithmetic, comparisons, isoformat options, combine, timestamps under TZ=UTC.
from datetime import date, datetime, timedelta

dt = datetime(2024, 3, 5, 14, 30, 15, 123456)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(sep=" "), dt.date(), dt.timetuple())
print(dt - datetime(2024, 1, 1), dt + timedelta(days=30, hours=12), dt - timedelta(weeks=10))
print(timedelta(days=-1, seconds=5), repr(timedelta(hours=1, microseconds=3)), timedelta(weeks=1) / timedelta(hours=1))
print(timedelta.min, timedelta.max, timedelta.resolution, datetime.min, datetime.max)
print(datetime.fromtimestamp(1700000000), datetime.utcfromtimestamp(0), datetime(2024, 1, 1).timestamp())
print(dt > datetime(2024, 1, 1), dt == datetime(2024, 3, 5, 14, 30, 15, 123456), dt.replace(hour=0))
print(datetime.fromisoformat("2024-03-05T14:30:15"), dt.strftime("%Y-%m-%dT%H:%M:%S.%f %a %b %p %I %y %%"))
print(datetime(2024, 3, 5).isocalendar(), dt.isoweekday(), dt.toordinal(), datetime.fromordinal(738000))
print(dt.date() - date(2024, 1, 1), isinstance(dt, date))
