# array: construction, repr, indexing, slicing, itemsize/typecode, append/extend/insert/pop/remove.
from array import array, typecodes

print(typecodes)
a = array("i", [3, 1, 4])
print(a, len(a), a[0], a[-1], a.typecode, a.itemsize, a[1:], a[::-1])
a.append(1)
a.extend([5, 9])
a.extend(array("i", [2]))
a.insert(0, 6)
print(a, a.pop(), a.pop(0), a.count(1), a.index(4), 4 in a)
a.remove(1)
a[0] = -7
del a[1]
print(a, a.tolist(), list(a))
print(array("d"), array("d", [1, 2.5]), array("f", [0.1]), array("u", "hello"))
print(array("b", b"AB"), array("B", bytearray(b"\x01\xff")))
print(a + array("i", [0]), a * 2, 2 * array("h", [1]), a == array("i", a.tolist()))
print(array("i", [1, 2]) < array("i", [1, 3]), array("i", [1, 2]) == array("d", [1.0, 2.0]))
for code in "bBhHiIlLqQfdu":
    print(code, array(code).itemsize, end="; ")
print()
