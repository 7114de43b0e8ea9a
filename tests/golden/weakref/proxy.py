# weakref.proxy forwards attributes, calls and operators; ReferenceError once the referent is gone.
import weakref


class Counter:
    def __init__(self):
        self.count = 0

    def bump(self):
        self.count += 1
        return self.count

    def __len__(self):
        return self.count


c = Counter()
p = weakref.proxy(c)
print(p.bump(), p.bump(), p.count, len(p), weakref.getweakrefcount(c))
p.count = 10
print(c.count, type(p).__name__)
f = weakref.proxy(Counter.bump)
print(type(f).__name__, f(c))
del c
for action in (lambda: p.count, lambda: p.bump(), lambda: len(p)):
    try:
        action()
    except ReferenceError as e:
        print("ReferenceError:", e)
