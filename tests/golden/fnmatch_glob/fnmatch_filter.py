# fnmatch.filter keeps the matching names in order; patterns are compiled once and reused.
import fnmatch

names = ['main.py', 'util.py', 'README.md', 'test_main.py', 'setup.cfg', 'data.json', '.env']
print(fnmatch.filter(names, '*.py'))
print(fnmatch.filter(names, 'test_*'))
print(fnmatch.filter(names, '*.[mj]*'))
print(fnmatch.filter(names, '.*'))
print(fnmatch.filter([], '*'))
print(fnmatch.filter([b'a.c', b'b.h'], b'*.c'))
try:
    fnmatch.filter(names, 3)
except TypeError as e:
    print('TypeError')
