# io.TextIOWrapper over a BytesIO: encodes on write, decodes on read.
import io

raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="utf-8", newline="\r\n")
print(t.write("é line\nsecond\n"))
t.flush()
print(raw.getvalue())
print(t, t.encoding, t.errors, t.buffer is raw)
t2 = io.TextIOWrapper(io.BytesIO("one\ntwo\r\nthree".encode("utf-16")), encoding="utf-16")
print(t2.readlines())
t3 = io.TextIOWrapper(io.BytesIO(b"a\nb\n"))
print(t3.encoding, t3.readline(), list(t3))
t3.close()
print(t3.closed)
