# datetime.datetime/date construction, str, isoformat, arithmetic and strftime.
from datetime import datetime, date, timedelta
dt = datetime(2024, 1, 2, 3, 4, 5)
print(dt, dt.isoformat(), repr(dt))
print(dt + timedelta(days=30, hours=22), dt - datetime(2023, 12, 31))
print(dt.year, dt.month, dt.day, dt.hour, dt.weekday(), dt.strftime("%Y/%m/%d %H-%M"))
print(date(2024, 2, 28) + timedelta(days=1), date(2024, 3, 1).isoformat(), date(2000, 1, 1).weekday())
print(datetime(2024, 1, 1, 0, 0, 0, 500), datetime(2024, 1, 1) < dt)
