# io.StringIO: write, getvalue, seek/tell, read, readline, iteration, truncate.
import io

s = io.StringIO()
print(s.write("hello\n"), s.write("wörld\n"), s.tell())
print(repr(s.getvalue()))
print(s.seek(0), repr(s.read(3)), repr(s.readline()), s.tell())
print(list(s))
s.seek(0)
print(s.readlines())
s.seek(2)
s.write("LL")
print(repr(s.getvalue()))
print(s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(10)
s.write("!")
print(repr(s.getvalue()))
t = io.StringIO("initial\ntext")
print(t.tell(), repr(t.read()), t.readable(), t.writable(), t.seekable())
with io.StringIO("ctx") as u:
    print(u.read(), u.closed)
print(u.closed)
try:
    u.read()
except ValueError as e:
    print(e)
