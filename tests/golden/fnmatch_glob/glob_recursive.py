# glob with recursive=True: '**' matches any number of folders (hidden ones excluded).
import glob
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    for name in ['top.py', 'pkg/a.py', 'pkg/sub/b.py', 'pkg/sub/deep/c.py', '.git/x.py', 'pkg/.cache/y.py']:
        os.makedirs(os.path.dirname(name) or '.', exist_ok=True)
        os.close(os.open(name, os.O_CREAT | os.O_WRONLY))
    print(sorted(glob.glob('**/*.py', recursive=True)))
    print(sorted(glob.glob('**/*.py')))
    print(sorted(glob.glob('**', recursive=True)))
    print(sorted(glob.glob('pkg/**/', recursive=True)))
    print(sorted(glob.glob('pkg/**/c.py', recursive=True)))
    print(sorted(glob.glob('**/sub', recursive=True)))
    os.chdir('/')
