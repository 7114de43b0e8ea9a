# round: banker's rounding, ndigits, negative ndigits, floats that are not exact.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3))
print(round(2.675, 2), round(1.25, 1), round(1.35, 1), round(123.456, -1), round(1234, -2))
print(round(1250, -2), round(1350, -2), round(-1.0), type(round(2.5)), type(round(2.5, 0)))
print(round(0.1 + 0.2, 10), round(1e20), round(5, 1))
