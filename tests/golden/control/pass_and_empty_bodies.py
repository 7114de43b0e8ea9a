# pass as a body of functions, classes, loops and branches.
def f():
    pass
class C:
    pass
for _ in range(2):
    pass
if True:
    pass
print(f(), C.__name__, type(C()).__name__)
def g():
    "only a docstring"
print(g(), g.__doc__)
