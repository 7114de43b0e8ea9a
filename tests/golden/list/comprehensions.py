# List comprehensions: conditions, nesting, scoping of the loop variable.
print([x * x for x in range(6) if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for x in range(3)] for y in range(3)])
x = "outer"
print([x for x in "ab"], x)
print([c.upper() if c in "aeiou" else c for c in "banana"])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix], [v for row in matrix for v in row if v > 2])
