# Nested lists and aliasing: [[0]*3]*3 shares rows; comprehension does not.
shared = [[0] * 3] * 3
shared[0][0] = 1
fresh = [[0] * 3 for _ in range(3)]
fresh[0][0] = 1
print(shared, fresh)
a = [1, 2]
b = [a, a]
a.append(3)
print(b, b[0] is b[1])
