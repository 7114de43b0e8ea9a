# Path.read_text of a missing file: pathlib.py's read_text/open frames, then FileNotFoundError.
from pathlib import Path

p = Path("no_such_dir_here") / "missing.txt"
for call in (p.read_bytes, p.unlink, p.stat):
    try:
        call()
    except FileNotFoundError as e:
        print(call.__name__, e.errno, e.strerror, e.filename)
p.read_text()
