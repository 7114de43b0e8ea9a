# glob's root_dir makes results relative to it; escape() and has_magic() handle special characters.
import glob
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    for name in ['x.txt', 'y[1].txt', 'q?.txt', 'sub/z.txt']:
        os.makedirs(os.path.join(tmp, os.path.dirname(name)), exist_ok=True)
        os.close(os.open(os.path.join(tmp, name), os.O_CREAT | os.O_WRONLY))
    print(sorted(glob.glob('*.txt', root_dir=tmp)))
    print(sorted(glob.glob('**/*.txt', root_dir=tmp, recursive=True)))
    print(glob.glob(glob.escape('y[1].txt'), root_dir=tmp), glob.glob('y[1].txt', root_dir=tmp))
    print(glob.escape('a*b?c[d]'), glob.escape(b'[x]'), glob.escape('/plain/path'))
    print(glob.has_magic('a*'), glob.has_magic('abc'), glob.has_magic(b'[x]'))
    print(sorted(glob.glob(glob.escape('q?') + '*', root_dir=tmp)))
