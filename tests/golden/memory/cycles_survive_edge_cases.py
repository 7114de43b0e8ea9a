# Cycles reachable only through a shared tuple, a bound method, an iterator, a dict view, a property, a running generator, a handled exception or a cell survive gc.collect().
import gc


def through_shared_tuple():
    a = []
    t = (a, "t")
    a.append(t)
    return t


def through_bound_method():
    class Obj:
        def __init__(self):
            self.me = self

        def hello(self):
            return "hello from " + type(self).__name__

    return Obj().hello


def through_iterator():
    lst = ["first"]
    lst.append(lst)
    return iter(lst)


def through_view():
    d = {"k": "v"}
    d["d"] = d
    return d.items()


def through_property():
    class P:
        @property
        def value(self):
            return self.data[0]

    p = P()
    p.data = [42, p]
    return p


def through_cell():
    box = []
    box.append(box)

    def get():
        return box

    def other():
        return box

    return other


def running_generator():
    cyc = {"name": "gen"}
    cyc["self"] = cyc
    for _ in range(2):
        gc.collect()
        yield cyc["self"]["self"]["name"]


def handled_exception():
    try:
        err = KeyError("k")
        err.me = err
        raise err
    except KeyError as e:
        gc.collect()
        return e.me.me.args


t = through_shared_tuple()
m = through_bound_method()
it = through_iterator()
view = through_view()
p = through_property()
other = through_cell()
for _ in range(3):
    junk = [[i] for i in range(3000)]
    for j in junk:
        j.append(j)
    junk = None
    gc.collect()
print(t[0][0] is t, t[1])
print(m())
print(next(it), next(it)[0])
print(sorted(k for k, v in view))
print(p.value, p.data[1] is p)
print(other()[0] is other())
print(list(running_generator()))
print(handled_exception())
