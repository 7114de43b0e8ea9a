# Stores to a class's __mro__, __dict__ and __bases__ are refused with CPython's messages.
class C: pass
for stmt in ["C.__mro__ = ()", "C.__dict__ = {}", "del C.__bases__", "del C.__mro__", "C.__bases__ = 5", "C.__doc__ = 'x'; print(C.__doc__)"]:
    try:
        exec(stmt)
    except Exception as e:
        print(stmt, "->", type(e).__name__, e)
