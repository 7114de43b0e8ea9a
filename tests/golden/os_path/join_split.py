# os.path.join restarts at an absolute part; split/dirname/basename keep CPython's slash rules.
import os.path

print(os.path.join('a', 'b', 'c'))
print(os.path.join('a/', 'b'), os.path.join('a', '/b', 'c'), os.path.join('', 'x'), os.path.join('a', ''))
print(os.path.join(b'a', b'b'))
for p in ['/a/b', 'a/b/', '/', '//a', 'a', '', '///x/y']:
    print(repr(p), os.path.split(p), repr(os.path.dirname(p)), repr(os.path.basename(p)))
print(os.path.split(b'/usr/lib'))
print(os.path.splitdrive('/a/b'), os.path.normcase('A/B'))
