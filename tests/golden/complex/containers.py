# Complex numbers in containers: reprs, set and dict keys, sorting by abs, copying, unpacking.
import copy
data = [3 + 4j, 1j, -2, 0.5 - 0.5j, 1j]
print(data, tuple(data), {z: abs(z) for z in data})
print(sorted(set(data), key=lambda z: (abs(z), z.real, z.imag)))
print(copy.copy(data) == data, copy.deepcopy({"k": [1j]}))
re, im = (2 - 3j).real, (2 - 3j).imag
print(re, im, [z.conjugate() for z in data if z.imag])
print(list(map(complex, ["1", "2j", "3+4j"])), list(map(abs, [3 + 4j, -5j])))
print(max(data, key=abs), min(data, key=abs), data.count(1j), data.index(-2 + 0j))
