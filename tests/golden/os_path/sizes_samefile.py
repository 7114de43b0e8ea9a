# getsize, samefile, sameopenfile, samestat; getmtime follows os.utime.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    a = os.path.join(tmp, 'a')
    fd = os.open(a, os.O_WRONLY | os.O_CREAT)
    os.write(fd, b'12345')
    os.close(fd)
    os.link(a, os.path.join(tmp, 'b'))
    print(os.path.getsize(a), os.path.samefile(a, os.path.join(tmp, 'b')))
    print(os.path.samefile(a, tmp), os.path.samestat(os.stat(a), os.lstat(a)))
    os.utime(a, (1000000000, 1500000000))
    print(os.path.getmtime(a), os.path.getatime(a))
    try:
        os.path.getsize(os.path.join(tmp, 'missing'))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
