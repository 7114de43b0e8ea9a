# ContextVar.set/reset are METH_O: a keyword or a wrong count is CPython's TypeError.
import contextvars

v = contextvars.ContextVar("v")
calls = [
    lambda: v.set(x=1),
    lambda: v.set(),
    lambda: v.set(1, 2),
    lambda: v.set(1, x=2),
    lambda: v.reset(),
    lambda: v.reset(t=1),
    lambda: v.reset(1, 2),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
token = v.set(5)
print(v.get())
v.reset(token)
print(v.get("unset"))
