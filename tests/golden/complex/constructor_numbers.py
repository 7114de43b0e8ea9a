# complex(real, imag) from ints, floats, bools and complexes; keywords real= and imag=.
print(complex(), complex(1), complex(2.5), complex(True), complex(1, 2), complex(1.5, -0.5))
print(complex(real=1, imag=2), complex(imag=3), complex(real=4), complex(1, imag=5))
print(complex(1j), complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(2, 1j), complex(-0.0, -0.0))
print(complex(10**20), complex(0, 10**20))
z = 1 + 1j
print(complex(z) is z, complex(z, 0) is z)
for args in [(10**400,), (1, 10**400)]:
    try:
        complex(*args)
    except OverflowError as e:
        print(type(e).__name__, e)
