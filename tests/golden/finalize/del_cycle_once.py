# A cycle with __del__ is finalised once by the collector (PEP 442), and may resurrect itself.
import gc

saved = []


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("del", self.name)
        if self.name == "phoenix":
            saved.append(self)


a, b = Node("a"), Node("b")
a.other, b.other = b, a
del a, b
print("before collect")
gc.collect()
print("after collect")
p = Node("phoenix")
p.other = p
del p
gc.collect()
print(len(saved), saved[0].name)
saved.clear()
gc.collect()
print("end")
