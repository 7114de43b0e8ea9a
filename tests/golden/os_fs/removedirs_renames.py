# removedirs prunes empty parents; renames creates the new parents and prunes the old ones.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.makedirs('a/b/c')
    os.makedirs('keep/x/y')
    os.close(os.open('keep/file', os.O_CREAT | os.O_WRONLY))
    os.removedirs('a/b/c')
    os.removedirs('keep/x/y')
    print(sorted(os.listdir('.')), sorted(os.listdir('keep')))
    os.makedirs('old/deep')
    os.close(os.open('old/deep/f', os.O_CREAT | os.O_WRONLY))
    os.renames('old/deep/f', 'new/place/g')
    print(sorted(os.listdir('.')), os.listdir('new/place'))
    try:
        os.removedirs('missing/x')
    except FileNotFoundError as e:
        print(e)
    os.chdir('/')
