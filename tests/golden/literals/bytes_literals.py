# bytes literals: reprs, indexing yields ints, escapes and concatenation.
b = b"abc\x00\xff\n"
print(b, len(b), b[0], b[-1])
print(b"x" + b"y", b"ab" * 3)
print(repr(b'\'"'), bytes(3), bytes([65, 66]))
print(b"hello".upper(), b"a,b".split(b","))
print(list(b"AZ"), b"\t".hex())
