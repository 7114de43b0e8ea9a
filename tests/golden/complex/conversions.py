# int(), float(), math functions and %-formats refuse complex with CPython's messages.
import math
tests = ["int(1j)", "float(1j)", "math.sqrt(1j)", "math.floor(1j)", "'%f' % 1j",
         "'%d' % 1j", "'%x' % 1j", "'%.2e' % (1+1j)", "range(1j)",
         "math.isclose(1j, 1)", "int('1j')", "float('1j')", "chr(1j)"]
for t in tests:
    try:
        print(t, eval(t))
    except (TypeError, ValueError) as e:
        print(t, "->", type(e).__name__, e)
print("%s %r %5s" % (1j, 2 + 3j, 4j))
