# fnmatch.translate gives CPython 3.11's exact regular expressions (atomic groups for inner stars).
import fnmatch

for pat in ['*.py', 'a*b*c', '**', '?', '[abc]', '[!x]', '[a-z0-9]', '[]]', '[!]]', '[', 'a[',
            'x.y+z', '[a-c-e]', '[z-a]', '[--]', '*a*', '[\\]', 'a&&b', '[&~|]', '[^x]', 'f(1)']:
    print(repr(pat), fnmatch.translate(pat))
