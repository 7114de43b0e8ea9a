# NamedTemporaryFile: a visible file with .name, readable after seek, deleted on close unless delete=False.
import os
import tempfile

with tempfile.NamedTemporaryFile() as f:
    name = f.name
    print(os.path.exists(name), os.path.basename(name).startswith('tmp'))
    f.write(b'binary data')
    f.seek(0)
    print(f.read())
print(os.path.exists(name))
f = tempfile.NamedTemporaryFile('w+', suffix='.txt', delete=False)
f.write('text line\n')
f.seek(0)
print(f.read(), end='')
f.close()
print(f.name.endswith('.txt'), os.path.exists(f.name), os.path.getsize(f.name))
os.remove(f.name)
t = tempfile.TemporaryFile()
t.write(b'12345')
t.seek(1)
print(t.read(3))
t.close()
