# OSError(errno, strerror[, filename[, winerror, filename2]]) picks the errno's subclass.
import errno

for args in [(2, 'No such file'), (13, 'Denied', 'f.txt'), (17, 'Exists'), (21, 'Is dir'),
             (20, 'Not dir'), (1, 'Not permitted'), (99, 'Other'), ('x',), (), (2,),
             (18, 'Cross-device', 'a', None, 'b'), (3, 'No process')]:
    e = OSError(*args)
    print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2, '|', e)
print(IOError is OSError, EnvironmentError is OSError)
e = FileNotFoundError(errno.ENOENT, 'No such file or directory', 'x.txt')
print(repr(e), str(e), isinstance(e, OSError))
try:
    raise OSError(errno.EISDIR, 'Is a directory', 'd')
except IsADirectoryError as caught:
    print('caught', caught)
class MyError(OSError):
    pass
print(type(MyError(2, 'x')).__name__, str(MyError(2, 'x', 'f')))
