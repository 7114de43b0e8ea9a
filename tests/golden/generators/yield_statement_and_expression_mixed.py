# A generator mixing yield statements and yield expressions, driven by for, next() and send().
def g():
    got = yield "a"
    print("got", got)
    yield "b"
    got = yield "c"
    print("got", got)
    yield
    print("end")


for x in g():
    print("for", x)

it = g()
print(next(it))
print(it.send(5))
print(next(it))
print(it.send([1, 2]))
try:
    it.send("late")
except StopIteration as e:
    print("stop", e.value)


def pairs(xs):
    prev = None
    for x in xs:
        if prev is not None:
            yield prev, x
        prev = x


print(sum(a * b for a, b in pairs(range(6))), list(pairs("abc")))
try:
    a, b = next(pairs([(1, 2, 3), 4]))[0]
except ValueError as e:
    print(e)
