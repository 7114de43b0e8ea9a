# os.walk lists a symlinked folder among dirnames but enters it only with followlinks=True.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.makedirs('tree/real/inner')
    os.close(os.open('tree/real/inner/f', os.O_CREAT | os.O_WRONLY))
    os.symlink('real', 'tree/alias')
    for follow in (False, True):
        rows = []
        for dirpath, dirnames, filenames in os.walk('tree', followlinks=follow):
            rows.append((dirpath, sorted(dirnames), sorted(filenames)))
        print(follow, sorted(rows))
    with os.scandir('tree') as it:
        for e in sorted(it, key=lambda e: e.name):
            print(e.name, e.inode() == os.lstat(e.path).st_ino, e.is_dir(), e.is_symlink())
    os.chdir('/')
