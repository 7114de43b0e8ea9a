# A memoryview is accepted wherever a bytes-like object is.
import hashlib
import io

m = memoryview(b"hello-world")
print(bytes(m), bytearray(m), b"".join([m[:5], b"+", m[6:]]))
print(b"-".join([memoryview(b"a"), bytearray(b"b")]))
print(int.from_bytes(memoryview(b"\x01\x02"), "big"), str(m[:5], "ascii"))
print(hashlib.sha1(m).hexdigest()[:12], hashlib.md5(m[:5]).hexdigest()[:12])
f = io.BytesIO()
f.write(m[:5])
print(f.getvalue())
print(b"hello".startswith(m[:2]), m[:5] == b"hello", b"hello" == m[:5])
print(m[:5] == bytearray(b"hello"), m[:5] != b"help", m == "hello-world")
print(bytearray(b"ab") + memoryview(b"c"), b"a" + memoryview(b"z"))
print(b"%s|%b" % (memoryview(b"x"), m[6:]))
print(hash(m[:5]) == hash(b"hello"), {m[:5]: 1}[memoryview(b"hello")])
print(memoryview(memoryview(b"xyz")[1:]).tobytes(), memoryview(m).obj)
print(m[:3].hex(":", 2), b"\x01\x02\x03\x04\x05".hex(":", -2), b"\x01\x02\x03".hex(b"-"))
