# A kept exception's traceback and args stay intact while many others are raised and freed.
import traceback


def inner(n):
    if n == 0:
        raise ValueError("deep", n)
    inner(n - 1)


def names(e):
    return [f.name for f in traceback.extract_tb(e.__traceback__)]


try:
    inner(3)
except ValueError as e:
    kept = e

for i in range(50):
    try:
        inner(i % 20)
    except ValueError as e:
        if i == 19:
            print(len(names(e)), names(e)[:2], names(e)[-2:])

print(kept.args, names(kept))
short = kept.with_traceback(None)
print(short is kept, kept.__traceback__)
try:
    raise kept
except ValueError as e:
    print(names(e))
many = KeyError(*range(12))
print(many.args)
many.args = ("replaced",)
print(repr(many), str(many))
try:
    inner(17)
except ValueError as e:
    print("".join(traceback.format_tb(e.__traceback__)).count("inner(n - 1)"))
