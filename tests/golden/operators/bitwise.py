# Bitwise operators on positive, negative and big ints.
print(12 & 10, 12 | 10, 12 ^ 10, ~12)
print(-12 & 10, -12 | 10, -12 ^ 10, ~-12)
print(1 << 70, (1 << 70) >> 68, -16 >> 2, -1 >> 100)
print(0xFF & ~0x0F, 2 ** 64 | 1, (2 ** 64 - 1) ^ (2 ** 63))
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(5 << 0, 0 >> 3)
