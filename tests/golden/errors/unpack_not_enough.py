# Unpacking too few values: "not enough values to unpack (expected 3, got 2)".
point = (1, 2)
x, y, z = point
