# exists/isfile/isdir/islink/lexists on files, folders, links and missing names.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.mkdir('d')
    fd = os.open('f', os.O_WRONLY | os.O_CREAT)
    os.close(fd)
    os.symlink('f', 'good')
    os.symlink('missing', 'broken')
    for name in ['d', 'f', 'good', 'broken', 'nope', '']:
        print(repr(name), os.path.exists(name), os.path.isfile(name), os.path.isdir(name),
              os.path.islink(name), os.path.lexists(name))
    print(os.path.exists('f\0x'), os.path.ismount('/'), os.path.ismount('d'))
    os.chdir('/')
