# copyfile copies data; copy keeps the mode and accepts a folder; copy2 keeps the times too.
import os
import shutil
import stat
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    fd = os.open('src.txt', os.O_CREAT | os.O_WRONLY, 0o640)
    os.write(fd, b'payload\n' * 1000)
    os.close(fd)
    os.utime('src.txt', (1000, 2000))
    print(shutil.copyfile('src.txt', 'a.txt'), os.path.getsize('a.txt'))
    os.mkdir('dest')
    print(shutil.copy('src.txt', 'dest'), oct(stat.S_IMODE(os.stat('dest/src.txt').st_mode)))
    print(shutil.copy2('src.txt', 'b.txt'), os.stat('b.txt').st_mtime, os.stat('a.txt').st_mtime == 2000)
    shutil.copymode('src.txt', 'a.txt')
    shutil.copystat('src.txt', 'dest')
    print(oct(stat.S_IMODE(os.stat('a.txt').st_mode)), os.stat('dest').st_mtime)
    print(Path('src.txt').read_text() == Path('b.txt').read_text())
    os.chdir('/')
