# Paths compare and hash by their parts; ordering against str raises TypeError.
from pathlib import PurePath, PurePosixPath, Path

paths = [PurePath('b'), PurePath('a/c'), PurePath('/z'), PurePath('a'), PurePath('a/b')]
print(sorted(paths))
print(PurePath('a//b') == PurePath('a/b'), PurePath('a') == 'a', PurePath('A') == PurePath('a'))
print(hash(PurePath('x/y')) == hash(PurePosixPath('x/./y')), len({PurePath('a'), PurePath('a/'), PurePath('b')}))
print(Path('a') == PurePath('a'), PurePath('a') < PurePath('b'), max(paths))
d = {PurePath('k'): 1}
print(d[PurePath('./k')])
try:
    PurePath('a') < 'b'
except TypeError as e:
    print(e)
