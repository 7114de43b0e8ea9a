# Reading an unset slot or deleting it twice raises AttributeError with CPython's text.
class Node:
    __slots__ = ("value", "next")

    def __init__(self, value):
        self.value = value


n = Node(1)
print(hasattr(n, "next"), getattr(n, "next", None))
try:
    n.next
except AttributeError as e:
    print("AttributeError:", e)
n.next = Node(2)
print(n.next.value)
del n.next
try:
    del n.next
except AttributeError as e:
    print("AttributeError:", e)
delattr(n, "value")
print(hasattr(n, "value"))
n.next
