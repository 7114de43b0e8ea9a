# repr and str of complex: no .0 on integral parts, parentheses unless the real part is +0.
nan, inf = float("nan"), float("inf")
values = [
    complex(1, 2), complex(0, 1), complex(-0.0, -0.0), complex(0.0, -0.0),
    complex(-0.0, 0.0), complex(1e16, 0), complex(1e-5, 1e-10), complex(nan, inf),
    complex(-inf, nan), complex(1.5, -2.25), complex(123456789012345678, 1),
    complex(0.1, 0.2), complex(-1, 0), complex(2.5e-300, -1e300),
]
for v in values:
    print(repr(v), str(v))
print([complex(1, -1)], (complex(0, 2),))
print("%s|%r" % (1j, 1 + 1j), "{}|{!r}".format(2j, 3 + 3j), f"{4j}|{5 + 5j!r}")
