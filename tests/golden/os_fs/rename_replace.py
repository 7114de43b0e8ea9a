# rename/replace move names; a failure names both paths ('a' -> 'b').
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    for name in ['a', 'b']:
        fd = os.open(name, os.O_CREAT | os.O_WRONLY)
        os.write(fd, name.encode() * 3)
        os.close(fd)
    os.rename('a', 'c')
    print(sorted(os.listdir()))
    os.replace('c', 'b')
    print(sorted(os.listdir()), os.path.getsize('b'))
    os.mkdir('d')
    os.mkdir('e')
    os.close(os.open('e/x', os.O_CREAT | os.O_WRONLY))
    for call in [lambda: os.rename('missing', 'z'), lambda: os.rename('b', 'd'),
                 lambda: os.replace('d', 'e'), lambda: os.rename('d', 'b')]:
        try:
            call()
        except OSError as e:
            print(type(e).__name__, e, '|', e.filename, e.filename2)
    os.chdir('/')
