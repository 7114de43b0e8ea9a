# A generator's return value travels in StopIteration.value; return inside a generator.
def g(n):
    for i in range(n):
        yield i
    return n * 10
it = g(2)
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
def empty():
    return "nothing"
    yield
try:
    next(empty())
except StopIteration as e:
    print(repr(e))
