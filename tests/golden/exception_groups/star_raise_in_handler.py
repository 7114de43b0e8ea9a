# An exception raised in an except* clause joins the unhandled rest in a new ExceptionGroup("").
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise RuntimeError("from handler")
except ExceptionGroup as outer:
    print(repr(outer))
    r = outer.exceptions[0]
    print(type(r).__name__, repr(r.__context__))
    print(repr(outer.exceptions[1]))

# Naked exception, handler raises: the new exception propagates alone.
try:
    try:
        raise ValueError("v")
    except* ValueError:
        raise KeyError("k")
except KeyError as k:
    print("KeyError", repr(k), repr(k.__context__))
