# makedirs builds the missing parents; exist_ok=True accepts an existing folder only.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.makedirs('a/b/c')
    os.makedirs('a/b/c', exist_ok=True)
    os.makedirs('a/b/d/', exist_ok=True)
    print(sorted(os.listdir('a/b')))
    try:
        os.makedirs('a/b/c')
    except FileExistsError as e:
        print(e)
    os.close(os.open('a/f', os.O_CREAT | os.O_WRONLY))
    try:
        os.makedirs('a/f', exist_ok=True)
    except FileExistsError as e:
        print(e)
    try:
        os.makedirs('a/f/g')
    except NotADirectoryError as e:
        print(e)
    os.chdir('/')
