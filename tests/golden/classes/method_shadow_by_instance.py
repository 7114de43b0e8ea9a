# A cached method call sees an instance attribute shadowing the method, on the same or another instance, at once.
class C:
    def m(self):
        return "method"


def call(o):
    return o.m()


a, b = C(), C()
print(call(a), call(a), call(b))
a.m = lambda: "attr a"
print(call(a), call(b))
del a.m
print(call(a), call(b))
b.__dict__["m"] = lambda: "dict b"
print(call(a), call(b))
b.__dict__.pop("m")
print(call(a), call(b))
vars(a).update(m=lambda: "update a")
print(call(a), call(b))
vars(a).clear()
print(call(a), call(b))
setattr(b, "m", lambda: "setattr b")
print(call(b), call(a))
delattr(b, "m")
for i in range(4):
    o = C()
    if i % 2:
        o.m = lambda: "fresh attr"
    print(i, call(o))
    del o
