# Float floor division and modulo with negatives, and mixed int/float results.
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2)
print(7 % -2.5, -0.0 % 5, 5.0 % -3)
print(1.1 * 3, 0.1 * 3, 1e308 * 10)
print(2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3))
print(3 * 1.0, 3 + 0.0, type(3 // 1.0).__name__)
print(round(2.675, 2), 1e16 + 1, 0.1 + 0.7)
