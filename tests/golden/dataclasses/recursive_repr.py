# The generated __repr__ prints ... for an object that contains itself.
from dataclasses import dataclass, field


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    parent: object = None


root = Node(1)
child = Node(2, parent=root)
root.children.append(child)
root.children.append(root)
print(root)
print(child)
