# bool(), real/imag/conjugate and the other attributes of complex values.
print(bool(0j), bool(-0j), bool(complex(0, -0.0)), bool(1j), bool(complex(float("nan"), 0)))
print(not 0j, 0j or "x", 2j and "y")
z = complex(3, -4)
print(z.real, z.imag, type(z.real).__name__, z.conjugate(), z.conjugate().conjugate())
print(complex.conjugate(2j), z.__getnewargs__(), z.__complex__(), (5).conjugate(), (2.5).imag)
print(complex.__name__, complex.__mro__, type(1j) is complex)
try:
    z.real = 1
except AttributeError as e:
    print(type(e).__name__)
try:
    z.foo
except AttributeError as e:
    print(e)
