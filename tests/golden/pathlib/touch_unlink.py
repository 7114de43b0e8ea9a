# touch creates (or refreshes) a file; unlink(missing_ok=True) ignores a missing one.
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    p = Path(tmp) / 'empty'
    p.touch()
    print(p.exists(), p.is_file(), p.stat().st_size)
    p.write_text('data')
    p.touch()
    print(p.read_text())
    try:
        p.touch(exist_ok=False)
    except FileExistsError as e:
        print('FileExistsError', e.errno)
    p.unlink()
    print(p.exists())
    p.unlink(missing_ok=True)
    try:
        p.unlink()
    except FileNotFoundError as e:
        print('FileNotFoundError', e.strerror, Path(e.filename).name)
    d = Path(tmp) / 'd'
    d.mkdir()
    try:
        d.unlink()
    except IsADirectoryError as e:
        print('IsADirectoryError', e.errno)
