# __name__, __qualname__ and reprs of functions, nested functions, methods and lambdas.
def f(): pass
def outer():
    def inner(): pass
    return inner
class C:
    def m(self): pass
    class D:
        def n(self): pass
print(f.__name__, f.__qualname__, f.__module__)
print(outer().__qualname__, C.m.__qualname__, C.D.n.__qualname__)
print(repr(f))
print(outer())
print(C.m)
print((lambda: 0))
print(C().m)
print(type(f).__name__, type(C().m).__name__)
