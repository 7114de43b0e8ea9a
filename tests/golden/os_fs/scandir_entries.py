# scandir yields DirEntry objects (name, path, is_dir/is_file/is_symlink, stat) and is a context manager.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.mkdir('sub')
    fd = os.open('data.bin', os.O_CREAT | os.O_WRONLY)
    os.write(fd, b'x' * 10)
    os.close(fd)
    os.symlink('data.bin', 'link')
    os.symlink('sub', 'dlink')
    with os.scandir('.') as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(),
              e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False))
    print([e.stat().st_size for e in entries if e.is_file()])
    print(sorted(e.path for e in os.scandir('sub')), sorted(e.name for e in os.scandir()))
    print(os.fspath(entries[0]), type(entries[0]).__name__, isinstance(entries[0], os.PathLike))
    print(sorted(e.name for e in os.scandir(b'.'))[:1])
    try:
        os.scandir('missing')
    except FileNotFoundError as e:
        print(e)
    os.chdir('/')
