# An exception raised in a finally block while another propagates is chained to it (__context__).
def f():
    try:
        raise KeyError("first")
    finally:
        raise ValueError("second")
try:
    f()
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__)
f()
