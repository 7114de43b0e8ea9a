# A bare raise re-raises the exception being handled, keeping its identity.
def f():
    try:
        raise ValueError("original")
    except ValueError as e:
        print("handling", e)
        raise
try:
    f()
except ValueError as e:
    print("outer got", repr(e))
try:
    try:
        raise KeyError("k")
    except KeyError as e:
        saved = e
        raise e
except KeyError as e2:
    print(e2 is saved)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
