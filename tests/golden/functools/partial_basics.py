# functools.partial: call, func/args/keywords, keyword override, repr.
from functools import partial
def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
print(square(7), square(7, exp=3), square(7, mod=5))
p = partial(power, 2, mod=7)
print(p(10), p.func is power, p.args, p.keywords)
print(repr(partial(len)).startswith("functools.partial(<built-in function len"))
print(repr(partial(max, 1, 2, key=abs)))
p.extra = "x"
print(p.extra, partial(p, 1).func is p)
