# Unary -, + and abs() on complex: signs of zeros kept, abs is hypot with OverflowError.
print(-(1 + 2j), +(1 + 2j), -0j, +(-0j), -(-1j))
print(abs(3 + 4j), abs(-5j), abs(0j), abs(complex(1e300, 1e300)))
print(abs(complex(float("nan"), float("inf"))), abs(complex(float("-inf"), 1)))
print(abs(complex(float("nan"), 1)))
print(abs(complex(3e200, 4e200)), abs(1e-320 + 1e-320j))
try:
    abs(complex(1e308, 1e308) * 2)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    ~1j
except TypeError as e:
    print(e)
