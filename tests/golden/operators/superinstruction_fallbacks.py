# Fused local/subscript/attribute sequences fall back exactly: other types, bad indices, unbound locals.
class P:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x


class Q:
    @property
    def v(self):
        return 7


def f(a, b, c, p, q):
    print(a + b, a * b, b - a, a / b, a // b, a % b, a ** b)
    print(c[0], c[-1], c[1] + c[2], p.x, q.v)
    c[1] += a
    c[-1] *= b
    c[0] *= 2
    p.x = p.x + 1
    print(c, p.x)


f(3, 4, [1.5, 2, 3], P(1), Q())
f(True, 2, [[1], 5, 6], P(False), Q())
f(2.5, 1, [1, 2, 3], P(0.5), Q())
d = {0: 1, 1: 2, 2: 5, -1: 3}
f(1, 2, d, P(0), Q())
print(d)


def g(n):
    if n:
        y = 1
    return n + y


try:
    g(0)
except UnboundLocalError as e:
    print(e)
try:
    f(1, 0, [1, 2, 3], P(0), Q())
except ZeroDivisionError as e:
    print(e)
try:
    f(1, 2, [1], P(0), Q())
except IndexError as e:
    print(e)
t = (1, 2, 3)
try:
    f(1, 2, t, P(0), Q())
except TypeError as e:
    print(e)
