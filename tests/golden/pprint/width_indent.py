# PrettyPrinter width and indent options on lists of lists and tuples.
import pprint

matrix = [[i * j for j in range(8)] for i in range(6)]
pprint.pprint(matrix)
pprint.pprint(matrix, width=30)
pprint.pprint(matrix, indent=3, width=40)
pp = pprint.PrettyPrinter(indent=2, width=20)
pp.pprint(("alpha", "beta", ("gamma", "delta", ["epsilon", "zeta"])))
pp.pprint([(1,), (2, 3), ()])
