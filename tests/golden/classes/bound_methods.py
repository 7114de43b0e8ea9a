# Bound methods remember their instance; unbound functions accessed on the class are plain.
class C:
    def __init__(self, n):
        self.n = n
    def get(self):
        return self.n
a, b = C(1), C(2)
m = a.get
print(m(), m.__self__ is a, m.__func__ is C.get, C.get(b))
methods = [x.get for x in (a, b)]
print([f() for f in methods])
print(a.get == a.get, a.get is a.get, a.get == b.get)
