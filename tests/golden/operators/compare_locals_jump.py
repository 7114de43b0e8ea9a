# `while i < n` / `if a == b` on two locals: ints, floats, mixed, nan, big ints and other types.
def count(i, n):
    k = 0
    while i < n:
        i += 1
        k += 1
    return k


print(count(0, 5), count(0.5, 3), count(1, 2.5), count(2**64, 2**64 + 3))
nan = float("nan")


def cmp(a, b):
    out = []
    if a < b:
        out.append("<")
    if a <= b:
        out.append("<=")
    if a == b:
        out.append("==")
    if a != b:
        out.append("!=")
    if a > b:
        out.append(">")
    if not a >= b:
        out.append("not >=")
    return out


for a, b in [(1, 2), (2.0, 2), (nan, nan), (-0.0, 0.0), ("a", "b"), ((1, 2), (1, 3)), (True, 1)]:
    print(a, b, cmp(a, b))
try:
    cmp(1, "x")
except TypeError as e:
    print(e)
