# symlink/readlink/link and lstat versus stat on a link.
import os
import stat
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    fd = os.open('target', os.O_CREAT | os.O_WRONLY)
    os.write(fd, b'abc')
    os.close(fd)
    os.symlink('target', 'sym')
    os.link('target', 'hard')
    print(os.readlink('sym'), os.readlink(b'sym'))
    print(stat.S_ISLNK(os.lstat('sym').st_mode), stat.S_ISLNK(os.stat('sym').st_mode))
    print(os.stat('hard').st_nlink, os.stat('sym').st_size)
    print(os.stat('sym', follow_symlinks=False).st_mode == os.lstat('sym').st_mode)
    for call in [lambda: os.readlink('target'), lambda: os.symlink('x', 'sym'),
                 lambda: os.link('missing', 'y'), lambda: os.readlink('nope')]:
        try:
            call()
        except OSError as e:
            print(type(e).__name__, e)
    os.chdir('/')
