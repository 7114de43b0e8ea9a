# Subclasses of complex: construction, attributes, arithmetic returning plain complex, overrides.
class Z(complex):
    def __repr__(self):
        return f"Z({self.real}, {self.imag})"
    def norm2(self):
        return self.real ** 2 + self.imag ** 2
z = Z(3, 4)
print(z, type(z).__name__, z.real, z.imag, z.norm2(), abs(z))
print(z + 1, type(z + 1).__name__, z * 1j, -z, type(-z).__name__, z.conjugate())
print(isinstance(z, complex), z == 3 + 4j, hash(z) == hash(3 + 4j), complex(z), type(complex(z)).__name__)
print(Z("1+2j"), Z(), Z(imag=2), format(z, ".1f"))
class W(complex):
    def __add__(self, other):
        return "W.add"
    def __radd__(self, other):
        return "W.radd"
print(W(1) + 1, 1 + W(1), 1j + W(1), W(1) - 1)
class Named(complex):
    pass
n = Named(1, 1)
n.label = "x"
print(n, n.label, Named.__mro__)
