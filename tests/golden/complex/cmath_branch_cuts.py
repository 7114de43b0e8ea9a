# cmath's branch cuts: the sign of a zero imaginary part picks the side of the cut.
import cmath
for name in ["sqrt", "log", "asin", "acos", "atanh", "acosh", "asinh", "atan"]:
    f = getattr(cmath, name)
    row = []
    for z in [complex(-2, 0.0), complex(-2, -0.0), complex(2, 0.0), complex(2, -0.0),
              complex(0.0, 2), complex(-0.0, 2), complex(0.0, -2), complex(-0.0, -2)]:
        row.append(f(z))
    print(name, row)
print(cmath.sqrt(-1), cmath.sqrt(complex(-1, -0.0)), cmath.log(-1), cmath.sqrt(0j), cmath.sqrt(-0j))
