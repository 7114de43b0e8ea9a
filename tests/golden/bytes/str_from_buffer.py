# str(buffer, encoding, errors) decodes bytes, bytearray and memoryview.
print(str(b"caf\xc3\xa9", "utf-8"), str(bytearray(b"abc"), encoding="ascii"))
print(str(memoryview(b"view"), "latin-1"), str(b"\xff", "utf-8", "replace"))
print(str(b"\xff", errors="ignore") == "", str(b"abc"))
for bad in [lambda: str("x", "utf-8"), lambda: str(5, "utf-8"), lambda: str(b"x", "nope"),
            lambda: str(b"\xff", "ascii"), lambda: str([1], errors="strict")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
