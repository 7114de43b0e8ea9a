# parent and parents: a sequence with negative indexes and slices.
from pathlib import PurePath

p = PurePath('/a/b/c/d')
print(p.parent, p.parent.parent, PurePath('/').parent, PurePath('x').parent, PurePath('.').parent)
print(list(p.parents), len(p.parents))
print(p.parents[0], p.parents[-1], p.parents[1:3], p.parents[::2])
print(list(PurePath('rel/x/y').parents))
try:
    p.parents[4]
except IndexError as e:
    print('IndexError', e)
