# Integer literals in every base, with underscores, and their decimal values.
print(0x1F, 0X1f, 0o17, 0O17, 0b1011, 0B1011)
print(1_000_000, 0x_ff_ff, 0b_1010_1010, 0o_777)
print(0, 00, 0_0)
print(-0x10, +0b11, ~0o7)
print(type(0xff), 0xff == 255)
