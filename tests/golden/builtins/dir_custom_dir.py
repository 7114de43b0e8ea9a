# dir() sorts what a class-defined __dir__ returns (any iterable); a metaclass's __dir__ serves dir(C).
class A:
    def __dir__(self):
        return ("zeta", "alpha", "mid")


class B:
    def __dir__(self):
        return (n for n in ["b", "a"])


class Meta(type):
    def __dir__(cls):
        return ["from_meta", "another"]


class C(metaclass=Meta):
    pass


print(dir(A()))
print(dir(B()))
print(dir(C))
print(dir(A)[-3:])


class Bad:
    def __dir__(self):
        return 42


try:
    dir(Bad())
except TypeError as e:
    print("TypeError:", e)
