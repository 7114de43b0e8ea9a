# Functions as values: stored in dicts, passed, returned, with attributes.
def add(a, b): return a + b
def sub(a, b): return a - b
ops = {"+": add, "-": sub}
print([ops[o](7, 3) for o in "+-"])
def apply_twice(f, x):
    return f(f(x))
print(apply_twice(lambda v: v * 3, 2))
add.calls = 0
add.calls += 1
print(add.calls, callable(add), add is ops["+"])
print(list(map(add, [1, 2], [10, 20])))
