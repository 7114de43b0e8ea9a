# write_text/read_text and write_bytes/read_bytes round-trip; write_* return the length.
import os
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    p = Path(tmp) / 'notes.txt'
    print(p.write_text('line 1\nline 2\ncafé\n'), p.read_text(), end='')
    print(p.stat().st_size, p.read_bytes())
    b = Path(tmp, 'data.bin')
    print(b.write_bytes(bytes(range(5))), b.read_bytes(), b.write_bytes(bytearray(b'xy')), b.read_bytes())
    print(Path(tmp, 'crlf').write_text('a\r\nb\rc\n'), repr(Path(tmp, 'crlf').read_text()))
    print(p.write_text(''), repr(p.read_text()))
    for call in [lambda: p.write_text(5), lambda: b.write_bytes('str'),
                 lambda: Path(tmp, 'missing.txt').read_text(), lambda: Path(tmp).read_bytes(),
                 lambda: Path(tmp, 'no', 'x').write_text('x')]:
        try:
            call()
        except (TypeError, OSError) as e:
            print(type(e).__name__, str(e).replace(tmp, 'TMP'))
