# Exceptions raised in except and finally blocks replace the original one.
def f():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("from finally")
try:
    f()
except Exception as e:
    print(repr(e), repr(e.__context__))
def g():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("from handler")
try:
    g()
except Exception as e:
    print(repr(e), repr(e.__context__))
