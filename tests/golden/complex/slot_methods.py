# The dunder methods of complex called explicitly, and int/float slots returning NotImplemented.
print((1j).__add__(1), (1j).__radd__(1), (1j).__rsub__(2), (2j).__mul__(2.5))
print((1j).__truediv__(2), (1j).__rtruediv__(1), (1j).__pow__(2), (1j).__rpow__(2))
print((1.0).__add__(1j), (1).__mul__(1j), (1).__eq__(1j), (1j).__add__("a"))
print(complex.__add__(1j, 1j), (1j).__neg__(), (1j).__pos__(), (3 + 4j).__abs__())
print((1j).__bool__(), (0j).__bool__(), (1j).__hash__() == hash(1j), (1j).__format__(".1f"))
print((1j).__repr__(), (1j).__str__(), (1j).__ne__(2j), (1j).__eq__(1j))
try:
    complex.__add__(1, 1j)
except TypeError as e:
    print(e)
try:
    (1j).__truediv__(0)
except ZeroDivisionError as e:
    print(e)
