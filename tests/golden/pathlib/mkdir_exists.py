# Path.mkdir of an existing folder: FileExistsError at pathlib.py's os.mkdir line; exist_ok=True is quiet.
from pathlib import Path

Path(".").mkdir(exist_ok=True)
print("exist_ok: fine")
Path(".").mkdir()
