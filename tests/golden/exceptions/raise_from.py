# raise ... from sets __cause__ and __suppress_context__; from None hides the context.
try:
    try:
        int("x")
    except ValueError as e:
        raise KeyError("key") from e
except KeyError as k:
    print(repr(k.__cause__), k.__suppress_context__, repr(k.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("clean") from None
except RuntimeError as r:
    print(r.__cause__, r.__suppress_context__, repr(r.__context__))
