# When every part is handled nothing propagates; later clauses still evaluate their types (lazily none).
def typ(name, t):
    print("evaluating", name)
    return t

try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* typ("first", ValueError) as e:
    print("first", repr(e))
except* typ("second", TypeError) as e:
    print("second", repr(e))
print("after")
