# Library functions taking bytes-like arguments read an array's (and a memoryview's) bytes.
import base64
import binascii
import hashlib
import io
from array import array

a = array("B", b"hello")
h = array("h", [1, -1])
print(base64.b64encode(a), base64.b32encode(h), binascii.hexlify(memoryview(a)), binascii.crc32(a))
print(int.from_bytes(h, "little", signed=True), int.from_bytes(memoryview(b"\x01\x02"), "big"))
print(int.from_bytes(bytearray(b"\xff"), "big"), int.from_bytes([1, 0], "big"))
print(hashlib.sha256(a).hexdigest()[:16])
bio = io.BytesIO()
bio.write(a)
bio.write(h)
print(bio.getvalue())
for bad in ("x", 5):
    try:
        base64.b32encode(bad)
    except TypeError as e:
        print(e)
