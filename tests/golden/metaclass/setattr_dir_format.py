# Class attribute assignment/deletion, dir() and format() go through the metaclass.
class Frozen(type):
    def __setattr__(cls, name, value):
        if name.isupper():
            raise AttributeError(f"cannot reassign constant {name!r}")
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        raise AttributeError(f"cannot delete {name!r}")

    def __dir__(cls):
        return ["ZETA", "ALPHA", "beta"]

    def __format__(cls, spec):
        return f"[{cls.__name__}:{spec}]"


class K(metaclass=Frozen):
    PI = 3


K.note = "ok"
print(K.note)
try:
    K.PI = 4
except AttributeError as e:
    print(e)
try:
    del K.note
except AttributeError as e:
    print(e)
print(K.PI, dir(K))
print(format(K, "x"), f"{K:>5}", "{}".format(K))
