# Unary operators on ints, floats and bools; not on objects.
print(-5, +-5, -(-5.5), ~0, ~True, -True, +False)
print(not 0, not "", not "a", not None)
x = 2 ** 63
print(-x, ~x, abs(-x))
print(-0.0, abs(-0.0), -(0.0))
