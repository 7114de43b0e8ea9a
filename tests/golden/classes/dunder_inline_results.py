# Script dunders reached from len(), truth tests, `in`, `[]` and `for`: results, conversions and errors.
class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __contains__(self, x):
        return [x] if x in self.items else ""
    def __getitem__(self, i):
        return self.items[i]

class Truthy:
    def __init__(self, r):
        self.r = r
    def __bool__(self):
        return self.r

class Count:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

class BadLen:
    def __init__(self, r):
        self.r = r
    def __len__(self):
        return self.r

b = Box([1, 2, 3])
print(len(b), len(Box([])), bool(b), not b)
if b:
    print("box is true")
if not Box([]):
    print("empty box is false")
print(2 in b, 5 in b, 2 not in b, 5 not in b)
print(b[0], b[-1], b[1:])
print([x * 10 for x in Count(3)], list(Count(0)))
for t in (Truthy(True), Truthy(False)):
    if t:
        print("true")
    else:
        print("false")

def gen():
    for x in Count(2):
        yield x
print(list(gen()))

for r in (True, -1, "3", 2 ** 70, 1.5):
    try:
        print(len(BadLen(r)))
    except Exception as e:
        print(type(e).__name__, e)
    try:
        if BadLen(r):
            print("truthy")
    except Exception as e:
        print(type(e).__name__, e)
for r in (1, None, "yes"):
    try:
        if Truthy(r):
            print("ok")
    except TypeError as e:
        print(e)
    try:
        while Truthy(r):
            break
    except TypeError as e:
        print("while:", e)

class Deep:
    def __len__(self):
        return len(self)
    def __getitem__(self, i):
        return self[i]
    def __bool__(self):
        return not self
    def __contains__(self, x):
        return x in self
for f in (lambda: len(Deep()), lambda: Deep()[0], lambda: bool(Deep()), lambda: 1 in Deep()):
    try:
        f()
    except RecursionError as e:
        print(e)
