# return/break/continue in finally override the pending exception or return value.
def f():
    try:
        return "try"
    finally:
        print("finally before return")
def g():
    try:
        raise ValueError
    finally:
        return "finally swallowed it"
def h():
    try:
        return "try"
    finally:
        return "finally wins"
print(f(), g(), h())
for i in range(3):
    try:
        if i == 1:
            raise KeyError(i)
    finally:
        if i == 1:
            break
print("broke at", i)
