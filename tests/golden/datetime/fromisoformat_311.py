# fromisoformat accepts 3.11's ISO 8601 forms: basic format, week dates, Z, offsets, fractions; rejects the rest.
from datetime import date, datetime, time

for s in ["2024-02-29", "20240229", "2024-W09-4", "2024W094", "2024-W01"]:
    print(s, repr(date.fromisoformat(s)))
for s in ["2024-02-29T13:45", "2024-02-29 13:45:30.5", "20240229T134530", "2024-02-29T13",
          "2024-02-29T13:45:30Z", "2024-02-29T13:45:30+05:30", "2024-02-29T13:45:30-0800",
          "2024-02-29T13:45:30,123456789", "2024-W09-4T08:00", "2024-02-29"]:
    print(s, repr(datetime.fromisoformat(s)))
for s in ["13:45", "1345", "T13:45:30.25", "13:45:30+01:00", "13:45Z"]:
    print(s, repr(time.fromisoformat(s)))
for bad in [lambda: date.fromisoformat("2024-2-29"), lambda: date.fromisoformat("2024-02-30"),
            lambda: datetime.fromisoformat("2024-02-29T25:00"), lambda: datetime.fromisoformat("2024-02-29T1"),
            lambda: datetime.fromisoformat("2024-02-29T13:45+"), lambda: time.fromisoformat("1:45"),
            lambda: datetime.fromisoformat(20240229), lambda: date.fromisoformat("2024-W54")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
