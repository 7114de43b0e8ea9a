# shutil's copy errors: SameFileError, a missing source, a folder as source or missing target folder.
import os
import shutil
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.close(os.open('f', os.O_CREAT | os.O_WRONLY))
    os.mkdir('d')
    calls = [lambda: shutil.copyfile('f', 'f'), lambda: shutil.copy('missing', 'x'),
             lambda: shutil.copyfile('d', 'x'), lambda: shutil.copyfile('f', 'd'),
             lambda: shutil.copyfile('f', 'nodir/'), lambda: shutil.copytree('d', 'f'),
             lambda: shutil.copytree('missing', 'y')]
    for call in calls:
        try:
            call()
        except OSError as e:
            print(type(e).__name__, e)
    print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))
    os.chdir('/')
