# mkstemp returns (fd, absolute path) of a new 0o600 file; mkdtemp a new 0o700 folder.
import os
import stat
import tempfile

fd, path = tempfile.mkstemp(suffix='.log', prefix='job_')
print(type(fd).__name__, os.path.isabs(path), os.path.basename(path)[:4], path.endswith('.log'))
print(oct(stat.S_IMODE(os.stat(path).st_mode)), os.write(fd, b'abc'))
os.close(fd)
print(os.path.getsize(path))
os.remove(path)
d = tempfile.mkdtemp()
print(os.path.isdir(d), oct(stat.S_IMODE(os.stat(d).st_mode)), len(os.path.basename(d)))
fd, inner = tempfile.mkstemp(dir=d, text=True)
os.close(fd)
print(os.path.dirname(inner) == d, os.listdir(d) == [os.path.basename(inner)])
os.remove(inner)
os.rmdir(d)
print(tempfile.gettempprefix(), type(tempfile.gettempdir()).__name__, tempfile.gettempdirb() == os.fsencode(tempfile.gettempdir()))
b = tempfile.mkdtemp(prefix=b'bytes_')
print(type(b).__name__)
os.rmdir(b)
try:
    tempfile.mkstemp(prefix=b'x', suffix='y')
except TypeError as e:
    print(e)
try:
    tempfile.mkdtemp(dir='/definitely/missing')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
