# repr(C), str(C), print(C) and containers use the metaclass's __repr__/__str__.
class Meta(type):
    def __repr__(cls):
        return f"<Meta {cls.__name__}>"


class Named(type):
    def __str__(cls):
        return "Named:" + cls.__name__


class A(metaclass=Meta):
    pass


class B(A):
    pass


class C(metaclass=Named):
    pass


print(repr(A), str(A), A)
print([A, B], {"k": B})
print(f"{B!r} {B}")
print(str(C), repr(C) == "<class '__main__.C'>")
print(type(B).__name__, isinstance(B, Meta))
