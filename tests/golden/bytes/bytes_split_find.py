# bytes/bytearray splitting and searching: splitlines, rsplit, rfind, rindex, removeprefix/removesuffix.
print(b"a\nb\r\nc\rd".splitlines(), b"a\nb\r\n".splitlines(True), b"".splitlines(), b"\n\n".splitlines())
print(b" a b  c ".rsplit(), b" a b  c ".rsplit(None, 1), b"a,b,,c".rsplit(b","), b"a,b,c".rsplit(b",", 1))
print(bytearray(b"x y").rsplit(), b"aXbXc".rsplit(b"X", maxsplit=0), b"  ".rsplit())
print(b"abcabc".rfind(b"b"), b"abcabc".rfind(b"b", 0, 3), b"abc".rfind(b"z"), b"abcabc".rfind(99))
print(b"abcabc".rindex(b"c"), bytearray(b"abab").rfind(b"ab"), b"abc".rfind(b""), b"abc".rfind(b"", 5))
print(b"prefix-x".removeprefix(b"prefix-"), b"x.py".removesuffix(b".py"), b"x".removeprefix(b"y"))
print(bytearray(b"data.bin").removesuffix(b".bin"), b"abc".startswith(bytearray(b"ab")))
try:
    b"abc".rindex(b"z")
except ValueError as e:
    print("ValueError", e)
