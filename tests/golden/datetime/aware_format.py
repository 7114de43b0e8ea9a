# isoformat/str with offsets, %z and %Z in strftime, repr with tzinfo, utctimetuple.
from datetime import datetime, timedelta, timezone

tz = timezone(timedelta(hours=-4, minutes=-30), "VET")
d = datetime(2023, 11, 5, 7, 8, 9, 123456, tzinfo=tz)
print(d)
print(d.isoformat(), d.isoformat(" ", "seconds"), d.isoformat(timespec="hours"))
print(repr(d))
print(d.strftime("%Y-%m-%d %H:%M:%S.%f %z %Z %%z"))
print(datetime(2023, 1, 1).strftime("[%z][%Z]"))
print(datetime(2023, 1, 1, tzinfo=timezone(timedelta(seconds=5400, microseconds=7))).isoformat())
print(datetime(2023, 1, 1, tzinfo=timezone.utc).strftime("%z %Z"), f"{d:%H%M %z}")
print(d.utctimetuple())
print(d.timetz(), d.time(), d.date())
