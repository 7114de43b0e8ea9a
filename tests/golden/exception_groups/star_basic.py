# except* takes the matching part of a group via split; the rest goes on to later clauses.
def show(label, eg):
    print(label, type(eg).__name__, repr(eg))

try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
except* ValueError as e:
    show("value:", e)
except* TypeError as e:
    show("type:", e)
except* (KeyError, IndexError) as e:
    show("lookup:", e)
print("done")
