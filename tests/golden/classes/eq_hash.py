# __eq__ and __hash__: defining __eq__ alone makes instances unhashable.
class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x
    def __hash__(self):
        return hash(self.x)
class Q:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return self.x == other.x
print(P(1) == P(1), P(1) != P(2), P(1) == 1)
print(len({P(1), P(1), P(2)}), P(3) in {P(3)})
print(Q.__hash__)
try:
    hash(Q(1))
except TypeError as e:
    print("TypeError:", e)
class Plain: pass
a = Plain()
print(a == a, a == Plain(), hash(a) == hash(a))
