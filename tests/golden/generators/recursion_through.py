# Recursive generators (for-loop nesting, not yield from) and a recursion limit hit through them.
import sys


def walk(tree, depth=0):
    label, children = tree
    yield depth, label
    for child in children:
        for item in walk(child, depth + 1):
            yield item


tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b11", [])])])])
for depth, label in walk(tree):
    print("  " * depth + label)
print(sum(d for d, _ in walk(tree)))


def deep(n):
    yield n
    for x in deep(n + 1):
        yield x


sys.setrecursionlimit(200)
try:
    for x in deep(0):
        pass
except RecursionError as e:
    print("RecursionError", x > 100)
