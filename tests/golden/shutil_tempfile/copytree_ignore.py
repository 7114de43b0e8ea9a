# copytree copies a whole tree; ignore_patterns skips names; the new root is returned.
import os
import shutil
import tempfile

def tree(top):
    out = []
    for dirpath, dirnames, filenames in os.walk(top):
        dirnames.sort()
        out.append((os.path.relpath(dirpath, top), sorted(filenames)))
    return out

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    for name in ['src/a.py', 'src/a.pyc', 'src/pkg/b.py', 'src/__pycache__/c.pyc', 'src/notes.tmp']:
        os.makedirs(os.path.dirname(name), exist_ok=True)
        os.close(os.open(name, os.O_CREAT | os.O_WRONLY))
    print(shutil.copytree('src', 'all'))
    print(tree('all'))
    print(shutil.copytree('src', 'some', ignore=shutil.ignore_patterns('*.pyc', '__pycache__', '*.tmp')))
    print(tree('some'))
    seen = []
    def ignore(path, names):
        seen.append((path, sorted(names)))
        return {'pkg'}
    shutil.copytree('src', 'third', ignore=ignore)
    print(sorted(seen), tree('third'))
    os.chdir('/')
