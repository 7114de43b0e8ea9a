# match() tests glob patterns from the right; joinpath and / build paths.
from pathlib import PurePath

p = PurePath('/src/pkg/module.py')
for pat in ['*.py', 'module.py', 'pkg/*.py', '/src/*/*.py', '/*.py', '*.txt', 'src/*.py', '*/*/*.py', '**/*.py']:
    print(pat, p.match(pat))
print(p.parent.joinpath('a', 'b.c'), PurePath('x') / 'y' / PurePath('z'), 'lead' / PurePath('t'))
print(PurePath('x').joinpath('/abs', 'y'), PurePath('a') / '')
try:
    p.match('')
except ValueError as e:
    print(e)
try:
    PurePath('a') / 3
except TypeError as e:
    print(e)
