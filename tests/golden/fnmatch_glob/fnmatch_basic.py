# fnmatch/fnmatchcase: *, ?, [seq], [!seq]; normcase is the identity on POSIX.
from fnmatch import fnmatch, fnmatchcase

cases = [('a.py', '*.py'), ('a.PY', '*.py'), ('.hidden', '*'), ('abc', 'a?c'), ('ac', 'a?c'),
         ('b1', '[abc]1'), ('d1', '[!abc]1'), ('a-', '[a-]'), ('x]', '[]]'), ('[', '['),
         ('dir/file', '*file'), ('dir/file', 'dir*'), ('', '*'), ('', '?'), ('a\nb', 'a?b'),
         ('z', '[z-a]'), ('5', '[0-9]'), ('-', '[!a-c]'), ('a*b', 'a[*]b')]
for name, pat in cases:
    print(repr(name), repr(pat), fnmatch(name, pat), fnmatchcase(name, pat))
print(fnmatch(b'x.c', b'*.c'))
