# shutil.move renames files and folders, into a folder when the target is one.
import os
import shutil
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.close(os.open('f.txt', os.O_CREAT | os.O_WRONLY))
    os.makedirs('folder/sub')
    os.mkdir('target')
    print(shutil.move('f.txt', 'g.txt'))
    print(shutil.move('g.txt', 'target'))
    print(shutil.move('folder', 'target'))
    print(sorted(os.listdir('.')), sorted(os.listdir('target')))
    os.close(os.open('h', os.O_CREAT | os.O_WRONLY))
    os.close(os.open('target/h', os.O_CREAT | os.O_WRONLY))
    try:
        shutil.move('h', 'target')
    except shutil.Error as e:
        print('Error:', e)
    try:
        shutil.move('missing', 'x')
    except FileNotFoundError as e:
        print(type(e).__name__, e)
    try:
        shutil.move('target', 'target/folder')
    except shutil.Error as e:
        print('Error:', e)
    os.chdir('/')
