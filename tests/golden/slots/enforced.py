# __slots__ limits the attributes an instance can have; instances have no __dict__.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = P(1, 2)
print(p.x, p.y)
p.x += 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(p)
except TypeError as e:
    print("TypeError:", e)
print(hasattr(p, "__dict__"), getattr(p, "z", "default"))
for i in range(3):
    p.y = i
print(p.y)
p.z = 3
