# bytes.maketrans and translate (with a table, with None and a delete set), on bytes and bytearray.
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), t[97:100], b"aabbcc".translate(t), b"hello".translate(None, b"l"))
print(bytearray(b"abc").translate(t), b"abcd".translate(t, b"d"), b"abc".translate(t, delete=b"a"))
rot13 = bytes.maketrans(
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    b"NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm",
)
print(b"Hello, World!".translate(rot13), bytearray.maketrans(b"a", b"b")[97])
for bad in [lambda: b"a".translate(b"short"), lambda: bytes.maketrans(b"a", b"bc"),
            lambda: bytes.maketrans("a", "b")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
