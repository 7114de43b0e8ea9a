# abs, divmod and pow including the three-argument modular form.
print(abs(-3), abs(3.5), abs(-0.0), abs(-2 ** 70), abs(True))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-1, 10 ** 20))
print(pow(2, 10), pow(2, -1), pow(2, 100, 17), pow(3, 200, 10 ** 9 + 7), pow(-2, 3, 5))
print(pow(38, -1, 97), pow(2.0, 3))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
