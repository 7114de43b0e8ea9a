# os.pipe gives (read, write) descriptors; dup/dup2 copy them.
import os

r, w = os.pipe()
print(isinstance(r, int), isinstance(w, int), r != w)
w2 = os.dup(w)
os.write(w, b'first ')
os.write(w2, b'second')
os.close(w)
os.close(w2)
print(os.read(r, 100), os.read(r, 100))
os.close(r)
r, w = os.pipe()
os.dup2(r, 50)
os.write(w, b'xy')
print(os.read(50, 2))
for fd in (r, w, 50):
    os.close(fd)
try:
    os.dup(r)
except OSError as e:
    print(e)
