# bytes: constructors, decode/encode round trips, hex/fromhex, find/split/strip, hashing and ordering.
print(bytes(range(3)), bytes("hé", "utf-8"), "hé".encode("latin-1"), b"\xff".decode("latin-1"))
print(b"a-b-c".split(b"-"), b"  x y ".split(), b"-".join([b"a", b"b"]), b"xxabxx".strip(b"x"))
print(b"abc".find(b"c"), b"abc".find(99), b"aaa".count(b"a"), b"abab".replace(b"a", b"Z", 1))
print(bytes.fromhex("de ad be ef").hex(), b"\x01\x02".hex(":"), b"ab" < b"b", b"a" in b"cab", 97 in b"a")
print({b"k": 1}[b"k"], hash(b"ab") == hash(b"ab"), b"abc"[::-1], list(b"hi"), b"A".isalpha())
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
