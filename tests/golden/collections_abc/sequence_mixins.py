# Sequence mixins (__iter__, __contains__, __reversed__, index, count) and MutableSequence.
from collections.abc import Sequence, MutableSequence
class Squares(Sequence):
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i
    def __len__(self):
        return self.n
s = Squares(5)
print(list(s), 9 in s, 10 in s, list(reversed(s)), s.index(9), s.count(4))
try:
    s.index(7)
except ValueError:
    print("ValueError")
class Stack(MutableSequence):
    def __init__(self):
        self.items = []
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __len__(self):
        return len(self.items)
    def insert(self, i, v):
        self.items.insert(i, v)
st = Stack()
st.append(1); st.extend([2, 3]); st += [4]
print(st.items, st.pop(), st.pop(0), st.items)
st.reverse(); st.remove(3)
print(st.items)
