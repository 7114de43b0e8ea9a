# OSError(errno, strerror) picks CPython's subclass; IOError and EnvironmentError are aliases.
for n in (2, 13, 17, 20, 21, 1, 11, 32, 111, 104, 110, 3, 10, 4, 99999):
    e = OSError(n, "msg")
    print(n, type(e).__name__, e.errno, e.strerror, str(e))
e = OSError(2, "No such file", "f.txt")
print(repr(e), e.filename, str(e))
print(IOError is OSError, EnvironmentError is OSError, OSError("just text").errno)
try:
    open("/nonexistent/dir/file.txt")
except IOError as err:
    print(type(err).__name__, err.errno, err.filename)
