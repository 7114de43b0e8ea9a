# PurePath parsing: parts, name, anchor, root, drive; '.' and duplicate slashes vanish.
from pathlib import PurePath, PurePosixPath

for args in [('a/b/c.txt',), ('/usr', 'lib', 'x.so'), ('//host/share',), ('///x',), ('.',), (),
             ('a/./b//c/',), ('a', '/b', 'c'), ('..', 'x'), ('',)]:
    p = PurePath(*args)
    print(repr(p), str(p), p.parts, repr(p.name), repr(p.anchor), repr(p.root), repr(p.drive))
print(type(PurePath('a')).__name__, PurePosixPath('a/b').as_posix(), str(PurePath(PurePath('a'), 'b')))
