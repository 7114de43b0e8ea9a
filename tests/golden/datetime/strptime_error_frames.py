# datetime.strptime errors: _strptime_datetime/_strptime frames, as CPython's Python parser raises them.
from datetime import datetime

for text, fmt in [("2023-02-30", "%Y-%m-%d"), ("12:00:61", "%H:%M:%S"), ("2024", 2024)]:
    try:
        datetime.strptime(text, fmt)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(datetime.strptime("05/03/2024 14:07", "%d/%m/%Y %H:%M"))
datetime.strptime("2024-03-05T10:00", "%Y-%m-%d %H:%M")
