# rmtree removes a tree; ignore_errors and onerror handle failures; links are refused.
import os
import shutil
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.makedirs('t/a/b')
    os.close(os.open('t/a/b/f', os.O_CREAT | os.O_WRONLY))
    os.close(os.open('t/g', os.O_CREAT | os.O_WRONLY))
    shutil.rmtree('t')
    print(os.path.exists('t'))
    shutil.rmtree('missing', ignore_errors=True)
    calls = []
    shutil.rmtree('missing', onerror=lambda func, path, info: calls.append((func.__name__, path, info[0].__name__)))
    print(calls)
    try:
        shutil.rmtree('missing')
    except FileNotFoundError as e:
        print(e)
    os.mkdir('real')
    os.symlink('real', 'link')
    try:
        shutil.rmtree('link')
    except OSError as e:
        print(type(e).__name__, e)
    os.close(os.open('file', os.O_CREAT | os.O_WRONLY))
    try:
        shutil.rmtree('file')
    except NotADirectoryError as e:
        print(type(e).__name__, e)
    print(sorted(os.listdir('.')))
    os.chdir('/')
