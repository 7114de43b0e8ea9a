# Arbitrary-precision ints: 2**100, factorial-sized products, negatives, mixed arithmetic.
print(2 ** 100)
print(-(2 ** 64) - 1)
n = 1
for i in range(1, 31):
    n *= i
print(n)
print(n // 7 ** 20, n % 7 ** 20)
print(2 ** 100 + 0.5)
print(99999999999999999999 * 99999999999999999999)
print(int("123456789012345678901234567890") + 1)
print(10 ** 30 == 1000000000000000000000000000000)
print(hex(2 ** 70), bin(2 ** 65 - 1))
print(len(str(3 ** 1000)))
