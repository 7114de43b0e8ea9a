# mkdir creates folders, listdir lists names (str or bytes like its argument).
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.mkdir('one')
    os.mkdir('two', 0o755)
    os.close(os.open('file.txt', os.O_CREAT | os.O_WRONLY))
    print(sorted(os.listdir()), sorted(os.listdir('.')))
    print(sorted(os.listdir(b'.')))
    print(os.listdir('one'))
    try:
        os.mkdir('one')
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, e)
    try:
        os.mkdir('no/such/parent')
    except FileNotFoundError as e:
        print(e)
    try:
        os.listdir('file.txt')
    except NotADirectoryError as e:
        print(e)
    os.chdir('/')
