# Hashing read-only views (equal to the bytes' hash) and equality across formats.
v = memoryview(b"key")
print(hash(v) == hash(b"key"), {v: "found"}[b"key"], v in {b"key"})
print(hash(memoryview(b"ab").toreadonly()) == hash(b"ab"))
print(memoryview(b"ab") == memoryview(bytearray(b"ab")), memoryview(b"ab") != b"ac")
print(memoryview(b"\x01\x00").cast("H") == memoryview(b"\x01\x00\x00\x00").cast("I"))
print(memoryview(b"\x01\x00").cast("H") == [1], memoryview(b"a") == "a", memoryview(b"") == b"")
for bad in [lambda: hash(memoryview(bytearray(b"w"))), lambda: hash(memoryview(b"\x00\x00").cast("H"))]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
