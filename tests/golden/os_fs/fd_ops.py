# Low-level descriptors: os.open with O_* flags, write, read, lseek, fstat, close.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, 'data')
    fd = os.open(p, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    print(os.write(fd, b'hello, world\n'), os.write(fd, bytearray(b'more')))
    print(os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
    print(os.lseek(fd, -4, os.SEEK_END), os.read(fd, 2), os.lseek(fd, 0, os.SEEK_CUR))
    os.ftruncate(fd, 5)
    print(os.fstat(fd).st_size, os.isatty(fd))
    os.close(fd)
    fd = os.open(p, os.O_WRONLY | os.O_APPEND)
    os.write(fd, b'!')
    os.close(fd)
    fd = os.open(p, os.O_RDONLY)
    print(os.read(fd, 100))
    os.close(fd)
    for call in [lambda: os.open(p, os.O_CREAT | os.O_EXCL | os.O_WRONLY),
                 lambda: os.close(fd), lambda: os.read(fd, 1), lambda: os.write(fd, 'text'),
                 lambda: os.read(fd), lambda: os.open(tmp, os.O_WRONLY), lambda: os.lseek(fd, 0, 0)]:
        try:
            call()
        except (OSError, TypeError) as e:
            print(type(e).__name__, str(e).replace(tmp, 'TMP'))
