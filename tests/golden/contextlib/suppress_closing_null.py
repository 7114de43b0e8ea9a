# suppress, closing and nullcontext.
from contextlib import suppress, closing, nullcontext


with suppress(ZeroDivisionError, KeyError):
    1 / 0
    print("not reached")
print("after suppress")
with suppress(LookupError):
    {}["missing"]
try:
    with suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)


class Resource:
    def close(self):
        print("closed")


with closing(Resource()) as r:
    print(type(r).__name__)
with nullcontext(5) as n:
    print(n)
with nullcontext() as n:
    print(n)
