# Uncaught result of except* whose handler raised: a new ExceptionGroup("") holding the raised exception and the rest.
def work():
    raise ExceptionGroup("work failed", [ValueError("bad value"), TypeError("bad type")])

try:
    work()
except* ValueError as e:
    raise RuntimeError("handler failed")
