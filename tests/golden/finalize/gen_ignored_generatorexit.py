# A freed generator that yields in response to GeneratorExit: "RuntimeError: generator ignored GeneratorExit" reported at the freeing line.
def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring")

s = stubborn(); next(s)
del s
print("after stubborn")

def f():
    t = stubborn()
    next(t)
    return 1

f()
print("end")
