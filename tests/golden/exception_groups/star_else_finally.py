# else runs when nothing was raised, finally always; a fully handled group is swallowed.
def run(raise_it):
    try:
        if raise_it:
            raise ExceptionGroup("eg", [ValueError()])
        print("body ok")
    except* ValueError:
        print("handled")
    else:
        print("else")
    finally:
        print("finally")
    print("after")

run(False)
run(True)

def unhandled():
    try:
        raise ExceptionGroup("eg", [TypeError()])
    except* ValueError:
        print("not here")
    finally:
        print("finally runs")

try:
    unhandled()
except* TypeError as e:
    print("outer", repr(e))
