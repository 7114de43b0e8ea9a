# Path.rename/replace return the new path; exists/is_file/is_dir/is_symlink answer.
import os
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    a = Path('a.txt')
    a.write_text('A')
    b = a.rename('b.txt')
    print(repr(b), a.exists(), b.read_text())
    Path('c.txt').write_text('C')
    c = Path('c.txt').replace(b)
    print(repr(c), sorted(os.listdir()), c.read_text())
    Path('link').symlink_to('b.txt')
    Path('dir').mkdir()
    for name in ['b.txt', 'link', 'dir', 'missing']:
        p = Path(name)
        print(name, p.exists(), p.is_file(), p.is_dir(), p.is_symlink())
    print(Path('link').readlink(), Path('link').resolve().name, Path('b.txt').samefile('link'))
    try:
        Path('missing').rename('x')
    except FileNotFoundError as e:
        print(e)
    os.chdir('/')
