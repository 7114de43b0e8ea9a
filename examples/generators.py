def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


def relay():
    result = yield from countdown(3)
    print("inner returned", result)
    got = yield "last"
    print("sent in:", got)


g = relay()
print(list(zip(range(4), g)))
try:
    g.send("hello")
except StopIteration as e:
    print("stopped", e.value)
print(sum(x * x for x in range(10)))
