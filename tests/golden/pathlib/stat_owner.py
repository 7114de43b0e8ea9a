# Path.stat/lstat/chmod and the reprs of concrete paths.
import stat
import tempfile
from pathlib import Path, PosixPath

with tempfile.TemporaryDirectory() as tmp:
    p = Path(tmp, 'f.bin')
    p.write_bytes(b'12345678')
    print(p.stat().st_size, stat.S_ISREG(p.lstat().st_mode))
    p.chmod(0o640)
    print(oct(stat.S_IMODE(p.stat().st_mode)))
    print(repr(Path('a/b')), repr(PosixPath('x')), type(Path('q')).__name__, isinstance(Path('q'), PosixPath))
    print(str(Path('a', 'b', 'c')), Path('a/b').parts)
    try:
        Path(tmp, 'missing').stat()
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)
