# Nested partials are flattened into one; errors for missing or non-callable func.
from functools import partial
def f(a, b, c, d=0):
    return (a, b, c, d)
p1 = partial(f, 1, d=4)
p2 = partial(p1, 2)
print(p2(3), p2.func is f, p2.args, p2.keywords)
print(type(p2).__name__, repr(p2).replace(hex(id(f)), "ADDR"))
for args in [(), (3,), ("text",)]:
    try:
        partial(*args)
    except TypeError as e:
        print("TypeError:", e)
