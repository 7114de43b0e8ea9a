# super() where self is not an instance of __class__, is deleted, or is rebound.
class A:
    def who(self):
        return "A.who " + type(self).__name__
class B(A):
    def who(self):
        return "B/" + super().who()
    def rebound(self):
        self = 42
        return super().who()
    def deleted(self):
        del self
        return super().who()
b = B()
print(b.who())
print(B.who(B()))
try:
    B.who(A())
except TypeError as e:
    print("TypeError:", e)
try:
    b.rebound()
except TypeError as e:
    print("TypeError:", e)
try:
    b.deleted()
except RuntimeError as e:
    print("RuntimeError:", e)
class C(B):
    pass
print(C().who())
b.__class__ = C
print(b.who())
