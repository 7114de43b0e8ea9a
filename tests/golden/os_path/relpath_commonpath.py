# relpath, commonpath and commonprefix, with their ValueErrors.
import os.path

print(os.path.relpath('/a/b/c', '/a/d'))
print(os.path.relpath('/a/b', '/a/b'), os.path.relpath('/a', '/a/b/c'), os.path.relpath('/x/y', '/'))
print(os.path.commonpath(['/usr/lib', '/usr/local/lib']), os.path.commonpath(['a/b/c', 'a/b']))
print(os.path.commonpath(['/a']), repr(os.path.commonpath(['a', 'b'])))
print(os.path.commonprefix(['/usr/lib', '/usr/local']), repr(os.path.commonprefix([])))
print(os.path.commonprefix([['a', 'b'], ['a', 'c']]))
for args in [([],), (['/a', 'b'],)]:
    try:
        os.path.commonpath(*args)
    except ValueError as e:
        print('ValueError:', e)
try:
    os.path.relpath('')
except ValueError as e:
    print('ValueError:', e)
