# **kwargs collects extra keywords into a dict in call order; calls can splat dicts.
def f(a, **kw):
    return a, kw
print(f(1), f(1, x=2, y=3), f(a=1, b=2))
opts = {"y": 2, "x": 1}
print(f(0, **opts), f(**{"a": 5, "z": 6}))
def g(*args, **kwargs):
    print(args, kwargs)
g()
g(1, 2, k=3, **{"m": 4})
try:
    f(1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
