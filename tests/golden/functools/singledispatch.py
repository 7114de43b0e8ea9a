# singledispatch: register by annotation, by argument, by MRO, dispatch(), registry.
from functools import singledispatch
@singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
@describe.register(tuple)
def _(x):
    return f"sequence of {len(x)}"
@describe.register(float)
def describe_float(x):
    return f"float {x:.1f}"
print(describe(3), describe(True), describe([1, 2]), describe((1,)), describe(2.5), describe("s"))
print(describe.dispatch(bool).__name__, describe.dispatch(str) is describe.registry[object])
print(sorted(t.__name__ for t in describe.registry))
print(describe.__name__)
try:
    describe()
except TypeError as e:
    print(e)
try:
    describe.register(3, lambda x: x)
except TypeError as e:
    print(e)
