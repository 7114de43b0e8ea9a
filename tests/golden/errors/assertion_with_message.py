# A failing assert with a message; the traceback shows the assert line.
def check(n):
    assert n > 0, f"expected positive, got {n}"
    return n
check(5)
check(-2)
