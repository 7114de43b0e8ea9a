# os's path constants and names on Linux.
import os

print(repr(os.sep), repr(os.altsep), repr(os.extsep), repr(os.pathsep), repr(os.linesep))
print(repr(os.curdir), repr(os.pardir), repr(os.devnull), repr(os.name), repr(os.defpath))
print(os.path is __import__('posixpath'), os.error is OSError)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_APPEND)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
import os.path
from os import path as p2
print(p2.join('a', 'b'))
