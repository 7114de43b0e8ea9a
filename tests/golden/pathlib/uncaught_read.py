# A missing file read through pathlib ends the program with FileNotFoundError (last line checked).
import sys
from pathlib import Path

try:
    Path('definitely_missing_file.txt').read_text()
except FileNotFoundError as e:
    print(repr(e), e.filename)
    sys.exit(3)
