# ** with negative exponents, big results, and negative bases.
print(3 ** 50)
print((-3) ** 51)
print(2 ** -2, (-2) ** -2, 10 ** -5)
print(pow(7, 100) % 1000, 7 ** 100 % 1000)
print(1 ** 1000000, (-1) ** 1000001)
print(0.5 ** 2, 2.0 ** 100)
