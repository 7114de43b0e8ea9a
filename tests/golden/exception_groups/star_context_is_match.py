# Inside an except* clause the handled exception is the matched part: new exceptions take it as __context__.
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError:
    try:
        raise KeyError("in clause")
    except KeyError as k:
        print(repr(k.__context__))
except* TypeError:
    try:
        1 / 0
    except ZeroDivisionError as z:
        print(repr(z.__context__))
print("end")
