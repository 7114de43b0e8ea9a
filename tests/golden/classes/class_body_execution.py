# A class body runs top to bottom once; names defined in it become attributes.
print("before class")
class C:
    print("in class body")
    a = 1
    b = a + 1
    for i in range(3):
        pass
    def m(self):
        return self.b
print("after class", C.a, C.b, C.i, C().m())
print(sorted(k for k in C.__dict__ if not k.startswith("__")))
