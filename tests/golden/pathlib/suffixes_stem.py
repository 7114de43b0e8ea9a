# suffix, suffixes and stem follow CPython's rules for dots.
from pathlib import PurePath

for s in ['a.txt', 'archive.tar.gz', '.bashrc', '.config.json', 'noext', 'trailing.', 'a..b', '/', 'dir/.x.y', 'v1.2.3']:
    p = PurePath(s)
    print(repr(s), repr(p.suffix), p.suffixes, repr(p.stem))
