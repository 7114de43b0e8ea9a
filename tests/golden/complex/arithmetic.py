# + - * / with complex, int and float operands (CPython's _Py_c_prod and _Py_c_quot).
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b)
print(a + 1, 1 + a, a - 2.5, 2.5 - a, a * 2, 2 * a, a / 2, 2 / a)
print(1j * 1j, (1 + 1j) * (1 - 1j), (1 + 2j) / (3 - 4j))
print(True + 1j, 1j * False)
print((1e308 + 1j) * 10, (1 + 1j) / 1e-308)
print(1j * float("inf"), complex(1, 1) / complex(float("inf"), 1))
print(complex(1, 2) / complex(1e-320, 1e-320))
x = 1j
x += 2
x *= 3
x -= 1j
x /= 2
print(x)
print(sum([1j, 2, 3.5, 4 - 1j]), sum([], 0j))
