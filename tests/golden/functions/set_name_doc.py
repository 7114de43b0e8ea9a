# A function's __name__, __qualname__ and __doc__ can be reassigned; the repr follows __qualname__.
def helper(x):
    "Original doc."
    return x * 2


helper.__name__ = "double"
helper.__qualname__ = "tools.double"
helper.__doc__ = "Doubles x."
print(helper.__name__, helper.__qualname__, helper.__doc__)
print(repr(helper).split(" at ")[0])
for attr in ("__name__", "__qualname__"):
    try:
        setattr(helper, attr, 42)
    except TypeError as e:
        print("TypeError", e)
    try:
        delattr(helper, attr)
    except TypeError as e:
        print("TypeError", e)


def wrap(fn):
    def inner(*a):
        return fn(*a)
    inner.__name__ = fn.__name__
    inner.__doc__ = fn.__doc__
    return inner


w = wrap(helper)
print(w.__name__, w.__doc__, w(4))
