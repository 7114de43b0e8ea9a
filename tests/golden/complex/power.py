# Complex powers: small integral exponents by repeated squaring, others in polar form.
print(1j ** 2, 1j ** 3, 1j ** -1, (1 + 1j) ** 100, (1 + 1j) ** 101, (1 + 1j) ** -3)
print(2 ** 1j, 10 ** 1j, (-1) ** 1j, (1 + 1j) ** (1 + 1j), 1j ** 0.5)
print(pow(1j, 2), pow(2j, 0.5), 0j ** 0, 0j ** 2, 0j ** 2.5, 0j ** 0j)
print((2 + 0j) ** 1000, (2 + 0j) ** 100.5)
for base, exp in [(0j, -1), (0j, 1j), (0j, -2.5), (1e200j, 2), (complex(1e200, 1e200), 2)]:
    try:
        print(base ** exp)
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    pow(1j, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 1j, 5)
except ValueError as e:
    print(type(e).__name__, e)
