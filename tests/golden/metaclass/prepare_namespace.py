# __prepare__ may return a dict subclass whose __setitem__ sees each body binding.
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            if key in self:
                raise TypeError(f"{key!r} defined twice")
            self.order.append(key)
        super().__setitem__(key, value)


class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("prepare", name, kwargs)
        return Recording()

    def __new__(mcls, name, bases, ns, **kwargs):
        print("namespace", type(ns).__name__, ns.order)
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)


class Form(metaclass=Ordered, tag="t"):
    zeta = 1
    alpha = 2

    def method(self):
        return self.zeta


print(Form.order, Form().method())
try:
    class Bad(metaclass=Ordered):
        x = 1
        x = 2
except TypeError as e:
    print("TypeError:", e)
