# An array is a bytes-like object: bytes(), bytearray(), struct, join, frombytes, hashlib.
import hashlib
import struct
from array import array

a = array('H', [1, 256, 65535])
print(bytes(a), bytearray(a), a.tobytes() == bytes(a))
print(struct.unpack('3H', a), b'-'.join([array('B', [65, 66]), b'C']))
b = array('H')
b.frombytes(memoryview(a).cast("B"))
print(b, b == a)
print(hashlib.md5(array('B', b'abc')).hexdigest())
print(memoryview(a).cast('B').tolist())
print(array('B', memoryview(b'xyz')), array('b', b'\x01\xff'))
print(bytes(memoryview(array('d', [1.0]))).hex())
for src in (array('H', [1]), 'ab', 5):
    try:
        array('B').frombytes(src)
    except TypeError as e:
        print(e)
