# obj.__class__ = D: works between plain classes; builtin values refuse with CPython's TypeError.
class C:
    pass


class D:
    def hello(self):
        return "D.hello"


c = C()
c.__class__ = D
print(type(c).__name__, c.hello())
for target in (1, "s", [1], (1,), 2.5, None):
    try:
        target.__class__ = D
    except TypeError as e:
        print(type(target).__name__, e)
try:
    c.__class__ = 5
except TypeError as e:
    print(e)
