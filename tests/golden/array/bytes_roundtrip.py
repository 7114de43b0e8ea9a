# tobytes/frombytes/byteswap/fromlist/tounicode and the machine's byte layout.
from array import array

a = array("h", [1, -2, 300])
data = a.tobytes()
print(data, len(data))
b = array("h")
b.frombytes(data)
print(b, b == a)
a.byteswap()
print(a)
print(array("d", [1.5]).tobytes(), array("f", [2.0]).tobytes(), array("u", "hé").tobytes())
print(array("I", b"\x01\x00\x00\x00\xff\xff\xff\xff"), array("q", [2 ** 62]).tobytes())
c = array("L", [1])
c.fromlist([2, 3])
print(c, c.buffer_info()[1])
u = array("u", "ab")
u.fromunicode("cd")
print(u.tounicode(), u[2])
try:
    array("i").frombytes(b"abc")
except ValueError as e:
    print(e)
