# isabs/abspath/realpath relative to the working directory, inside a temporary folder.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    old = os.getcwd()
    os.chdir(tmp)
    here = os.getcwd()
    print(os.path.isabs('/x'), os.path.isabs('x'), os.path.isabs(''))
    print(os.path.relpath(os.path.abspath('a/../b'), here))
    print(os.path.abspath('.') == here, os.path.realpath('x/./y') == os.path.join(here, 'x/y'))
    print(os.path.relpath('sub/file'), os.path.relpath(here + '/q'))
    os.chdir(old)
