# functools.wraps copies __name__, __qualname__, __doc__, __module__, __dict__, sets __wrapped__.
import functools
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args)
        return fn(*args, **kwargs)
    return wrapper
@logged
def add(x: int, y: int) -> int:
    """Add two numbers."""
    return x + y
add.__dict__  # noqa
print(add(2, 3))
print(add.__name__, add.__qualname__, add.__doc__, add.__module__)
print(add.__annotations__, add.__wrapped__.__name__)
def g(): pass
g.tag = "original"
w = functools.update_wrapper(lambda: None, g)
print(w.__name__, w.tag, w.__wrapped__ is g)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
