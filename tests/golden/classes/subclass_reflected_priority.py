# A subclass's reflected method is tried first when it overrides the parent's.
class A:
    def __add__(self, o):
        return "A.__add__"
    def __radd__(self, o):
        return "A.__radd__"
class B(A):
    def __radd__(self, o):
        return "B.__radd__"
print(A() + A(), A() + B(), B() + A())
