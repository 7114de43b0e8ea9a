# Function docstrings, __defaults__, __kwdefaults__ and __code__-free introspection.
def f(a, b=2, *, c=3):
    """Doc of f."""
    return a
print(f.__doc__)
print(f.__defaults__, f.__kwdefaults__)
def g(): pass
print(g.__doc__, g.__defaults__, g.__kwdefaults__)
print(f.__dict__)
f.extra = 1
print(f.__dict__)
