# inf and nan: comparisons, arithmetic and reprs.
inf = float("inf")
nan = float("nan")
print(inf > 1e308, -inf < -1e308, inf == inf)
print(nan == nan, nan != nan, nan < 1, nan > 1)
print(inf - inf, inf * 0, inf + 1, -inf * -1)
print([nan], (inf, -inf))
print(nan is nan, float("nan") == float("nan"))
print(repr(float("-nan")), float("Infinity"), float("  -inf  "))
