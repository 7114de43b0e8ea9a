# Too many positional arguments: "f() takes 1 positional argument but 2 were given".
def f(a):
    return a
f(1, 2)
