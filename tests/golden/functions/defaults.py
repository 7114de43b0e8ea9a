# Default argument values are evaluated once, at definition time.
x = 10
def f(a, b=x, c="c"):
    return a, b, c
x = 20
print(f(1), f(1, 2), f(1, c=3), f(a=0))
def g(n=len("abc") * 2):
    return n
print(g(), g.__defaults__, f.__defaults__)
