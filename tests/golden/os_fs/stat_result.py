# os.stat_result: a 10-item tuple with int times, float st_mtime, st_*_ns, and mode helpers.
import os
import stat
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'f')
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o640)
    os.write(fd, b'hello')
    os.close(fd)
    os.utime(path, (1700000000.5, 1600000000.25))
    st = os.stat(path)
    print(type(st).__name__, type(st).__module__, len(st), st.st_size, st[6], st[stat.ST_SIZE])
    print(st.st_mtime, st[8], st.st_mtime_ns, st.st_atime, st[7], st.st_atime_ns)
    print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), oct(stat.S_IMODE(st.st_mode)))
    print(stat.filemode(st.st_mode), st.st_nlink, isinstance(st.st_ino, int), st.st_blksize > 0)
    a, b, *rest = st
    print(a == st.st_mode, len(rest), st == tuple(st), st[-1] == st.st_ctime // 1)
    print(stat.S_ISDIR(os.stat(tmp).st_mode), os.lstat(path).st_size)
    fd = os.open(path, os.O_RDONLY)
    print(os.fstat(fd).st_size)
    os.close(fd)
