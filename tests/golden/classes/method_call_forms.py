# obj.meth(args) in all its forms: instance methods, class/static methods, callables in the
# instance dict, builtin type methods, module functions, super(), methods with defaults.
import math


class Base:
    def greet(self, who="world"):
        return f"{type(self).__name__} greets {who}"

    @classmethod
    def make(cls, *args):
        return cls.__name__, args

    @staticmethod
    def twice(x):
        return x * 2


class Child(Base):
    def greet(self, who="child"):
        return "child: " + super().greet(who)


c = Child()
print(c.greet(), c.greet("you"), Base().greet())
print(c.make(1, 2), Child.make(), c.twice(21), Base.twice("ab"))
c.greet = lambda *a: ("shadowed", a)
print(c.greet(1))
del c.greet
print(c.greet())
xs = [3, 1, 2]
xs.append(0)
xs.sort()
print(xs, xs.index(2), "a-b-c".split("-", 1), {"k": 1}.get("k"), {"k": 1}.get("z", 9))
print(math.floor(2.5), "x".join(map(str, xs)), (1).bit_length(), b"ab".hex())
print(str.upper("abc"), list.__len__(xs), Base.greet(c, "explicit"))
try:
    list.append(3, 4)
except TypeError as e:
    print(e)
try:
    c.missing(print("never"))
except AttributeError as e:
    print(e)
