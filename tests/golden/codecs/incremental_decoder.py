# codecs.getincrementaldecoder keeps a multi-byte character split across chunks.
import codecs

data = "naïve café 😀 end".encode("utf-8")
dec = codecs.getincrementaldecoder("utf-8")()
parts = [dec.decode(data[i:i + 3]) for i in range(0, len(data), 3)]
parts.append(dec.decode(b"", final=True))
print(parts)
print("".join(parts))
dec16 = codecs.getincrementaldecoder("utf-16")()
raw = "hi😀".encode("utf-16")
print([dec16.decode(raw[i:i + 3]) for i in range(0, len(raw), 3)])
print(list(codecs.iterdecode([b"\xc3", b"\xa9t\xc3", b"\xa9"], "utf-8")))
print(b"".join(codecs.iterencode(["a", "é"], "utf-16")))
bad = codecs.getincrementaldecoder("utf-8")()
print(repr(bad.decode(b"ok\xe2\x82")))
try:
    bad.decode(b"", final=True)
except UnicodeDecodeError as e:
    print(e)
