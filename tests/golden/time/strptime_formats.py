# time.strptime with numeric, named, 12-hour, day-of-year and compact formats, and its errors.
import time

cases = [
    ("2024-03-05 14:30:15", "%Y-%m-%d %H:%M:%S"), ("5/3/24", "%d/%m/%y"), ("March 5, 2024", "%B %d, %Y"),
    ("mar  5 2024", "%b %d %Y"), ("02:30 PM", "%I:%M %p"), ("12:00 am", "%I:%M %p"),
    ("2024-065", "%Y-%j"), ("20240305", "%Y%m%d"), ("Tuesday 5", "%A %d"), ("70", "%y"), ("68", "%y"),
    ("2024-02-30", "%Y-%m-%d"), ("2024-03-05 extra", "%Y-%m-%d"), ("2024", "%Y %m"), ("2024-13-01", "%Y-%m-%d"),
]
for s, f in cases:
    try:
        print(tuple(time.strptime(s, f)))
    except ValueError as e:
        print("ValueError:", e)
print(time.strptime("Mon Jan  1 00:00:00 2024"))
