# A negative int or float to a fractional power is complex, as in CPython 3.
print((-8) ** (1 / 3))
print((-8.0) ** 0.5, (-1) ** 0.5, (-1.0) ** -0.5, (-2) ** -0.5, (-2) ** 2.5)
print((-0.5) ** 0.1, (-1e10) ** 1.5)
try:
    (-1e300) ** 1.5
except OverflowError as e:
    print(type(e).__name__, e)
print((-0.0) ** 0.5, (-2) ** 2.0, (-2.0) ** -2, (-2) ** 0.0)
print(float("-inf") ** 0.5, (-8) ** (1 / 3) == complex(1.0000000000000002, 1.7320508075688772))
print(pow(-4, 0.5), pow(-4.0, 1.5))
try:
    0.0 ** -1.5
except ZeroDivisionError as e:
    print(e)
