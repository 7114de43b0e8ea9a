# TemporaryDirectory: a fresh folder named tmp*, removed with its contents by the with block or cleanup().
import os
import tempfile

with tempfile.TemporaryDirectory() as name:
    print(os.path.isdir(name), os.path.basename(name).startswith('tmp'), os.path.dirname(name) == tempfile.gettempdir())
    os.makedirs(os.path.join(name, 'a/b'))
    os.close(os.open(os.path.join(name, 'a/b/f'), os.O_CREAT | os.O_WRONLY))
print(os.path.exists(name))
td = tempfile.TemporaryDirectory(prefix='pre_', suffix='_suf')
base = os.path.basename(td.name)
print(base.startswith('pre_'), base.endswith('_suf'), len(base), repr(td).startswith('<TemporaryDirectory '))
td.cleanup()
td.cleanup()
print(os.path.exists(td.name))
with tempfile.TemporaryDirectory(dir=tempfile.gettempdir()) as outer:
    with tempfile.TemporaryDirectory(dir=outer) as inner:
        print(os.path.dirname(inner) == outer)
