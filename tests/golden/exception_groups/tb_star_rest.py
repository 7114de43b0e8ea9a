# The unhandled rest of an except* is re-raised with the original group's traceback.
def work():
    raise ExceptionGroup("work failed", [ValueError("bad value"), TypeError("bad type")])

def caller():
    try:
        work()
    except* ValueError:
        print("values handled")

caller()
