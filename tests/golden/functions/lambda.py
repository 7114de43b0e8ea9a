# Lambdas: defaults, closures, immediate calls, in sort keys, and their __name__.
add = lambda a, b=1: a + b
print(add(1), add(1, 2), (lambda *a, **k: (a, k))(1, x=2))
print(add.__name__, (lambda: 0).__qualname__)
pairs = [(1, "b"), (2, "a"), (0, "c")]
print(sorted(pairs, key=lambda p: p[1]))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, lambda x: x * 2)(21))
