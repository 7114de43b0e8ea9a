# hash(complex) equals CPython's: hash(re) + 1000003*hash(im), equal numbers hash equal.
for z in [0j, 1j, -1j, 1 + 2j, 1.5 - 2j, complex(2.0), -1 + 0j, complex(0, -1),
          complex(1e300, -1e-300), complex(float("inf"), 0), complex(0, float("-inf")),
          complex(2**61, 3), complex(-0.0, -0.0)]:
    print(repr(z), hash(z))
print(hash(complex(2.0)) == hash(2) == hash(2.0), hash(1.5 + 0j) == hash(1.5))
d = {1: "int", 2.5: "float"}
d[1 + 0j] = "complex"
d[2.5 + 0j] = "complex2"
print(d, len({1j, 1j, complex(0, 1)}), {0: "a"}[0j])
