# Freed instances with __del__, weak references and nested values: dicts seen right.
import weakref
class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.nxt = nxt
class D:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("del", self.tag, sorted(vars(self)))
class W:
    def __init__(self, k):
        self.k = k
w = W(1)
ref = weakref.ref(w)
del w
print(ref())
head = None
for i in range(5):
    head = Node(i, head)
del head
n = Node(10)
print(vars(n))
D("one")
x = D("two")
x.extra = 2
del x
for i in range(3):
    t = W(i)
    print(vars(t))
chain = None
for i in range(20000):
    chain = Node(i, chain)
chain = None
print(vars(Node("end")))
