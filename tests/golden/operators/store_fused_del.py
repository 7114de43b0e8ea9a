# `x = a op b` and `x += n` release the old value of x at the store, as StoreFast does.
class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def f():
    x = Loud("first")
    y = 2.5
    print("before")
    x = y * 2
    print("after", x)
    z = Loud("second")
    z = y + 1
    print("after", z)
    w = Loud("third")
    w += 1 if False else 0
    print("unreached")


f()
