# os.walk(topdown=False) lists children first; onerror receives the OSError.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.makedirs('t/a/b')
    os.makedirs('t/c')
    os.close(os.open('t/a/f', os.O_CREAT | os.O_WRONLY))
    seen = []
    for dirpath, dirnames, filenames in os.walk('t', topdown=False):
        seen.append((dirpath, sorted(dirnames), sorted(filenames)))
    print(sorted(seen, key=lambda s: -s[0].count('/')))
    print([s[0] for s in seen][-1])
    errors = []
    print(list(os.walk('nope', onerror=errors.append)))
    print(type(errors[0]).__name__, errors[0].filename)
    os.chdir('/')
