# A class-level default shadowed by an instance value, then deleted, replaced, made a property.
class C:
    x = None
    n = 0

    def get(self):
        return self.x


def read(o):
    return o.x


c = C()
print(read(c), c.get())
c.x = 5
for _ in range(3):
    print(read(c), c.get())
del c.x
print(read(c))
c.x = "own"
C.x = 10
print(read(c), C.x)
C.x = property(lambda self: "prop")
print(read(c), c.__dict__)
del C.x
print(read(c))
del c.x
try:
    read(c)
except AttributeError as e:
    print("AttributeError:", e)

