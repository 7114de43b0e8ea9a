# os.path.splitext: the last dot of the name, leading dots are not an extension.
import os.path

for p in ['a.txt', 'a.tar.gz', '.bashrc', '..x', 'dir.d/file', 'a.', '/x/.a.b', 'noext', '', '...', b'x.py']:
    print(repr(p), os.path.splitext(p))
