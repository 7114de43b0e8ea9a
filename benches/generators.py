# sum of a generator expression, and a generator function with a yield loop.
def squares(n):
    i = 0
    while i < n:
        yield i * i
        i += 1


def run(n):
    a = sum(x % 13 for x in range(n))
    b = 0
    for v in squares(n):
        b += v & 255
    return a, b


print(run(1_500_000))
