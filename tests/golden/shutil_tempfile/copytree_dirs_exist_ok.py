# copytree into an existing folder needs dirs_exist_ok=True; symlinks=True copies links as links.
import os
import shutil
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.makedirs('src/inner')
    for name, data in [('src/x', b'new x'), ('src/inner/y', b'y')]:
        fd = os.open(name, os.O_CREAT | os.O_WRONLY)
        os.write(fd, data)
        os.close(fd)
    os.symlink('x', 'src/link')
    os.makedirs('dst')
    fd = os.open('dst/x', os.O_CREAT | os.O_WRONLY)
    os.write(fd, b'old')
    os.close(fd)
    os.close(os.open('dst/keep', os.O_CREAT | os.O_WRONLY))
    try:
        shutil.copytree('src', 'dst')
    except FileExistsError as e:
        print('FileExistsError', e.filename)
    shutil.copytree('src', 'dst', dirs_exist_ok=True)
    print(sorted(os.listdir('dst')), Path('dst/x').read_text(), os.path.islink('dst/link'))
    shutil.copytree('src', 'links', symlinks=True)
    print(os.path.islink('links/link'), os.readlink('links/link'))
    os.chdir('/')
