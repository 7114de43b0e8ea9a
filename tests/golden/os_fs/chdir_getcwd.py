# chdir/getcwd/getcwdb; chdir to a missing folder raises with the name.
import os
import tempfile

start = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.mkdir('inner')
    os.chdir('inner')
    print(os.path.basename(os.getcwd()), os.getcwd() == os.path.join(tmp, 'inner'))
    print(type(os.getcwdb()), os.getcwdb() == os.fsencode(os.getcwd()))
    os.chdir('..')
    print(os.getcwd() == os.path.realpath(tmp) or os.getcwd() == tmp)
    for bad in ['missing', 'inner/../nothing']:
        try:
            os.chdir(bad)
        except FileNotFoundError as e:
            print(e)
    os.close(os.open('file', os.O_CREAT | os.O_WRONLY))
    try:
        os.chdir('file')
    except NotADirectoryError as e:
        print(e)
    os.chdir(start)
print(os.getcwd() == start)
