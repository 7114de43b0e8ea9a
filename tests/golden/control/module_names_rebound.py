# Module-level names read and rebound in a loop stay right when the dict changes under them.
total = 0
for i in range(5):
    total = total + i
    if i == 1:
        del total
        globals()["to" + "tal"] = 100  # an equal key that is not the same object
    if i == 2:
        for k in [f"pad{j}" for j in range(20)]:
            globals()[k] = k  # the globals table grows and moves
    if i == 3:
        print = lambda *a: __builtins__.print("shadowed:", *a)
    print(i, total)
del print
print(total, len)
len = 5
print(len)
del len
print(len("abc"))
try:
    del total
    total
except NameError as e:
    print("NameError", e)
exec("total = 7\nprint(total)", globals())
print(total)
ns = {}
exec("x = 1\nfor j in range(3):\n    x = x + j\nprint(x)", ns)
print(ns["x"])
del undefined_here
