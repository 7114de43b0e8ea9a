# coil-test: syntax-error
# return cannot leave an except* clause.
def f():
    try:
        pass
    except* ValueError:
        return 1
