# globals(), locals() in functions and at module level, dir() without arguments, vars().
counter = 3
def f(a, b=2):
    c = a + b
    print(sorted(locals().items()), dir())
    print("counter" in globals(), globals() is vars() is not None)
f(1)
g = globals()
g["made"] = 7
print(made, locals() is globals())
class K:
    x = 1
    print(sorted(k for k in locals() if not k.startswith("__")))
print([n for n in dir() if not n.startswith("__")])
