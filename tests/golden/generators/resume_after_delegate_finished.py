# A generator suspended in `yield from` whose inner generator was finished from outside resumes its `yield from` again.
def inner():
    yield 1
    yield 2
    return "inner done"


def outer(it):
    r = yield from it
    print("yield from gave", r)
    yield "after"


it = inner()
g = outer(it)
print(next(g))
print(next(it), g.gi_yieldfrom is it)
for x in it:
    print("drained", x)
print(next(g))
c = outer(iter([10, 20]))
print(next(c), next(c), next(c))
