# The `as` name of an except* clause is unbound after the clause, as with except.
try:
    raise ExceptionGroup("eg", [ValueError()])
except* ValueError as e:
    pass
try:
    e
except NameError as err:
    print(err)
