# Dividing by a complex, int or float zero is ZeroDivisionError: complex division by zero.
for num, den in [(1j, 0), (1, 0j), (1.0, 0j), (1j, 0.0), (0j, 0j), (1j, -0.0j)]:
    try:
        print(num / den)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
print(1j / 0)
