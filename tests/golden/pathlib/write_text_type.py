# Path.write_text of bytes: the TypeError raised at pathlib.py's write_text check.
from pathlib import Path

Path("never_written.txt").write_text(b"bytes are not text")
