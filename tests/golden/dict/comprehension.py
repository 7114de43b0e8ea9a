# Dict comprehensions, inverting a dict, and later keys overwriting earlier ones.
squares = {n: n * n for n in range(5)}
print(squares)
print({v: k for k, v in squares.items() if k % 2})
print({x % 3: x for x in range(10)})
words = ["apple", "bob", "cat", "avocado"]
print({w[0]: [x for x in words if x[0] == w[0]] for w in words})
