# Opening a missing file: FileNotFoundError with errno 2, uncaught.
try:
    open("no_such_file.txt")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(isinstance(e, FileNotFoundError), isinstance(e, OSError))
open("no_such_file.txt", "rb")
