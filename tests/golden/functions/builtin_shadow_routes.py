# A function's cached builtin lookup sees every shadowing and unshadowing route at once.
import builtins


def use():
    return len("abc"), isinstance(1, int)


def my_len(x):
    return -1


def shadow_global():
    global len
    len = my_len


def unshadow_global():
    global len
    del len


print("start", use(), use())
globals()["len"] = my_len
print("globals()[...] =", use())
del globals()["len"]
print("del globals()[...]", use())
shadow_global()
print("global stmt", use())
unshadow_global()
print("del global", use())
globals().update(len=lambda x: 99)
print("update", use())
globals().pop("len")
print("pop", use())
globals().setdefault("len", lambda x: 7)
print("setdefault", use())
del len
print("del at module", use())
exec("len = lambda x: 42")
print("exec", use())
exec("del len")
print("exec del", use())
orig = builtins.len
builtins.len = lambda x: 1000
print("builtins attr", use())
builtins.len = orig
print("builtins restored", use())
del builtins.isinstance
try:
    use()
except NameError as e:
    print("NameError", e)
builtins.isinstance = lambda a, b: "patched"
print("builtins readded", use())
g = {}
exec("def f():\n    return len('ab')", g)
print("exec globals", g["f"]())
g["len"] = lambda x: "shadowed"
print("exec globals shadowed", g["f"]())
f = g["f"]
g.clear()
print("after clear", f())
for i in range(3):
    if i == 1:
        len = my_len
    print("loop", i, use())
    if i == 1:
        del len
