# os.walk top-down: pruning dirnames in place skips folders.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    for d in ['root/a/x', 'root/b', 'root/skip/deep']:
        os.makedirs(d)
    for f in ['root/top.txt', 'root/a/x/leaf.txt', 'root/b/one', 'root/b/two']:
        os.close(os.open(f, os.O_CREAT | os.O_WRONLY))
    for dirpath, dirnames, filenames in os.walk('root'):
        dirnames.sort()
        if 'skip' in dirnames:
            dirnames.remove('skip')
        print(dirpath, dirnames, sorted(filenames))
    print(list(os.walk('missing')))
    os.chdir('/')
