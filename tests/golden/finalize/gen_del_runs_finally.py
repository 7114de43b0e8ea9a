# An abandoned suspended generator runs its finally block when its last reference goes, before the next output.
def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", name)

g = gen("del"); next(g)
del g
print("after del")

g = gen("rebind"); next(g)
g = None
print("after rebind")

for x in gen("break"):
    break
print("after break")

def f():
    g = gen("local"); next(g)
    return "returned"
print(f())

def never_started():
    try:
        yield 1
    finally:
        print("not printed: never started")
ns = never_started()
del ns
exhausted = gen("exhausted")
for x in exhausted:
    pass
del exhausted
print("end")
