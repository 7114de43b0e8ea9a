# An exhausted or closed generator raises StopIteration forever; gi_running and frames.
def g():
    yield 1
it = g()
print(list(it), list(it))
try:
    next(it)
except StopIteration:
    print("still exhausted")
c = g()
c.close()
print(list(c))
print(it.gi_frame, c.gi_running)
r = g()
print(r.gi_frame is not None)
