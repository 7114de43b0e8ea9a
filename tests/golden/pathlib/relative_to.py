# relative_to and is_relative_to, with CPython 3.11's ValueError text.
from pathlib import PurePath

p = PurePath('/home/user/docs/file.txt')
print(p.relative_to('/home'), p.relative_to('/home', 'user'), p.relative_to(p), p.relative_to('/'))
print(PurePath('a/b').relative_to('a'), PurePath('a/b').relative_to(''))
print(p.is_relative_to('/home/user'), p.is_relative_to('/etc'), PurePath('a').is_relative_to('/a'))
for args in [('/etc',), ('home',), ('/home/user/docs/file.txt/more',)]:
    try:
        p.relative_to(*args)
    except ValueError as e:
        print(e)
try:
    PurePath('rel/x').relative_to('/rel')
except ValueError as e:
    print(e)
try:
    p.relative_to()
except TypeError as e:
    print(e)
