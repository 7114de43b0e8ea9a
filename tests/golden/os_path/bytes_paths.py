# os.path functions keep bytes as bytes.
import os.path

p = b'/usr/local/lib/python3.11/os.py'
print(os.path.basename(p), os.path.dirname(p), os.path.split(p), os.path.splitext(p))
print(os.path.join(b'/a', b'b', b'c'), os.path.normpath(b'a/../b//c/.'), os.path.isabs(b'/x'))
print(os.path.relpath(b'/a/b/c', b'/a'), os.path.commonpath([b'/a/b', b'/a/c']), os.path.commonprefix([b'abc', b'abd']))
print(os.path.abspath(b'/x/../y'), os.path.expandvars(b'plain'), os.path.exists(b'/'))
