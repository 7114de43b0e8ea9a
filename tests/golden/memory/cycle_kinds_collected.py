# Every kind of cycle is reclaimed when created in a loop: self-referencing list, dict, set member, closure, bound method, generator, local class with super(), exception.
import gc


class Key:
    def __init__(self):
        self.s = {self}


class Cb:
    def __init__(self):
        self.cb = self.method

    def method(self):
        return 1


def closure():
    def f():
        return f
    return f


def gen():
    g = yield
    yield g


def local_class():
    class Base:
        def hello(self):
            return "base"

    class Derived(Base):
        def hello(self):
            return super().hello() + "+derived"

    Derived.instance = Derived()
    return Derived.instance.hello()


def exc_cycle():
    try:
        raise ValueError("x")
    except ValueError as e:
        e.me = e
        e.args = (e,)


for i in range(100_000):
    l = [i]
    l.append(l)
    d = {"i": i}
    d["d"] = d
    k = Key()
    c = Cb()
    f = closure()
    t = (l, [None])
    t[1][0] = t
    g = gen()
    next(g)
    g.send(g)
    exc_cycle()
    if i % 10_000 == 0:
        r = local_class()
print(r, len(l), d["i"], f() is f, c.cb())
gc.collect()
print("ok")
