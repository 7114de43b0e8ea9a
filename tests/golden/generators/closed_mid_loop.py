# A generator left by break or an exception in the loop body runs its finally when freed or closed.
def gen(name):
    try:
        for i in range(10):
            try:
                yield i
            finally:
                print(name, "inner finally at", i)
    finally:
        print(name, "outer finally")


for x in gen("a"):
    if x == 2:
        break
print("after break")

g = gen("b")
for x in g:
    if x == 1:
        break
print("closing b", g.gi_frame.f_lineno)
g.close()
print("closed b", g.gi_frame)

try:
    for x in gen("c"):
        if x == 1:
            raise KeyError(x)
except KeyError as e:
    print("caught", repr(e))


def stubborn():
    try:
        yield 1
    finally:
        yield 2


s = stubborn()
for v in s:
    break
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
