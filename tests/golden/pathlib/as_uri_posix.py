# as_posix, as_uri (percent-encoding), bytes() and os.fspath of paths.
import os
from pathlib import PurePath

print(PurePath('/a b/c%d/é').as_uri(), PurePath('/').as_uri(), PurePath('/x/y').as_posix())
print(bytes(PurePath('/tmp/x')), os.fspath(PurePath('rel/p')), str(PurePath()))
try:
    PurePath('rel').as_uri()
except ValueError as e:
    print(e)
try:
    PurePath(b'bytes')
except TypeError as e:
    print(e)
print(isinstance(PurePath('a'), os.PathLike))
