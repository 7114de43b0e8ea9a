# Wrong tzinfo results: non-timedelta offsets, offsets of a day or more, unimplemented methods.
from datetime import datetime, time, timedelta, tzinfo


class Returns(tzinfo):
    def __init__(self, value):
        self.value = value

    def utcoffset(self, dt):
        return self.value

    def tzname(self, dt):
        return self.value


for value in [5, timedelta(hours=25), "x"]:
    try:
        datetime(2020, 1, 1, tzinfo=Returns(value)).isoformat()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    time(1, tzinfo=Returns(3)).tzname()
except TypeError as e:
    print(e)
for method in ["utcoffset", "dst", "tzname"]:
    try:
        getattr(tzinfo(), method)(None)
    except NotImplementedError as e:
        print(e)
print(datetime(2020, 1, 1, tzinfo=Returns(None)).utcoffset())
