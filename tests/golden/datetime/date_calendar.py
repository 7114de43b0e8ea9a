# date basics: weekday/isoweekday/isocalendar, ordinals, replace, ctime, strftime, fromisoformat.
from datetime import date

d = date(2024, 2, 29)
print(d, repr(d), d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal())
print(date.fromordinal(738000), d.replace(year=2023, day=28), d.ctime(), d.strftime("%A %d %B %Y %j"))
print(date.fromisoformat("2024-03-05"), date.min, date.max, date.resolution)
print(sorted([date(2024, 1, 3), date(2023, 5, 1)]), f"{d:%Y/%m/%d}", format(d, ""))
for args in ((2024, 13, 1), (2023, 2, 29), (0, 1, 1)):
    try:
        date(*args)
    except ValueError as e:
        print("ValueError:", e)
