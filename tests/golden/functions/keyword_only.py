# Keyword-only parameters after * or *args; required ones without defaults.
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=0, b=5))
def g(*args, flag=False):
    return args, flag
print(g(1, 2), g(flag=True))
try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
