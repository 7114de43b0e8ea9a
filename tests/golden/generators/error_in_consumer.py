# An exception raised inside a generator stepped by sum() and by a for loop: traceback through both.
def numbers(n):
    for i in range(n):
        yield 10 // (2 - i)


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


print(list(evens(numbers(2))))
try:
    for v in evens(numbers(5)):
        print("v", v)
except ZeroDivisionError as e:
    print("caught", e)
g = numbers(5)
print(next(g), next(g))
try:
    next(g)
except ZeroDivisionError:
    print("next raised; then", list(g))
print(sum(evens(numbers(4))))
