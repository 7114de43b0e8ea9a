# datetime.strptime for naive datetimes: fractions, names, 12-hour clock, and CPython's errors.
from datetime import datetime

print(datetime.strptime("2024-03-05 14:30:15", "%Y-%m-%d %H:%M:%S"))
print(datetime.strptime("14:30:15.25", "%H:%M:%S.%f"))
print(repr(datetime.strptime("Tue, 05 Mar 2024 07:05 PM", "%a, %d %b %Y %I:%M %p")))
print(datetime.strptime("2024-065", "%Y-%j").date())
for s, f in [("2024-02-30", "%Y-%m-%d"), ("02-29", "%m-%d"), ("x", "%Y"), ("2024-03-05 junk", "%Y-%m-%d")]:
    try:
        datetime.strptime(s, f)
    except ValueError as e:
        print("ValueError:", e)
