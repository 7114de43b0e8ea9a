# __lt__/__le__/__gt__/__ge__, reflected comparisons, and sorting with them.
class V:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print("lt", self.n, other.n)
        return self.n < other.n
    def __repr__(self):
        return f"V({self.n})"
print(V(1) < V(2))
print(V(5) > V(3))
print(sorted([V(3), V(1), V(2)]))
try:
    V(1) <= V(2)
except TypeError as e:
    print("TypeError:", e)
