# A million objects in reference cycles, created and dropped in a loop, are collected.
class Node:
    pass
for i in range(500_000):
    a = Node()
    b = Node()
    a.other = b
    b.other = a
print("ok")
