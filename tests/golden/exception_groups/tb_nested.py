# An uncaught group with a nested group and tracebacks: CPython's boxed group traceback.
def f():
    raise ValueError("inner value")

def h():
    excs = []
    for fn in (f, lambda: 1/0):
        try:
            fn()
        except Exception as e:
            excs.append(e)
    raise ExceptionGroup("many", excs + [ExceptionGroup("nested", [KeyError("k"), TypeError("t")])])

h()
