# io.BytesIO: write, getvalue, read, readline, seek/tell, iteration, truncate.
import io

b = io.BytesIO()
print(b.write(b"line one\n"), b.write(bytearray(b"line two\n")), b.tell())
print(b.getvalue())
print(b.seek(0), b.read(4), b.readline(), b.tell())
print(b.read(), b.read())
b.seek(0)
print(list(b))
print(b.seek(-3, 2), b.read())
print(b.seek(5), b.truncate(), b.getvalue())
b.seek(8)
b.write(b"!")
print(b.getvalue())
c = io.BytesIO(b"abc")
print(c.read(1), c.read1(5), c.readable(), c.writable(), c.seekable())
with io.BytesIO(b"x") as d:
    print(d.read())
print(d.closed)
