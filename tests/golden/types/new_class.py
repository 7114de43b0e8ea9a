# types.new_class, resolve_bases and prepare_class.
import types
def body(ns):
    ns["x"] = 1
    ns["hello"] = lambda self: "hello"
C = types.new_class("C", (object,), {}, body)
print(C.__name__, C.x, C().hello(), C.__bases__)
class Meta(type):
    pass
D = types.new_class("D", (), {"metaclass": Meta})
print(type(D).__name__)
print(types.resolve_bases((int, list[int])))
meta, ns, kw = types.prepare_class("E", (), {"metaclass": Meta, "flag": 1})
print(meta.__name__, ns, kw)
