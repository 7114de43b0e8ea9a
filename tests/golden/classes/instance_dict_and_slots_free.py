# __dict__ of instances and classes; attributes added and removed dynamically.
class C:
    x = 1
    def __init__(self):
        self.y = 2
c = C()
print(c.__dict__)
c.z = 3
print(c.__dict__, "x" in c.__dict__, "x" in C.__dict__)
c.__dict__["w"] = 4
print(c.w)
print(vars(c) is c.__dict__)
