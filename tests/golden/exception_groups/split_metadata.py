# Parts made by split copy __traceback__, __cause__, __context__ and a copy of __notes__.
try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)]) from OSError("cause")
except ExceptionGroup as e:
    eg = e
eg.add_note("a note")
m, r = eg.split(ValueError)
print(repr(m.__cause__), repr(m.__context__), m.__traceback__ is not None)
print(m.__traceback__.tb_lineno == eg.__traceback__.tb_lineno)
print(m.__notes__, r.__notes__, m.__notes__ is eg.__notes__)
m.add_note("only m")
print(eg.__notes__, m.__notes__)
print(m.__suppress_context__)
try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except ExceptionGroup as e:
    m, r = e.split(ValueError)
    print(m.__suppress_context__, m.__cause__, repr(m.__context__), e.__suppress_context__)
