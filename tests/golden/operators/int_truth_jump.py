# `if x & 1:` / `while n % k:` on a local and a constant: int truth without a bool, other types as CPython.
def collatz(x):
    steps = 0
    while x != 1:
        if x & 1:
            x = 3 * x + 1
        else:
            x = x // 2
        steps += 1
    return steps


print(collatz(27), collatz(2**70 + 1))


def odd(v):
    if v % 2:
        return "odd"
    return "even"


for v in [3, 4, -3, 2.5, 4.0, 2**65 + 1, float("nan"), True]:
    print(v, odd(v))
try:
    odd("x")
except TypeError as e:
    print(e)
try:
    odd(None)
except TypeError as e:
    print(e)
