# A tzinfo subclass with DST rules: utcoffset/dst/tzname consulted, fromutc's default algorithm.
from datetime import datetime, timedelta, timezone, tzinfo


class Eastern(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        return timedelta(hours=1) if 4 <= dt.month <= 10 else timedelta(0)

    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"

    def __repr__(self):
        return "Eastern()"


east = Eastern()
summer = datetime(2021, 7, 1, 12, tzinfo=east)
winter = datetime(2021, 1, 1, 12, tzinfo=east)
print(repr(summer), summer.tzname(), winter.tzname(), summer.utcoffset(), winter.dst())
print(summer.isoformat(), winter.strftime("%H:%M %Z %z"))
print(summer - winter)
utc = datetime(2021, 7, 1, 16, tzinfo=timezone.utc)
print(utc.astimezone(east), utc.astimezone(east) == summer)
print(summer.timetuple().tm_isdst, winter.timetuple().tm_isdst)
