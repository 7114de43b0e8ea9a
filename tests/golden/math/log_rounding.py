# log with a base and on huge ints; floor/ceil/trunc on floats, big ints and __floor__/__ceil__/__trunc__.
import math

print(math.log(8, 2), math.log(100, 10), math.log(10 ** 1000), math.log(2 ** 2000, 2))
print(math.log2(2 ** 1000), math.log10(10 ** 500), math.log1p(1e-20), math.expm1(1e-10))
for args in ((0,), (-1,), (10, 1), (10, 0)):
    try:
        print(math.log(*args))
    except (ValueError, ZeroDivisionError) as e:
        print(args, type(e).__name__, e)


class Num:
    def __floor__(self):
        return "floor!"

    def __ceil__(self):
        return "ceil!"

    def __trunc__(self):
        return "trunc!"


print(math.floor(Num()), math.ceil(Num()), math.trunc(Num()))
print(math.floor(2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(10 ** 30), math.ceil(True))
for f in (math.floor, math.ceil, math.trunc):
    try:
        f("3")
    except TypeError as e:
        print(type(e).__name__, e)
try:
    math.floor(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
