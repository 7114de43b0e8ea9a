# io.StringIO refuses non-str writes and initial values, bad newline values and relative seeks.
import io

s = io.StringIO()
for bad in (b"bytes", 5, None):
    try:
        s.write(bad)
    except TypeError as e:
        print(e)
try:
    io.StringIO(b"x")
except TypeError as e:
    print(e)
try:
    io.StringIO(newline="x")
except ValueError as e:
    print(e)
for args in [(1, 1), (-1,), (0, 3)]:
    try:
        s.seek(*args)
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
