# Cached method calls and attribute reads stay right when the instance shadows the method, the class is patched, or the call's arity differs.
class A:
    def m(self, x):
        return ("A.m", x)


def call_all(objs):
    return [o.m(1) for o in objs]


a = A()
print(call_all([a, a]))
a.m = lambda x: ("instance", x)
print(call_all([a, A()]))
A.m = lambda self, x: ("patched", x)
print(call_all([A(), A()]))


class B(A):
    def m(self, x, y=2):
        return ("B.m", x, y)


print(call_all([B(), A(), B()]))
try:
    A().m()
except TypeError as e:
    print(e)
try:
    B().m(1, 2, 3)
except TypeError as e:
    print(e)

# Builtin methods cached per call site, across types.
def app(xs, v):
    xs.append(v)
    return xs


print(app([1], 2), app([3], 4))
for obj in ([], {}, "s"):
    try:
        obj.append(1)
        print(obj)
    except AttributeError as e:
        print(e)
print([d.get("k", 0) for d in ({"k": 1}, {}, {"k": 3})])
try:
    len()
except TypeError as e:
    print(e)
try:
    len(1, 2)
except TypeError as e:
    print(e)
