# *args collects extra positionals into a tuple; calls can splat iterables.
def f(a, *args):
    return a, args
print(f(1), f(1, 2, 3), f(*[4, 5], *"ab"))
def total(*nums):
    return sum(nums)
print(total(), total(1, 2, 3), total(*range(5)))
def g(*args, sep="-"):
    return sep.join(map(str, args))
print(g(1, 2, 3), g(1, 2, sep="+"))
