# utf-16 and utf-32: byte-order marks, explicit endianness, surrogate pairs, truncated data.
text = "Aé😀"
for enc in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"):
    data = text.encode(enc)
    print(enc, data, data.decode(enc) == text)
print(b"\xfe\xff\x00A".decode("utf-16"), b"\x00\x00\xfe\xff\x00\x00\x00A".decode("utf-32"))
print(b"A\x00".decode("utf-16"))
for data, enc in [(b"A\x00B", "utf-16-le"), (b"\x00\xd8A\x00", "utf-16-le"), (b"A\x00\x00", "utf-32-le")]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(e)
    print(repr(data.decode(enc, "replace")))
print("é".encode("utf-8-sig"), b"\xef\xbb\xbfx".decode("utf-8-sig"), b"x".decode("utf-8-sig"))
