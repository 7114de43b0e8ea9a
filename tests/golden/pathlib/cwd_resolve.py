# Path.cwd, absolute, resolve (symlinks and '..'), home/expanduser.
import os
import tempfile
from pathlib import Path

os.environ['HOME'] = '/home/tester'
print(Path.home(), Path('~/x').expanduser(), Path('plain').expanduser())
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    here = Path.cwd()
    print(here == Path(os.getcwd()), Path('x').absolute() == here / 'x', Path('/abs').absolute())
    Path('real').mkdir()
    Path('alias').symlink_to('real')
    r = Path('alias/../alias/f').resolve()
    print(r.relative_to(here.resolve()), Path('.').resolve() == here.resolve())
    print(Path('missing/x').resolve().relative_to(here.resolve()))
    try:
        Path('missing').resolve(strict=True)
    except FileNotFoundError as e:
        print('FileNotFoundError', e.strerror)
    os.chdir('/')
