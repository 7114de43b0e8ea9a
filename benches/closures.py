# Calling closures and nonlocal updates.
def make_adder(k):
    def add(x):
        return x + k
    return add


def make_counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count
    return inc


def run(n):
    add3 = make_adder(3)
    inc = make_counter()
    total = 0
    for i in range(n):
        total += add3(i) + inc()
    return total


print(run(1_500_000))
