# A class standing as its own __init__, __new__ or metaclass __call__ recurses without frames: RecursionError, never a stack overflow (found by coil-fuzz).
class Base:
    def __init__(self, x):
        self.x = x
class Child(Base):
    pass
Base.__init__ = Base
try:
    Child(1)
except RecursionError as e:
    print("RecursionError", e)
class A:
    pass
A.__new__ = A
try:
    A()
except RecursionError as e:
    print("RecursionError", e)
class M(type):
    pass
class B(metaclass=M):
    pass
M.__call__ = B
try:
    B()
except RecursionError as e:
    print("RecursionError", e)
print("ok")
