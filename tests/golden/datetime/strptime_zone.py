# datetime.strptime with a trailing %z (offsets with and without colons, Z, seconds) or %Z; bad offsets.
from datetime import datetime
for s, f in [('2024-01-01T10:00:00+0000', '%Y-%m-%dT%H:%M:%S%z'), ('2024-01-01 10:00 -05:30', '%Y-%m-%d %H:%M %z'), ('2024-01-01 10:00 Z', '%Y-%m-%d %H:%M %z'), ('2024-01-01 10:00 +01:00:30', '%Y-%m-%d %H:%M %z'), ('2024-01-01 10:00 UTC', '%Y-%m-%d %H:%M %Z'), ('2024-01-01 10:00 +2', '%Y-%m-%d %H:%M %z'), ('2024-01-01 10:00 +99:00', '%Y-%m-%d %H:%M %z'), ('2024-01-01 10:00:00.5 +01:00', '%Y-%m-%d %H:%M:%S.%f %z'), ('x', '%z')]:
    try: print(repr(datetime.strptime(s, f)))
    except Exception as e: print(type(e).__name__, e)
