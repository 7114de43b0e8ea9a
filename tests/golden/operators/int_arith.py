# Integer arithmetic: true division gives float, floor division, modulo, negatives.
print(7 / 2, 6 / 3, -7 / 2, 1 / 3)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(divmod(-7, 2), divmod(7, -2))
print(0 // 5, 0 % 5, 5 % 5)
print(abs(-5), -(-5), +5)
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3)
print(10 ** -2, 2 ** -3, (-8) ** -1)
