# Calling type(None), type(...) and type(NotImplemented) returns the singleton.
for v in (None, ..., NotImplemented):
    t = type(v)
    print(t.__name__, t() is v)
    try:
        t(1)
    except TypeError as e:
        print(e)
