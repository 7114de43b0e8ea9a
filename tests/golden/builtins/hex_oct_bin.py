# hex/oct/bin of positive, negative, zero and big ints.
print(hex(255), hex(-255), hex(0), hex(2 ** 64))
print(oct(8), oct(-8), oct(0), bin(5), bin(-5), bin(0), bin(2 ** 40))
print(int(hex(12345), 16), int(bin(77), 2))
