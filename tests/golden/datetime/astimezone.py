# astimezone converts between fixed zones (TZ=UTC for the local zone); now(tz) and fromtimestamp(t, tz) are aware.
from datetime import datetime, timedelta, timezone

tokyo = timezone(timedelta(hours=9), "JST")
d = datetime(2024, 6, 1, 23, 30, tzinfo=timezone.utc)
print(d.astimezone(tokyo), d.astimezone(tokyo).tzname())
print(d.astimezone(tokyo).astimezone(timezone(timedelta(hours=-7))))
print(d.astimezone(timezone.utc) is d)
print(datetime(2024, 6, 1, 8, 0).astimezone(tokyo))
print(repr(datetime(2024, 6, 1, 8, 0).astimezone()))
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(1700000000.25, tokyo))
print(datetime.now(timezone.utc).tzinfo, datetime.now(tokyo).utcoffset())
print(datetime(2024, 6, 1, tzinfo=tokyo).timestamp(), datetime(1970, 1, 2).timestamp())
try:
    d.astimezone("UTC")
except TypeError as e:
    print(e)
