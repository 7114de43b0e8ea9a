# metaclass=: a type subclass with __new__, __init__, __call__ and methods; inheritance keeps it.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        print("call", cls.__name__, args)
        return super().__call__(*args, **kw)
    def describe(cls):
        return "class " + cls.__name__
class A(metaclass=Meta, tag="x"):
    def __init__(self, v):
        self.v = v
class B(A):
    pass
print(A(1).v, B(2).v, A.tag, B.tag)
print(type(A).__name__, type(B) is Meta, isinstance(A, Meta), isinstance(A, type))
print(A.describe(), B.describe(), A)
C = Meta("C", (), {"q": 1})
print(C.q, type(C).__name__)
