# Numeric literal edge cases: leading zeros in floats, large exponents, int/float equality.
print(00.5, 0e10, 1E3, 1e-0)
print(1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(10 ** 20 / 10 ** 10, 7 // 2.0, -7 / 2)
print(float(10 ** 16), int(1e16), int(-2.9), int(2.9))
print(1e1000 == float("inf"), 0.1 * 3 == 0.3)
