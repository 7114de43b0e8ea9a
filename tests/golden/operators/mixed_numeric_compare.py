# Comparisons between ints, floats, bools and big ints are exact.
print(2 ** 53 == 2 ** 53 + 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(1 == True, 0.0 == False, 10 ** 400 > 1e308, -10 ** 400 < -1e308)
print(float("inf") > 10 ** 400, float("nan") == 10)
print(max(1, 1.0), max(1.0, 1), min(True, 1))
print(sorted([3, 1.5, True, 2 ** 70, -0.5]))
