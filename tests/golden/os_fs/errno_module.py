# The errno module: Linux values, errorcode back to names, and os.strerror texts.
import errno
import os

for name in ['EPERM', 'ENOENT', 'EEXIST', 'EISDIR', 'ENOTDIR', 'EACCES', 'ENOTEMPTY', 'EINVAL', 'EAGAIN', 'EWOULDBLOCK']:
    print(name, getattr(errno, name), errno.errorcode[getattr(errno, name)])
for code in [1, 2, 13, 17, 20, 21, 39]:
    print(code, os.strerror(code))
print(len(errno.errorcode) > 100)
