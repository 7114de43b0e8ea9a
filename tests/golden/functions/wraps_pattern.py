# A hand-written wraps: copying __name__, __qualname__ and __doc__ onto the wrapper.
def my_wraps(original):
    def apply(wrapper):
        wrapper.__name__ = original.__name__
        wrapper.__qualname__ = original.__qualname__
        wrapper.__doc__ = original.__doc__
        wrapper.__wrapped__ = original
        return wrapper
    return apply
def logged(fn):
    @my_wraps(fn)
    def wrapper(*args):
        print("calling", fn.__name__, args)
        return fn(*args)
    return wrapper
@logged
def area(w, h):
    "Area of a rectangle."
    return w * h
print(area(3, 4), area.__name__, area.__qualname__, area.__doc__)
print(area.__wrapped__(2, 2))
