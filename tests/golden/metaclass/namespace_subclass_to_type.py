# A dict-subclass namespace can be handed straight to type.__new__ or type().
class Namespace(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value.upper() if isinstance(value, str) and key != "__module__" and key != "__qualname__" else value)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        return Namespace()

    def __new__(mcls, name, bases, ns, **kwargs):
        print(type(ns).__name__, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)


class Greeting(metaclass=Meta):
    hello = "hi there"
    count = 3


print(Greeting.hello, Greeting.count, Greeting.__name__, type(Greeting).__name__)
X = type("X", (), Namespace(y=2, z="s"))
print(X.y, X.z)
