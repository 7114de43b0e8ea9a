# `c[k] op= v` with a constant index on a local: lists inline, other containers and errors as CPython.
def f(c, v):
    c[1] += v
    c[-1] *= 2
    return c


print(f([1, 2.5, 3], 4))
print(f({1: 10, -1: 0.5}, 1))
print(f([[1], [2], [3]], [9]))
try:
    f((1, 2, 3), 1)
except TypeError as e:
    print(e)
try:
    f([1], 1)
except IndexError as e:
    print(e)
try:
    f(["a", "b"], 1)
except TypeError as e:
    print(e)


def g():
    b = [0.0] * 3
    for i in range(4):
        b[0] += 0.1
        b[2] -= i
    return b


print(g())
f([1, 2], None)
