# select.select: ready lists, objects with fileno(), timeouts, and CPython's errors.
import os
import select

r, w = os.pipe()
print(select.select([r], [w], [], 0) == ([], [w], []))
os.write(w, b"x")
print(select.select([r], [w], [r], 0.01) == ([r], [w], []))
os.close(w)
print(select.select([r], [], [], 0) == ([r], [], []))


class Wrapped:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd


obj = Wrapped(r)
print(select.select([obj], [], [], None)[0] == [obj])
os.close(r)
print(select.select([], [], [], 0.02))
print(select.error is OSError)
for args in [([], [], [], "x"), ([], [], [], -1), ([-1], [], []), (["a"], [], []),
             (1, [], []), ([], [], [], None, 1), ([], [], [], 2**70), ([r], [], [], 0),
             ([Wrapped("no")], [], [])]:
    try:
        print(select.select(*args))
    except Exception as e:
        print(type(e).__name__, e)
