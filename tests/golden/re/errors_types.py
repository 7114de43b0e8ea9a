# TypeErrors and ValueErrors for wrong arguments, with CPython's wording.
import re

tests = [
    lambda: re.match("a", 1),
    lambda: re.compile(3),
    lambda: re.compile("a", re.LOCALE),
    lambda: re.compile(b"a", re.UNICODE),
    lambda: re.compile("a", re.ASCII | re.UNICODE),
    lambda: re.compile("a").match("a", "x"),
    lambda: re.compile("a").match(),
    lambda: re.search("a", None),
    lambda: re.sub("a", 1, "a"),
    lambda: re.compile("a{4294967296}"),
]
for t in tests:
    try:
        t()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
