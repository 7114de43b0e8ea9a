# Class attributes are shared until an instance shadows them; mutable class attrs are shared.
class C:
    count = 0
    shared = []
    def __init__(self):
        C.count += 1
a, b = C(), C()
a.shared.append("x")
a.count = 100
print(C.count, a.count, b.count, b.shared)
del a.count
print(a.count)
C.new_attr = "added later"
print(b.new_attr)
