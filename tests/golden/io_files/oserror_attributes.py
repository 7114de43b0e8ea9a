# OSError and its errno subclasses: errno, strerror, filename, filename2 and str().
e = OSError(2, "No such file or directory", "x.txt")
print(type(e).__name__, e, e.errno, e.strerror, e.filename, e.filename2)
e = OSError(17, "File exists")
print(type(e).__name__, e, e.filename)
e = OSError(18, "Invalid cross-device link", "a", None, "b")
print(type(e).__name__, e, e.filename, e.filename2)
for n in (1, 2, 4, 11, 13, 17, 20, 21, 32, 110, 999):
    print(n, type(OSError(n, "msg")).__name__)
print(OSError("just a message").errno, str(OSError("m")))
try:
    open("oserror_missing_dir/x.txt", "w")
except FileNotFoundError as e:
    print(e)
