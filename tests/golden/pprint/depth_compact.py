# depth= replaces deep containers with ... and compact=True packs items per line.
import pprint

tree = {"a": {"b": {"c": {"d": [1, 2, [3, 4]]}}}, "list": [1, [2, [3, [4, [5]]]]]}
pprint.pprint(tree, depth=1)
pprint.pprint(tree, depth=2)
pprint.pprint(tree, depth=3, width=30)
numbers = list(range(100, 160))
pprint.pprint(numbers, compact=True)
pprint.pprint(numbers, compact=True, width=40)
pprint.pprint([["x"] * 3, list(range(20)), "word"] * 2, compact=True, width=45)
