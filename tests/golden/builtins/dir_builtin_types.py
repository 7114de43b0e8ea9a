# dir() of common builtin types and values matches CPython's names.
def f():
    pass


for x in (int, [], "", dict, f, 1.5, (), set(), range(3), None, True):
    print(type(x).__name__ if x is not int and x is not dict else x.__name__)
    print(dir(x))
print([n for n in dir(int) if not n.startswith("_")])
print([n for n in dir(float) if not n.startswith("_")])
print([n for n in dir(ValueError("x")) if not n.startswith("__")])
print(dir(type))
