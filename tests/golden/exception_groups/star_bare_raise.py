# A bare `raise` in an except* clause re-raises the matched part, merged back with the rest.
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError:
        print("handling values")
        raise
    except* TypeError:
        print("handling types")
        raise
except ExceptionGroup as e:
    print(repr(e))
    print(e.message)
