# Reprs of tuples: 1-tuples keep their comma; nested empty tuples.
print((1,), ((),), ((1,),), (None, ...), ("a",), tuple("ab"), (1, (2, (3, ()))))
print(repr(()), str((1, "x")), [(1,)])
