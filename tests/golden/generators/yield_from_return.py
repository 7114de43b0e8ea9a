# yield from delegates to a sub-generator and evaluates to its return value.
def inner():
    yield "a"
    yield "b"
    return "inner result"
def outer():
    result = yield from inner()
    print("inner returned", result)
    yield from [1, 2]
    yield from range(3, 5)
    return "done"
g = outer()
print(list(g))
def delegate():
    r = yield from outer()
    yield r
print(list(delegate()))
