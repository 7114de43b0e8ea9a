# Re-raised parts keep the original nesting; a raised one joins them in ExceptionGroup("").
try:
    try:
        raise ExceptionGroup("orig", [ValueError(1), ExceptionGroup("sub", [TypeError(2), ValueError(3)]), KeyError(4)])
    except* ValueError:
        raise
    except* TypeError as t:
        raise OSError("new")
except BaseException as e:
    print(repr(e))
    print([type(x).__name__ for x in e.exceptions])
    print(repr(e.exceptions[1]))
