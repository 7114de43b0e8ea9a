# type() of objects, __class__, type(name, bases, dict), and __name__ of classes.
class A:
    pass
a = A()
print(type(a) is A, a.__class__ is A, type(A) is type, type(type))
B = type("B", (A,), {"x": 1, "hello": lambda self: "hi"})
b = B()
print(B.__name__, b.x, b.hello(), isinstance(b, A), B.__bases__)
print(type(1), type("s"), type([]), type({}), type(()), type(1.5), type(b))
print(A.__name__, A.__qualname__, A.__module__)
