# == and != between complex, int, float and bool; ints compare exactly with the real part.
print(1j == 1j, 1 + 0j == 1, 1 + 0j == 1.0, (1 + 0j) == True, 1j != 1, 0j == 0)
print(complex(2**53 + 1) == 2**53 + 1, 2**53 + 1 == complex(2**53 + 1))
print(complex(2**53) == 2**53, 10**400 == 1j, 1j == 10**400)
print(complex(float("nan"), 0) == complex(float("nan"), 0))
print(1j == None, 1j != "a", 1j == [1j], [1j] == [1j], (1j, 2) == (1j, 2.0))
print(1j in [1, 2, 1j], 1 in [1 + 0j], 2.5 + 0j in {2.5})
print((1j).__eq__(1j), (1j).__eq__("a"), (1.0).__eq__(1j), (1).__eq__(1 + 0j))
