# except (A, B) as e matches any listed class; the name is unbound after the block.
def f(x):
    try:
        return {"a": 1}[x] if isinstance(x, str) else [1][x]
    except (KeyError, IndexError) as e:
        return f"{type(e).__name__}: {e}"
print(f("zz"), f(5), f("a"))
try:
    1 / 0
except (TypeError, ZeroDivisionError) as err:
    print(repr(err))
try:
    err
except NameError as e:
    print("NameError:", e)
