# __new__ runs before __init__; __init__ is skipped if __new__ returns another type.
class C:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, v):
        print("init", v)
        self.v = v
c = C(5)
print(c.v)
class Weird:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(Weird())
class D(C):
    pass
print(D(1).v)
