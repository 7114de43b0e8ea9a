# `for x in range(...)`: a shadowed range, odd arguments and range's errors behave as CPython's.
def f(n):
    total = 0
    for i in range(n, 0, -2):
        total += i
    for i in range(True, 3):
        total += i
    for i in range(2**63 - 2, 2**63 + 1):
        total += i
    for i in range(-2**63, -2**63 + 2):
        total -= i
    return total


print(f(9))


def g():
    range = lambda *a: ["not", "a", "range"]
    for x in range(3):
        print(x, end=" ")
    print()


g()
r = range(3)
for i in r:
    print(i, r, end="; ")
print()
for args in [(1, 2, 0), (1.5,), ("3",), (1, 2, 3, 4)]:
    try:
        for i in range(*args):
            pass
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for i in range(5, 2):
    print("never")
print(i)
