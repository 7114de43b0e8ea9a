# ContextVar.get: the set value, else get()'s argument, else the var's default, else LookupError(var)
import contextvars

a = contextvars.ContextVar('a', default=10)
b = contextvars.ContextVar('b')
print(a.name, b.name)
print(a.get(), a.get(20), b.get(30), b.get(None))
try:
    b.get()
except LookupError as e:
    print(type(e).__name__, e.args[0] is b)
a.set(1)
b.set(2)
print(a.get(), a.get(20), b.get(30))
print(repr(a))
print(repr(b))
