# Unpacking into n targets reads n + 1 items and stops: an endless iterator is not drained.
def count():
    i = 0
    while True:
        i += 1
        print("yield", i)
        yield i


try:
    a, b = count()
except ValueError as e:
    print(type(e).__name__, e)

it = iter(range(10))
try:
    x, y, z = it
except ValueError as e:
    print(e, "next is", next(it))

a, b = (i for i in [1, 2])
print(a, b)
