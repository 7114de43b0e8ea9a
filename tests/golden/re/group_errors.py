# Asking a Match for a group it does not have raises IndexError("no such group").
import re

m = re.match(r"(?P<x>a)(b)?", "a")
for g in [3, -1, "y", 1.5, None]:
    try:
        m.group(g)
    except IndexError as e:
        print(type(e).__name__, e)
for f in (m.start, m.end, m.span):
    try:
        f(5)
    except IndexError as e:
        print(f.__name__, e)
print(m.start(2), m.end(2), m.span(2), m.group(True))
