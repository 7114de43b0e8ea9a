# A suspended generator freed inside `with` blocks runs the context managers' __exit__ (GeneratorExit), innermost first, through yield from.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return False

def inner():
    with CM("inner"):
        yield "a"
        yield "b"

def outer():
    with CM("outer"):
        yield from inner()

g = outer()
print(next(g))
del g
print("after")
