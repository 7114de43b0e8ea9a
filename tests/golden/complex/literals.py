# Imaginary literals in every spelling are complex constants: 1j, 1.5J, 1e3j, 0j, 1_0j, .5j.
print(1j, 1.5J, 1e3j, 0j, 1_0j, .5j, 1.j, 0e0j)
print(type(1j).__name__, isinstance(2j, complex), (1j).real, (1j).imag)
print(1 + 2j, 3 - 4j, -5j, +6j)
print(1e16j, 1e-5j, 123456789012345678j)
z = 2 + 3j
print(z, z.real, z.imag, z.conjugate())
t = (1j, 2j, -0j)
print(t, [0j, 1j], {1j: "one"})
