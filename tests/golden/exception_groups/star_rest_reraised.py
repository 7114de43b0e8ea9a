# The part no except* clause matched is re-raised at the end, keeping the group's structure.
def f():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), OSError(4)])
    except* ValueError as e:
        print("caught", repr(e))

try:
    f()
except ExceptionGroup as eg:
    print("rest", repr(eg))
    print(repr(eg.exceptions[0]), eg.exceptions[0].message)
