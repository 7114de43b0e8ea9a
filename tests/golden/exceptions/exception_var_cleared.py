# The except-as name is deleted after the handler, even if it shadowed an outer name.
e = "outer"
try:
    raise ValueError
except ValueError as e:
    pass
print("e" in globals())
def f():
    x = 1
    try:
        1 / 0
    except ZeroDivisionError as x:
        pass
    return x
try:
    f()
except UnboundLocalError as err:
    print("UnboundLocalError:", err)
