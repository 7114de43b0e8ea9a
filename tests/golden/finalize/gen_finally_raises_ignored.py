# An exception raised while a freed generator closes is reported as "Exception ignored in" (no chain), and the program goes on.
def bad():
    try:
        yield 1
    finally:
        raise ValueError("in finally")

def helper():
    raise KeyError("deep")

def worse():
    try:
        yield 1
    except GeneratorExit:
        helper()

b = bad(); next(b)
b = None
print("after bad")
w = worse(); next(w)
del w
print("after worse")
