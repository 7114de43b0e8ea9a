# The dunders of builtin types that dir() lists can be called explicitly.
print((7).__ceil__(), (7).__floor__(), (7).__trunc__(), (7).__round__(), (1234).__round__(-2))
print((2.5).__ceil__(), (2.5).__floor__(), (-2.5).__trunc__(), (2.5).__round__(), (2.567).__round__(2))
print((7).__divmod__(2), (7).__rdivmod__(2), (7).__divmod__(2.0), (7.5).__divmod__(2))
print((5).__getnewargs__(), (2.5).__getnewargs__(), "ab".__getnewargs__(), (1, 2).__getnewargs__())
print(float.__getformat__("double"))
print(list([1, 2, 3].__reversed__()), list(range(3).__reversed__()), range(0).__bool__())
x = [1]
print(x.__iadd__([2]) is x, x, x.__imul__(2), x)
s = {1}
print(s.__ior__({2}), s.__iand__({2, 3}), s.__ior__([4]))
d = {1: 2}
print(d.__ior__({3: 4}), d)
print(list.__class_getitem__(int), dict.__class_getitem__((str, int)))
print(None.__bool__(), (lambda a, b: a + b).__call__(1, b=2))


class K:
    pass


f = lambda self: self
print(f.__get__(None, K) is f, f.__get__(K(), K)().__class__.__name__)
try:
    (1.5).__and__
except AttributeError as e:
    print(e)
