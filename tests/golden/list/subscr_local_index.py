# `c = a[i]` with two locals: lists inline, negative indexes, errors and other containers as CPython.
def get(a, i):
    c = a[i]
    return c


print(get([1, 2, 3], 0), get([1, 2, 3], -1), get((4, 5), 1), get({2: "two"}, 2), get("xyz", 1))
print(get([[1], 2.5], 0), get(range(10), 3), get([1, 2, 3], True))
for a, i in [([1, 2], 2), ([1, 2], -3), ([], 0), ((1,), 5), ({}, "k"), ([1], 1.0), ([1], "0"), (5, 0)]:
    try:
        get(a, i)
    except (IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)


def pairs(bodies):
    n = len(bodies)
    out = []
    for i in range(n):
        for j in range(i + 1, n):
            b = bodies[i]
            c = bodies[j]
            out.append(b + c)
    return out


print(pairs(["a", "b", "c"]))
