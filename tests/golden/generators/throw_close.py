# throw() raises inside the generator at the paused yield; close() raises GeneratorExit.
def worker():
    try:
        while True:
            try:
                yield "working"
            except ValueError as e:
                print("recovered from", e)
                yield "recovered"
    finally:
        print("cleanup")
w = worker()
print(next(w))
print(w.throw(ValueError("oops")))
print(next(w))
w.close()
print("closed")
w.close()
def g():
    yield 1
x = g()
next(x)
try:
    x.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
