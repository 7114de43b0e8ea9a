# Path.mkdir with parents and exist_ok; rmdir; the errors when they are not given.
import os
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    base = Path(tmp)
    (base / 'a').mkdir()
    (base / 'x/y/z').mkdir(parents=True)
    (base / 'x/y/z').mkdir(parents=True, exist_ok=True)
    (base / 'a').mkdir(exist_ok=True)
    print(sorted(str(p.relative_to(base)) for p in base.rglob('*')))
    for call in [lambda: (base / 'a').mkdir(), lambda: (base / 'p/q').mkdir(),
                 lambda: (base / 'x').rmdir()]:
        try:
            call()
        except OSError as e:
            print(type(e).__name__, e.strerror, Path(e.filename).name)
    (base / 'a').rmdir()
    print((base / 'a').exists(), (base / 'x').is_dir())
    (base / 'f').touch()
    try:
        (base / 'f').mkdir(exist_ok=True)
    except FileExistsError as e:
        print('FileExistsError', Path(e.filename).name)
