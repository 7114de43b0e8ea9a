# Set mixins: comparisons and &, |, -, ^ built on __contains__/__iter__/__len__.
from collections.abc import Set, MutableSet
class ListSet(Set):
    def __init__(self, items=()):
        self.items = []
        for x in items:
            if x not in self.items:
                self.items.append(x)
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
a, b = ListSet([1, 2, 3]), ListSet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b))
print(a <= ListSet([1, 2, 3, 4]), a < a, a == ListSet([3, 2, 1]), a.isdisjoint([7]))
print(type(a & b).__name__, isinstance(a, Set), isinstance(a, MutableSet))
