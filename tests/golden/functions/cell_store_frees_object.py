# Rebinding a closure variable frees the old object at once (its __del__ runs before the next line), ints and None included.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def outer():
    v = Noisy("first")

    def rebind(new):
        nonlocal v
        v = new
        print("rebound to", getattr(v, "name", v))

    rebind(Noisy("second"))
    rebind(3)
    rebind(4.5)
    rebind(Noisy("third"))
    del_later = rebind
    return del_later


r = outer()
r(None)
print("done")
